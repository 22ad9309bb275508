/**
 * Storage IOPS with RAID and Storage Spaces write penalties.
 *
 * frontEndIops = disks × driveIops / (R + W × P), the standard write-penalty
 * model (see write-penalty.ts), with optional cache hits that remove reads
 * and writes before they reach the disks. Given a target, it sizes the array:
 * the fewest disks the layout can be built from that carry the target.
 * Capacity and cost follow when the drive's size and price are given.
 *
 * What it leaves out: controller and fabric limits, queue depth, seek
 * locality, full-stripe writes (which avoid the parity read-modify-write) and
 * the extra journaling of Storage Spaces parity. It is a sizing estimate for
 * small random I/O, not a benchmark. A Storage Spaces parity layout gets a
 * warning: Microsoft recommends mirror spaces for VM storage and parity for
 * sequential workloads (ms-storage-spaces-standalone, ms-s2d-plan-volumes).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { InputOf, Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { KiB, MB, round3 } from '../units.ts';
import { driveClasses, driveClassOptions, groupThousands } from './drive-classes.ts';
import type { DriveClassId } from './drive-classes.ts';
import { layoutDiskProblem, layoutIds, layoutOptions, layouts } from './layouts.ts';
import type { LayoutId } from './layouts.ts';
import { backEndPerFrontEnd, disksForTarget, frontEndIops } from './write-penalty.ts';
import type { IoMix } from './write-penalty.ts';

/** Disks used when neither a disk count nor a target is given. */
const DEFAULT_DISKS = 8;

export const storageIopsSchema = defineSchema({
  disks: {
    kind: 'number',
    label: 'Disks',
    help: 'Drives in the array or pool, including the ones holding mirror copies or parity. Leave empty with a target IOPS to size the array instead; with neither, 8 disks are assumed.',
    unit: '',
    optional: true,
    min: 1,
    max: 10_000,
    integer: true,
  },
  driveClass: {
    kind: 'enum',
    label: 'Drive class',
    help: 'Preset per-drive random IOPS, each from a cited published figure. Enter drive IOPS to override it with your own datasheet or measurement.',
    options: driveClassOptions,
    default: 'sas-10k',
  },
  driveIops: {
    kind: 'number',
    label: 'Drive IOPS (override)',
    help: 'Random IOPS one drive sustains at your I/O size. Overrides the drive-class preset.',
    unit: 'IOPS',
    optional: true,
    min: 1,
    max: 10_000_000,
  },
  layout: {
    kind: 'enum',
    label: 'Layout',
    help: 'Hardware RAID level or Storage Spaces resiliency setting; sets the write penalty, the minimum disk count and the usable capacity.',
    options: layoutOptions,
    default: 'raid10',
  },
  readPercent: {
    kind: 'number',
    label: 'Reads',
    help: 'Share of front-end I/Os that are reads (the rest are writes). Perfmon: Disk Reads/sec against Disk Transfers/sec.',
    unit: '%',
    default: 70,
    min: 0,
    max: 100,
  },
  ioSizeKiB: {
    kind: 'number',
    label: 'I/O size',
    help: 'Average size of one I/O, for the throughput figure (SQL Server pages are 8 KiB). Perfmon: Avg. Disk Bytes/Transfer.',
    unit: 'KiB',
    default: 8,
    min: 0.5,
    max: 16_384,
  },
  readCacheHitPercent: {
    kind: 'number',
    label: 'Read cache hits',
    help: 'Share of reads served from a controller, CSV or tiering cache without touching the disks. Leave empty for none.',
    unit: '%',
    optional: true,
    min: 0,
    max: 99,
  },
  writeCacheHitPercent: {
    kind: 'number',
    label: 'Write cache absorption',
    help: 'Share of writes a write-back cache absorbs for good (overwritten before destaging). A cache that only delays writes does not reduce them; leave empty for none.',
    unit: '%',
    optional: true,
    min: 0,
    max: 99,
  },
  targetIops: {
    kind: 'number',
    label: 'Target IOPS',
    help: 'Front-end IOPS the workload needs. Gives the number of disks needed in this layout.',
    unit: 'IOPS',
    optional: true,
    min: 1,
    max: 100_000_000,
  },
  driveCapacityTB: {
    kind: 'number',
    label: 'Drive capacity',
    help: 'Capacity of one drive as the vendor labels it (decimal TB, 1 TB = 10^12 bytes). Gives usable capacity and cost per TB.',
    unit: 'TB',
    optional: true,
    min: 0.001,
    max: 1_000,
  },
  drivePrice: {
    kind: 'number',
    label: 'Drive price',
    help: 'Price of one drive in any currency. Gives the array cost, cost per IOPS and cost per usable TB (drives only: no shelves, controllers or support).',
    unit: 'currency',
    optional: true,
    min: 0,
    max: 10_000_000,
  },
});

