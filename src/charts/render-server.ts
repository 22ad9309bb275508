/**
 * Renders a chart to SVG markup at build time (Astro components only), so a
 * page shows its default chart without loading Plot, and readers without
 * JavaScript see it too.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { tidyChart } from './accessible.ts';
import type { ChartOptions, PlotModule } from './types.ts';

export function renderChartSvg(build: (Plot: PlotModule) => ChartOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = build(Plot);
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  return tidyChart(chart, options.ariaLabel ?? 'Chart').outerHTML;
}
