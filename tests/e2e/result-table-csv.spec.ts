/**
 * Every results table with a "Copy … as CSV" button shows what its CSV
 * carries. Both come from one column list (result-columns.ts): each cell
 * names its CSV column in `data-cell`. The CSV is read back with the tests'
 * own RFC 4180 reader; a cell whose CSV figure is a number must show that
 * number rounded to the decimals the cell shows (within half its last
 * digit), a text cell the same text (the CSV's formula-guard apostrophe
 * aside), true/false as yes/no, an empty CSV cell a missing figure. The
 * feature explorer's one CSV spans its category tables, row after row; its
 * cells show the figure first, then citations, a badge or a note, so there
 * the figure is the cell's first text.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import { htmlFiles } from '../../src/integrations/html-files.ts';
import { parseCsv } from '../helpers/csv-reader.ts';
import type { Locator } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures.ts';

/** Pages of the built site with a results table (cells named by `data-cell`) and a "Copy … as CSV" button. */
const PAGES = htmlFiles('dist')
  .filter((file) => {
    const html = readFileSync(file, 'utf8');
    return basename(file) === 'index.html' && html.includes('data-cell=') && /<button[^>]*class="copy-button"[^>]*>Copy [^<]* as CSV</.test(html);
  })
  .map((file) =>
    relative('dist', dirname(file))
      .split(sep)
      .map((folder) => `${folder}/`)
      .join(''),
  );

/** What is wrong with one cell, given the CSV cell its column wrote; empty when they agree. */
function disagreement(shown: string, exported: string): string {
  if (exported === '') return /\d/.test(shown) ? `shows ${shown} where the CSV has no figure` : '';
  if (exported === 'true' || exported === 'false') return shown === (exported === 'true' ? 'yes' : 'no') ? '' : `shows ${shown}, CSV ${exported}`;
  if (/^-?\d+(\.\d+)?(e[+-]\d+)?$/i.test(exported)) {
    const match = /-?[\d,]*\.?\d+/.exec(shown);
    if (!match) return `shows ${shown}, CSV ${exported}`;
    const figure = Number(match[0].replace(/,/g, ''));
    const places = match[0].split('.')[1]?.length ?? 0;
    return Math.abs(figure - Number(exported)) <= 0.5 * 10 ** -places + 1e-9 ? '' : `shows ${shown}, CSV ${exported}`;
  }
  const text = exported.startsWith("'") && /^'[=+\-@\t\r\n\0]/.test(exported) ? exported.slice(1) : exported;
  return shown === text ? '' : `shows "${shown}", CSV "${exported}"`;
}

test('there are results tables with a CSV to check', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(6);
});

for (const path of PAGES) {
  test(`${path}: every copyable results table shows what its CSV carries`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? 'http://127.0.0.1/').origin });
    await page.goto(path);
    await waitForIslands(page);
    /** Each CSV button and the rows it copies: every body row's cells by their CSV column, with the text they show. */
    const copyable: { button: Locator; rows: (readonly [string, string])[][] }[] = [];
    // The buttons a ResultTable draws, right after its table.
    const buttons = page.locator("section.calculator:not([data-model='feature-matrix']) .table-scroll:has([data-cell]) + button.copy-button", {
      hasText: /as CSV$/,
    });
    for (const button of await buttons.all()) {
      const rows = await button.evaluate((b) =>
        [...(b.previousElementSibling?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
          [...tr.querySelectorAll('[data-cell]')].map((c) => [c.getAttribute('data-cell') ?? '', (c.textContent ?? '').trim()] as const),
        ),
      );
      copyable.push({ button, rows });
    }
    for (const explorer of await page.locator("section.calculator[data-model='feature-matrix']").all()) {
      const rows = await explorer.evaluate((section) =>
        [...section.querySelectorAll('table.feature-matrix tbody tr')].map((tr) =>
          [...tr.querySelectorAll('[data-cell]')].map((c) => {
            const first = [...c.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
            return [c.getAttribute('data-cell') ?? '', (first?.textContent ?? '').trim()] as const;
          }),
        ),
      );
      copyable.push({ button: explorer.locator('button.copy-button', { hasText: /as CSV$/ }), rows });
    }
    expect(copyable.length).toBeGreaterThan(0);
    for (const { button, rows } of copyable) {
      await button.click();
      const [header = [], ...lines] = parseCsv(await page.evaluate(() => navigator.clipboard.readText()));
      expect(rows.length, 'one CSV line per table row').toBe(lines.length);
      const problems = rows.flatMap((cells, r) =>
        cells
          .filter(([id]) => header.includes(id))
          .map(([id, shown]) => [id, disagreement(shown, lines[r]?.[header.indexOf(id)] ?? '')] as const)
          .filter(([, problem]) => problem)
          .map(([id, problem]) => `row ${r + 1}, ${id}: ${problem}`),
      );
      const compared = rows.flat().filter(([id]) => header.includes(id)).length;
      expect(compared, 'cells compared').toBeGreaterThanOrEqual(lines.length * 2);
      expect(problems).toEqual([]);
    }
  });
}
