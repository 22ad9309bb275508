/** Memory sent in each pre-copy pass and in the final stop-and-copy of one live migration. */
import type { LiveMigrationResult } from '../engine/migration/live-migration.ts';
import type { ChartBuilder } from './types.ts';

export const liveMigrationPassesChart: ChartBuilder<LiveMigrationResult> = (Plot, result) => ({
  ariaLabel: `Data sent per pass: ${result.passes} pre-copy pass(es) and a stop-and-copy of ${result.stopCopyGiB} GiB`,
  x: { label: 'Pass', type: 'band' },
  y: { label: 'Memory sent (GiB)', grid: true, zero: true },
  color: { legend: true, label: 'Phase', domain: ['pre-copy', 'stop-and-copy'] },
  marks: [
    Plot.barY(result.iterations, { x: 'pass', y: 'sentGiB', fill: 'kind', tip: true }),
    Plot.ruleY([0]),
  ],
});
