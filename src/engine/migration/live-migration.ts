/**
 * Live migration of one VM: how long it takes, how long the VM is paused,
 * how much memory crosses the network and whether the pre-copy converges.
 *
 * Setup, then iterative pre-copy (pre-copy.ts) at the rate the link-efficiency
 * model gives one migration (link-efficiency.ts) or at a measured rate, then
 * clean-up. Assumptions and their sources are listed in the result.
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { InputOf, Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { GiB, MB, gbpsToBytesPerSecond, round3 } from '../units.ts';
import { hostVersionTraits } from './host-versions.ts';
import { coverageWarnings, timeScatter } from './calibration.ts';
import { linkAssumptions, singleMigrationRate } from './link-rate.ts';
import { linkFields, linkSetup, rateBytesPerSecond, singleStreamWarnings, transportIssues } from './link-fields.ts';
import type { LinkInput } from './link-fields.ts';
import { CLEANUP_SECONDS, PAUSE_TARGET_SECONDS, RESUME_SECONDS, SETUP_SECONDS, runPreCopy } from './pre-copy.ts';
import type { PreCopyResult } from './pre-copy.ts';

export const vmMemoryFields = {
  memoryGiB: {
    kind: 'number',
    label: 'VM memory',
    help: 'Memory assigned to the VM (startup or current memory with Dynamic Memory).',
    unit: 'GiB',
    default: 16,
    min: 0,
    minExclusive: true,
    max: 16384,
  },
  dirtyRateMBps: {
    kind: 'number',
    label: 'Memory dirty rate',
    help: 'How fast the guest writes to memory pages while it runs (distinct data per second). Idle VMs: near 0; busy databases: hundreds of MB/s.',
    unit: 'MB/s',
    default: 50,
    min: 0,
    max: 100000,
  },
  hotSetGiB: {
    kind: 'number',
    label: 'Hot set (writable working set)',
    help: 'Memory the guest rewrites so often that it is dirty again whenever a pass ends; it is always copied while the VM is paused.',
    unit: 'GiB',
    default: 0.05,
    min: 0,
    max: 16384,
  },
} as const;

export const liveMigrationSchema = defineSchema({ ...vmMemoryFields, ...linkFields });

export interface IterationRow {
  pass: number;
  kind: 'pre-copy' | 'stop-and-copy';
  sentGiB: number;
  seconds: number;
  startSeconds: number;
}

export interface LiveMigrationResult {
  /** The likely time. */
  totalSeconds: number;
  /** The range the published measurements scatter over around the model (equal to totalSeconds with a measured rate). */
  totalSecondsLow: number;
  totalSecondsHigh: number;
  downtimeMs: number;
  transferredGiB: number;
  /** Bytes on the wire (smaller than transferredGiB under compression). */
  wireGiB: number;
  passes: number;
  maxPasses: number;
  converged: boolean;
  /** Memory moved per second, Gbps. */
  effectiveGbps: number;
  /** Payload on the wire, Gbps. */
  wireGbps: number;
  /** Wire payload as a share of the line rate of the NICs in use, %. */
  linkSharePercent: number;
  setupSeconds: number;
  memorySeconds: number;
  cleanupSeconds: number;
  stopCopyGiB: number;
  iterations: IterationRow[];
  warnings: string[];
  assumptions: Assumption[];
}

type LiveInput = InputOf<typeof liveMigrationSchema>;

export function hotSetIssues(input: Pick<LiveInput, 'memoryGiB' | 'hotSetGiB'>, field = 'hotSetGiB'): Issue[] {
  return input.hotSetGiB > input.memoryGiB
    ? [{ field, message: `the hot set (${input.hotSetGiB} GiB) cannot be larger than the VM's memory (${input.memoryGiB} GiB)` }]
    : [];
}

/** The rate one migration moves memory at, and the wire rate behind it. */
export function migrationRate(input: LinkInput): { memoryGbps: number; wireGbps: number; linkShare: number; tcpGbps: number } {
  const setup = linkSetup(input);
  const modelled = singleMigrationRate(setup);
  if (input.effectiveGbps === undefined) return modelled;
  const wireGbps = input.effectiveGbps / modelled.compressionGain;
  return { memoryGbps: input.effectiveGbps, wireGbps, linkShare: wireGbps / (modelled.nicsUsed * input.linkGbps), tcpGbps: modelled.tcpGbps };
}

