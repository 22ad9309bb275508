/**
 * Shared-nothing live migration (Windows Server 2012+): moving a running VM
 * between hosts that share no storage, only a network. First its virtual
 * disks are copied while the VM keeps running on the source, with the guest's
 * new writes mirrored to both copies; then its memory moves as in an ordinary
 * live migration (seed-004, ms-tip-lm-ws2012).
 *
 * The disk copy runs at the slowest of reading the source, writing the
 * destination and the network; mirrored guest writes use the same path, so
 * the copy advances at that rate less the guest's write rate, and never
 * finishes if the guest writes as fast as the path carries. Mirroring goes on
 * while the memory moves, taking its share of the link.
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { GiB, MB, bytesPerSecondToGbps, gbpsToBytesPerSecond, round3 } from '../units.ts';
import { hostVersionTraits } from './host-versions.ts';
import { linkAssumptions } from './link-rate.ts';
import { linkFields, linkSetup, singleStreamWarnings, transportIssues } from './link-fields.ts';
import type { LinkInput } from './link-fields.ts';
import { convergenceWarnings, hotSetIssues, migrationRate, rateWarnings, timeRange, vmMemoryFields } from './live-migration.ts';
import type { IterationRow } from './live-migration.ts';
import { CLEANUP_SECONDS, SETUP_SECONDS, runPreCopy } from './pre-copy.ts';

export const sharedNothingSchema = defineSchema({
  ...vmMemoryFields,
  storageGiB: {
    kind: 'number',
    label: 'Virtual disk data to copy',
    help: 'Size of the VHD/VHDX files (allocated size for dynamic disks), checkpoints included.',
    unit: 'GiB',
    default: 100,
    min: 0,
    max: 1048576,
  },
  storageReadMBps: {
    kind: 'number',
    label: 'Source storage read rate',
    help: 'Sequential read rate of the source host’s storage for this copy.',
    unit: 'MB/s',
    default: 500,
    min: 1,
    max: 100000,
  },
  storageWriteMBps: {
    kind: 'number',
    label: 'Destination storage write rate',
    help: 'Sequential write rate of the destination host’s storage.',
    unit: 'MB/s',
    default: 400,
    min: 1,
    max: 100000,
  },
  diskWriteMBps: {
    kind: 'number',
    label: 'Guest disk write rate',
    help: 'How fast the VM writes to its disks during the move; these writes are mirrored to the destination.',
    unit: 'MB/s',
    default: 10,
    min: 0,
    max: 100000,
  },
  ...linkFields,
});

export interface SharedNothingResult {
  storageSeconds: number;
  memorySeconds: number;
  /** The likely time. */
  totalSeconds: number;
  /** The range the published measurements scatter over around the model: it stretches the parts the link sets (memory, and the disk copy when the network is its bottleneck). */
  totalSecondsLow: number;
  totalSecondsHigh: number;
  downtimeMs: number;
  /** The slowest of read, write and network for the disk copy, MB/s. */
  storageBottleneckMBps: number;
  storageBottleneck: 'source read' | 'destination write' | 'network';
  storageSentGiB: number;
  memoryTransferredGiB: number;
  passes: number;
  converged: boolean;
  effectiveGbps: number;
  iterations: IterationRow[];
  warnings: string[];
  assumptions: Assumption[];
}

/** Payload MB/s the network gives the disk copy (no compression: it applies to memory). */
function networkMBps(input: LinkInput): number {
  return gbpsToBytesPerSecond(migrationRate(input).wireGbps) / MB;
}

function bottleneck(input: LinkInput & { storageReadMBps: number; storageWriteMBps: number }) {
  const options = [
    { name: 'source read' as const, mbps: input.storageReadMBps },
    { name: 'destination write' as const, mbps: input.storageWriteMBps },
    { name: 'network' as const, mbps: networkMBps(input) },
  ];
  return options.reduce((a, b) => (b.mbps < a.mbps ? b : a));
}

