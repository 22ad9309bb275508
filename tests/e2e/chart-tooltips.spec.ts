/**
 * Chart tooltips read well in both themes (contrast ≥ 4.5:1, WCAG 1.4.3) and
 * say what the result table says, with its labels and units, not Plot's
 * channel names.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures.ts';
import { contrast } from './contrast.ts';

/** The cells of the first body row of the calculator's table with this caption, as the reader sees them. */
function firstTableRow(calculator: Locator, caption: string): Promise<string[]> {
  return calculator
    .locator('table')
    .filter({ has: calculator.page().locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .first()
    .locator('th, td')
    .allTextContents();
}

/** Hovers the first mark the selector finds and returns the tooltip's text and colours. */
async function tipAt(page: Page, chart: Locator, mark: string) {
  // Tooltips exist only in the chart Plot draws in the browser, not in the one rendered at build time.
  await expect(chart.locator('.plot-frame')).toHaveAttribute('data-drawn', 'live');
  const target = chart.locator(`[data-mark="${mark}"] :is(rect, circle)`).first();
  await target.scrollIntoViewIfNeeded();
  await target.hover({ force: true });
  // Plot redraws the tip on pointer moves; PlotChart keeps it tidy (a data-mark, no stray aria-label).
  const tip = chart.locator('[data-mark="tip"] > g').first();
  await expect(tip).toBeVisible();
  expect(await chart.locator('svg [aria-label]:not([role="img"])').count(), 'no aria-label on a group without a role').toBe(0);
  return tip.evaluate((g) => ({
    text: [...g.querySelectorAll('tspan')].map((t) => t.textContent ?? '').join('\n'),
    background: getComputedStyle(g.querySelector('path') as Element).fill,
    colour: getComputedStyle(g.querySelector('text') as Element).fill,
  }));
}

for (const scheme of ['dark', 'light'] as const) {
  test(`drain planner tooltip in the ${scheme} theme: readable and worded like the schedule table`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // A link with a scenario: the chart is drawn live by Plot (tooltips exist only there).
    await page.goto('migration/draining-a-host/?maxConcurrent=3');
    await waitForIslands(page);
    const calculator = page.locator('section.calculator').first();
    const firstRow = await firstTableRow(calculator, 'Drain schedule');
    const tip = await tipAt(page, calculator.locator('figure.plot-chart').filter({ hasText: 'Drain schedule' }), 'bar');
    expect(contrast(tip.colour, tip.background), `tooltip text ${tip.colour} on ${tip.background}`).toBeGreaterThanOrEqual(4.5);
    // Row 1 of the table: VM, starts (s), ends (s), network, pause (ms).
    expect(tip.text).toContain(firstRow[0] ?? '');
    expect(tip.text).toContain(`Starts: ${firstRow[1]} s`);
    expect(tip.text).toContain(`Ends: ${firstRow[2]} s`);
    expect(tip.text).toContain(`Network: ${firstRow[3]}`);
    expect(tip.text).toContain(`Pause: ${firstRow[4]} ms`);
    expect(tip.text).not.toMatch(/\blabel\b|startSeconds|endSeconds/);
  });

  test(`drain concurrency tooltip in the ${scheme} theme: readable and worded like the concurrency table`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('migration/draining-a-host/?maxConcurrent=3');
    await waitForIslands(page);
    const calculator = page.locator('section.calculator').first();
    const firstRow = await firstTableRow(calculator, 'Drain time by simultaneous migrations');
    const tip = await tipAt(page, calculator.locator('figure.plot-chart').filter({ hasText: 'simultaneous migrations' }), 'bar');
    expect(contrast(tip.colour, tip.background)).toBeGreaterThanOrEqual(4.5);
    // Row 1: one at a time, its drain time (in minutes and seconds past 90 s) and VMs not converged.
    expect(tip.text).toContain(`${firstRow[0]} at once`);
    expect(tip.text).toContain(`Drain time: ${firstRow[1]}`);
    expect(tip.text).toContain(`VMs not converged: ${firstRow[2]}`);
    expect(tip.text).not.toMatch(/totalSeconds|concurrency\b/);
  });

  test(`live-migration tooltip in the ${scheme} theme: readable and worded like the pass table`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('migration/how-live-migration-works/?memoryGiB=16');
    await waitForIslands(page);
    const calculator = page.locator('section.calculator').first();
    const firstRow = await firstTableRow(calculator, 'Data sent per pass');
    const tip = await tipAt(page, calculator.locator('figure.plot-chart'), 'bar');
    expect(contrast(tip.colour, tip.background)).toBeGreaterThanOrEqual(4.5);
    expect(tip.text).toContain(`Pass ${firstRow[0]} (${firstRow[1]})`);
    expect(tip.text).toContain(`Sent: ${firstRow[2]} GiB`);
    expect(tip.text).not.toMatch(/sentGiB|\bkind\b/);
  });
}
