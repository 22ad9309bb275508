// @ts-check
/**
 * Turns `node` or a devDependency's bin name into an argv that runs without a
 * shell on every platform. On Windows node_modules/.bin holds `astro.cmd`, which
 * spawn() cannot start without a shell; running the bin's JavaScript file with
 * this very Node (the pinned one) works everywhere and needs no quoting.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Package that provides each bin the scripts call, where the names differ. */
const PACKAGE_OF_BIN = { playwright: '@playwright/test' };

/**
 * @param {string} command
 * @returns {[string, ...string[]]} executable first, then the arguments that select the bin
 */
export function resolveCommand(command) {
  if (command === 'node') return [process.execPath];
  const pkg = PACKAGE_OF_BIN[/** @type {keyof typeof PACKAGE_OF_BIN} */ (command)] ?? command;
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin?.[command];
  if (!relative) throw new Error(`${pkg} has no bin named ${command}`);
  return [process.execPath, join(dirname(manifestPath), relative)];
}
