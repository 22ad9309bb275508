/**
 * The cluster network renaming calculator as a reader sees it: the Role choice
 * is readable in full at phone and desktop width, and two networks whose
 * subnets overlap are refused with both networks named.
 */
import { expect, test, waitForIslands } from './fixtures.ts';

const PAGE = 'networking/cluster-network-names/';

for (const width of [390, 1440]) {
  test(`the Role select shows its longest choice in full at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    await waitForIslands(page);
    const role = page.getByLabel('Role, row 1');
    await expect(role).toHaveValue('cluster-and-client');
    const room = await role.evaluate((select: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no canvas');
      context.font = getComputedStyle(select).font;
      const longest = Math.max(...[...select.options].map((o) => context.measureText(o.text).width));
      return { longest, box: select.clientWidth };
    });
    // The box must hold the longest label ("cluster and client (3)") with room left for padding and the arrow.
    expect(room.box).toBeGreaterThan(room.longest);
  });
}

test('overlapping subnets are refused, naming both networks', async ({ page }) => {
  await page.goto(PAGE);
  await waitForIslands(page);
  // Row 3 is LiveMigration on 10.10.31.11/23 = 10.10.30.0–10.10.31.255; put iSCSI on 10.10.30.50/24 inside it.
  await page.getByLabel('Node address, row 4').fill('10.10.30.50');
  await expect(page.locator('section.calculator')).toContainText('"iSCSI" (10.10.30.0/24) overlaps "LiveMigration" (10.10.30.0/23, row 3)');
  await expect(page.locator('.stale-note')).toBeVisible();
});
