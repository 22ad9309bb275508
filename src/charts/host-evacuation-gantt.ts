/** Gantt chart of a host drain: one bar per VM from the start of its migration to its end, by network. */
import type { HostEvacuationResult } from '../engine/migration/host-evacuation.ts';
import { decimals } from '../number-format.ts';
import { clip, marginForLabels } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';

/** Rows beyond this many are summarised by the table; a bar per VM stops being legible. */
export const GANTT_MAX_ROWS = 60;
/** Longest row name drawn; the table has the full VM name. */
const ROW_LABEL_CHARS = 24;

type Row = HostEvacuationResult['schedule'][number];

/** The tooltip: the schedule table's columns, with its units and rounding. */
const tipText = (r: Row) =>
  `${r.vm}\nStarts: ${decimals(r.startSeconds, 1)} s\nEnds: ${decimals(r.endSeconds, 1)} s\nNetwork: ${r.network}\nPause: ${decimals(r.downtimeMs, 1)} ms\nConverged: ${r.converged ? 'yes' : 'no'}`;

export const hostEvacuationGanttChart: ChartBuilder<HostEvacuationResult> = (Plot, result) => {
  const rows = result.schedule.slice(0, GANTT_MAX_ROWS).map((r, i) => ({ ...r, label: clip(`${i + 1}. ${r.vm}`, ROW_LABEL_CHARS) }));
  return {
    ariaLabel: `Drain schedule: ${result.schedule.length} VMs in ${decimals(result.totalSeconds, 1)} s`,
    height: Math.max(120, 22 * rows.length + 40),
    marginLeft: marginForLabels(rows.map((r) => r.label)),
    marginRight: 24,
    x: { label: 'Seconds from the start of the drain', grid: true, zero: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { legend: true, label: 'Network' },
    marks: [Plot.barX(rows, { x1: 'startSeconds', x2: 'endSeconds', y: 'label', fill: 'network', title: tipText, tip: true }), Plot.ruleX([0])],
  };
};
