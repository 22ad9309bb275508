/** Drives each design needs: the SAN tier in every drive class, and the local SSD hosts (log scale: the counts span four orders). */
import type { StorageScenarioResult } from '../engine/storage/storage-scenario.ts';
import { marginForLabels } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';
import { OTHER_CHOICE_COLOUR, YOUR_CHOICE, YOUR_CHOICE_COLOUR } from './your-choice.ts';

const SAN_CHOSEN = `${YOUR_CHOICE}: SAN tier`;
const SAN_OTHER = 'SAN tier, other drives';
const LOCAL = 'local SSD hosts';

export interface DriveBar {
  label: string;
  drives: number;
  design: string;
}

export function scenarioDriveBars(result: StorageScenarioResult): DriveBar[] {
  const local = result.designs.find((d) => d.design === 'local');
  const san = result.designs.find((d) => d.design === 'san');
  const bars: DriveBar[] = result.tierOptions.map((o) => ({
    label: `SAN: ${o.label}`,
    drives: o.drivesNeeded,
    design: san && o.driveClass === san.driveClass ? SAN_CHOSEN : SAN_OTHER,
  }));
  if (local) bars.push({ label: `Local hosts: ${local.drivesPerHost ?? 0} per host`, drives: local.drives, design: LOCAL });
  return bars;
}

export const storageScenarioDrivesChart: ChartBuilder<StorageScenarioResult> = (Plot, result) => {
  const bars = scenarioDriveBars(result);
  return {
    ariaLabel: 'Drives needed by a SAN tier of each drive class and by the local SSD hosts',
    marginLeft: marginForLabels(bars.map((b) => b.label)),
    // The count is written just past the end of each bar.
    marginRight: marginForLabels(bars.map((b) => String(b.drives))),
    x: { type: 'log', label: 'Drives needed (log scale)', grid: true },
    y: { label: null, domain: bars.map((b) => b.label) },
    // Plot's second default categorical colour (Observable 10 yellow-orange) for the other design.
    color: { legend: true, domain: [SAN_CHOSEN, SAN_OTHER, LOCAL], range: [YOUR_CHOICE_COLOUR, OTHER_CHOICE_COLOUR, '#efb118'] },
    marks: [
      Plot.barX(bars, { x1: 1, x2: 'drives', y: 'label', fill: 'design' }),
      Plot.text(bars, { x: 'drives', y: 'label', text: (b: DriveBar) => String(b.drives), dx: 4, textAnchor: 'start' }),
    ],
  };
};
