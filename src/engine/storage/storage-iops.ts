/**
 * Storage IOPS with RAID and Storage Spaces write penalties.
 *
 * frontEndIops = disks × driveIops / (R + W × P), the standard write-penalty
 * model (see write-penalty.ts), with optional cache hits that remove reads
 * and writes before they reach the disks. Given a target, it sizes the array:
 * the fewest disks the layout can be built from that carry the target IOPS
 * and hold the target capacity, and sizes every other layout beside it
 * (layoutComparison). RAID groups and hot spares (raid-groups.ts) decide how
 * many disks carry I/O and hold data. Capacity and cost follow when the
 * drive's size and price are given.
 *
 * What it leaves out: controller and fabric limits, queue depth, seek
 * locality, full-stripe writes (which avoid the parity read-modify-write) and
 * the extra journaling of Storage Spaces parity. It is a sizing estimate for
 * small random I/O, not a benchmark. A Storage Spaces parity layout gets a
 * warning: Microsoft recommends mirror spaces for VM storage and parity for
 * sequential workloads (ms-storage-spaces-standalone, ms-s2d-plan-volumes).
 *
 * The compute is a list of stages in iops/: the input resolved (request),
 * the disks the targets need (sizing), the array described (array-figures),
 * every layout side by side (layout-comparison), the read-mix chart
 * (read-mix-curve), then the words (text).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { driveClassOptions } from './drive-classes.ts';
import { ioFields } from './io-fields.ts';
import { layoutOptions, layouts } from './layouts.ts';
import type { LayoutId } from './layouts.ts';
import { diskPlanProblem, groupSizeProblem } from './raid-groups.ts';
import { arrayFigures } from './iops/array-figures.ts';
import { layoutComparison } from './iops/layout-comparison.ts';
import { readMixCurve } from './iops/read-mix-curve.ts';
import { hasTargets, requestOf } from './iops/request.ts';
import { resolvedDisks, sizeForTargets } from './iops/sizing.ts';
import { iopsAssumptions, iopsWarnings } from './iops/text.ts';

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
  raidGroupSize: {
    kind: 'number',
    label: 'RAID group size',
    help: 'Disks per RAID 5 or 6 group (the spans of RAID 50 or 60), or columns of a Storage Spaces parity space: each group holds its own parity. Leave empty for one group of all the disks. Mirrors ignore it.',
    unit: 'disks',
    optional: true,
    min: 2,
    max: 1_000,
    integer: true,
  },
  hotSpares: {
    kind: 'number',
    label: 'Hot spares',
    help: 'Idle drives that stand in for a failed one. Counted in Disks and in the cost, but add no IOPS or capacity. Leave empty for none.',
    unit: 'disks',
    optional: true,
    min: 0,
    max: 1_000,
    integer: true,
  },
  ...ioFields,
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
    help: 'Front-end IOPS the workload needs. Gives the number of disks needed in this layout, and every layout side by side.',
    unit: 'IOPS',
    optional: true,
    min: 1,
    max: 100_000_000,
  },
  targetCapacityTB: {
    kind: 'number',
    label: 'Target usable capacity',
    help: 'Usable capacity the workload needs, decimal TB, after parity, mirror copies and hot spares. Needs the drive capacity. Disks needed then meet both targets.',
    unit: 'TB',
    optional: true,
    min: 0.001,
    max: 1_000_000,
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
    label: 'Price per drive',
    help: 'Price of one drive, in whatever currency you work in (the results use the same one). Gives the array cost, cost per IOPS and cost per usable TB (drives only: no shelves, controllers or support).',
    unit: 'currency',
    optional: true,
    min: 0,
    max: 10_000_000,
  },
});

export const storageIops = defineModel({
  id: 'storage-iops',
  title: 'Storage IOPS and write penalty',
  summary:
    'Front-end IOPS, throughput, disks needed, usable capacity and cost of a disk array in a RAID level or Storage Spaces layout, with RAID groups and hot spares, and every layout sized side by side for a target.',
  schema: storageIopsSchema,
  check(input): Issue[] {
    const issues: Issue[] = [];
    const layout = layouts[input.layout];
    const groupProblem = groupSizeProblem(layout, input.raidGroupSize);
    if (groupProblem) issues.push({ field: 'raidGroupSize', message: groupProblem });
    const disks = resolvedDisks(input);
    if (disks !== undefined && !groupProblem) {
      const problem = diskPlanProblem(layout, disks, input.hotSpares ?? 0, input.raidGroupSize);
      if (problem) issues.push(problem);
    }
    if (input.targetCapacityTB !== undefined && input.driveCapacityTB === undefined) {
      issues.push({ field: 'targetCapacityTB', message: 'needs the drive capacity to work out how many disks hold it' });
    }
    return issues;
  },
  compute(input): StorageIopsResult {
    const request = requestOf(input);
    const sized = sizeForTargets(request);
    const array = arrayFigures(request, sized, input.disks, input.ioSizeKiB);
    return {
      ...array.figures,
      layoutComparison: hasTargets(request) ? layoutComparison(request) : [],
      curve: readMixCurve(request, array.plan.activeDisks),
      warnings: iopsWarnings(input, request, sized, array),
      assumptions: iopsAssumptions(input, request, array),
    };
  },
});

export interface LayoutCurvePoint {
  layout: LayoutId;
  layoutLabel: string;
  readPercent: number;
  frontEndIops: number;
}

/** One layout sized for the targets, for the side-by-side comparison. */
export interface LayoutComparisonRow {
  layout: LayoutId;
  layoutLabel: string;
  writePenalty: number;
  /** Fewest disks, hot spares included, meeting every target given; null when the layout cannot be built that large. */
  disksNeeded: number | null;
  /** Which target set the count: the IOPS, the capacity, or neither (the layout's minimum). */
  sizedBy: 'iops' | 'capacity' | 'minimum' | null;
  /** RAID groups at that count (1 without a group size or for mirrors). */
  groups: number | null;
  frontEndIops: number | null;
  usableCapacityTB: number | null;
  totalCost: number | null;
  costPerIops: number | null;
  costPerUsableTB: number | null;
  /** Why the layout has no figures, when it has none. */
  note: string;
}

