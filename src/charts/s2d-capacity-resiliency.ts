/** Usable capacity of the same cluster under every resiliency type it can use (the chosen one highlighted). */
import type { S2dCapacityResult } from '../engine/storage/s2d-capacity.ts';
import { decimals } from '../number-format.ts';
import { marginForLabels } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';
import { OTHER_CHOICE_COLOUR, YOUR_CHOICE, YOUR_CHOICE_COLOUR } from './your-choice.ts';

const OTHER_TYPES = 'other types';

interface ResiliencyBar {
  label: string;
  usableTB: number;
  text: string;
  status: string;
}

/**
 * Ticks on the capacity axis, whatever the width: Plot's default (one per
 * 80 px of plot area) leaves only "0" once a phone-width chart has spent most
 * of its width on the row names and the figures at the bar ends.
 */
const CAPACITY_TICKS = 4;

function bars(result: S2dCapacityResult): ResiliencyBar[] {
  return result.comparison.map((row) => ({
    label: row.shortLabel,
    usableTB: row.usableTB,
    // The efficiency of each type is in the table beside the chart; the bar end carries only its length.
    text: `${decimals(row.usableTB, 1)} TB`,
    status: row.resiliency === result.resiliency ? YOUR_CHOICE : OTHER_TYPES,
  }));
}

export const s2dResiliencyChart: ChartBuilder<S2dCapacityResult> = (Plot, result) => {
  const data = bars(result);
  return {
    ariaLabel: `Usable capacity in TB of this cluster under each resiliency type it can use`,
    // Margins sized from the labels themselves, not fixed: fixed 130 + 110 px left about 60 px of a phone's chart for the bars.
    marginLeft: marginForLabels(data.map((b) => b.label)),
    marginRight: marginForLabels(data.map((b) => b.text)),
    x: { label: 'Usable capacity (TB)', grid: true, zero: true, ticks: CAPACITY_TICKS },
    y: { label: null, domain: data.map((b) => b.label) },
    color: { legend: true, domain: [YOUR_CHOICE, OTHER_TYPES], range: [YOUR_CHOICE_COLOUR, OTHER_CHOICE_COLOUR] },
    marks: [
      Plot.barX(data, { x: 'usableTB', y: 'label', fill: 'status' }),
      Plot.text(data, { x: 'usableTB', y: 'label', text: 'text', dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  };
};
