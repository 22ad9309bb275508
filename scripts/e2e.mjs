// @ts-check
/**
 * Browser tests: find (or install) Chromium, then run Playwright against the
 * built sites served on loopback. Expects dist/ and dist-base/ (npm test
 * builds them; run `node scripts/build-sites.mjs` first when running alone).
 */
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { runStep } from './run-step.mjs';
import { isMain } from './is-main.mjs';

/**
 * @param {string[]} extraArgs
 * @param {Record<string, string>} env
 */
export async function runBrowserTests(extraArgs = [], env = {}) {
  for (const dir of ['dist', 'dist-base']) {
    if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ is missing: run node scripts/build-sites.mjs first`);
  }
  const chrome = findChromium();
  console.log(`Chromium: ${chrome}`);
  await runStep('browser tests (Playwright, Chromium)', 'playwright', ['test', ...extraArgs], { ...env, CHROME_PATH: chrome });
}

if (isMain(import.meta.url)) {
  try {
    await runBrowserTests(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
