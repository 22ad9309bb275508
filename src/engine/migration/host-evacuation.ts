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
import type { Assumption } from '../model.ts';
import type { InputOf, Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { GiB, MB, bytesPerSecondToGbps, gbpsToBytesPerSecond, round3, roundTo } from '../units.ts';
import { hostVersionTraits } from './host-versions.ts';
import { compressionCores, framingEfficiency, linkAssumptions, memoryGbpsOver, singleMigrationRate, smbNicGbps, tcpNetworkGbps } from './link-rate.ts';
import { rateWarnings, timeRange } from './live-migration.ts';
import { timeScatter } from './calibration.ts';
import { linkFields, linkSetup, transportIssues } from './link-fields.ts';
import { CLEANUP_SECONDS, SETUP_SECONDS, runPreCopy } from './pre-copy.ts';

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

/** The settings the concurrency chart compares: 1 to 8 simultaneous migrations. */
export const CONCURRENCY_SERIES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

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

interface Active {
  index: number;
  phase: 'setup' | 'transfer' | 'cleanup';
  phaseEnd: number;
  wireBytesLeft: number;
  wireBytes: number;
  start: number;
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
    const traits = hostVersionTraits[input.hostVersion];
    const setup = linkSetup(input);
    const smb = input.transport === 'smb' || input.transport === 'smb-direct';
    const versionDefault = input.clustered ? traits.defaultConcurrent.cluster : traits.defaultConcurrent.standalone;
    const limit = traits.simultaneousMigrations ? (input.maxConcurrent ?? versionDefault) : 1;
    const vms = expandVms(input.vms);
    const { clock, rows: schedule, plans, peakGbps } = simulateDrain(input, vms, limit);
    // The same drain at each setting the article discusses; 2008 R2 runs one at a time whatever is asked.
    const drainTimeByConcurrency = CONCURRENCY_SERIES.map((asked) => {
      const k = traits.simultaneousMigrations ? asked : 1;
      const run = k === limit ? { clock, rows: schedule } : simulateDrain(input, vms, k);
      return { concurrency: asked, totalSeconds: roundTo(run.clock, 1), notConverged: run.rows.filter((r) => !r.converged).length };
    });

    const notConverged = schedule.filter((r) => !r.converged).length;
    const longestDowntimeMs = schedule.reduce((m, r) => Math.max(m, r.downtimeMs), 0);
    const transferredBytes = [...plans.values()].reduce((s, p) => s + p.transferredBytes, 0);
    // TCP and compression can only use the first network (and its team members); SMB uses every network.
    const capacityGbps = (smb ? input.networks : 1) * input.teamMembers * input.linkGbps;

    const warnings: string[] = [];
    if (!traits.simultaneousMigrations && (input.maxConcurrent ?? 1) > 1) {
      warnings.push('Windows Server 2008 R2 live-migrates one VM at a time per host; the simultaneous setting applies from Windows Server 2012.');
    }
    if (!smb && input.networks > 1) {
      warnings.push(
        `TCP and compression send every migration over the first live-migration network; the other ${input.networks - 1} only take over if it fails and add no bandwidth. For more bandwidth team the NICs (enter the team as one network with its members) or use SMB, which spreads over all networks.`,
      );
    }
    if (!smb && limit > input.teamMembers) {
      warnings.push(
        `${limit} simultaneous TCP migrations share one network${input.teamMembers > 1 ? ` of ${input.teamMembers} team members` : ''} and split its bandwidth.`,
      );
    }
    if (notConverged > 0) {
      warnings.push(
        `${notConverged} VM(s) did not converge at the bandwidth they got; the longest pause is ${round3(longestDowntimeMs / 1000)} s. Fewer simultaneous migrations give each more bandwidth.`,
      );
    }
    if (traits.clusterConcurrencySetting === 'cluster' && input.clustered && input.maxConcurrent === undefined) {
      warnings.push(
        `One migration at a time from this node: on a ${traits.label} cluster (Get-Cluster).MaximumParallelMigrations, 1 by default, sets every node's limit and overrides each host's MaximumVirtualMachineMigrations. Raise it, e.g. (Get-Cluster).MaximumParallelMigrations = 2, to drain faster.`,
      );
    }
    warnings.push(...rateWarnings(input, singleMigrationRate(setup)));

    const range = timeRange(clock, input.effectiveGbps !== undefined, input.transport);
    const concurrencySource =
      traits.clusterConcurrencySetting === 'cluster' && input.clustered
        ? ['ms-techcommunity-cluster-wide-lm-control-2023', 'ms-get-cluster-parallel-migrations', 'ms-set-vmhost']
        : traits.simultaneousMigrations
          ? ['seed-003', 'ms-msvm-migration-service-settings', 'ms-set-vmhost']
          : ['seed-003'];
    const concurrencyText =
      input.maxConcurrent !== undefined || !traits.simultaneousMigrations
        ? `Up to ${limit} migration(s) at once; the rest wait in the order given.`
        : traits.clusterConcurrencySetting === 'cluster' && input.clustered
          ? `Up to ${limit} migration(s) at once from the draining node: the default of the cluster property MaximumParallelMigrations, the per-node limit every node of a ${traits.label} cluster inherits in place of its own MaximumVirtualMachineMigrations.`
          : `Up to ${limit} migration(s) at once: the default of Set-VMHost -MaximumVirtualMachineMigrations on ${traits.label}.`;

    return {
      totalSeconds: roundTo(clock, 1),
      totalSecondsLow: roundTo(range.low, 1),
      totalSecondsHigh: roundTo(range.high, 1),
      schedule,
      peakGbps: round3(peakGbps),
      capacityGbps: round3(capacityGbps),
      concurrencyUsed: limit,
      drainTimeByConcurrency,
      transferredGiB: round3(transferredBytes / GiB),
      notConverged,
      longestDowntimeMs,
      warnings,
      assumptions: [
        { text: concurrencyText, sources: concurrencySource },
        {
          text: smb
            ? 'Under SMB every migration uses all live-migration networks; simultaneous migrations share them.'
            : input.teamMembers > 1
              ? `Each TCP migration is one connection on the first live-migration network; simultaneous migrations spread over its ${input.teamMembers} team members and share them, one member per connection at most.`
              : 'Each TCP migration is one connection on the first live-migration network; simultaneous migrations share it.',
          sources: smb
            ? ['aidan-finn-2013-lm-improvements', 'savill-2015-when-smb-lm']
            : ['vaneijk-2013-nic-teaming-traffic-classes', 'vanhoye-2013-teamed-lm'],
        },
        { text: 'Each VM’s pre-copy is planned at the bandwidth it gets when its copy starts.', sources: ['clark-2005'] },
        {
          text: `Setup (${SETUP_SECONDS} s) and clean-up (${CLEANUP_SECONDS} s) per VM, which hold a migration slot.`,
          sources: ['aidanfinn-2012-concurrent-lm'],
        },
        { text: `${traits.label} makes at most ${traits.maxPasses} copy passes per VM.`, sources: [traits.passesSource] },
        ...linkAssumptions(setup, input.effectiveGbps !== undefined),
        ...(input.effectiveGbps === undefined
          ? [
              {
                text: `The range is the likely time × ${timeScatter(input.transport).low}–${timeScatter(input.transport).high}, the spread of the published measurements around the model${input.transport === 'smb-direct' ? ', raised at the top for SMB Direct’s start-up and its multi-port runs' : ''} (see the validation page).`,
                sources: input.transport === 'smb-direct' ? ['aidan-finn-2013-lm-transports', 'ms-smb-direct'] : [],
              },
            ]
          : []),
      ],
    };
  },
});

