/**
 * Drain time of the same host at 1 to 8 simultaneous live migrations: the
 * article's argument that more at once is not always faster, for the reader's
 * own VMs. The setting in force is drawn in the reader's-choice colour.
 */
import type { ConcurrencyPoint, HostEvacuationResult } from '../engine/migration/host-evacuation.ts';
import { decimals, duration } from '../number-format.ts';
import { marginForValues } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';
import { OTHER_CHOICE_COLOUR, YOUR_CHOICE, YOUR_CHOICE_COLOUR } from './your-choice.ts';

export const IN_FORCE = `${YOUR_CHOICE}: setting in force`;
export const OTHER = 'other settings';

/** The tooltip: the concurrency table's columns, with its units and rounding. */
const tipText = (p: ConcurrencyPoint) => `${p.concurrency} at once\nDrain time: ${duration(p.totalSeconds)}\nVMs not converged: ${p.notConverged}`;

export const hostEvacuationConcurrencyChart: ChartBuilder<HostEvacuationResult> = (Plot, result) => {
  const points = result.drainTimeByConcurrency.map((p) => ({ ...p, setting: p.concurrency === result.concurrencyUsed ? IN_FORCE : OTHER }));
  const fastest = Math.min(...points.map((p) => p.totalSeconds));
  const slowest = Math.max(...points.map((p) => p.totalSeconds));
  return {
    ariaLabel: `Drain time at 1 to 8 simultaneous migrations: from ${decimals(fastest, 1)} s to ${decimals(slowest, 1)} s`,
    // Eight bars need less than Plot's default 400 px of height (the printout fits on fewer pages).
    height: 260,
    marginLeft: marginForValues(slowest),
    x: { label: 'Simultaneous migrations', type: 'band' },
    y: { label: 'Drain time (s)', grid: true, zero: true },
    color: { legend: true, label: 'Setting', domain: [OTHER, IN_FORCE], range: [OTHER_CHOICE_COLOUR, YOUR_CHOICE_COLOUR] },
    marks: [Plot.barY(points, { x: 'concurrency', y: 'totalSeconds', fill: 'setting', title: tipText, tip: true }), Plot.ruleY([0])],
  };
};
