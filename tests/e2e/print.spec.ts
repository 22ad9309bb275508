/** The print view keeps a calculator's inputs and results (and drops its buttons). */
import { calculatorPages } from './calculator-pages.ts';
import { expect, test } from './fixtures.ts';

test('printing a calculator page shows its inputs and results', async ({ page }) => {
  const first = calculatorPages()[0];
  test.skip(!first, 'no calculator pages');
  await page.goto(first?.path ?? '');
  await page.emulateMedia({ media: 'print' });
  const calculator = page.locator('section.calculator').first();
  await expect(calculator.locator('.calculator-inputs input, .calculator-inputs select').first()).toBeVisible();
  await expect(calculator.locator('.calculator-results [data-output]').first()).toBeVisible();
  await expect(calculator.locator('.copy-button').first()).toBeHidden();
});
