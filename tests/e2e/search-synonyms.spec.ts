/**
 * Search as admins type: vSphere words, shorthand and typos. Each query must
 * put the page that answers it first, and a query that Pagefind alone answers
 * with nothing must still list pages, saying under the box what was searched
 * instead.
 */
import { expect, test } from './fixtures.ts';
import { rankedResults } from './search-results.ts';

const FIRST: [query: string, page: string][] = [
  ['evacuate host', 'migration/draining-a-host'],
  ['10gb', 'migration/faster-live-migration-10gbe'],
  ['live migraton slow 10gb', 'migration/faster-live-migration-10gbe'],
  ['s2d', 'storage/storage-spaces-direct'],
];

for (const [query, page] of FIRST) {
  test(`"${query}" finds ${page} first`, async ({ page: browserPage }) => {
    const ranked = await rankedResults(browserPage, query);
    expect(ranked[0], `results: ${ranked.slice(0, 3).join(', ')}`).toContain(page);
  });
}

test('"vmotion" finds the live migration articles, not only the vSphere comparisons', async ({ page }) => {
  const ranked = await rankedResults(page, 'vmotion');
  expect(ranked.filter((href) => href.includes('/migration/')).length).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('dialog').getByRole('status').filter({ hasText: 'Showing results for' })).toHaveText('Showing results for “live migration”.');
});

test('a typo that empties the list is left out instead, and the reader is told', async ({ page }) => {
  // Pagefind alone finds no page holding "stroage" together with the other three words.
  const ranked = await rankedResults(page, 'stroage spaces direct cache');
  expect(ranked[0]).toContain('storage/storage-spaces-direct');
  await expect(page.getByRole('dialog').getByRole('status').filter({ hasText: 'Showing results for' })).toContainText('without “stroage”');
});

test('words that each exist but never on one page: the one that matches least is left out', async ({ page }) => {
  const ranked = await rankedResults(page, 'drain host hyperconverged');
  expect(ranked[0]).toContain('migration/draining-a-host');
  await expect(page.getByRole('dialog').getByRole('status').filter({ hasText: 'Showing results for' })).toHaveText(
    'Showing results for “drain host”, without “hyperconverged”.',
  );
});