export const sharedNothingMigration = defineModel({
  id: 'shared-nothing-migration',
  title: 'Shared-nothing live migration',
  summary: 'How long moving a running VM with its disks between hosts that share no storage takes: the disk copy, then the memory.',
  schema: sharedNothingSchema,
  check(input): Issue[] {
    const issues = [...hotSetIssues(input), ...transportIssues(input)];
    if (input.hostVersion === '2008r2') {
      issues.push({
        field: 'hostVersion',
        message: 'shared-nothing live migration needs Windows Server 2012 or later; 2008 R2 live-migrates only within a cluster on shared storage',
      });
    }
    if (issues.length > 0) return issues;
    const slowest = bottleneck(input);
    if (input.diskWriteMBps >= slowest.mbps) {
      issues.push({
        field: 'diskWriteMBps',
        message: `the guest writes ${input.diskWriteMBps} MB/s, as fast as the copy path carries (${round3(slowest.mbps)} MB/s, ${slowest.name}): the disk copy would never finish`,
      });
    }
    return issues;
  },
  compute(input): SharedNothingResult {
    const traits = hostVersionTraits[input.hostVersion];
    const slowest = bottleneck(input);
    const progressMBps = slowest.mbps - input.diskWriteMBps;
    const storageSeconds = (input.storageGiB * GiB) / (progressMBps * MB);
    const storageSentBytes = input.storageGiB * GiB + input.diskWriteMBps * MB * storageSeconds;

    // Mirrored writes keep flowing while memory moves, taking their share of the wire.
    const rate = migrationRate(input);
    const gain = rate.memoryGbps / rate.wireGbps;
    const wireBytesPerSecond = gbpsToBytesPerSecond(rate.wireGbps);
    const memoryRate = Math.max(1, (wireBytesPerSecond - input.diskWriteMBps * MB) * gain);
    const pre = runPreCopy({
      memoryBytes: input.memoryGiB * GiB,
      dirtyBytesPerSecond: input.dirtyRateMBps * MB,
      hotSetBytes: input.hotSetGiB * GiB,
      rateBytesPerSecond: memoryRate,
      maxPasses: traits.maxPasses,
      idleMemoryFirst: traits.idleMemoryFirst,
    });
    const memorySeconds = pre.memorySeconds;
    const totalSeconds = SETUP_SECONDS + storageSeconds + memorySeconds + CLEANUP_SECONDS;
    const memoryGbps = bytesPerSecondToGbps(memoryRate);

    const linkBoundSeconds = memorySeconds + (slowest.name === 'network' ? storageSeconds : 0);
    const spread = timeRange(linkBoundSeconds, input.effectiveGbps !== undefined, input.transport);
    const fixedSeconds = totalSeconds - linkBoundSeconds;

    const warnings = convergenceWarnings(pre, input.dirtyRateMBps, memoryGbps, traits.maxPasses);
    warnings.push(...singleStreamWarnings(input), ...rateWarnings(input, rate));
    if (storageSeconds > 4 * memorySeconds) {
      warnings.push(
        `The disk copy (${round3(storageSeconds)} s, limited by ${slowest.name} at ${round3(slowest.mbps)} MB/s) dominates; faster storage or a faster path helps more than tuning the memory copy.`,
      );
    }
    if (input.diskWriteMBps > 0.5 * slowest.mbps) {
      warnings.push(`Guest writes (${input.diskWriteMBps} MB/s) take more than half of the copy path; the copy slows down and may hardly progress.`);
    }

    return {
      storageSeconds: round3(storageSeconds),
      memorySeconds: round3(memorySeconds),
      totalSeconds: round3(totalSeconds),
      totalSecondsLow: round3(fixedSeconds + spread.low),
      totalSecondsHigh: round3(fixedSeconds + spread.high),
      downtimeMs: round3(pre.downtimeSeconds * 1000),
      storageBottleneckMBps: round3(slowest.mbps),
      storageBottleneck: slowest.name,
      storageSentGiB: round3(storageSentBytes / GiB),
      memoryTransferredGiB: round3(pre.transferredBytes / GiB),
      passes: pre.preCopyPasses,
      converged: pre.converged,
      effectiveGbps: round3(memoryGbps),
      iterations: pre.passes.map((p) => ({
        pass: p.pass,
        kind: p.kind,
        sentGiB: round3(p.bytes / GiB),
        seconds: round3(p.seconds),
        startSeconds: round3(SETUP_SECONDS + storageSeconds + p.startSeconds),
      })),
      warnings,
      assumptions: [
        {
          text: 'Storage moves first while the VM runs, with its new writes mirrored to both copies; then memory moves as in a live migration.',
          sources: ['seed-004', 'ms-tip-lm-ws2012'],
        },
        {
          text: 'The disk copy runs at the slowest of source read, destination write and the network, less the mirrored guest writes; compression applies to memory only.',
          sources: [],
        },
        { text: `${traits.label} makes at most ${traits.maxPasses} memory copy passes.`, sources: [traits.passesSource] },
        { text: `Setup (${SETUP_SECONDS} s) and clean-up (${CLEANUP_SECONDS} s) are fixed.`, sources: ['aidanfinn-2012-concurrent-lm'] },
        ...linkAssumptions(linkSetup(input), input.effectiveGbps !== undefined),
      ],
    };
  },
});
