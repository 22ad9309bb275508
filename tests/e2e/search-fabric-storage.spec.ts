/**
 * Search relevance for the fabric storage pages: a plain query for each topic
 * must put the page that answers it first in Starlight's search dialog.
 */
import { expect, test } from './fixtures.ts';
import { rankedResults, type SearchCase } from './search-results.ts';

const QUERIES: SearchCase[] = [
  ['Storage Spaces Direct', 'storage/storage-spaces-direct'],
  ['ReFS', 'storage/refs-vs-ntfs-csv'],
  ['Storage Replica', 'storage/storage-replica-stretched-clusters'],
  ['cloud witness', 'storage/storage-replica-stretched-clusters'],
];

for (const [query, page] of QUERIES) {
  test(`"${query}" finds ${page} first`, async ({ page: browserPage }) => {
    const ranked = await rankedResults(browserPage, query);
    expect(ranked[0] ?? '', `top three: ${ranked.slice(0, 3).join(', ')}`).toContain(page);
  });
}
