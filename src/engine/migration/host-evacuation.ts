/**
 * Draining a host: live-migrating every VM off it, a few at a time.
 *
 * Hyper-V runs up to `maxConcurrent` live migrations at once and queues the
 * others. What sets that limit depends on the version: Windows Server 2008 R2
 * runs one at a time; 2012 to 2019 follow each host's Set-VMHost
 * -MaximumVirtualMachineMigrations (2 by default; seed-003 shows two running
 * and the rest queued); on a 2022 or 2025 cluster the cluster property
 * MaximumParallelMigrations (1 by default), the limit every node inherits,
 * takes precedence over the hosts' setting (ms-techcommunity-cluster-wide-lm-control-2023,
 * ms-get-cluster-parallel-migrations, ms-set-vmhost). It limits each node, so
 * the draining node sends that many at once whatever the cluster's size. When
 * `maxConcurrent` is not given, the version's default applies.
 * A TCP or compressed migration is one connection, and all of them go over
 * the first live-migration network: the other networks are failover and add
 * no bandwidth (vaneijk-2013-nic-teaming-traffic-classes measured ten
 * simultaneous migrations on one NIC of six equal-metric networks;
 * vanhoye-2013-lm-performance-options). Seed-003's pre-release "different
 * migrations on different networks" did not survive into the measurements.
 * The migrations share that network, spread over its team members if it is a
 * team (link-rate.ts: tcpNetworkGbps). Under SMB every migration spreads over
 * all networks and they share the lot.
 *
 * The simulation steps from event to event (a migration finishing its setup,
 * its memory copy or its clean-up), so 1,000 VMs take a few thousand steps.
 * Each migration's pre-copy volume is planned at the rate it gets when its
 * copy starts; the bytes then drain at whatever share it gets as others start
 * and finish.
 */
