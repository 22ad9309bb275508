/**
 * One limit across releases, oldest first, on a log scale: a step line
 * through the Hyper-V releases and a dot per release, vSphere's included.
 * Each release is named once, as a tick on the x axis: names drawn next to
 * the dots overprinted wherever two releases came out close together, and a
 * year axis repeated years once its ticks fell between them. A release whose
 * value is unknown keeps its place on the axis with a "?" at the foot of the
 * plot instead of a dot (unknown is not zero, nor missing from the line of
 * releases); a value from secondary sources only is drawn as a hollow dot.
 */
import type { FeatureMatrixResult } from '../engine/compare/feature-matrix.ts';
import { displayWithUnit } from '../engine/compare/matrix-data.ts';
import { marginForLabels } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';

const FAMILY = { 'hyper-v': 'Hyper-V', vsphere: 'vSphere' } as const;

export const compareLimitChart: ChartBuilder<FeatureMatrixResult> = (Plot, result) => {
  const { points, label, unit } = result.chart;
  // The engine gives the points, and the releases with unknown values among them, in release order.
  const ordered = points.map((p) => ({ ...p, familyLabel: FAMILY[p.family] }));
  const releases = result.chart.releases.map((r) => r.short);
  const unknown = result.chart.releases.filter((r) => r.unknown);
  // Tooltips read like the table beside the chart: 4 PiB, 24,560 GiB, 1,024 VMs.
  const shown = (value: number) => displayWithUnit({ value, sources: [] }, unit);
  const unknownNote = unknown.length > 0 ? `; unknown for ${unknown.map((r) => r.short).join(', ')}` : '';
  return {
    ariaLabel: `${label} (${unit}) by release, logarithmic scale${unknownNote}`,
    // Names stand upright (rotated a quarter turn) so even eleven fit side by side on a phone.
    x: { type: 'point', domain: releases, label: null, tickRotate: -90, padding: 0.4 },
    y: { type: 'log', label: `${label} (${unit})`, grid: true, tickFormat: '~s' },
    color: { legend: true, domain: Object.values(FAMILY) },
    marginLeft: 50,
    marginBottom: marginForLabels(releases),
    insetTop: 8,
    insetBottom: 8,
    marks: [
      Plot.line(
        ordered.filter((p) => p.family === 'hyper-v'),
        { x: 'short', y: 'value', stroke: () => FAMILY['hyper-v'], curve: 'step-after' },
      ),
      Plot.dot(
        ordered.filter((p) => !p.secondary),
        { x: 'short', y: 'value', fill: 'familyLabel', r: 4, title: (p: { short: string; value: number }) => `${p.short}: ${shown(p.value)}` },
      ),
      Plot.dot(
        ordered.filter((p) => p.secondary),
        {
          x: 'short',
          y: 'value',
          stroke: 'familyLabel',
          strokeWidth: 2,
          fill: 'none',
          r: 4,
          title: (p: { short: string; value: number }) => `${p.short}: ${shown(p.value)} (secondary sources)`,
        },
      ),
      Plot.text(unknown, {
        x: 'short',
        text: () => '?',
        frameAnchor: 'bottom',
        dy: -2,
        fontSize: 14,
        fontStyle: 'italic',
        title: (r: { short: string }) => `${r.short}: unknown (no sourced value)`,
      }),
    ],
  };
};
