/**
 * A chart is drawn at one of a few widths, and the page's CSS picks the
 * build-time drawing by the same rule the browser uses to redraw: so the
 * chart seen first and the one drawn after an edit are the same size.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTHS, chartWidthFor } from '../../src/charts/chart-width.ts';
import { renderChartAtWidths } from '../../src/charts/render-server.ts';

describe('chart widths', () => {
  it('picks the widest drawing that fits the box', () => {
    // A 390 px phone gives a calculator's chart about 324 px; the drain planner's results column at 1440 px about 410.
    expect(chartWidthFor(324)).toBe(320);
    expect(chartWidthFor(410)).toBe(320);
    expect(chartWidthFor(420)).toBe(420);
    expect(chartWidthFor(600)).toBe(520);
    expect(chartWidthFor(703)).toBe(640);
    // Narrower than every drawing: the narrowest, scaled down; not measured yet: the widest.
    expect(chartWidthFor(250)).toBe(320);
    expect(chartWidthFor(0)).toBe(640);
  });

  it('guide.css shows each drawing exactly where chartWidthFor would draw it', () => {
    const css = readFileSync('src/styles/guide.css', 'utf8');
    const rules = [...css.matchAll(/@container chart-widths \(([^)]*)\) \{\s*\.chart-at-(\d+) \{\s*display: block;/g)].map((m) => ({
      query: m[1] ?? '',
      width: Number(m[2]),
    }));
    expect(rules.map((r) => r.width)).toEqual([...CHART_WIDTHS]);
    rules.forEach(({ query, width }, i) => {
      const next = CHART_WIDTHS[i + 1];
      const range = i === 0 ? `width < ${next}px` : next === undefined ? `width >= ${width}px` : `${width}px <= width < ${next}px`;
      expect(query).toBe(range);
    });
  });

  it('renders one drawing per width, each at its width, the widest alone indexed by search', () => {
    const markup = renderChartAtWidths((Plot) => ({ marks: [Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y' })] }));
    const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
    const drawings = [...document.querySelectorAll('.chart-widths > .chart-at')];
    expect(drawings.map((d) => d.querySelector('svg')?.getAttribute('viewBox'))).toEqual(CHART_WIDTHS.map((w) => `0 0 ${w} 400`));
    expect(drawings.map((d) => d.hasAttribute('data-pagefind-ignore'))).toEqual([true, true, true, false]);
  });
});
