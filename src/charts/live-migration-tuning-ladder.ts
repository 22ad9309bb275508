/** Share of the link one TCP live migration uses at each rung of the seed-003 tuning ladder, per link speed. */
import type { LadderPoint } from '../engine/migration/tuning-ladder.ts';
import type { ChartBuilder } from './types.ts';

export const tuningLadderChart: ChartBuilder<LadderPoint[]> = (Plot, points) => ({
  ariaLabel: 'Share of the link one live migration uses, by host tuning, on 1 GbE and 10 GbE',
  marginBottom: 50,
  fx: { label: null },
  x: { label: null, axis: null, domain: [...new Set(points.map((p) => p.setting))] },
  y: { label: 'Share of the link used (%)', grid: true, domain: [0, 100] },
  color: { legend: true, label: 'Host settings', domain: [...new Set(points.map((p) => p.setting))] },
  marks: [
    Plot.barY(points, { fx: 'link', x: 'setting', y: 'linkSharePercent', fill: 'setting', tip: true }),
    Plot.text(points, { fx: 'link', x: 'setting', y: 'linkSharePercent', text: (d: LadderPoint) => `${Math.round(d.linkSharePercent)}%`, dy: -8 }),
    Plot.ruleY([0]),
  ],
});
