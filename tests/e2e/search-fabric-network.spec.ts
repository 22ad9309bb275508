/**
 * Search relevance for the fabric pages (issue 17): a plain query for each
 * topic must put the page that answers it first in Starlight's search dialog.
 */
import { expect, test } from './fixtures.ts';

const QUERIES: [query: string, page: string][] = [
  ['SET team', 'networking/set-and-rdma'],
  ['RDMA', 'networking/set-and-rdma'],
  ['processor compatibility', 'migration/processor-compatibility'],
  ['configuration version', 'migration/vm-configuration-versions'],
  ['Update-VMVersion', 'migration/vm-configuration-versions'],
];

for (const [query, page] of QUERIES) {
  test(`"${query}" finds ${page} first`, async ({ page: browserPage }) => {
    await browserPage.goto('');
    await browserPage.getByRole('button', { name: /search/i }).first().click();
    const dialog = browserPage.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
    const results = dialog.locator('li.pagefind-ui__result');
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((items) =>
      items.slice(0, 3).map((li) => li.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? ''),
    );
    expect(hrefs[0] ?? '', `top three: ${hrefs.join(', ')}`).toContain(page);
  });
}