export interface LayoutCurvePoint {
  layout: LayoutId;
  layoutLabel: string;
  readPercent: number;
  frontEndIops: number;
}

export interface StorageIopsResult {
  layout: LayoutId;
  layoutLabel: string;
  writePenalty: number;
  /** Disks the front-end figures describe. */
  disks: number;
  /** Where `disks` came from. */
  disksSource: 'input' | 'sized-for-target' | 'default';
  driveIops: number;
  driveIopsSource: string;
  /** Back-end operations caused by one front-end operation: R × (1 − read hits) + W × (1 − write hits) × P. */
  backEndPerFrontEnd: number;
  /** disks × driveIops: what the drives deliver together. */
  rawIops: number;
  frontEndIops: number;
  /** Back-end IOPS the front-end load generates (at targetIops when given, else at frontEndIops). */
  backEndIops: number;
  /** frontEndIops × I/O size, decimal MB/s. */
  throughputMBps: number;
  targetIops: number | null;
  /** Fewest disks, buildable in this layout, that carry targetIops; null without a target. */
  disksNeeded: number | null;
  /** False when the layout cannot reach the target at any buildable size (RAID 1 is one pair). */
  targetMet: boolean | null;
  usableFraction: number;
  usableCapacityTB: number | null;
  rawCapacityTB: number | null;
  totalCost: number | null;
  costPerIops: number | null;
  costPerUsableTB: number | null;
  /** Front-end IOPS against read percentage for every layout buildable with `disks`, for a chart. */
  curve: LayoutCurvePoint[];
  warnings: string[];
  assumptions: Assumption[];
}

interface Resolved {
  layout: (typeof layouts)[LayoutId];
  driveIops: number;
  driveIopsSource: string;
  driveSources: string[];
  mix: IoMix;
}

function resolve(input: InputOf<typeof storageIopsSchema>): Resolved {
  const layout = layouts[input.layout];
  const preset = driveClasses[input.driveClass];
  const overridden = input.driveIops !== undefined;
  return {
    layout,
    driveIops: input.driveIops ?? preset.iops,
    driveIopsSource: overridden ? 'entered' : `${preset.label} preset`,
    driveSources: overridden ? [] : preset.sources,
    mix: {
      readFraction: input.readPercent / 100,
      readHitFraction: (input.readCacheHitPercent ?? 0) / 100,
      writeHitFraction: (input.writeCacheHitPercent ?? 0) / 100,
    },
  };
}

