/**
 * Hostile query strings against every calculator page in real Chromium: the
 * island still renders and hydrates, nothing throws (the fixture fails on any
 * page error or console error), and each bad field shows its fallback
 * message. The exhaustive 200-per-model fuzz runs in tests/engine/url-fuzz.test.ts
 * against the same URL reader; here a fixed sample proves the page side.
 */
import { calculatorPages } from './calculator-pages.ts';
import { expect, test, waitForIslands } from './fixtures.ts';

const HOSTILE_VALUES = ['NaN', '-1e309', '<script>alert(1)</script>', '💥', '"><img src=x onerror=alert(1)>', '1e400', '%E0%A4%A'];

for (const { path, fields } of calculatorPages().filter((p) => p.urlState)) {
  test(`hostile query strings on /${path}`, async ({ page }) => {
    const cases = HOSTILE_VALUES.flatMap((value, i) => {
      const field = fields[i % Math.max(fields.length, 1)];
      return field ? [{ field, query: `${encodeURIComponent(field)}=${encodeURIComponent(value)}` }] : [];
    });
    // Repeated keys too.
    if (fields[0]) cases.push({ field: fields[0], query: `${fields[0]}=1&${fields[0]}=2` });
    for (const { field, query } of cases) {
      await page.goto(`${path}?${query}`);
      await waitForIslands(page);
      await expect(page.locator('section.calculator').first()).toBeVisible();
      const fallback = page.locator(`section.calculator [data-field="${field}"] .fallback`).first();
      // Free-text fields accept any text, so only typed fields must fall back.
      const isTyped = await page
        .locator(
          `section.calculator [data-field="${field}"] input[inputmode="decimal"], section.calculator [data-field="${field}"] select, section.calculator [data-field="${field}"] input[type="checkbox"]`,
        )
        .count();
      if (isTyped > 0 || query.includes('&')) await expect(fallback, query).toContainText('using');
    }
  });
}
