/**
 * The phone's "On this page" bar names the section the reader is in, also
 * inside a calculator: the drain planner sits under "Plan the drain of your
 * own host" (migration/draining-a-host), so that is what the bar says there,
 * never "Overview" (the top of the page).
 */
import { expect, test } from './fixtures.ts';

const SECTION = 'Plan the drain of your own host';

test.use({ viewport: { width: 390, height: 844 } });

test('scrolled into the calculator, the phone ToC names its section', async ({ page }) => {
  await page.goto('migration/draining-a-host/');
  const current = page.locator('mobile-starlight-toc .display-current');
  await expect(current).toHaveText('Overview');
  // Scroll so the middle of the calculator is under the bar, as a reader working in it would.
  await page.evaluate(() => {
    const calculator = document.querySelector('section.calculator');
    if (!calculator) throw new Error('no calculator');
    window.scrollTo(0, calculator.getBoundingClientRect().top + window.scrollY + calculator.getBoundingClientRect().height / 2);
  });
  await expect(current).toHaveText(SECTION);
});

test("a shared link that opens at the calculator's title names its section", async ({ page }) => {
  await page.goto('migration/draining-a-host/#host-evacuation-title');
  await expect(page.locator('mobile-starlight-toc .display-current')).toHaveText(SECTION);
});
