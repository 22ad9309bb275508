/** Starlight's Pagefind search, driven like a reader would. */
import { expect, test } from './fixtures.ts';
import { searchFor } from './search-results.ts';

test('searching for the NLB MAC calculator finds the article', async ({ page }) => {
  const dialog = await searchFor(page, 'NLB multicast MAC');
  await expect(dialog.locator('a[href*="networking/nlb-cluster-mac"]').first()).toBeVisible({ timeout: 15_000 });
});

test('Ctrl+K opens search, which loads on demand and takes the keyboard', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (/pagefind|ui-core/.test(r.url())) loaded.push(r.url());
  });
  await page.goto('');
  await page.waitForLoadState('networkidle');
  // Pagefind's UI is not fetched until the reader reaches for search.
  expect(loaded).toEqual([]);
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await expect(box).toBeFocused({ timeout: 10_000 });
  await page.keyboard.type('storvsc');
  await expect(page.getByRole('dialog').locator('a[href*="notes/kb2636573"]').first()).toBeVisible({ timeout: 15_000 });
});

test('a click on search before its loader has arrived still loads search', async ({ page }) => {
  // Hold the stand-in Starlight's script imports at idle (src/search/deferred-search-ui.ts) until after the click.
  let clicked!: () => void;
  const afterClick = new Promise<void>((resolve) => (clicked = resolve));
  await page.route(/deferred-search-ui/, async (route) => {
    await afterClick;
    await route.continue();
  });
  await page.goto('');
  await page.locator('button[data-open-modal]').click();
  clicked();
  const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await expect(box).toBeFocused({ timeout: 10_000 });
  await page.keyboard.type('storvsc');
  await expect(page.getByRole('dialog').locator('a[href*="notes/kb2636573"]').first()).toBeVisible({ timeout: 15_000 });
});

test('the search button still shows its Ctrl K hint, drawn outside its accessible name', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('');
  const button = page.locator('button[data-open-modal]');
  await expect(button).toHaveAccessibleName('Search');
  const keys = await button.locator('kbd[data-key]').evaluateAll((kbds) => kbds.map((k) => getComputedStyle(k, '::after').content.replaceAll('"', '')));
  expect(keys).toEqual(['Ctrl', 'K']);
  await expect(button.locator('kbd').first()).toBeVisible();
});
