/**
 * Iterative pre-copy, the memory phase of every live migration
 * (clark-2005; Hyper-V: seed-001, directions-2009-lm-switchover):
 *
 *  1. copy all memory while the VM runs, tracking the pages it writes;
 *  2. copy again what was written meanwhile, and repeat;
 *  3. when what is left is small, or after the version's pass limit, pause
 *     the VM, copy the rest with the processor and device state
 *     (stop-and-copy), and resume it on the destination.
 *
 * The guest dirties memory at `dirtyBytesPerSecond`, but some pages (the
 * writable working set, `hotSetBytes`) are rewritten so often that they are
 * dirty again whenever a pass ends (clark-2005): what is left after a pass of
 * t seconds is max(hot set, dirty rate × t), never more than all memory. So
 * the stop-and-copy never falls below the hot set, and when the guest dirties
 * memory as fast as the link carries it the passes stop shrinking and the
 * pause is long: the migration does not converge.
 *
 * Windows Server 2012 and later send idle memory first (seed-000): the hot
 * set is left out of the first pass instead of being sent and dirtied again.
 *
 * The pre-copy stops as soon as what is left fits in a short pause
 * (PAUSE_TARGET_SECONDS, the order of the 60–210 ms Clark et al. measured; a
 * Hyper-V pause must stay within TCP's reconnect window:
 * directions-2009-lm-switchover) or at the pass limit. Like Hyper-V it does
 * not give up early: it repeats until done or until the limit.
 *
 * Everything here is in bytes, bytes per second and seconds.
 */

/** Pre-copy ends once what is left can be sent in this long (see above). */
export const PAUSE_TARGET_SECONDS = 0.2;

/** Device state transfer and resume on the destination beyond the memory copy (clark-2005: 9 ms). */
export const RESUME_SECONDS = 0.01;

/**
 * Fixed time of a migration outside the memory copy: creating the VM on the
 * destination, then tearing it down on the source. Together 2.5 s, from
 * aidanfinn-2012-concurrent-lm: a 512 MB VM took 7 s over a 1 GbE link it
 * saturated at ~114 MB/s of payload (536.9 MB / 114 MB/s = 4.7 s of copy,
 * leaving 2.3 s). The 1.5/1.0 split is an assumption.
 */
export const SETUP_SECONDS = 1.5;
export const CLEANUP_SECONDS = 1.0;

export interface PreCopyInput {
  memoryBytes: number;
  dirtyBytesPerSecond: number;
  hotSetBytes: number;
  /** Memory bytes moved per second (after compression). Must be > 0. */
  rateBytesPerSecond: number;
  maxPasses: number;
  idleMemoryFirst: boolean;
}

export interface Pass {
  /** 1, 2, … for pre-copy passes; the last row is the stop-and-copy. */
  pass: number;
  kind: 'pre-copy' | 'stop-and-copy';
  bytes: number;
  startSeconds: number;
  seconds: number;
}

export type StopReason = 'converged' | 'pass-limit';

export interface PreCopyResult {
  passes: Pass[];
  /** Number of pre-copy passes (the stop-and-copy not counted). */
  preCopyPasses: number;
  stopReason: StopReason;
  converged: boolean;
  stopCopyBytes: number;
  /** Pause of the VM: stop-and-copy plus resume. */
  downtimeSeconds: number;
  /** Memory phase only: all passes, stop-and-copy and resume (no setup or clean-up). */
  memorySeconds: number;
  transferredBytes: number;
}

export function runPreCopy(input: PreCopyInput): PreCopyResult {
  const memory = Math.max(0, input.memoryBytes);
  const hot = Math.min(Math.max(0, input.hotSetBytes), memory);
  const dirty = Math.max(0, input.dirtyBytesPerSecond);
  const rate = input.rateBytesPerSecond;
  const passLimit = Math.max(1, Math.floor(input.maxPasses));
  const smallEnough = Math.max(hot, rate * PAUSE_TARGET_SECONDS);

  const passes: Pass[] = [];
  let clock = 0;
  let toSend = input.idleMemoryFirst ? memory - hot : memory;
  let left = memory;
  let stopReason: StopReason = 'pass-limit';

  if (toSend <= 0) {
    // All memory is hot: nothing can be pre-copied usefully.
    stopReason = left <= smallEnough ? 'converged' : 'pass-limit';
  } else {
    for (let pass = 1; pass <= passLimit; pass++) {
      const seconds = toSend / rate;
      passes.push({ pass, kind: 'pre-copy', bytes: toSend, startSeconds: clock, seconds });
      clock += seconds;
      left = Math.min(memory, Math.max(hot, dirty * seconds));
      if (left <= smallEnough) {
        stopReason = 'converged';
        break;
      }
      toSend = left;
    }
  }

  const stopSeconds = left / rate;
  passes.push({ pass: passes.length + 1, kind: 'stop-and-copy', bytes: left, startSeconds: clock, seconds: stopSeconds });
  clock += stopSeconds + RESUME_SECONDS;

  const transferredBytes = passes.reduce((sum, p) => sum + p.bytes, 0);
  return {
    passes,
    preCopyPasses: passes.length - 1,
    stopReason,
    converged: stopReason === 'converged',
    stopCopyBytes: left,
    downtimeSeconds: stopSeconds + RESUME_SECONDS,
    memorySeconds: clock,
    transferredBytes,
  };
}
