/**
 * The printout: a calculator page prints without the site's
 * navigation, search or buttons, with its inputs' values, its results and its
 * assumptions open; a calculator's Print button prints its scenario alone, on
 * few pages.
 */
import type { Page } from '@playwright/test';
import { hostEvacuationSchema } from '../../src/engine/migration/host-evacuation.ts';
import { writeScenario } from '../../src/engine/url-state.ts';
import { calculatorPages } from './calculator-pages.ts';
import { expect, test } from './fixtures.ts';
import { overprinted, pdfPages } from './printout.ts';

/** Presses the calculator's Print button (the print dialog itself stubbed out) and shows the page as printed. */
async function pressPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.locator('section.calculator').first().getByRole('button', { name: 'Print' }).click();
  await page.emulateMedia({ media: 'print' });
}

test('printing a calculator page shows its inputs, results and open assumptions, and no site chrome', async ({ page }) => {
  const first = calculatorPages()[0];
  test.skip(!first, 'no calculator pages');
  await page.goto(first?.path ?? '');
  await page.emulateMedia({ media: 'print' });
  const calculator = page.locator('section.calculator').first();
  // The inputs print as a table of their values, not as the form.
  await expect(calculator.locator('.print-inputs table').first()).toBeVisible();
  await expect(calculator.locator('.calculator-inputs')).toBeHidden();
  await expect(calculator.locator('.calculator-results [data-output]').first()).toBeVisible();
  await expect(calculator.locator('.calculator-actions')).toBeHidden();
  await expect(calculator.locator('.copy-button').first()).toBeHidden();
  // The assumptions print unfolded, without anyone opening them.
  await expect(calculator.locator('details.assumptions li').first()).toBeVisible();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('site-search')).toBeHidden();
});

test('the storage IOPS scenario prints on one to three A4 pages, assumptions included', async ({ page }) => {
  await page.goto('storage/iops-write-penalty/?disks=10&driveIops=200&layout=raid5&readPercent=50');
  const calculator = page.locator('section.calculator').first();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true');
  await pressPrint(page);
  // 10 disks × 200 IOPS in RAID 5 (write penalty 4) at 50 % reads: 2,000 / (0.5 + 0.5 × 4) = 800.
  await expect(calculator.locator('[data-output="frontEndIops"]')).toHaveText('800');
  await expect(calculator.locator('input[name="disks"]')).toHaveValue('10');
  await expect(calculator.locator('details.assumptions')).toContainText('write costs 4 back-end disk operations');
  await expect(calculator.locator('details.assumptions li').first()).toBeVisible();
  // The article around it is left out of this printout; the title stays.
  await expect(page.locator('.sl-markdown-content > p').first()).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  // Title and facts, 11 inputs, four key figures, the explanation, a 640 px chart, an 8-row
  // table and four assumptions: more than one A4 page, well under three.
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(3);
});

test('a 30-VM drain scenario prints on at most five A4 pages', async ({ page }) => {
  const vms = Array.from({ length: 30 }, (_, i) => ({ name: `app${String(i + 1).padStart(2, '0')}`, memoryGiB: 16, dirtyRateMBps: 40, hotSetGiB: 0.1 }));
  await page.goto(`migration/draining-a-host/${writeScenario(hostEvacuationSchema, { vms })}`);
  const calculator = page.locator('section.calculator').first();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true');
  // 30 VM rows in, a 30-row schedule and a 30-bar chart out, plus the assumptions: about a
  // page for each, and one for the host figures and warnings.
  await pressPrint(page);
  await expect(calculator.locator('details.assumptions li').first()).toBeVisible();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(5);
});

test('a shared drain scenario prints as a two-page report: its link, inputs, figures, charts, schedule and warnings, nothing overprinted', async ({ page }) => {
  // An A4 page less its 12 mm margins is 186 mm wide: about 703 CSS pixels.
  await page.setViewportSize({ width: 703, height: 1000 });
  // A scenario worked out by hand: 12 idle VMs of 64 GiB, one at a time at a measured 1 GiB/s
  // (2^30 × 8 bits = 8.589934592 Gbps): each 1.5 s setup + 64 s + 1 s clean-up = 66.5 s; 12 × 66.5 s = 798 s
  // = 13 min 18 s. Two TCP networks add a warning (the second is failover only).
  const vms = Array.from({ length: 12 }, (_, i) => ({
    name: `SQL-PRD-${String(i + 1).padStart(2, '0')}-long-name-cluster`,
    memoryGiB: 64,
    dirtyRateMBps: 0,
    hotSetGiB: 0,
  }));
  const query = writeScenario(hostEvacuationSchema, { vms, linkGbps: 25, networks: 2, maxConcurrent: 1, effectiveGbps: 8.589934592 });
  await page.goto(`migration/draining-a-host/${query}`);
  const calculator = page.locator('section.calculator').first();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true');
  for (const frame of await calculator.locator('.plot-frame').all()) await expect(frame).toHaveAttribute('data-drawn', 'live');
  // Printed with the browser's own command, not the Print button: the link's scenario is the report.
  await page.emulateMedia({ media: 'print' });

  await expect(calculator.locator('.print-scenario-link')).toContainText(`Scenario: ${page.url()}`);
  const inputs = calculator.locator('.print-inputs');
  await expect(inputs).toContainText('25 Gbps');
  await expect(inputs.locator('.print-input-list tbody tr')).toHaveCount(12);
  await expect(inputs.locator('.print-input-list tbody tr').first()).toContainText('SQL-PRD-01-long-name-cluster');
  await expect(calculator.locator('[data-output="vmCount"]')).toHaveText('12');
  await expect(calculator.locator('[data-output="totalSeconds"]')).toBeVisible();
  await expect(calculator.locator('[data-output="totalSeconds"]')).toHaveText('798 s (13 min 18 s)');
  for (const chart of await calculator.locator('figure.plot-chart svg[role="img"]').all()) await expect(chart).toBeVisible();
  await expect(calculator.getByRole('table', { name: 'Drain schedule' }).locator('tbody tr')).toHaveCount(12);
  await expect(calculator.locator('.warnings')).toContainText('are failover and add no bandwidth');
  // No form, so no empty paste box; the article's prose is left out.
  await expect(calculator.locator('textarea')).toBeHidden();
  await expect(calculator.locator('.calculator-actions')).toBeHidden();
  await expect(page.locator('.sl-markdown-content > p').first()).toBeHidden();

  expect(await overprinted(page)).toEqual({ overlaps: [], cut: [] });
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
});
