// @ts-check
/** Tells whether a module is the script Node was started with. */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Compare URLs, not strings: `file://${process.argv[1]}` breaks on paths with
 * spaces (import.meta.url encodes them as %20) and on Windows drive letters.
 * @param {string} moduleUrl the caller's import.meta.url
 */
export function isMain(moduleUrl) {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === moduleUrl;
  } catch {
    return false;
  }
}
