/**
 * "Copy schedule as CSV" on the drain planner: a VM name
 * holding quotes and a comma, or starting with "=", still gives one valid CSV
 * row per VM, read back by an RFC 4180 reader written for the tests. The
 * expected cells are written out by hand from RFC 4180 §2.7 (a quote inside
 * a quoted field is doubled) and OWASP's CSV Injection advice (a leading
 * apostrophe on a cell a spreadsheet would run as a formula).
 */
import { decimals } from '../../src/number-format.ts';
import { parseCsv } from '../helpers/csv-reader.ts';
import { expect, test, waitForIslands } from './fixtures.ts';

test('the drain schedule copies as CSV with a quoted VM name and a formula-like one made inert', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? 'http://127.0.0.1/').origin });
  await page.goto('migration/draining-a-host/');
  await waitForIslands(page);
  const calculator = page.locator('section.calculator').first();
  await calculator.getByRole('button', { name: 'Edit the list' }).click();
  await calculator.getByLabel('Name, row 1').fill('a "quoted", name');
  await calculator.getByLabel('Name, row 2').fill('=HYPERLINK("http://x")');
  const schedule = calculator.locator('table', { has: page.locator('caption', { hasText: 'Drain schedule' }) });
  await expect(schedule.locator('tbody th', { hasText: 'a "quoted", name' })).toHaveCount(1);

  await calculator.getByRole('button', { name: 'Copy schedule as CSV' }).click();
  await expect(calculator.locator('.copy-status', { hasText: 'Copied' })).toHaveCount(1);
  const text = await page.evaluate(() => navigator.clipboard.readText());

  // By hand: a "quoted", name → "a ""quoted"", name"; =HYPERLINK("http://x") → "'=HYPERLINK(""http://x"")".
  expect(text).toContain('\n"a ""quoted"", name",');
  expect(text).toContain('\n"\'=HYPERLINK(""http://x"")",');

  const rows = parseCsv(text);
  expect(rows[0]).toEqual(['vm', 'startSeconds', 'endSeconds', 'network', 'downtimeMs', 'converged']);
  const data = rows.slice(1);
  // One CSV row per VM in the table the reader sees, six cells each, in the same order and with the same names.
  const shownNames = await schedule.locator('tbody th').allTextContents();
  expect(data.map((r) => r.length)).toEqual(shownNames.map(() => 6));
  expect(data.map((r) => r[0])).toEqual(shownNames.map((name) => (name.startsWith('=') ? `'${name}` : name)));
  expect(shownNames).toContain('a "quoted", name');
  expect(shownNames).toContain('=HYPERLINK("http://x")');
  // Start and end times stay numbers a spreadsheet can sum: plain decimals, not guarded text.
  for (const r of data) {
    expect(r[1]).toMatch(/^\d+(\.\d+)?(e[+-]\d+)?$/);
    expect(r[2]).toMatch(/^\d+(\.\d+)?(e[+-]\d+)?$/);
  }
  // Table and CSV come from one column list: each figure the CSV carries, rounded to the table's one decimal, is the cell the reader sees.
  const shownRows = await schedule.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  const fromCsv = data.map((r, i) => [
    shownNames[i] ?? '',
    decimals(Number(r[1]), 1),
    decimals(Number(r[2]), 1),
    r[3],
    decimals(Number(r[4]), 1),
    r[5] === 'true' ? 'yes' : 'no',
  ]);
  expect(shownRows).toEqual(fromCsv);
});
