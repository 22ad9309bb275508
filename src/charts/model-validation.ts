/**
 * Predicted against measured for every numeric validation case: the ratio
 * predicted ÷ measured (1 = exact) on a log scale, each case's stated
 * tolerance as a band around 1, fitted and held-out cases told apart.
 * Ratios beyond 0.25–4 are drawn at the edge (the table gives the figure).
 */
import type { ChartBuilder } from './types.ts';

export interface ValidationPoint {
  id: string;
  model: string;
  /** Predicted ÷ measured. */
  ratio: number;
  /** The case's tolerance as a band of ratios. */
  lowOk: number;
  highOk: number;
  set: 'fitted' | 'held out';
}

export const modelValidationChart: ChartBuilder<ValidationPoint[]> = (Plot, points) => ({
  ariaLabel: 'Predicted divided by measured for every published case, with each case’s tolerance band',
  marginLeft: 190,
  height: Math.max(260, points.length * 18 + 60),
  x: {
    type: 'log',
    label: 'Predicted ÷ measured (1 = exact; log scale)',
    grid: true,
    domain: [0.25, 4],
    ticks: [0.25, 0.5, 0.75, 1, 1.5, 2, 4],
    tickFormat: (d: number) => `${d}`,
  },
  y: { label: null, domain: points.map((p) => p.id) },
  color: { legend: true, label: 'Case', domain: ['fitted', 'held out'] },
  marks: [
    Plot.ruleX([1]),
    Plot.ruleY(points, { y: 'id', x1: 'lowOk', x2: 'highOk', stroke: '#9aa5b1', strokeWidth: 6, strokeOpacity: 0.5 }),
    Plot.dot(points, { y: 'id', x: (d: ValidationPoint) => Math.min(4, Math.max(0.25, d.ratio)), fill: 'set', r: 4, tip: true }),
  ],
});
