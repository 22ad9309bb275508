/**
 * Search relevance for the fabric storage pages: a plain query for each topic
 * must put the page that answers it first in Starlight's search dialog.
 */
import { expect, test } from './fixtures.ts';

const QUERIES: [query: string, page: string][] = [
  ['Storage Spaces Direct', 'storage/storage-spaces-direct'],
  ['ReFS', 'storage/refs-vs-ntfs-csv'],
  ['Storage Replica', 'storage/storage-replica-stretched-clusters'],
  ['cloud witness', 'storage/storage-replica-stretched-clusters'],
];

for (const [query, page] of QUERIES) {
  test(`"${query}" finds ${page} first`, async ({ page: browserPage }) => {
    await browserPage.goto('');
    await browserPage.getByRole('button', { name: /search/i }).first().click();
    const dialog = browserPage.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
    const results = dialog.locator('li.pagefind-ui__result');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const first = await results.first().locator('a.pagefind-ui__result-link').first().getAttribute('href');
    expect(first ?? '', `first result for "${query}"`).toContain(page);
  });
}
