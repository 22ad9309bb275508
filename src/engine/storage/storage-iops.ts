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
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { InputOf, Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { KiB, MB, round3 } from '../units.ts';
import { driveClasses, driveClassOptions, groupThousands } from './drive-classes.ts';
import { layoutDiskProblem, layoutIds, layoutOptions, layouts } from './layouts.ts';
import type { Layout, LayoutId } from './layouts.ts';
import { diskPlan, diskPlanProblem, disksForTargets, groupSizeProblem } from './raid-groups.ts';
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

/**
 * The largest RAID 5 or RAID 6 group this model calls sensible: Dell's
 * PowerVault ME4 arrays allow at most 16 disks in a linear RAID 5 or 6 disk
 * group (dell-me4-admin-guide). Beyond that, one failed disk is rebuilt by
 * reading every other member, so a bigger group rebuilds longer and with more
 * disks that could fail meanwhile.
 */
export const SENSIBLE_PARITY_GROUP_MAX = 16;

interface Sizing {
  driveIops: number;
  mix: IoMix;
  targetIops: number | null;
  /** Disks' worth of data the capacity target needs (0 without one). */
  dataDisksNeeded: number;
  hotSpares: number;
  groupSize: number | undefined;
}

/** The fewest disks (spares included) for `layout` that meet the targets, and which target set the count. */
function sizeLayout(layout: Layout, z: Sizing): { disks: number | null; sizedBy: LayoutComparisonRow['sizedBy'] } {
  const activeForIops = z.targetIops === null ? layout.minDisks : disksForTarget(z.targetIops, z.driveIops, z.mix, layout);
  const disks = disksForTargets(layout, activeForIops, z.dataDisksNeeded, z.hotSpares, z.groupSize);
  if (disks === null) return { disks, sizedBy: null };
  if (z.targetIops !== null && disks === disksForTargets(layout, activeForIops, 0, z.hotSpares, z.groupSize)) return { disks, sizedBy: 'iops' };
  if (z.dataDisksNeeded > 0 && disks === disksForTargets(layout, layout.minDisks, z.dataDisksNeeded, z.hotSpares, z.groupSize))
    return { disks, sizedBy: 'capacity' };
  return { disks, sizedBy: 'minimum' };
}

/** Disks the result describes when the reader gives no count and no target. */
function resolvedDisks(input: { disks?: number | undefined; targetIops?: number | undefined; targetCapacityTB?: number | undefined }): number | undefined {
  if (input.disks !== undefined) return input.disks;
  return input.targetIops === undefined && input.targetCapacityTB === undefined ? DEFAULT_DISKS : undefined;
}

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
    const { layout, driveIops, driveIopsSource, driveSources, mix } = resolve(input);
    const perFrontEnd = backEndPerFrontEnd(mix, layout.writePenalty);
    const target = input.targetIops ?? null;
    const capacityTarget = input.targetCapacityTB ?? null;
    const capacity = input.driveCapacityTB ?? null;
    const price = input.drivePrice ?? null;
    const hotSpares = input.hotSpares ?? 0;
    const groupSize = input.raidGroupSize;
    const hasTarget = target !== null || capacityTarget !== null;
    const warnings: string[] = [];
    const sizing: Sizing = {
      driveIops,
      mix,
      targetIops: target,
      dataDisksNeeded: capacityTarget !== null && capacity !== null ? capacityTarget / capacity : 0,
      hotSpares,
      groupSize,
    };
    const targetsText = [target !== null ? `${groupThousands(target)} IOPS` : '', capacityTarget !== null ? `${round3(capacityTarget)} TB usable` : '']
      .filter(Boolean)
      .join(' and ');

    let disksNeeded: number | null = null;
    let targetMet: boolean | null = null;
    if (hasTarget) {
      const sized = sizeLayout(layout, sizing);
      if (sized.disks === null && layout.maxDisks !== undefined) {
        // RAID 1 is one pair: describe that pair, and say it falls short.
        disksNeeded = layout.maxDisks + hotSpares;
        targetMet = false;
        const pairIops = groupThousands(frontEndIops(layout.maxDisks, driveIops, mix, layout.writePenalty));
        warnings.push(
          `${layout.label} cannot reach ${targetsText}: it is limited to ${layout.maxDisks} disks, which carry ${pairIops} IOPS${capacity !== null ? ` and hold ${round3(capacity * layout.maxDisks * layout.usableFraction(layout.maxDisks))} TB` : ''}. Use raid10 for more disks.`,
        );
      } else {
        disksNeeded = sized.disks;
        targetMet = sized.disks !== null;
      }
    }

    const disksSource: StorageIopsResult['disksSource'] = input.disks !== undefined ? 'input' : disksNeeded !== null ? 'sized-for-target' : 'default';
    const disks = input.disks ?? disksNeeded ?? DEFAULT_DISKS;
    const plan = diskPlan(layout, disks, hotSpares, groupSize);
    const active = plan.activeDisks;
    const front = frontEndIops(active, driveIops, mix, layout.writePenalty);
    const load = target ?? front;
    const usableFraction = plan.dataDisks / disks;

    const capacityShort = capacityTarget !== null && capacity !== null && plan.dataDisks * capacity < capacityTarget * (1 - 1e-12);
    if (input.disks !== undefined && disksNeeded !== null && ((target !== null && front < target) || capacityShort)) {
      const shortOf = [
        target !== null && front < target ? `${groupThousands(front)} IOPS, short of the ${groupThousands(target)} IOPS target` : '',
        capacityShort && capacity !== null ? `${round3(plan.dataDisks * capacity)} TB usable, short of the ${round3(capacityTarget ?? 0)} TB target` : '',
      ]
        .filter(Boolean)
        .join(', and ');
      warnings.push(`${disks} disks give ${shortOf}; ${disksNeeded} are needed.`);
    }
    const preset = driveClasses[input.driveClass];
    if (input.driveIops === undefined && preset.solidState && mix.readFraction < 1) {
      warnings.push(
        `The ${preset.label} preset is a random-read figure; SSDs sustain fewer random writes than reads, so with ${100 - input.readPercent}% writes the result is optimistic. Enter the drive's steady-state mixed IOPS to correct it.`,
      );
    }
    const parityLayout = input.layout === 'parity' || input.layout === 'dual-parity';
    if (parityLayout) {
      warnings.push(
        'Not for VM disks: Microsoft recommends mirror spaces for virtual machines and other random-I/O workloads and parity only for highly sequential ones such as archive and backup. ' +
          "Parity spaces journal their writes, so small random writes run far slower than this RAID-style estimate (Microsoft rates dual parity at about a tenth of a mirror's performance). Size VM storage with mirror-2way or mirror-3way.",
      );
    }
    if (input.layout === 'raid0') warnings.push('RAID 0 has no redundancy: one failed disk loses the whole array.');
    const hardwareParity = input.layout === 'raid5' || input.layout === 'raid6';
    if (hardwareParity && plan.largestGroup > SENSIBLE_PARITY_GROUP_MAX) {
      warnings.push(
        `A ${layout.label} group of ${plan.largestGroup} disks is larger than the ${SENSIBLE_PARITY_GROUP_MAX} disks arrays such as Dell's PowerVault ME4 allow in one RAID 5 or 6 group; rebuilding one failed disk reads all the others. Set a RAID group size of ${SENSIBLE_PARITY_GROUP_MAX} or fewer (RAID ${input.layout === 'raid5' ? '50' : '60'}), which costs one parity ${input.layout === 'raid5' ? 'disk' : 'pair'} per group.`,
      );
    }
    if (groupSize !== undefined && layout.parityPerGroup === undefined && input.layout !== 'raid0') {
      warnings.push(`The RAID group size does not change a mirror's capacity: ${layout.label} keeps a copy of every disk whatever the grouping.`);
    }

    const rawCapacityTB = capacity === null ? null : disks * capacity;
    const usableCapacityTB = capacity === null ? null : plan.dataDisks * capacity;
    const totalCost = price === null ? null : disks * price;
    if (price !== null && capacity === null) warnings.push('Enter the drive capacity as well to get the cost per usable TB.');

    const layoutComparison: LayoutComparisonRow[] = !hasTarget
      ? []
      : layoutIds.map((id) => {
          const other = layouts[id];
          const sized = sizeLayout(other, sizing);
          const base = { layout: id, layoutLabel: other.label, writePenalty: other.writePenalty };
          if (sized.disks === null) {
            const note = groupSizeProblem(other, groupSize) ?? `${other.minRule}, too few for ${targetsText}`;
            return {
              ...base,
              disksNeeded: null,
              sizedBy: null,
              groups: null,
              frontEndIops: null,
              usableCapacityTB: null,
              totalCost: null,
              costPerIops: null,
              costPerUsableTB: null,
              note,
            };
          }
          const p = diskPlan(other, sized.disks, hotSpares, groupSize);
          const iops = frontEndIops(p.activeDisks, driveIops, mix, other.writePenalty);
          const usable = capacity === null ? null : p.dataDisks * capacity;
          const cost = price === null ? null : sized.disks * price;
          return {
            ...base,
            disksNeeded: sized.disks,
            sizedBy: sized.sizedBy,
            groups: p.groups,
            frontEndIops: iops,
            usableCapacityTB: usable,
            totalCost: cost,
            costPerIops: cost === null ? null : cost / iops,
            costPerUsableTB: cost === null || usable === null ? null : cost / usable,
            note: '',
          };
        });

    // Whole IOPS, as the key figures show them: a table cell rounded to 3 significant digits (231,000) read as a different answer from the figure above it (230,769).
    const curve: LayoutCurvePoint[] = [];
    for (const id of layoutIds) {
      const other = layouts[id];
      if (layoutDiskProblem(other, active)) continue;
      for (let readPercent = 0; readPercent <= 100; readPercent += 10) {
        const pointMix = { ...mix, readFraction: readPercent / 100 };
        curve.push({
          layout: id,
          layoutLabel: other.label,
          readPercent,
          frontEndIops: Math.round(frontEndIops(active, driveIops, pointMix, other.writePenalty)),
        });
      }
    }

    const groupsText =
      layout.parityPerGroup !== undefined && plan.groups > 1
        ? ` in ${plan.groups} groups of up to ${plan.largestGroup}, each with ${layout.parityPerGroup} disk${layout.parityPerGroup === 1 ? '' : 's'}' worth of parity`
        : '';
    const sparesText = hotSpares > 0 ? `; ${hotSpares} hot spare${hotSpares === 1 ? '' : 's'} add${hotSpares === 1 ? 's' : ''} no IOPS or capacity` : '';
    const assumptions: Assumption[] = [
      {
        text: `${layout.label}: each front-end write costs ${layout.writePenalty} back-end disk operation${layout.writePenalty === 1 ? '' : 's'}, so one front-end I/O costs R + W × ${layout.writePenalty} disk operations.`,
        sources: layout.sources,
      },
      {
        text:
          input.driveIops === undefined ? `Drive IOPS ${groupThousands(driveIops)}: ${preset.basis}.` : `Drive IOPS ${groupThousands(driveIops)} as entered.`,
        sources: input.driveIops === undefined ? driveSources : [],
      },
      {
        text: `${layout.minRule}; with ${active} active disks${groupsText}${sparesText}, ${round3(plan.dataDisks)} disks' worth hold data: ${round3(usableFraction * 100)}% of the ${disks} disks' raw capacity.`,
        sources: layout.sources,
      },
      {
        text: 'Small random I/O only: controller and fabric limits, queue depth, full-stripe writes and destaging of write-back caches are not modelled.',
        sources: [],
      },
      ...(hardwareParity
        ? [
            {
              text: `A RAID 5 or 6 group of more than ${SENSIBLE_PARITY_GROUP_MAX} disks draws a warning: Dell's PowerVault ME4 arrays allow at most ${SENSIBLE_PARITY_GROUP_MAX} disks in one such group.`,
              sources: ['dell-me4-admin-guide'],
            },
          ]
        : []),
      ...(parityLayout
        ? [
            {
              text: 'Storage Spaces mirror is for most deployments, VM storage included; parity is for highly sequential workloads and is much slower at random writes than mirror.',
              sources: ['ms-storage-spaces-standalone', 'ms-s2d-plan-volumes'],
            },
          ]
        : []),
    ];

    return {
      layout: input.layout,
      layoutLabel: layout.label,
      writePenalty: layout.writePenalty,
      disks,
      disksSource,
      hotSpares,
      activeDisks: active,
      raidGroups: plan.groups,
      driveIops,
      driveIopsSource,
      backEndPerFrontEnd: perFrontEnd,
      rawIops: active * driveIops,
      frontEndIops: front,
      backEndIops: load * perFrontEnd,
      throughputMBps: (front * input.ioSizeKiB * KiB) / MB,
      targetIops: target,
      targetCapacityTB: capacityTarget,
      disksNeeded,
      targetMet,
      usableFraction,
      usableCapacityTB,
      rawCapacityTB,
      totalCost,
      costPerIops: totalCost === null ? null : totalCost / front,
      costPerUsableTB: totalCost === null || usableCapacityTB === null ? null : totalCost / usableCapacityTB,
      layoutComparison,
      curve,
      warnings,
      assumptions,
    };
  },
});
