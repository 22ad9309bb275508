/** Starlight's Pagefind search, driven like a reader would. */
import { expect, test } from './fixtures.ts';

test('searching for the NLB MAC calculator finds the article', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: /search/i }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('NLB multicast MAC');
  await expect(dialog.locator('a[href*="networking/nlb-cluster-mac"]').first()).toBeVisible({ timeout: 15_000 });
});
