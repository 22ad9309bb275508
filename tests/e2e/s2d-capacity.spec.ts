/**
 * The S2D capacity calculator as a reader uses it: all-flash drops the cache
 * drives unless the reader sets some, the suggested volumes follow the layout
 * and the backup method, and the chart keeps its capacity axis after an edit
 * at phone width. Figures are hand calculations on Microsoft's worked example
 * (4 servers × 16 × 2 TB, reserve 4 × 2 TB → 120 TB for footprints):
 *  cache (hybrid default): 2 drives × 1.6 TB = 3.2 TB per server, 3.2 ÷ (16 × 2 TB = 32 TB) = 10 %;
 *  three-way mirror 120 ÷ 3 = 40 TB → 4 volumes of 40 ÷ 4 = 10 TB, footprint 10 × 3 = 30 TB;
 *  dual parity 120 × 0.5 = 60 TB → 4 volumes of 15 TB (under the 64 TB limit with RCT backups);
 *  with VSS (10 TB at most) 60 ÷ 10 = 6 → next multiple of 4 = 8 volumes of 7.5 TB.
 */
import { expect, test, waitForIslands } from './fixtures.ts';

const PAGE = 'storage/storage-spaces-direct/';

test('all-flash drops the cache drives unless the reader enters some', async ({ page }) => {
  await page.goto(PAGE);
  await waitForIslands(page);
  const cache = page.locator('[data-output="cacheDrivesPerNode"]');
  await expect(cache).toContainText('2 cache drives per server');
  await expect(page.locator('[data-output="cachePercentOfCapacity"]')).toContainText('10% of its 32 TB');

  await page.locator('[data-field="capacityMediaType"] select').selectOption('nvme');
  await expect(cache).toContainText('No cache drives');
  await expect(cache).toHaveAttribute('data-cache-drives', '0');
  await expect(page.locator('[data-output="cachePercentOfCapacity"]')).toHaveCount(0);
  await expect(page).toHaveURL(/capacityMediaType=nvme/);
  expect(page.url()).not.toMatch(/cacheDrivesPerNode/);

  // A count the reader enters is theirs: switching the drive type keeps it.
  await page.locator('[data-field="cacheDrivesPerNode"] input').fill('4');
  await expect(cache).toContainText('4 cache drives per server');
  await page.locator('[data-field="capacityMediaType"] select').selectOption('ssd');
  await expect(cache).toContainText('4 cache drives per server');
  await expect(cache).toHaveAttribute('data-cache-drives', '4');
});

test('suggested volumes: 4 × 10 TB for three-way mirror, 8 × 7.5 TB for dual parity backed up through VSS', async ({ page }) => {
  await page.goto(PAGE);
  await waitForIslands(page);
  await expect(page.locator('[data-output="suggestedVolumeCount"]')).toHaveText('4');
  await expect(page.locator('[data-output="suggestedVolumeSizeTB"]')).toHaveText('10 TB');
  await expect(page.locator('[data-output="suggestedVolumeFootprintTB"]')).toHaveText('30 TB');

  await page.locator('[data-field="resiliency"] select').selectOption('dual-parity');
  await expect(page.locator('[data-output="suggestedVolumeSizeTB"]')).toHaveText('15 TB');
  await page.locator('[data-field="volumeBackup"] select').selectOption('vss-volsnap');
  await expect(page.locator('[data-output="suggestedVolumeCount"]')).toHaveText('8');
  await expect(page.locator('[data-output="suggestedVolumeSizeTB"]')).toHaveText('7.5 TB');
  await expect(page.locator('[data-output="suggestedVolumeSizeTiB"]')).toContainText('2 per server');
});

test('a shared link shows its volumes on first load', async ({ page }) => {
  await page.goto(`${PAGE}?resiliency=dual-parity&volumeBackup=vss-volsnap`);
  await waitForIslands(page);
  await expect(page.locator('[data-output="suggestedVolumeCount"]')).toHaveText('8');
  await expect(page.locator('[data-output="suggestedVolumeSizeTB"]')).toHaveText('7.5 TB');
});

test('at phone width the redrawn chart keeps its capacity ticks', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE);
  await waitForIslands(page);
  await page.locator('[data-field="resiliency"] select').selectOption('dual-parity');
  const frame = page.locator('section.calculator .plot-frame[data-drawn="live"]');
  await expect(frame).toHaveCount(1);
  // The longest bar is 60 TB (two-way mirror and dual parity, 120 × 0.5): ticks every 20 TB.
  await expect(frame.locator('[data-mark="x-axis tick label"] text')).toHaveText(['0', '20', '40', '60']);
});
