/**
 * Search excerpts are article text: no "Terminal window" (the
 * screen-reader title Expressive Code gives an untitled PowerShell block), no
 * calculator labels and figures run together ("Drain time123 s"), no table
 * headers run together ("Host settings1 GbE: share", "CasesMedian |error|"). And the version filter
 * lists Windows Server releases in release order.
 */
import { expect, test } from './fixtures.ts';
import { resultExcerpts, searchFor } from './search-results.ts';

// Each query matches the first line of an untitled PowerShell block, where the frame's
// "Terminal window" used to stand just before the code, or a calculator's or table's labels.
const CASES: [query: string, page: string][] = [
  ['Get-VMIntegrationService', 'notes/linux-integration-services'],
  ['DhcpGuard RouterGuard', 'compare/ws2012-hyper-v-vs-vsphere-5'],
  ['qemu-img convert qcow2', 'interop/appliance-to-hyper-v'],
  ['drain time', 'migration/draining-a-host'],
  ['median error worst error', 'migration/model-validation'],
];

/** UI text that is not the article's: frame titles, button labels, a label glued to a figure. */
const CHROME = [
  /Terminal window/,
  /Copy to clipboard/,
  /Copy table as CSV/,
  /Drain time\d/,
  /settings1 GbE/,
  /CasesMedian/,
  /\|error\|Worst/,
  /[a-z]\d[\d,.]* (?:s|GiB|MB\/s|%)\b(?=.*\b(?:min|s)\b)/,
];

for (const [query, page] of CASES) {
  test(`"${query}": the excerpts of ${page} are clean article text`, async ({ page: browserPage }) => {
    const results = await resultExcerpts(browserPage, query);
    const hit = results.find((r) => r.href.includes(page));
    expect(hit, `results: ${results.map((r) => r.href).join(', ')}`).toBeDefined();
    const texts = results.slice(0, 5).flatMap((r) => r.excerpts);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) for (const pattern of CHROME) expect(text, `excerpt "${text}"`).not.toMatch(pattern);
  });
}

test('the version filter lists Windows Server releases in release order', async ({ page }) => {
  const dialog = await searchFor(page, 'Hyper-V');
  const block = dialog.locator('details.pagefind-ui__filter-block').filter({ has: page.locator('summary', { hasText: /^Version$/ }) });
  await block.locator('summary').click();
  const labels = block.locator('label.pagefind-ui__filter-label');
  await expect(labels.first()).toBeVisible({ timeout: 15_000 });
  const names = (await labels.allTextContents()).map((t) => t.replace(/\s*\(\d+\)$/, ''));
  // Microsoft's release order (2008 R2 came out in 2009, 2012 R2 in 2013).
  expect(names).toEqual([
    'Windows Server 2008',
    'Windows Server 2008 R2',
    'Windows Server 2012',
    'Windows Server 2012 R2',
    'Windows Server 2016',
    'Windows Server 2019',
    'Windows Server 2022',
    'Windows Server 2025',
  ]);
});