/** The likely time stretched over the scatter of the published measurements for the transport (none with a measured rate). */
export function timeRange(seconds: number, measured: boolean, transport: LinkInput['transport']): { low: number; high: number } {
  const scatter = timeScatter(transport);
  return measured ? { low: seconds, high: seconds } : { low: seconds * scatter.low, high: seconds * scatter.high };
}

/** Warnings about the rate itself: compression that does not pay, and combinations nobody has measured. */
export function rateWarnings(input: LinkInput, rate: { memoryGbps: number; tcpGbps: number }): string[] {
  const warnings: string[] = [];
  if (input.effectiveGbps !== undefined) return warnings;
  const setup = linkSetup(input);
  if (input.transport === 'compression') {
    if (rate.memoryGbps < rate.tcpGbps * 0.999) {
      warnings.push(
        `Compression is slower than plain TCP here: the spare cores compress ${round3(rate.memoryGbps)} Gbps of memory while the link would carry ${round3(rate.tcpGbps)} Gbps uncompressed. Use TCP/IP, or SMB on a fast network (Microsoft describes compression as the option for constrained networks).`,
      );
    } else if (rate.memoryGbps <= rate.tcpGbps * 1.001) {
      warnings.push('Compression gains nothing here: with no spare CPU it backs off to plain TCP/IP.');
    }
  }
  warnings.push(...coverageWarnings(setup));
  return warnings;
}

/** Advice when the pre-copy cannot shrink the dirty set below a long pause. */
export function convergenceWarnings(pre: PreCopyResult, dirtyRateMBps: number, memoryGbps: number, maxPasses: number): string[] {
  const warnings: string[] = [];
  const linkMBps = gbpsToBytesPerSecond(memoryGbps) / MB;
  if (!pre.converged) {
    warnings.push(
      `Not converged: the guest dirties ${round3(dirtyRateMBps)} MB/s against ${round3(linkMBps)} MB/s the migration moves, so after ${maxPasses} passes ${round3(pre.stopCopyBytes / GiB)} GiB were still dirty and the VM pauses for ${round3(pre.downtimeSeconds)} s. ` +
        'What helps: more bandwidth per migration (SMB Direct, SMB Multichannel over more NICs, a faster link), jumbo frames and C-states/C1E disabled for TCP, compression while the host CPU is idle, or migrating when the workload is quieter.',
    );
  }
  if (dirtyRateMBps >= linkMBps) {
    warnings.push(`The dirty rate (${round3(dirtyRateMBps)} MB/s) meets or exceeds the migration rate (${round3(linkMBps)} MB/s): more passes cannot help.`);
  }
  if (pre.downtimeSeconds > 1) {
    warnings.push(
      `A pause of ${round3(pre.downtimeSeconds)} s is long enough for clients to notice and for TCP sessions to retransmit; Hyper-V needs the pause to stay within the TCP reconnect window.`,
    );
  }
  return warnings;
}

