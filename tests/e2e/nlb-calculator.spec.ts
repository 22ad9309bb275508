/**
 * The NLB cluster MAC island, end to end in Chromium. Expected MACs are hand
 * conversions of the VIP's octets to hex under Microsoft's rules
 * (ms-nlb-technical-overview, ms-nlb-igmp):
 *   10.0.0.100   → 0A 00 00 64 → multicast 03-BF-0A-00-00-64
 *   172.31.1.232 → AC 1F 01 E8 → multicast 03-BF-AC-1F-01-E8, IGMP 01-00-5E-7F-01-E8
 */
import { expect, test, waitForIslands } from './fixtures.ts';

const ARTICLE = 'networking/nlb-cluster-mac/';

test('shows real numbers in the HTML before any JavaScript runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.locator('[data-output="multicastMac"]')).toHaveText('03-BF-0A-00-00-64');
  await context.close();
});

test('recomputes as the reader types and mirrors the scenario into the URL', async ({ page }) => {
  await page.goto(ARTICLE);
  await waitForIslands(page);
  const vip = page.getByLabel('Cluster IP (VIP)');
  await vip.fill('172.31.1.232');
  await expect(page.locator('[data-output="multicastMac"]')).toHaveText('03-BF-AC-1F-01-E8');
  await expect(page.locator('[data-output="igmpMulticastMac"]')).toHaveText('01-00-5E-7F-01-E8');
  await expect(page.locator('[data-output="igmpGroupAddress"]')).toHaveText('239.255.1.232');
  await expect(page).toHaveURL(/clusterIp=172\.31\.1\.232/);
});

test('a bad address is named next to its field and the last good result stays', async ({ page }) => {
  await page.goto(ARTICLE);
  await waitForIslands(page);
  await page.getByLabel('Cluster IP (VIP)').fill('10.0.0.300');
  await expect(page.locator('[data-field="clusterIp"] .issue')).toContainText('not a dotted IPv4 address');
  await expect(page.locator('[data-output="multicastMac"]')).toHaveText('03-BF-0A-00-00-64');
});

test('URL state survives a reload', async ({ page }) => {
  await page.goto(`${ARTICLE}?clusterIp=192.168.10.20&hostPriority=3`);
  await waitForIslands(page);
  // 192.168.10.20 → C0 A8 0A 14; host 3 masks its source MAC as 02-03-C0-A8-0A-14.
  await expect(page.locator('[data-output="unicastMac"]')).toHaveText('02-BF-C0-A8-0A-14');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Cluster IP (VIP)')).toHaveValue('192.168.10.20');
  await expect(page.locator('td code', { hasText: '02-03-C0-A8-0A-14' })).toBeVisible();
});

test('a malformed query parameter falls back to the default and says so', async ({ page }) => {
  await page.goto(`${ARTICLE}?hostPriority=abc&clusterIp=10.1.2.3`);
  await waitForIslands(page);
  await expect(page.locator('[data-field="hostPriority"] .fallback')).toContainText('using the default, 1');
  await expect(page.getByLabel('Host priority')).toHaveValue('1');
  // The valid parameter is still applied: 10.1.2.3 → 0A 01 02 03.
  await expect(page.locator('[data-output="unicastMac"]')).toHaveText('02-BF-0A-01-02-03');
});
