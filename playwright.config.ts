import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './scripts/find-chromium.mjs';

/** Path the GitHub Pages build is tested under, proving links and assets respect `base`. */
export const BASE_PATH = '/hyperv-field-guide/';
// HVFG_PORT lets several checkouts run their browser tests side by side.
const SITE_PORT = Number(process.env.HVFG_PORT ?? 4400);
const BASE_PORT = SITE_PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  outputDir: 'test-results/playwright-artifacts',
  // npm test asks for a JSON report too, to print one total line for all test runners.
  reporter: process.env.HVFG_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.HVFG_JSON_REPORT }]] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      // scripts/e2e.mjs finds (or installs) Chromium and sets CHROME_PATH before starting Playwright.
      executablePath: process.env.CHROME_PATH,
      args: chromiumArgs,
    },
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}/` },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` },
    },
  ],
  webServer: [
    { command: `node scripts/serve.mjs dist ${SITE_PORT}`, url: `http://127.0.0.1:${SITE_PORT}/`, reuseExistingServer: false },
    {
      command: `node scripts/serve.mjs dist-base ${BASE_PORT} ${BASE_PATH}`,
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