export const storageIops = defineModel({
  id: 'storage-iops',
  title: 'Storage IOPS and write penalty',
  summary: 'Front-end IOPS, throughput, disks needed, usable capacity and cost of a disk array in a RAID level or Storage Spaces layout.',
  schema: storageIopsSchema,
  check(input): Issue[] {
    if (input.disks === undefined) return [];
    const problem = layoutDiskProblem(layouts[input.layout], input.disks);
    return problem ? [{ field: 'disks', message: problem }] : [];
  },
  compute(input): StorageIopsResult {
    const { layout, driveIops, driveIopsSource, driveSources, mix } = resolve(input);
    const perFrontEnd = backEndPerFrontEnd(mix, layout.writePenalty);
    const target = input.targetIops ?? null;
    const warnings: string[] = [];

    let disksNeeded: number | null = null;
    let targetMet: boolean | null = null;
    if (target !== null) {
      const needed = disksForTarget(target, driveIops, mix, layout);
      if (layout.maxDisks !== undefined && needed > layout.maxDisks) {
        disksNeeded = layout.maxDisks;
        targetMet = false;
        warnings.push(`${layout.label} cannot reach ${groupThousands(target)} IOPS: it is limited to ${layout.maxDisks} disks, which carry ${groupThousands(frontEndIops(layout.maxDisks, driveIops, mix, layout.writePenalty))} IOPS. Use raid10 for more disks.`);
      } else {
        disksNeeded = needed;
        targetMet = true;
      }
    }

    const disksSource: StorageIopsResult['disksSource'] = input.disks !== undefined ? 'input' : disksNeeded !== null ? 'sized-for-target' : 'default';
    const disks = input.disks ?? disksNeeded ?? DEFAULT_DISKS;
    const front = frontEndIops(disks, driveIops, mix, layout.writePenalty);
    const load = target ?? front;
    const usableFraction = layout.usableFraction(disks);

    if (target !== null && input.disks !== undefined && front < target) {
      warnings.push(`${disks} disks carry ${groupThousands(front)} IOPS, short of the ${groupThousands(target)} IOPS target; ${disksNeeded} are needed.`);
    }
    const preset = driveClasses[input.driveClass];
    if (input.driveIops === undefined && preset.solidState && mix.readFraction < 1) {
      warnings.push(`The ${preset.label} preset is a random-read figure; SSDs sustain fewer random writes than reads, so with ${100 - input.readPercent}% writes the result is optimistic. Enter the drive's steady-state mixed IOPS to correct it.`);
    }
    const parityLayout = input.layout === 'parity' || input.layout === 'dual-parity';
    if (parityLayout) {
      warnings.push(
        'Not for VM disks: Microsoft recommends mirror spaces for virtual machines and other random-I/O workloads and parity only for highly sequential ones such as archive and backup. ' +
          'Parity spaces journal their writes, so small random writes run far slower than this RAID-style estimate (Microsoft rates dual parity at about a tenth of a mirror\'s performance). Size VM storage with mirror-2way or mirror-3way.',
      );
    }
    if (input.layout === 'raid0') warnings.push('RAID 0 has no redundancy: one failed disk loses the whole array.');

    const capacity = input.driveCapacityTB ?? null;
    const price = input.drivePrice ?? null;
    const rawCapacityTB = capacity === null ? null : disks * capacity;
    const usableCapacityTB = rawCapacityTB === null ? null : rawCapacityTB * usableFraction;
    const totalCost = price === null ? null : disks * price;
    if (price !== null && capacity === null) warnings.push('Enter the drive capacity as well to get the cost per usable TB.');

    // Whole IOPS, as the key figures show them: a table cell rounded to 3 significant digits (231,000) read as a different answer from the figure above it (230,769).
    const curve: LayoutCurvePoint[] = [];
    for (const id of layoutIds) {
      const other = layouts[id];
      if (layoutDiskProblem(other, disks)) continue;
      for (let readPercent = 0; readPercent <= 100; readPercent += 10) {
        const pointMix = { ...mix, readFraction: readPercent / 100 };
        curve.push({ layout: id, layoutLabel: other.label, readPercent, frontEndIops: Math.round(frontEndIops(disks, driveIops, pointMix, other.writePenalty)) });
      }
    }

    const assumptions: Assumption[] = [
      {
        text: `${layout.label}: each front-end write costs ${layout.writePenalty} back-end disk operation${layout.writePenalty === 1 ? '' : 's'}, so one front-end I/O costs R + W × ${layout.writePenalty} disk operations.`,
        sources: layout.sources,
      },
      {
        text: input.driveIops === undefined ? `Drive IOPS ${groupThousands(driveIops)}: ${preset.basis}.` : `Drive IOPS ${groupThousands(driveIops)} as entered.`,
        sources: input.driveIops === undefined ? driveSources : [],
      },
      {
        text: `${layout.minRule}; the usable share of raw capacity is ${round3(usableFraction * 100)}% with ${disks} disks.`,
        sources: layout.sources,
      },
      {
        text: 'Small random I/O only: controller and fabric limits, queue depth, full-stripe writes and destaging of write-back caches are not modelled.',
        sources: [],
      },
      ...(parityLayout
        ? [{ text: 'Storage Spaces mirror is for most deployments, VM storage included; parity is for highly sequential workloads and is much slower at random writes than mirror.', sources: ['ms-storage-spaces-standalone', 'ms-s2d-plan-volumes'] }]
        : []),
    ];

    return {
      layout: input.layout,
      layoutLabel: layout.label,
      writePenalty: layout.writePenalty,
      disks,
      disksSource,
      driveIops,
      driveIopsSource,
      backEndPerFrontEnd: perFrontEnd,
      rawIops: disks * driveIops,
      frontEndIops: front,
      backEndIops: load * perFrontEnd,
      throughputMBps: (front * input.ioSizeKiB * KiB) / MB,
      targetIops: target,
      disksNeeded,
      targetMet,
      usableFraction,
      usableCapacityTB,
      rawCapacityTB,
      totalCost,
      costPerIops: totalCost === null ? null : totalCost / front,
      costPerUsableTB: totalCost === null || usableCapacityTB === null ? null : totalCost / usableCapacityTB,
      curve,
      warnings,
      assumptions,
    };
  },
});