export function computeLiveMigration(input: LiveInput): LiveMigrationResult {
  const traits = hostVersionTraits[input.hostVersion];
  const rate = migrationRate(input);
  const pre = runPreCopy({
    memoryBytes: input.memoryGiB * GiB,
    dirtyBytesPerSecond: input.dirtyRateMBps * MB,
    hotSetBytes: input.hotSetGiB * GiB,
    rateBytesPerSecond: rateBytesPerSecond(rate.memoryGbps),
    maxPasses: traits.maxPasses,
    idleMemoryFirst: traits.idleMemoryFirst,
  });
  const totalSeconds = SETUP_SECONDS + pre.memorySeconds + CLEANUP_SECONDS;
  const gain = rate.memoryGbps / rate.wireGbps;

  const warnings = convergenceWarnings(pre, input.dirtyRateMBps, rate.memoryGbps, traits.maxPasses);
  warnings.push(...singleStreamWarnings(input));
  warnings.push(...rateWarnings(input, rate));
  if (SETUP_SECONDS + CLEANUP_SECONDS > 0.5 * totalSeconds) {
    warnings.push(
      `Setup and clean-up (${SETUP_SECONDS + CLEANUP_SECONDS} s) are more than half of this migration; a faster link barely changes the time of small VMs.`,
    );
  }
  const hotSetFloorSeconds = (input.hotSetGiB * GiB) / rateBytesPerSecond(rate.memoryGbps);
  if (hotSetFloorSeconds > PAUSE_TARGET_SECONDS) {
    warnings.push(
      `The hot set alone (${input.hotSetGiB} GiB) needs ${round3(hotSetFloorSeconds)} s to copy, so the pause cannot be shorter than that at this rate.`,
    );
  }

  const assumptions: Assumption[] = [
    {
      text: 'Pre-copy: all memory is copied while the VM runs, then what was dirtied meanwhile, pass after pass; the VM is paused for the rest (never less than the hot set).',
      sources: ['clark-2005', 'seed-001'],
    },
    {
      text: `${traits.label} makes at most ${traits.maxPasses} copy passes before it pauses the VM, whatever is left.`,
      sources: [traits.passesSource],
    },
    {
      text: traits.idleMemoryFirst
        ? 'Idle memory is sent first; the hot set is left for later passes instead of being sent and dirtied again.'
        : 'Windows Server 2008 R2 sends memory in one sweep, hot pages included, so they are sent and then dirtied again.',
      sources: ['seed-000'],
    },
    {
      text: `Pre-copy stops once what is left can be sent in ${PAUSE_TARGET_SECONDS * 1000} ms, the order of the pauses measured by Clark et al.; device state and resume add ${RESUME_SECONDS * 1000} ms.`,
      sources: ['clark-2005', 'directions-2009-lm-switchover'],
    },
    {
      text: `Setup (${SETUP_SECONDS} s) and clean-up (${CLEANUP_SECONDS} s) are fixed, from a 512 MB VM that took 7 s over a saturated 1 GbE link.`,
      sources: ['aidanfinn-2012-concurrent-lm'],
    },
    ...linkAssumptions(linkSetup(input), input.effectiveGbps !== undefined),
  ];

  const range = timeRange(totalSeconds, input.effectiveGbps !== undefined, input.transport);
  if (input.effectiveGbps === undefined) {
    const scatter = timeScatter(input.transport);
    assumptions.push({
      text: `The range (${round3(range.low)}–${round3(range.high)} s) is the likely time × ${scatter.low}–${scatter.high}: how far the published measurements fall from the model${input.transport === 'smb-direct' ? ', raised at the top for SMB Direct’s start-up and its multi-port runs' : ''} (see the validation page). A measured rate removes this spread.`,
      sources: input.transport === 'smb-direct' ? ['aidan-finn-2013-lm-transports', 'ms-smb-direct'] : [],
    });
  }

  return {
    totalSeconds: round3(totalSeconds),
    totalSecondsLow: round3(range.low),
    totalSecondsHigh: round3(range.high),
    downtimeMs: round3(pre.downtimeSeconds * 1000),
    transferredGiB: round3(pre.transferredBytes / GiB),
    wireGiB: round3(pre.transferredBytes / gain / GiB),
    passes: pre.preCopyPasses,
    maxPasses: traits.maxPasses,
    converged: pre.converged,
    effectiveGbps: round3(rate.memoryGbps),
    wireGbps: round3(rate.wireGbps),
    linkSharePercent: round3(rate.linkShare * 100),
    setupSeconds: SETUP_SECONDS,
    memorySeconds: round3(pre.memorySeconds),
    cleanupSeconds: CLEANUP_SECONDS,
    stopCopyGiB: round3(pre.stopCopyBytes / GiB),
    iterations: pre.passes.map((p) => ({
      pass: p.pass,
      kind: p.kind,
      sentGiB: round3(p.bytes / GiB),
      seconds: round3(p.seconds),
      startSeconds: round3(SETUP_SECONDS + p.startSeconds),
    })),
    warnings,
    assumptions,
  };
}

export const liveMigration = defineModel({
  id: 'live-migration',
  title: 'Live migration time and pause',
  summary: 'How long a Hyper-V live migration of one VM takes, how long the VM pauses, how much memory is sent per pass and whether the pre-copy converges.',
  schema: liveMigrationSchema,
  check: (input) => [...hotSetIssues(input), ...transportIssues(input)],
  compute: computeLiveMigration,
});
