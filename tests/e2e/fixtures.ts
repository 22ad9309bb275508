/**
 * The page fixture every browser test uses: it records console errors,
 * uncaught exceptions, requests to any other origin and Content-Security-Policy
 * violations, and fails the test if any occurred.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await use(problems);
      expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
      expect(problems.consoleErrors, 'console errors (CSP violations are reported here too)').toEqual([]);
      expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until every island on the page has hydrated (the calculator frame marks itself). */
export async function waitForIslands(page: Page): Promise<void> {
  // Islands hydrate when scrolled into view (client:visible), as for a reader.
  for (const calculator of await page.locator('section.calculator').all()) await calculator.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('section.calculator')].every((el) => el.getAttribute('data-hydrated') === 'true'));
}
