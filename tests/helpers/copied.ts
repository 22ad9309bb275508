/** What each copy button a server-rendered test drew would copy, in render order (CopyButtonSpy.svelte records it): a server render cannot click one. */
export const copied: { label: string; text: string }[] = [];
