/** Memory sent in each pre-copy pass and in the final stop-and-copy of one live migration. */
import type { LiveMigrationResult } from '../engine/migration/live-migration.ts';
import { decimals } from '../number-format.ts';
import type { ChartBuilder } from './types.ts';

type Pass = LiveMigrationResult['iterations'][number];

/** The tooltip: the pass table's columns, with its units and rounding. */
const tipText = (i: Pass) =>
  `Pass ${i.pass} (${i.kind})\nSent: ${decimals(i.sentGiB, 2)} GiB\nSeconds: ${decimals(i.seconds, 2)}\nStarts at: ${decimals(i.startSeconds, 2)} s`;

export const liveMigrationPassesChart: ChartBuilder<LiveMigrationResult> = (Plot, result) => ({
  ariaLabel: `Data sent per pass: ${result.passes} pre-copy pass(es) and a stop-and-copy of ${decimals(result.stopCopyGiB, 2)} GiB`,
  x: { label: 'Pass', type: 'band' },
  y: { label: 'Memory sent (GiB)', grid: true, zero: true },
  color: { legend: true, label: 'Phase', domain: ['pre-copy', 'stop-and-copy'] },
  marks: [Plot.barY(result.iterations, { x: 'pass', y: 'sentGiB', fill: 'kind', title: tipText, tip: true }), Plot.ruleY([0])],
});
