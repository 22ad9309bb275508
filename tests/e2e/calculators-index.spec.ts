/**
 * The calculators page: it lists every model the engine registers,
 * links each to the page that really carries that calculator, is reachable from
 * the home page and the sidebar, and every CLI example in an article says how
 * a reader gets the CLI.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calculatorHomes } from '../../src/calculator-homes.ts';
import { models } from '../../src/engine/index.ts';
import { calculatorPages } from './calculator-pages.ts';
import { expect, test } from './fixtures.ts';

/** The models whose calculators a built page carries (their data-model attributes). */
function modelsOn(path: string): string[] {
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  return [...html.matchAll(/class="calculator"[^>]*data-model="([^"]+)"/g)].map((m) => m[1] ?? '');
}

test('the page map agrees with the built site, both ways', () => {
  for (const [id, pages] of Object.entries(calculatorHomes)) {
    for (const page of pages) expect(modelsOn(page), `${page} should carry ${id}`).toContain(id);
  }
  for (const { path } of calculatorPages()) {
    for (const id of modelsOn(path)) expect(calculatorHomes[id], `${path} carries ${id} but is not listed for it`).toContain(path);
  }
});

test('the calculators page lists every model with its id and a link to its article', async ({ page }) => {
  await page.goto('calculators/');
  const rows = page.locator('main table tbody tr');
  await expect(rows).toHaveCount(models.length);
  for (const model of models) {
    const row = rows.filter({ has: page.locator('code', { hasText: new RegExp(`^${model.id}$`) }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(model.title);
    const home = calculatorHomes[model.id]?.[0];
    if (home) await expect(row.getByRole('link', { name: model.title })).toHaveAttribute('href', new RegExp(`${home}$`));
    else await expect(row).toContainText('terminal only');
  }
});

test('the calculators page is reachable from the home page and from the sidebar', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'All calculators' }).click();
  await expect(page).toHaveURL(/\/calculators\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calculators');
  await page.goto('storage/');
  await expect(page.locator('nav[aria-label="Main"] a[href$="/calculators/"]').first()).toHaveText(/Calculators/);
});

test('every article with a CLI example says how a reader gets the CLI', () => {
  const root = 'src/content/docs';
  const articles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  const withCli = articles.filter((f) => readFileSync(join(root, f), 'utf8').includes('npm run --silent calc'));
  expect(withCli.length).toBeGreaterThanOrEqual(8);
  for (const file of withCli) {
    if (file === 'calculators.mdx') continue;
    expect(readFileSync(join(root, file), 'utf8'), file).toContain('(../../calculators/#from-a-terminal)');
  }
});