/** The VMs one by one: a row of count N becomes N VMs named "web (1 of N)" … "web (N of N)". */
export function expandVms(rows: readonly HostEvacuationInput['vms'][number][]): DrainVm[] {
  return rows.flatMap((row) => {
    const count = row.count;
    const vm = { memoryGiB: row.memoryGiB, dirtyRateMBps: row.dirtyRateMBps, hotSetGiB: row.hotSetGiB };
    return count === 1 ? [{ name: row.name, ...vm }] : Array.from({ length: count }, (_, i) => ({ name: `${row.name} (${i + 1} of ${count})`, ...vm }));
  });
}

/**
 * Runs the drain of `vms` with up to `limit` migrations at once, from event to event,
 * and returns when it ends, each VM's row (in queue order), each VM's pre-copy plan
 * and the highest wire payload in use.
 */
function simulateDrain(input: HostEvacuationInput, vms: readonly DrainVm[], limit: number) {
  const traits = hostVersionTraits[input.hostVersion];
  const setup = linkSetup(input);
  const smb = input.transport === 'smb' || input.transport === 'smb-direct';
  // Memory bytes per wire byte: the compression ratio while compression has cores to run on.
  const gain = input.transport === 'compression' && compressionCores(setup) > 0 ? Math.max(1, input.compressionRatio) : 1;
  const lineWire = input.linkGbps * framingEfficiency(input.jumboFrames);

  /**
   * Wire payload Gbps each of `k` transferring migrations gets (k ≥ 1). They all share one pool:
   * under TCP and compression the first network (and its team members), under SMB every network;
   * compressed migrations also share the host's spare cores.
   */
  const shareGbps = (k: number): number => {
    const wirePool = smb ? input.networks * smbNicGbps(setup) : tcpNetworkGbps(setup, k);
    const uncompressedShare = wirePool / k;
    const modelled = input.transport === 'compression' ? memoryGbpsOver(setup, wirePool) / k / gain : uncompressedShare;
    if (input.effectiveGbps === undefined) return modelled;
    const capacity = (smb ? input.networks : 1) * input.teamMembers * lineWire;
    return Math.min(input.effectiveGbps / gain, capacity / k);
  };

  const plans = new Map<number, ReturnType<typeof runPreCopy>>();
  const rows: (ScheduleRow | undefined)[] = new Array(vms.length);
  const active: Active[] = [];
  let next = 0;
  let clock = 0;
  let peakGbps = 0;

  const transferring = (): number => active.filter((a) => a.phase === 'transfer').length;
  const startQueued = () => {
    while (active.length < limit && next < vms.length) {
      active.push({ index: next, phase: 'setup', phaseEnd: clock + SETUP_SECONDS, wireBytesLeft: 0, wireBytes: 0, start: clock });
      next++;
    }
  };
  const beginTransfer = (a: Active) => {
    const vm = vms[a.index]!;
    const wire = shareGbps(transferring() + 1);
    const plan = runPreCopy({
      memoryBytes: vm.memoryGiB * GiB,
      dirtyBytesPerSecond: vm.dirtyRateMBps * MB,
      hotSetBytes: vm.hotSetGiB * GiB,
      rateBytesPerSecond: Math.max(1, gbpsToBytesPerSecond(wire * gain)),
      maxPasses: traits.maxPasses,
      idleMemoryFirst: traits.idleMemoryFirst,
    });
    plans.set(a.index, plan);
    a.phase = 'transfer';
    a.wireBytes = plan.transferredBytes / gain;
    a.wireBytesLeft = a.wireBytes;
  };

  startQueued();
  let guard = 0;
  while (active.length > 0 && guard++ < 10 * vms.length + 10) {
    // Wire rate of each transferring migration until the next event.
    const share = gbpsToBytesPerSecond(shareGbps(Math.max(1, transferring())));
    const rates = active.map((a) => (a.phase === 'transfer' ? share : 0));
    peakGbps = Math.max(peakGbps, bytesPerSecondToGbps(rates.reduce((s, r) => s + r, 0)));

    let dt = Number.POSITIVE_INFINITY;
    active.forEach((a, i) => {
      const until = a.phase === 'transfer' ? a.wireBytesLeft / Math.max(rates[i]!, 1) : a.phaseEnd - clock;
      dt = Math.min(dt, Math.max(0, until));
    });
    clock += dt;
    active.forEach((a, i) => {
      if (a.phase === 'transfer') a.wireBytesLeft -= rates[i]! * dt;
    });

    // Advance every migration whose phase has ended (transfer ends at its own pause and resume).
    for (const a of [...active]) {
      if (a.phase === 'setup' && a.phaseEnd <= clock + 1e-9) {
        beginTransfer(a);
      } else if (a.phase === 'transfer' && a.wireBytesLeft <= Math.max(1, 1e-9 * a.wireBytes)) {
        a.phase = 'cleanup';
        a.phaseEnd = clock + CLEANUP_SECONDS;
      } else if (a.phase === 'cleanup' && a.phaseEnd <= clock + 1e-9) {
        const vm = vms[a.index]!;
        const plan = plans.get(a.index)!;
        rows[a.index] = {
          vm: vm.name,
          startSeconds: roundTo(a.start, 1),
          endSeconds: roundTo(clock, 1),
          network: smb ? `all ${input.networks} (SMB)` : 'network 1',
          downtimeMs: round3(plan.downtimeSeconds * 1000),
          converged: plan.converged,
          transferredGiB: round3(plan.transferredBytes / GiB),
        };
        active.splice(active.indexOf(a), 1);
      }
    }
    startQueued();
  }
  return { clock, rows: rows.filter((r): r is ScheduleRow => r !== undefined), plans, peakGbps };
}
