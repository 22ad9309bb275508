/**
 * The GitHub Pages build, served under /hyperv-field-guide/: every page the
 * home page links to loads with all its assets, and search works there.
 */
import { expect, test, waitForIslands } from './fixtures.ts';
import { searchFor } from './search-results.ts';

test('pages, assets and links resolve under the base path', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('');
  await expect(page.locator('h1')).toContainText('Hyper-V Field Guide');
  const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const internal = [...new Set(links.filter((l) => l.startsWith(baseURL ?? '')).map((l) => l.split('#')[0] ?? ''))];
  expect(internal.length).toBeGreaterThan(8);
  for (const link of internal) {
    const response = await page.goto(link);
    expect(response?.status(), link).toBe(200);
  }
  expect(failed).toEqual([]);
});

test('search works under the base path', async ({ page }) => {
  const dialog = await searchFor(page, 'cluster MAC');
  const hit = dialog.locator('a[href*="/hyperv-field-guide/networking/nlb-cluster-mac"]').first();
  await expect(hit).toBeVisible({ timeout: 15_000 });
});

test('the calculator hydrates under the base path', async ({ page }) => {
  await page.goto('networking/nlb-cluster-mac/?clusterIp=172.31.1.232');
  await waitForIslands(page);
  await expect(page.locator('[data-output="multicastMac"]')).toHaveText('03-BF-AC-1F-01-E8');
});
