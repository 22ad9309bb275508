/** How many disks meet the targets: in one layout, and in the chosen one as the result describes it. */
import type { Layout } from '../layouts.ts';
import { disksForTargets } from '../raid-groups.ts';
import type { LayoutComparisonRow } from '../storage-iops.ts';
import { disksForTarget, frontEndIops } from '../write-penalty.ts';
import { hasTargets } from './request.ts';
import type { IopsRequest } from './request.ts';

/** Disks used when neither a disk count nor a target is given. */
export const DEFAULT_DISKS = 8;

/** Disks the result describes when the reader gives no count and no target. */
export function resolvedDisks(input: {
  disks?: number | undefined;
  targetIops?: number | undefined;
  targetCapacityTB?: number | undefined;
}): number | undefined {
  if (input.disks !== undefined) return input.disks;
  return input.targetIops === undefined && input.targetCapacityTB === undefined ? DEFAULT_DISKS : undefined;
}

/** The fewest disks (spares included) for `layout` that meet the targets, and which target set the count. */
export function sizeLayout(layout: Layout, r: IopsRequest): { disks: number | null; sizedBy: LayoutComparisonRow['sizedBy'] } {
  const activeForIops = r.targetIops === null ? layout.minDisks : disksForTarget(r.targetIops, r.driveIops, r.mix, layout);
  const disks = disksForTargets(layout, activeForIops, r.dataDisksNeeded, r.hotSpares, r.groupSize);
  if (disks === null) return { disks, sizedBy: null };
  if (r.targetIops !== null && disks === disksForTargets(layout, activeForIops, 0, r.hotSpares, r.groupSize)) return { disks, sizedBy: 'iops' };
  if (r.dataDisksNeeded > 0 && disks === disksForTargets(layout, layout.minDisks, r.dataDisksNeeded, r.hotSpares, r.groupSize))
    return { disks, sizedBy: 'capacity' };
  return { disks, sizedBy: 'minimum' };
}

/** The largest array a layout limited in size (RAID 1, one pair) builds, described when it falls short of the targets. */
export interface LargestBuild {
  disks: number;
  frontEndIops: number;
  /** Usable capacity, decimal TB; null without the drive capacity. */
  usableCapacityTB: number | null;
}

export interface TargetSizing {
  /** Disks, spares included, meeting the targets; null without a target or when the layout cannot be built that large. */
  disksNeeded: number | null;
  targetMet: boolean | null;
  /** Set when the layout stops short of the targets at its largest build, which the result then describes. */
  largestBuild: LargestBuild | null;
}

/** The chosen layout sized for the targets; a layout limited in size is described at its largest build, short of them. */
export function sizeForTargets(r: IopsRequest): TargetSizing {
  if (!hasTargets(r)) return { disksNeeded: null, targetMet: null, largestBuild: null };
  const { layout } = r;
  const sized = sizeLayout(layout, r);
  if (sized.disks === null && layout.maxDisks !== undefined) {
    return {
      disksNeeded: layout.maxDisks + r.hotSpares,
      targetMet: false,
      largestBuild: {
        disks: layout.maxDisks,
        frontEndIops: frontEndIops(layout.maxDisks, r.driveIops, r.mix, layout.writePenalty),
        usableCapacityTB: r.driveCapacityTB === null ? null : r.driveCapacityTB * layout.maxDisks * layout.usableFraction(layout.maxDisks),
      },
    };
  }
  return { disksNeeded: sized.disks, targetMet: sized.disks !== null, largestBuild: null };
}