import { defineModel } from '../model.ts';
import type { InputOf, Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { GiB, round3, roundTo } from '../units.ts';
import { linkFields, transportIssues } from './link-fields.ts';
import type { Assumption } from '../model.ts';
import { drainFigures } from './evacuation/drain.ts';
import { evacuationAssumptions, evacuationWarnings } from './evacuation/text.ts';

/**
 * Most VMs one drain schedules, counting each row's `count`. A host runs at most
 * 1,024 VMs (Windows Server 2012 and later, ms-hyperv-scalability-2012), so 1,000 covers
 * nearly any real host; the
 * simulation and the schedule table grow with every VM and the planner also runs the
 * drain once per concurrency for its chart, so the bound keeps a page responsive.
 */
export const MAX_VMS = 1000;

/** Get-VM shows MemoryAssigned 0 for a VM that is off or saved: there is no running memory to copy. */
const NOT_RUNNING = 'not running (0 bytes of memory assigned)';

/**
 * Headers a pasted VM table may carry besides the fields' own names and labels.
 * Get-VM's memory properties (MemoryAssigned, MemoryStartup) are byte counts, as
 * Set-VMMemory's -StartupBytes is; the console's default Get-VM view shows
 * MemoryAssigned(M), the bytes divided by PowerShell's 1MB (2^20). A drain copies the
 * memory assigned now, so MemoryAssigned is read before MemoryStartup. Windows writes
 * memory in binary units whatever the label, so "Memory (GB)" is taken as GiB and
 * "Memory (MB)" as MiB.
 */
const VM_IMPORT_COLUMNS = {
  name: [{ header: 'VMName' }, { header: 'VM' }, { header: 'VM name' }],
  count: [{ header: 'Quantity' }, { header: 'Qty' }, { header: 'Number of VMs' }],
  memoryGiB: [
    { header: 'MemoryAssigned', scale: 1 / GiB, unit: 'bytes', zeroSkips: NOT_RUNNING },
    { header: 'MemoryAssigned(M)', scale: 1 / 1024, unit: 'MiB', zeroSkips: NOT_RUNNING },
    { header: 'MemoryStartup', scale: 1 / GiB, unit: 'bytes' },
    { header: 'Memory (GB)' },
    { header: 'RAM (GB)' },
    { header: 'Memory (MB)', scale: 1 / 1024, unit: 'MiB' },
    { header: 'RAM (MB)', scale: 1 / 1024, unit: 'MiB' },
  ],
  dirtyRateMBps: [{ header: 'DirtyRate' }, { header: 'Dirty rate (MBps)' }],
  hotSetGiB: [{ header: 'HotSet' }, { header: 'Hot set (GB)' }],
} as const;

export const hostEvacuationSchema = defineSchema({
  vms: {
    kind: 'list',
    label: 'VMs on the host',
    itemLabel: 'VM',
    help: `The VMs to drain, in the order they are queued: name, how many alike, memory, dirty rate and hot set. At most ${MAX_VMS.toLocaleString('en')} VMs in all.`,
    item: {
      name: { kind: 'string', label: 'Name', help: 'A name to show in the schedule.', default: 'vm', maxLength: 64 },
      count: {
        kind: 'number',
        label: 'Count',
        help: 'How many identical VMs this row stands for; the schedule lists each, as "web (2 of 3)".',
        unit: '',
        default: 1,
        min: 1,
        max: MAX_VMS,
        integer: true,
      },
      memoryGiB: { kind: 'number', label: 'Memory', help: 'Memory assigned to the VM.', unit: 'GiB', default: 8, min: 0, minExclusive: true, max: 16384 },
      dirtyRateMBps: {
        kind: 'number',
        label: 'Dirty rate',
        help: 'How fast the guest writes to memory while it runs.',
        unit: 'MB/s',
        default: 20,
        min: 0,
        max: 100000,
      },
      hotSetGiB: {
        kind: 'number',
        label: 'Hot set',
        help: 'Memory rewritten so often it is dirty whenever a pass ends.',
        unit: 'GiB',
        default: 0.05,
        min: 0,
        max: 16384,
      },
    },
    default: [
      { name: 'sql01', count: 1, memoryGiB: 64, dirtyRateMBps: 150, hotSetGiB: 0.5 },
      { name: 'exch01', count: 1, memoryGiB: 32, dirtyRateMBps: 80, hotSetGiB: 0.25 },
      { name: 'web01', count: 1, memoryGiB: 8, dirtyRateMBps: 20, hotSetGiB: 0.05 },
      { name: 'web02', count: 1, memoryGiB: 8, dirtyRateMBps: 20, hotSetGiB: 0.05 },
      { name: 'dc01', count: 1, memoryGiB: 4, dirtyRateMBps: 5, hotSetGiB: 0.02 },
      { name: 'file01', count: 1, memoryGiB: 16, dirtyRateMBps: 30, hotSetGiB: 0.1 },
    ],
    minItems: 1,
    maxItems: MAX_VMS,
    importColumns: VM_IMPORT_COLUMNS,
    summarize: (rows) => summarizeVms(rows.map(vmRow)),
    describeItem: (row) => describeVm(vmRow(row)),
    // Get-VM reports neither: a pasted list takes the defaults until the reader sets them.
    bulkFields: ['dirtyRateMBps', 'hotSetGiB'],
  },
  maxConcurrent: {
    kind: 'number',
    label: 'Simultaneous live migrations (optional)',
    help: 'The per-node limit in force: on a Windows Server 2022 or 2025 cluster (Get-Cluster).MaximumParallelMigrations (1 by default), which every node inherits and which overrides the hosts; otherwise Set-VMHost -MaximumVirtualMachineMigrations (2 by default). Left empty, the version’s default applies. 2008 R2 always runs one at a time.',
    unit: '',
    min: 1,
    max: 64,
    integer: true,
    optional: true,
  },
  clustered: {
    kind: 'boolean',
    label: 'Hosts are cluster nodes',
    help: 'Draining a failover-cluster node. On Windows Server 2022 and 2025 the cluster’s MaximumParallelMigrations then governs.',
    default: true,
  },
  ...linkFields,
});

/** A row of the VM list as the import and the list editor hold it. */
interface VmRow {
  name: string;
  count: number;
  memoryGiB: number;
}

/** A row as a list holds it, its count and memory read as numbers (a missing count is 1). */
const vmRow = (row: Record<string, unknown>): VmRow => ({ name: String(row.name ?? ''), count: Number(row.count ?? 1), memoryGiB: Number(row.memoryGiB ?? 0) });

const gib = (x: number) => `${Number(x.toFixed(1)).toLocaleString('en')} GiB`;

/** "29 VMs, 983 GiB": the VMs a list stands for (each row's count) and their memory together. */
export function summarizeVms(rows: readonly VmRow[]): string {
  const vms = rows.reduce((sum, r) => sum + r.count, 0);
  const memory = rows.reduce((sum, r) => sum + r.count * r.memoryGiB, 0);
  return `${vms.toLocaleString('en')} ${vms === 1 ? 'VM' : 'VMs'}, ${gib(memory)}`;
}

/** "SQL-PRD-01 128 GiB", or "web 10 × 8 GiB" for a row standing for several. */
export function describeVm(row: VmRow): string {
  return `${row.name} ${row.count === 1 ? '' : `${row.count} × `}${gib(row.memoryGiB)}`;
}

export type HostEvacuationInput = InputOf<typeof hostEvacuationSchema>;

/** One VM of the drain, after rows with a count are expanded. */
export interface DrainVm {
  name: string;
  memoryGiB: number;
  dirtyRateMBps: number;
  hotSetGiB: number;
}

/** The drain time of the same scenario at one number of simultaneous migrations. */
export interface ConcurrencyPoint {
  concurrency: number;
  totalSeconds: number;
  /** VMs that did not converge at that setting. */
  notConverged: number;
}

export interface ScheduleRow {
  vm: string;
  startSeconds: number;
  endSeconds: number;
  network: string;
  downtimeMs: number;
  converged: boolean;
  transferredGiB: number;
}

export interface HostEvacuationResult {
  /** The likely time. */
  totalSeconds: number;
  /** The range the published measurements scatter over around the model (equal to totalSeconds with a measured rate). */
  totalSecondsLow: number;
  totalSecondsHigh: number;
  schedule: ScheduleRow[];
  /** Highest total wire payload at any moment, Gbps. */
  peakGbps: number;
  /** Line rate of the live-migration networks together, Gbps. */
  capacityGbps: number;
  concurrencyUsed: number;
  /** Drain time at 1 to 8 simultaneous migrations, all else equal (CONCURRENCY_SERIES). */
  drainTimeByConcurrency: ConcurrencyPoint[];
  transferredGiB: number;
  notConverged: number;
  longestDowntimeMs: number;
  warnings: string[];
  assumptions: Assumption[];
}

export const hostEvacuation = defineModel({
  id: 'host-evacuation',
  title: 'Host evacuation planner',
  summary: 'How long draining a Hyper-V host takes with a given number of simultaneous live migrations, and when each VM moves.',
  schema: hostEvacuationSchema,
  check(input): Issue[] {
    const issues: Issue[] = transportIssues(input);
    const total = input.vms.reduce((sum, vm) => sum + vm.count, 0);
    if (total > MAX_VMS)
      issues.push({
        field: 'vms',
        message: `the rows add up to ${total.toLocaleString('en')} VMs; the planner schedules at most ${MAX_VMS.toLocaleString('en')}`,
      });
    input.vms.forEach((vm, i) => {
      if (vm.hotSetGiB > vm.memoryGiB)
        issues.push({ field: `vms[${i}].hotSetGiB`, message: `the hot set (${vm.hotSetGiB} GiB) cannot be larger than the VM's memory (${vm.memoryGiB} GiB)` });
    });
    return issues;
  },
  compute(input): HostEvacuationResult {
    const drain = drainFigures(input);
    return {
      totalSeconds: roundTo(drain.clock, 1),
      totalSecondsLow: roundTo(drain.range.low, 1),
      totalSecondsHigh: roundTo(drain.range.high, 1),
      schedule: drain.schedule,
      peakGbps: round3(drain.peakGbps),
      capacityGbps: round3(drain.capacityGbps),
      concurrencyUsed: drain.limit,
      drainTimeByConcurrency: drain.drainTimeByConcurrency,
      transferredGiB: round3(drain.transferredGiB),
      notConverged: drain.notConverged,
      longestDowntimeMs: drain.longestDowntimeMs,
      warnings: evacuationWarnings(input, drain),
      assumptions: evacuationAssumptions(input, drain),
    };
  },
});