export interface StorageIopsResult {
  layout: LayoutId;
  layoutLabel: string;
  writePenalty: number;
  /** Disks the front-end figures describe, hot spares included. */
  disks: number;
  /** Where `disks` came from. */
  disksSource: 'input' | 'sized-for-target' | 'default';
  hotSpares: number;
  /** disks − hotSpares: the members that carry I/O. */
  activeDisks: number;
  /** RAID groups the active disks form (1 for one group or a mirror). */
  raidGroups: number;
  driveIops: number;
  driveIopsSource: string;
  /** Back-end operations caused by one front-end operation: R × (1 − read hits) + W × (1 − write hits) × P. */
  backEndPerFrontEnd: number;
  /** activeDisks × driveIops: what the drives deliver together (spares deliver nothing). */
  rawIops: number;
  frontEndIops: number;
  /** Back-end IOPS the front-end load generates (at targetIops when given, else at frontEndIops). */
  backEndIops: number;
  /** frontEndIops × I/O size, decimal MB/s. */
  throughputMBps: number;
  targetIops: number | null;
  targetCapacityTB: number | null;
  /** Fewest disks, buildable in this layout with the spares and group size, that carry targetIops and hold targetCapacityTB; null without a target. */
  disksNeeded: number | null;
  /** False when the layout cannot reach the targets at any buildable size (RAID 1 is one pair). */
  targetMet: boolean | null;
  /** Data disks ÷ all disks: what parity, copies and spares leave of the raw capacity. */
  usableFraction: number;
  usableCapacityTB: number | null;
  rawCapacityTB: number | null;
  totalCost: number | null;
  costPerIops: number | null;
  costPerUsableTB: number | null;
  /** Every layout sized for the targets, side by side; empty without a target. */
  layoutComparison: LayoutComparisonRow[];
  /** Front-end IOPS against read percentage for every layout buildable with `disks`, for a chart. */
  curve: LayoutCurvePoint[];
  warnings: string[];
  assumptions: Assumption[];
}
