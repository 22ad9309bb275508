/**
 * Copy link and Reset on every calculator: a copied link opened in
 * a new page shows the same figures, and Reset brings back the article's own
 * scenario (its `initial` values, not the model's defaults) and a bare URL.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { liveMigrationSchema } from '../../src/engine/migration/live-migration.ts';
import { expect, test } from './fixtures.ts';

/** Every figure the calculator shows, by output name (the print view and tests find values that way). */
async function figures(calculator: Locator): Promise<Record<string, string>> {
  const entries = await calculator
    .locator('[data-output]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-output') ?? '', (el as HTMLElement).innerText.trim()]));
  return Object.fromEntries(entries);
}

async function inputValues(calculator: Locator): Promise<Record<string, string>> {
  const entries = await calculator.locator('.calculator-inputs input[name], .calculator-inputs select[name]').evaluateAll((els) =>
    els.map((el) => {
      const input = el as HTMLInputElement;
      return [input.name, input.type === 'checkbox' ? String(input.checked) : input.value];
    }),
  );
  return Object.fromEntries(entries);
}

async function openCalculator(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const calculator = page.locator('section.calculator').first();
  await calculator.scrollIntoViewIfNeeded();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
  return calculator;
}

const cases: { name: string; path: string; edit: (c: Locator) => Promise<void> }[] = [
  {
    name: 'storage IOPS',
    path: 'storage/iops-write-penalty/',
    edit: async (c) => {
      await c.locator('input[name="disks"]').fill('12');
      await c.locator('select[name="layout"]').selectOption('raid6');
    },
  },
  {
    // The article starts at 50 GiB; 16 GiB is the model's default, so the link must still say it.
    name: 'live migration (article values differ from the defaults)',
    path: 'migration/faster-live-migration-10gbe/',
    edit: async (c) => {
      await c.locator('input[name="memoryGiB"]').fill(String(liveMigrationSchema.memoryGiB.default));
      await c.locator('input[name="linkGbps"]').fill('25');
    },
  },
  {
    name: 'NLB switch configuration',
    path: 'networking/nlb-switch-configuration/',
    edit: async (c) => {
      await c.locator('input[name="vlanId"]').fill('42');
    },
  },
];

for (const { name, path, edit } of cases) {
  test(`${name}: Copy link reproduces the scenario; Reset restores the article's`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
    const calculator = await openCalculator(page, path);
    const articleFigures = await figures(calculator);
    const articleInputs = await inputValues(calculator);

    await edit(calculator);
    await expect.poll(() => figures(calculator)).not.toEqual(articleFigures);
    const changedFigures = await figures(calculator);
    const changedInputs = await inputValues(calculator);

    await calculator.getByRole('button', { name: 'Copy link' }).click();
    await expect(calculator.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe(new URL(path, baseURL).pathname);

    const other = await context.newPage();
    const shared = await openCalculator(other, link);
    expect(await figures(shared)).toEqual(changedFigures);
    expect(await inputValues(shared)).toEqual(changedInputs);
    await other.close();

    await calculator.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => figures(calculator)).toEqual(articleFigures);
    expect(await inputValues(calculator)).toEqual(articleInputs);
    expect(new URL(page.url()).search).toBe('');
  });
}

test('a calculator that does not own the URL (the OVF inspector) still copies a link to its scenario', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  const calculator = await openCalculator(page, 'interop/appliance-to-hyper-v/');
  await expect(calculator).toHaveAttribute('data-url-state', 'false');
  await calculator.locator('textarea').first().fill(readFileSync('tests/e2e/fixtures/virtualbox-style.ovf', 'utf8'));
  // The fixture's figures, read by hand: 4 vCPU; 3072 MiB; no EFI, so BIOS and Generation 1.
  await expect(calculator.locator('[data-output="systems.0.cpus"]')).toHaveText('4');
  await calculator.getByRole('button', { name: 'Copy link' }).click();
  await expect(calculator.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  // The link names the calculator it is for; the page's own URL was left alone.
  expect(link.searchParams.get('calculator')).toBe(
    await calculator
      .locator('.calculator-title [id]')
      .getAttribute('id')
      .then((id) => id?.replace(/-title$/, '')),
  );
  expect(new URL(page.url()).search).toBe('');

  const other = await context.newPage();
  const shared = await openCalculator(other, link.href);
  await expect(shared.locator('[data-output="systems.0.cpus"]')).toHaveText('4');
  await expect(shared.locator('[data-output="systems.0.memoryMiB"]')).toHaveText('3072 MiB');
  await expect(shared.locator('[data-output="systems.0.recommendedGeneration"]')).toHaveText('1');
  await other.close();
});
