/**
 * Calculators name their sources by title: every source an
 * assumption or a reason cites is a link whose text is the title in
 * src/content/sources/<id>.yaml, and no raw id like "[ms-csv-use]" is shown.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { calculatorPages } from './calculator-pages.ts';
import { expect, test } from './fixtures.ts';

const sources = new Map(
  readdirSync('src/content/sources').map((f) => [
    f.replace(/\.yaml$/, ''),
    parse(readFileSync(`src/content/sources/${f}`, 'utf8')) as { title: string; url?: string },
  ]),
);

for (const { path } of calculatorPages()) {
  test(`${path}: each cited source shows its title as a link`, async ({ page }) => {
    await page.goto(path);
    const calculator = page.locator('section.calculator').first();
    await calculator.scrollIntoViewIfNeeded();
    await expect(calculator).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 }); // the feature matrix hydrates slowly on a busy machine
    await calculator.locator('details.assumptions summary').click();

    const refs = await calculator.locator('.source-ref').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-source') ?? '',
        text: el.querySelector('a')?.textContent ?? null,
        href: el.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
    expect(refs.length, 'the assumptions cite at least one source').toBeGreaterThan(0);
    for (const ref of refs) {
      const source = sources.get(ref.id);
      expect(source, `${ref.id} is in the sources collection`).toBeDefined();
      expect(ref.text, ref.id).toBe(source?.title);
      // A source with an address links to it; one without links to its note on the Sources page.
      expect(ref.href, ref.id).toEqual(source?.url ?? expect.stringMatching(new RegExp(`/sources/#source-${ref.id}$`)));
    }
    // The old renderings: "[ms-csv-use]", "[seed-001, ms-csv-use]" (a tool named like a source, qemu-img, may still appear in prose).
    const text = await calculator.locator('.calculator-results').innerText();
    for (const id of new Set(refs.map((r) => r.id))) {
      expect(text, `raw id ${id} shown`).not.toMatch(new RegExp(`\\[[^\\]]*\\b${id.replace(/[.]/g, '\\.')}\\b[^\\]]*\\]`));
    }
  });
}
