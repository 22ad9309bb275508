/**
 * Renders a chart to SVG markup at build time (Astro components only), so a
 * page shows its default chart without loading Plot, and readers without
 * JavaScript see it too.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { tidyChart } from './accessible.ts';
import { CHART_WIDTHS } from './chart-width.ts';
import type { ChartOptions, PlotModule } from './types.ts';

/** The chart drawn once, at `width` px unless the builder sets its own. */
export function renderChartSvg(build: (Plot: PlotModule) => ChartOptions, width = 640): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = { width, ...build(Plot) };
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  return tidyChart(chart, options.ariaLabel ?? 'Chart').outerHTML;
}

/**
 * The chart drawn at every width in CHART_WIDTHS, each in its own box; the
 * page's CSS shows the one that fits (see chart-width.ts). Search indexes the
 * widest only, so its text is not counted four times.
 */
export function renderChartAtWidths(build: (Plot: PlotModule) => ChartOptions): string {
  const widest = Math.max(...CHART_WIDTHS);
  const drawings = CHART_WIDTHS.map(
    (width) => `<div class="chart-at chart-at-${width}"${width === widest ? '' : ' data-pagefind-ignore'}>${renderChartSvg(build, width)}</div>`,
  );
  return `<div class="chart-widths">${drawings.join('')}</div>`;
}
