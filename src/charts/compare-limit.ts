/** One limit across Hyper-V releases (a line by release year) with vSphere 5.0 as separate points, on a log scale. */
import type { FeatureMatrixResult } from '../engine/compare/feature-matrix.ts';
import { marginForLabels } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';

export const compareLimitChart: ChartBuilder<FeatureMatrixResult> = (Plot, result) => {
  const { points, label, unit } = result.chart;
  const hyperV = points.filter((p) => p.family === 'hyper-v');
  const familyLabel = (family: string) => (family === 'hyper-v' ? 'Hyper-V' : 'vSphere 5.0');
  // Neighbouring releases often share a value: their names alternate above and below the dots so they do not overprint.
  const labelled = [...points]
    .sort((a, b) => a.year - b.year)
    .map((p, i) => ({ ...p, familyLabel: familyLabel(p.family), above: i % 2 === 0 }));
  return {
    ariaLabel: `${label} (${unit}) by release, logarithmic scale`,
    x: { label: 'Release year', tickFormat: 'd', nice: true },
    y: { type: 'log', label: `${label} (${unit})`, grid: true, tickFormat: '~s' },
    color: { legend: true, domain: ['Hyper-V', 'vSphere 5.0'] },
    // Release names are centred above their dots: half the longest must fit at either end.
    marginLeft: Math.max(50, Math.ceil(marginForLabels(points.map((p) => p.short)) / 2)),
    marginRight: Math.max(40, Math.ceil(marginForLabels(points.map((p) => p.short)) / 2)),
    // Room above the highest dot and below the lowest for their names.
    insetTop: 16,
    insetBottom: 16,
    marks: [
      Plot.line(hyperV, { x: 'year', y: 'value', stroke: () => 'Hyper-V', curve: 'step-after' }),
      Plot.dot(labelled, { x: 'year', y: 'value', fill: 'familyLabel', r: 4, title: (p: { short: string; value: number }) => `${p.short}: ${p.value} ${unit}` }),
      Plot.text(labelled.filter((p) => p.above), { x: 'year', y: 'value', text: 'short', dy: -10, fontSize: 10 }),
      Plot.text(labelled.filter((p) => !p.above), { x: 'year', y: 'value', text: 'short', dy: 12, fontSize: 10 }),
    ],
  };
};
