/**
 * SOFS suitability: choosing a workload fills in its typical
 * metadata share and file size (sofs-workloads.ts: home folders 30 %, 0.5 MB,
 * the guide's estimate), which stay editable and survive in a shared link; the
 * verdict is a styled box whose words do not rely on colour and whose text
 * reads at 4.5:1 or better (WCAG 1.4.3) in both themes.
 */
import { expect, test, waitForIslands } from './fixtures.ts';
import { contrast } from './contrast.ts';

const ARTICLE = 'storage/scale-out-file-server/';

test('choosing home folders sets its metadata share and file size and turns the verdict to not recommended', async ({ page }) => {
  await page.goto(ARTICLE);
  await waitForIslands(page);
  const verdict = page.locator('[data-output="verdict"]');
  await expect(verdict).toHaveClass(/verdict-recommended/);
  await expect(verdict.locator('.verdict-label')).toHaveText(/Verdict: Recommended$/);
  const metadata = page.locator('[data-field="metadataOpsPercent"] input');
  const fileSize = page.locator('[data-field="avgFileSizeMB"] input');
  await expect(metadata).toHaveValue('2');
  await expect(fileSize).toHaveValue('40000');

  await page.locator('[data-field="workload"] select').selectOption('home-folders');
  await expect(metadata).toHaveValue('30');
  await expect(fileSize).toHaveValue('0.5');
  await expect(verdict).toHaveClass(/verdict-not-recommended/);
  await expect(verdict.locator('.verdict-label')).toHaveText(/Verdict: Not recommended$/);
  await expect(page.locator('[data-output="reasons"]')).toContainText('30% of operations are metadata operations');
  await expect(page).toHaveURL(/workload=home-folders/);
  await expect(page).toHaveURL(/metadataOpsPercent=30/);
  await expect(page).toHaveURL(/avgFileSizeMB=0\.5/);
});

test('the preset values stay editable, and a shared link keeps the edited ones', async ({ page }) => {
  await page.goto(ARTICLE);
  await waitForIslands(page);
  await page.locator('[data-field="workload"] select').selectOption('home-folders');
  const metadata = page.locator('[data-field="metadataOpsPercent"] input');
  await metadata.fill('12');
  await expect(page).toHaveURL(/metadataOpsPercent=12/);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('[data-field="workload"] select')).toHaveValue('home-folders');
  await expect(metadata).toHaveValue('12');
  await expect(page.locator('[data-field="avgFileSizeMB"] input')).toHaveValue('0.5');
  // 12 % is between the guide's 5 % and 20 % lines: a warning, not a reason against.
  await expect(page.locator('.warnings')).toContainText('12% metadata operations');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the verdict box reads at 4.5:1 or better in the ${scheme} theme, for each verdict`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [query, verdictClass] of [
      ['', 'verdict-recommended'],
      ['?workload=home-folders', 'verdict-not-recommended'],
      ['?requiredFeatures=nfs', 'verdict-unsupported'],
    ] as const) {
      await page.goto(`${ARTICLE}${query}`);
      await waitForIslands(page);
      const verdict = page.locator('[data-output="verdict"]');
      await expect(verdict).toHaveClass(new RegExp(verdictClass));
      const colours = await verdict.evaluate((box) => ({
        background: getComputedStyle(box).backgroundColor,
        label: getComputedStyle(box.querySelector('.verdict-label') as Element).color,
        reason: getComputedStyle(box.querySelector('.verdict-reason') as Element).color,
        border: getComputedStyle(box).borderInlineStartWidth,
      }));
      // A real tint, not the page background showing through.
      expect(colours.background, verdictClass).not.toBe('rgba(0, 0, 0, 0)');
      expect(colours.border).toBe('6px');
      expect(contrast(colours.label, colours.background), `${verdictClass} label ${colours.label} on ${colours.background}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.reason, colours.background), `${verdictClass} text ${colours.reason} on ${colours.background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}
