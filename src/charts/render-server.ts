/**
 * Renders a chart to SVG markup at build time (Astro components only), so a
 * page shows its default chart without loading Plot, and readers without
 * JavaScript see it too.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartOptions, PlotModule } from './types.ts';

export function renderChartSvg(build: (Plot: PlotModule) => ChartOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({ ...build(Plot), document: document as unknown as Document });
  return chart.outerHTML;
}
