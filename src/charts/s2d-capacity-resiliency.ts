/** Usable capacity of the same cluster under every resiliency type it can use (the chosen one highlighted). */
import type { S2dCapacityResult } from '../engine/storage/s2d-capacity.ts';
import type { ChartBuilder } from './types.ts';
import { OTHER_CHOICE_COLOUR, YOUR_CHOICE, YOUR_CHOICE_COLOUR } from './your-choice.ts';

const OTHER_TYPES = 'other types';

interface ResiliencyBar {
  label: string;
  usableTB: number;
  text: string;
  status: string;
}

function bars(result: S2dCapacityResult): ResiliencyBar[] {
  return result.comparison.map((row) => ({
    label: row.shortLabel,
    usableTB: row.usableTB,
    text: `${Number(row.usableTB.toFixed(1))} TB · ${Number(row.efficiencyPercent.toFixed(1))}%`,
    status: row.resiliency === result.resiliency ? YOUR_CHOICE : OTHER_TYPES,
  }));
}

export const s2dResiliencyChart: ChartBuilder<S2dCapacityResult> = (Plot, result) => {
  const data = bars(result);
  return {
    ariaLabel: `Usable capacity in TB of this cluster under each resiliency type it can use`,
    marginLeft: 130,
    marginRight: 110,
    x: { label: 'Usable capacity (TB)', grid: true, zero: true },
    y: { label: null, domain: data.map((b) => b.label) },
    color: { legend: true, domain: [YOUR_CHOICE, OTHER_TYPES], range: [YOUR_CHOICE_COLOUR, OTHER_CHOICE_COLOUR] },
    marks: [
      Plot.barX(data, { x: 'usableTB', y: 'label', fill: 'status' }),
      Plot.text(data, { x: 'usableTB', y: 'label', text: 'text', dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  };
};
