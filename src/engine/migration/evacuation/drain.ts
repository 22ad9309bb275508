/** The drain's figures: the concurrency the host allows, the drain at that setting and at 1 to 8, and its totals. */
import { GiB, roundTo } from '../../units.ts';
import { hostVersionTraits } from '../host-versions.ts';
import { usesSmb } from '../link-fields.ts';
import type { DrainVm, HostEvacuationInput } from '../host-evacuation.ts';
import { timeRange } from '../live-migration.ts';
import { simulateDrain } from './simulate.ts';

/** The settings the concurrency chart compares: 1 to 8 simultaneous migrations. */
export const CONCURRENCY_SERIES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** The VMs one by one: a row of count N becomes N VMs named "web (1 of N)" … "web (N of N)". */
export function expandVms(rows: readonly HostEvacuationInput['vms'][number][]): DrainVm[] {
  return rows.flatMap((row) => {
    const count = row.count;
    const vm = { memoryGiB: row.memoryGiB, dirtyRateMBps: row.dirtyRateMBps, hotSetGiB: row.hotSetGiB };
    return count === 1 ? [{ name: row.name, ...vm }] : Array.from({ length: count }, (_, i) => ({ name: `${row.name} (${i + 1} of ${count})`, ...vm }));
  });
}

/** Simultaneous migrations the host runs: the reader's setting or the version's default; 2008 R2 runs one at a time. */
export function concurrencyLimit(input: HostEvacuationInput): number {
  const traits = hostVersionTraits[input.hostVersion];
  const versionDefault = input.clustered ? traits.defaultConcurrent.cluster : traits.defaultConcurrent.standalone;
  return traits.simultaneousMigrations ? (input.maxConcurrent ?? versionDefault) : 1;
}

export function drainFigures(input: HostEvacuationInput) {
  const traits = hostVersionTraits[input.hostVersion];
  const limit = concurrencyLimit(input);
  const vms = expandVms(input.vms);
  const { clock, rows: schedule, plans, peakGbps } = simulateDrain(input, vms, limit);
  // The same drain at each setting the article discusses; 2008 R2 runs one at a time whatever is asked.
  const drainTimeByConcurrency = CONCURRENCY_SERIES.map((asked) => {
    const k = traits.simultaneousMigrations ? asked : 1;
    const run = k === limit ? { clock, rows: schedule } : simulateDrain(input, vms, k);
    return { concurrency: asked, totalSeconds: roundTo(run.clock, 1), notConverged: run.rows.filter((r) => !r.converged).length };
  });
  return {
    limit,
    clock,
    schedule,
    peakGbps,
    drainTimeByConcurrency,
    notConverged: schedule.filter((r) => !r.converged).length,
    longestDowntimeMs: schedule.reduce((m, r) => Math.max(m, r.downtimeMs), 0),
    transferredGiB: [...plans.values()].reduce((s, p) => s + p.transferredBytes, 0) / GiB,
    // TCP and compression can only use the first network (and its team members); SMB uses every network.
    capacityGbps: (usesSmb(input) ? input.networks : 1) * input.teamMembers * input.linkGbps,
    range: timeRange(clock, input.effectiveGbps !== undefined, input.transport),
  };
}

export type DrainFigures = ReturnType<typeof drainFigures>;
