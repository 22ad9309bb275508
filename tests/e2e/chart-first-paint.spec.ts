/**
 * Charts are readable from the first paint: the chart rendered at build time
 * has tick labels of at least 10 px on a 390 px phone (a 640 px drawing
 * squeezed into a phone's column had 5 px text), and the chart Plot redraws
 * after the reader's first edit has the same box and text size as the one
 * it replaces, so nothing jumps.
 */
import type { Locator, Page } from '@playwright/test';
import { calculatorPages } from './calculator-pages.ts';
import { expect, test } from './fixtures.ts';

interface Drawn {
  width: number;
  height: number;
  /** Smallest tick label as seen on screen: its font size times the drawing's scale. */
  smallestTickPx: number;
}

/** Size and tick text of the drawing on screen in each of `frames` (a build-time chart holds hidden drawings at other widths). */
async function drawnCharts(frames: Locator): Promise<Drawn[]> {
  return frames.evaluateAll((frames) =>
    frames.map((frame) => {
      const svg = [...frame.querySelectorAll<SVGSVGElement>('svg[role="img"]')].find((s) => s.getBoundingClientRect().width > 0);
      if (!svg) return { width: 0, height: 0, smallestTickPx: 0 };
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const ticks = [...svg.querySelectorAll('[data-mark$="tick label"] text')];
      const sizes = ticks.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
      // No tick labels found counts as 0 px, so a selector that stops matching fails instead of passing on Infinity.
      return { width: box.width, height: box.height, smallestTickPx: sizes.length > 0 ? Math.min(...sizes) : 0 };
    }),
  );
}

async function scrollThrough(page: Page, charts: Locator): Promise<void> {
  for (const chart of await charts.all()) await chart.scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
}

const chartPages = calculatorPages().filter((p) => p.numericInput);

for (const { path } of chartPages) {
  for (const width of [390, 1440]) {
    test(`/${path} at ${width} px: chart text is at least 10 px at load and the chart keeps its size after the first edit`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const calculator = page.locator('section.calculator').first();
      test.skip((await calculator.locator('figure.plot-chart').count()) === 0, 'no chart in this calculator');
      await scrollThrough(page, calculator.locator('figure.plot-chart'));
      const atLoad = await drawnCharts(calculator.locator('.plot-frame'));
      for (const chart of atLoad) expect(chart.smallestTickPx, `tick text at load: ${JSON.stringify(atLoad)}`).toBeGreaterThanOrEqual(10);

      // Edits that end where the scenario started: Plot redraws every chart from the same figures.
      await expect(calculator).toHaveAttribute('data-hydrated', 'true');
      // A field of the scenario itself: not a list cell, nor a "set for every row" box, which waits for its Apply button.
      const input = calculator.locator('input[inputmode="decimal"]:not([name*="["]):not([data-bulk-set] *)').first();
      const value = await input.inputValue();
      await input.fill(String(Number(value) + 1));
      await input.fill(value);
      for (const frame of await calculator.locator('.plot-frame').all()) await expect(frame).toHaveAttribute('data-drawn', 'live');
      await scrollThrough(page, calculator.locator('figure.plot-chart'));
      const afterEdit = await drawnCharts(calculator.locator('.plot-frame'));
      expect(afterEdit).toHaveLength(atLoad.length);
      afterEdit.forEach((chart, i) => {
        const before = atLoad[i] as Drawn;
        expect(Math.abs(chart.width - before.width), `width ${before.width} → ${chart.width}`).toBeLessThan(1);
        expect(Math.abs(chart.height - before.height), `height ${before.height} → ${chart.height}`).toBeLessThan(1);
        expect(Math.abs(chart.smallestTickPx - before.smallestTickPx), 'tick text size').toBeLessThan(0.1);
      });
    });
  }
}

for (const path of ['migration/faster-live-migration-10gbe/', 'migration/model-validation/']) {
  test(`/${path} at 390 px: the article's build-time chart has text of at least 10 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(path);
    const figures = page.locator('.sl-markdown-content figure:has(> .chart-widths)');
    await scrollThrough(page, figures);
    const charts = await drawnCharts(figures);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(chart.smallestTickPx).toBeGreaterThanOrEqual(10);
  });
}
