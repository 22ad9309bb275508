/** Shared helper for the migration tests. */

/** (model − published) / published. */
export const relativeError = (model: number, published: number): number => (model - published) / published;
