/** Searching as a reader does: Starlight's search dialog, a query typed in, the ranked result pages. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** A query and the page (path fragment) that answers it. */
export type SearchCase = [query: string, page: string];

/** Opens the search dialog from the home page's search button and types the query; returns the dialog. */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.goto('');
  await page
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  return dialog;
}

/** The href of each result, best first (each result's page link, not its sub-result links). */
export async function rankedResults(page: Page, query: string): Promise<string[]> {
  const dialog = await searchFor(page, query);
  const results = dialog.locator('li.pagefind-ui__result');
  // Pagefind draws the list before it fills each result in: wait for the first link.
  await expect(results.first().locator('a.pagefind-ui__result-link').first()).toHaveAttribute('href', /\S/, { timeout: 15_000 });
  return results.evaluateAll((items) => items.map((li) => li.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? ''));
}

/** The text of every excerpt in the results (each page's and its sections'), best result first. */
export async function resultExcerpts(page: Page, query: string): Promise<{ href: string; excerpts: string[] }[]> {
  await rankedResults(page, query);
  const results = page.getByRole('dialog').locator('li.pagefind-ui__result');
  // Excerpts arrive with each result's data: wait until the first one has text.
  await expect(results.first().locator('.pagefind-ui__result-excerpt').first()).not.toBeEmpty({ timeout: 15_000 });
  return results.evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? '',
      excerpts: [...li.querySelectorAll('.pagefind-ui__result-excerpt')].map((p) => p.textContent ?? ''),
    })),
  );
}
