/** Gantt chart of a host drain: one bar per VM from the start of its migration to its end, by network. */
import type { HostEvacuationResult } from '../engine/migration/host-evacuation.ts';
import type { ChartBuilder } from './types.ts';

/** Rows beyond this many are summarised by the table; a bar per VM stops being legible. */
export const GANTT_MAX_ROWS = 60;

export const hostEvacuationGanttChart: ChartBuilder<HostEvacuationResult> = (Plot, result) => {
  const rows = result.schedule.slice(0, GANTT_MAX_ROWS).map((r, i) => ({ ...r, label: `${i + 1}. ${r.vm}` }));
  return {
    ariaLabel: `Drain schedule: ${result.schedule.length} VMs in ${result.totalSeconds} s`,
    height: Math.max(120, 22 * rows.length + 40),
    marginLeft: 110,
    x: { label: 'Seconds from the start of the drain', grid: true, zero: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { legend: true, label: 'Network' },
    marks: [
      Plot.barX(rows, { x1: 'startSeconds', x2: 'endSeconds', y: 'label', fill: 'network', tip: true }),
      Plot.ruleX([0]),
    ],
  };
};
