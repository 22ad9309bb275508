/**
 * Search relevance for the fabric pages: a plain query for each
 * topic must put the page that answers it first in Starlight's search dialog.
 */
import { expect, test } from './fixtures.ts';
import { rankedResults, type SearchCase } from './search-results.ts';

const QUERIES: SearchCase[] = [
  ['SET team', 'networking/set-and-rdma'],
  ['RDMA', 'networking/set-and-rdma'],
  ['processor compatibility', 'migration/processor-compatibility'],
  ['configuration version', 'migration/vm-configuration-versions'],
  ['Update-VMVersion', 'migration/vm-configuration-versions'],
];

for (const [query, page] of QUERIES) {
  test(`"${query}" finds ${page} first`, async ({ page: browserPage }) => {
    const ranked = await rankedResults(browserPage, query);
    expect(ranked[0] ?? '', `top three: ${ranked.slice(0, 3).join(', ')}`).toContain(page);
  });
}
