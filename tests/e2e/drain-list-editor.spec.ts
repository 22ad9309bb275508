/**
 * The drain planner's VM list as the reader sees it at 1440 and 390 px: a
 * one-line summary of the VMs until they ask to edit, then the whole table
 * across the calculator with names readable and its header clear of the
 * pinned drain time; Add a row puts focus in the new row and the result stays.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { FORMAT_TABLE_WITH_PROMPT } from '../fixtures/get-vm-pastes.ts';
import { expect, test, waitForIslands } from './fixtures.ts';

const PAGE = 'migration/draining-a-host/';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b, 'element is laid out').not.toBeNull();
  return b!;
}

/** The planner with the Format-Table paste imported (six running VMs, 252 GiB). */
async function withPastedVms(page: Page, width: number): Promise<Locator> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(PAGE);
  await waitForIslands(page);
  const calculator = page.locator('section.calculator').first();
  await calculator.locator('summary', { hasText: 'Paste a table' }).click();
  await calculator.getByLabel('Table to import').fill(FORMAT_TABLE_WITH_PROMPT);
  await calculator.getByRole('button', { name: 'Import', exact: true }).click();
  await calculator.getByRole('button', { name: 'Replace the list' }).click();
  await calculator.locator('summary', { hasText: 'Paste a table' }).click();
  return calculator;
}

for (const width of [1440, 390]) {
  test(`at ${width} px: imported VMs read as a summary; Edit shows every name whole, its header clear of the pinned drain time`, async ({ page }) => {
    // Imports, opens and folds the list and runs axe on the open editor: more than the default 30 s on a loaded 2-core runner.
    test.slow();
    const calculator = await withPastedVms(page, width);
    await expect(calculator.locator('[data-list-summary]')).toHaveText('6 VMs, 252 GiB: SQL-PRD-01 128 GiB, SQL-PRD-02 64 GiB, EXCH 01 32 GiB, …');
    await expect(calculator.locator('.list-editor .table-scroll tbody tr')).toHaveCount(0);

    await calculator.getByRole('button', { name: 'Edit the list' }).click();
    const rows = calculator.locator('.list-editor .table-scroll tbody tr');
    await expect(rows).toHaveCount(6);
    // Focus is in the first cell, and the table's top is in view below the pinned drain time.
    await expect(calculator.getByLabel('Name, row 1', { exact: true })).toBeFocused();
    const pinned = await box(calculator.locator('[data-summary="totalSeconds"]'));
    const header = await box(calculator.locator('.list-editor thead'));
    expect(header.y, 'table header below the pinned drain time').toBeGreaterThanOrEqual(pinned.y + pinned.height);
    expect(header.y + header.height).toBeLessThanOrEqual(900);

    // Every name is whole in its box (the longest here, "SQL-PRD-01", is ten characters).
    const names = await calculator
      .locator('.list-editor .table-scroll tbody td:first-child input')
      .evaluateAll((inputs) => inputs.map((i) => ({ value: (i as HTMLInputElement).value, cut: i.scrollWidth > i.clientWidth })));
    expect(names).toEqual(['SQL-PRD-01', 'SQL-PRD-02', 'EXCH 01', 'FILE-01', 'WEB-01', 'DC01'].map((value) => ({ value, cut: false })));

    // The list spans the calculator: at 1440 px the inputs take its whole width and every column
    // shows without scrolling sideways; all six rows are in view inside the table's box.
    const editor = await box(calculator.locator('.list-editor'));
    const inputs = await box(calculator.locator('.calculator-inputs'));
    expect(editor.width).toBeGreaterThanOrEqual(inputs.width - 1);
    const scroller = calculator.locator('.list-editor .table-scroll');
    if (width === 1440) {
      const results = await box(calculator.locator('.calculator-results'));
      expect(results.y, 'results under the inputs while editing').toBeGreaterThan(inputs.y + inputs.height - 1);
      const sizes = await scroller.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
      expect(sizes.scroll, 'no column off to the side').toBeLessThanOrEqual(sizes.client);
    }
    const frame = await box(scroller);
    for (let i = 0; i < 6; i++) {
      const row = await box(rows.nth(i));
      expect(row.y + row.height, `row ${i + 1} inside the table's box`).toBeLessThanOrEqual(frame.y + frame.height + 1);
    }
    await page.screenshot({ path: `test-results/drain-list-edit-${width}.png` });
    const axe = await new AxeBuilder({ page }).include('section.calculator').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Done folds it back and hands focus to Edit.
    await calculator.getByRole('button', { name: 'Done editing' }).click();
    await expect(calculator.getByRole('button', { name: 'Edit the list' })).toBeFocused();
    await expect(rows).toHaveCount(0);
  });

  test(`at ${width} px: Add a row moves focus into the new row, clear of the pinned drain time, and the result stays`, async ({ page }) => {
    const calculator = await withPastedVms(page, width);
    await calculator.getByRole('button', { name: 'Edit the list' }).click();
    await calculator.getByRole('button', { name: 'Add a row' }).click();
    const name = calculator.getByLabel('Name, row 7', { exact: true });
    await expect(name).toBeFocused();
    await expect(calculator.locator('.list-editor [aria-live="polite"]')).toHaveText('VM 7 added.');
    const pinned = await box(calculator.locator('[data-summary="totalSeconds"]'));
    const cell = await box(name);
    expect(cell.y, 'the new row below the pinned drain time').toBeGreaterThanOrEqual(pinned.y + pinned.height);
    expect(cell.y + cell.height).toBeLessThanOrEqual(900);
    // The new row takes the defaults (8 GiB), so the drain has 7 VMs and no input is in error.
    await expect(calculator.locator('.stale-note')).toHaveCount(0);
    await expect(calculator.locator('[data-field="vms"] .issue')).toHaveCount(0);
    await expect(calculator.locator('[data-output="vmCount"]')).toHaveText('7');
    await expect(calculator.locator('[data-summary="totalSeconds"]')).toContainText('for 7 VMs');
    // Typing goes where focus went: select the default name and type over it.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('NEW-VM');
    await expect(
      calculator
        .locator('table', { has: page.locator('caption', { hasText: 'Drain schedule' }) })
        .locator('tbody th')
        .last(),
    ).toHaveText('NEW-VM');
  });
}

test('printed, the folded list is every VM as text: names and memory of all six, not the summary alone', async ({ page }) => {
  const calculator = await withPastedVms(page, 1440);
  // The printout's inputs table (PrintInputs) lists the rows; on screen it is hidden and the list is folded to its summary.
  const printed = calculator.locator('.print-input-list');
  await expect(printed).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(printed).toBeVisible();
  await expect(calculator.getByRole('button', { name: 'Edit the list' })).toBeHidden();
  await expect(printed.locator('tbody tr td:first-child')).toHaveText(['SQL-PRD-01', 'SQL-PRD-02', 'EXCH 01', 'FILE-01', 'WEB-01', 'DC01']);
  await expect(printed.locator('tbody tr td:nth-child(3)')).toHaveText(['128', '64', '32', '16', '8', '4']);
});
