/**
 * The storage IOPS calculator sized for a target shows every layout side by
 * side. The figures are hand calculations, written out below, for
 * 2,000 IOPS and 100 TB usable on 10 TB drives of 200 IOPS at 70 % reads,
 * 2 hot spares, RAID groups of 8, 400 per drive. Data disks needed: 100 ÷ 10 = 10.
 *  RAID 10: IOPS 2000 × (0.7 + 0.3 × 2) ÷ 200 = 13 → 14; capacity 10 × 2 = 20 → 20 + 2 spares = 22 disks;
 *           20 × 200 ÷ 1.3 = 3,077 IOPS; 100 TB; 22 × 400 = 8,800 → 2.86 per IOPS, 88 per TB.
 *  RAID 5:  IOPS 2000 × 1.9 ÷ 200 = 19 active (groups 8 + 8 + 3, 3 parity) → 21 disks; 16 × 10 = 160 TB;
 *           19 × 200 ÷ 1.9 = 2,000 IOPS; 8,400 ÷ 2,000 = 4.2 per IOPS; 8,400 ÷ 160 = 52.5 per TB.
 *  RAID 6:  IOPS 2000 × 2.5 ÷ 200 = 25 active, but 25–27 leave a last group under 4: 28 (8 + 8 + 8 + 4) → 30 disks;
 *           (28 − 8) × 10 = 200 TB; 28 × 200 ÷ 2.5 = 2,240 IOPS; 12,000 ÷ 2,240 = 5.36; 12,000 ÷ 200 = 60.
 */
import { expect, test, waitForIslands } from './fixtures.ts';

const SCENARIO = '?targetIops=2000&targetCapacityTB=100&driveIops=200&driveCapacityTB=10&drivePrice=400&hotSpares=2&raidGroupSize=8';
const CELLS = ['disksNeeded', 'sizedBy', 'frontEndIops', 'usableCapacityTB', 'costPerIops', 'costPerUsableTB'];

async function row(page: import('@playwright/test').Page, layout: string): Promise<string[]> {
  const tr = page.locator(`[data-output="layoutComparison"] tr[data-row="${layout}"]`);
  return Promise.all(CELLS.map((cell) => tr.locator(`[data-cell="${cell}"]`).innerText()));
}

test('for a target, the layout comparison rows match the hand-computed figures', async ({ page }) => {
  await page.goto(`storage/iops-write-penalty/${SCENARIO}`);
  await waitForIslands(page);
  const table = page.locator('[data-output="layoutComparison"]');
  await expect(table.locator('caption')).toContainText('2,000 IOPS and 100 TB usable, with 2 hot spares');
  await expect(table.locator('thead th')).toHaveText([
    'Layout',
    'Disks needed',
    'Sized by',
    'Front-end IOPS',
    'Usable capacity (TB)',
    'Cost per IOPS',
    'Cost per usable TB',
  ]);
  expect(await row(page, 'raid10')).toEqual(['22', 'capacity', '3,077', '100', '2.86', '88']);
  expect(await row(page, 'raid5')).toEqual(['21', 'IOPS', '2,000', '160', '4.2', '52.5']);
  expect(await row(page, 'raid6')).toEqual(['30', 'IOPS', '2,240', '200', '5.36', '60']);
  // RAID 1 is one pair: no figures, and the reason instead.
  await expect(table.locator('tr[data-row="raid1"]')).toContainText('exactly 2 disks');
  // The reader's layout (RAID 10, the default) is marked in words, not only in weight.
  await expect(table.locator('tr[data-row="raid10"] th')).toHaveText(/\(your layout\)$/);
});

test('editing the spares re-sizes the table: without them RAID 10 needs 20 disks, 2.6 per IOPS and 80 per TB', async ({ page }) => {
  // 20 active + 0 spares = 20 disks; 20 × 400 = 8,000; 8,000 ÷ 3,076.9 = 2.6; 8,000 ÷ 100 = 80.
  await page.goto(`storage/iops-write-penalty/${SCENARIO}`);
  await waitForIslands(page);
  await page.locator('[data-field="hotSpares"] input').fill('0');
  await expect(page.locator('[data-output="layoutComparison"] tr[data-row="raid10"] [data-cell="disksNeeded"]')).toHaveText('20');
  expect(await row(page, 'raid10')).toEqual(['20', 'capacity', '3,077', '100', '2.6', '80']);
  await expect(page).toHaveURL(/hotSpares=0/);
});

test('at phone width the comparison scrolls inside its own region, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`storage/iops-write-penalty/${SCENARIO}`);
  await waitForIslands(page);
  await expect(page.locator('[data-output="layoutComparison"] tr[data-row="raid5"] [data-cell="disksNeeded"]')).toHaveText('21');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
