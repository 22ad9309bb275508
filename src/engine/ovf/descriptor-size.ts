/** 4 MiB of text: real descriptors are a few to a few hundred KiB. On its own so the form's limit needs no parser. */
export const MAX_DESCRIPTOR_CHARS = 4 * 1024 * 1024;
