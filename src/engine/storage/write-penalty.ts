/**
 * The write-penalty arithmetic shared by the storage models.
 *
 * A front-end (host) I/O mix of read fraction R and write fraction W = 1 − R
 * costs R + W × P back-end disk operations per front-end operation, P being
 * the layout's write penalty. Disks that together deliver D operations per
 * second therefore carry D / (R + W × P) front-end IOPS (raid-penalties-papyri
 * and servnetuk-raid-penalty give the penalties; the division is arithmetic).
 *
 * The often-published alternative D × R + D × W / P divides the writes'
 * share of disk time by P instead of multiplying the writes' cost by P; it
 * gives the right answer only for all-read or all-write loads and overstates
 * every mix in between.
 *
 * Cache hits remove operations before they reach the disks: a read served
 * from cache costs no disk read, a write absorbed by a write-back cache (and
 * overwritten before it is destaged) costs no disk write.
 */
import type { Layout } from './layouts.ts';
import { roundUpToBuildable } from './layouts.ts';

export interface IoMix {
  /** 0–1 */
  readFraction: number;
  /** 0–1 of reads served by a cache. */
  readHitFraction: number;
  /** 0–1 of writes that never reach the disks. */
  writeHitFraction: number;
}

/** Back-end disk operations caused by one front-end operation. */
export function backEndPerFrontEnd(mix: IoMix, writePenalty: number): number {
  const reads = mix.readFraction * (1 - mix.readHitFraction);
  const writes = (1 - mix.readFraction) * (1 - mix.writeHitFraction) * writePenalty;
  return reads + writes;
}

/** Front-end IOPS that `disks` drives of `driveIops` each sustain. */
export function frontEndIops(disks: number, driveIops: number, mix: IoMix, writePenalty: number): number {
  return (disks * driveIops) / backEndPerFrontEnd(mix, writePenalty);
}

/** The published but wrong formula, kept only so tests and articles can show the difference. */
export function wrongPublishedIops(disks: number, driveIops: number, readFraction: number, writePenalty: number): number {
  const raw = disks * driveIops;
  return raw * readFraction + (raw * (1 - readFraction)) / writePenalty;
}

/** Guards Math.ceil against 8.000000000001 from floating-point division. */
const ceilTolerant = (x: number): number => Math.ceil(x - 1e-9);

/** The fewest disks, buildable in `layout`, that carry `targetIops` front-end IOPS. */
export function disksForTarget(targetIops: number, driveIops: number, mix: IoMix, layout: Layout): number {
  const exact = (targetIops * backEndPerFrontEnd(mix, layout.writePenalty)) / driveIops;
  return roundUpToBuildable(layout, Math.max(1, ceilTolerant(exact)));
}
