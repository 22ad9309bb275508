/**
 * A reader who types into a calculator before its island has loaded keeps
 * what they typed: the island's code is held back (as on a slow connection),
 * the reader replaces the server-rendered cluster IP, and once the island runs
 * both the box and the result show the reader's address.
 */
import { expect, test, waitForIslands } from './fixtures.ts';

test('a cluster IP typed before hydration is kept and computed', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the island's own script (not the page's, which the page needs to finish loading), so it cannot hydrate yet.
  await page.route(/\/_astro\/NlbClusterMac\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('networking/nlb-cluster-mac/', { waitUntil: 'domcontentloaded' });
  const box = page.getByLabel('Cluster IP (VIP)');
  await box.scrollIntoViewIfNeeded();
  await expect(page.locator('section.calculator')).not.toHaveAttribute('data-hydrated', 'true');
  await expect(box).toHaveValue('10.0.0.100');
  await box.fill('');
  await box.pressSequentially('10.0.0.200');

  release();
  await waitForIslands(page);
  await expect(box).toHaveValue('10.0.0.200');
  // Unicast cluster MAC 02-BF followed by the address in hex: 10.0.0.200 → 0A-00-00-C8.
  await expect(page.locator('[data-output="unicastMac"]')).toHaveText('02-BF-0A-00-00-C8');
});
