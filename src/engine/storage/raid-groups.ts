/**
 * RAID groups and hot spares: how many of an array's disks hold data.
 *
 * A hot spare sits idle until a member fails, so it adds neither IOPS nor
 * capacity, but it is bought. A parity layout built from several RAID groups
 * (RAID 50 and 60 spans, or the columns of a Storage Spaces parity space)
 * spends one or two disks' worth of parity in every group, so the usable
 * share falls as the groups get smaller: 24 disks in RAID 6 keep 22 disks of
 * data as one group and 20 as two groups of 12. The active disks fill groups
 * of the given size; a remainder forms one smaller group, which must still
 * be buildable (RAID 6 needs 4), so 22 disks in groups of 10 are refused
 * rather than silently counted as three groups. Mirrors keep copies of every
 * disk, so the group size does not change what they keep.
 */
import type { Layout } from './layouts.ts';
import { layoutDiskProblem, roundUpToBuildable } from './layouts.ts';

/** How the disks of an array divide into spares, parity or copies, and data. */
export interface DiskPlan {
  /** Every drive bought, hot spares included. */
  disks: number;
  hotSpares: number;
  /** disks − hotSpares: the members that carry I/O. */
  activeDisks: number;
  /** RAID groups the active disks form (1 for layouts without parity). */
  groups: number;
  /** Largest group, in disks. */
  largestGroup: number;
  /** Disks' worth of capacity holding data; the rest is parity, mirror copies or spares. */
  dataDisks: number;
}

export function diskPlan(layout: Layout, disks: number, hotSpares = 0, groupSize?: number): DiskPlan {
  const activeDisks = disks - hotSpares;
  if (layout.parityPerGroup === undefined) {
    return { disks, hotSpares, activeDisks, groups: 1, largestGroup: activeDisks, dataDisks: activeDisks * layout.usableFraction(activeDisks) };
  }
  const groups = groupSize === undefined ? 1 : Math.ceil(activeDisks / groupSize);
  return {
    disks,
    hotSpares,
    activeDisks,
    groups,
    largestGroup: Math.min(groupSize ?? activeDisks, activeDisks),
    dataDisks: activeDisks - groups * layout.parityPerGroup,
  };
}

/** Why a group size cannot be used with this layout at all, or undefined. */
export function groupSizeProblem(layout: Layout, groupSize: number | undefined): string | undefined {
  if (groupSize === undefined || layout.parityPerGroup === undefined) return undefined;
  if (groupSize < layout.minDisks) return `a ${layout.label} group needs at least ${layout.minDisks} disks; ${groupSize} given`;
  return undefined;
}

/** Why `disks` (with spares and groups) cannot be built in `layout`, by the field to blame, or undefined. */
export function diskPlanProblem(
  layout: Layout,
  disks: number,
  hotSpares = 0,
  groupSize?: number,
): { field: 'disks' | 'hotSpares' | 'raidGroupSize'; message: string } | undefined {
  if (hotSpares >= disks)
    return { field: 'hotSpares', message: `${hotSpares} hot spare${hotSpares === 1 ? '' : 's'} leave none of the ${disks} disks for the array` };
  const active = disks - hotSpares;
  const sparesNote = hotSpares > 0 ? ` after ${hotSpares} hot spare${hotSpares === 1 ? '' : 's'}` : '';
  const countProblem = layoutDiskProblem(layout, active);
  if (countProblem) return { field: 'disks', message: `${countProblem}${sparesNote}` };
  const sizeProblem = groupSizeProblem(layout, groupSize);
  if (sizeProblem) return { field: 'raidGroupSize', message: sizeProblem };
  if (groupSize !== undefined && layout.parityPerGroup !== undefined) {
    const remainder = active % groupSize;
    if (remainder > 0 && remainder < layout.minDisks) {
      const full = active - remainder;
      return {
        field: 'raidGroupSize',
        message: `${active} disks${sparesNote} in groups of ${groupSize} leave a last group of ${remainder}, and a ${layout.label} group needs at least ${layout.minDisks}: use ${full} or ${full + layout.minDisks} active disks, or another group size`,
      };
    }
  }
  return undefined;
}

/** Asymptotic data share of a layout: no buildable count keeps more, so it bounds the search below. */
function bestDataShare(layout: Layout, groupSize: number | undefined): number {
  if (layout.parityPerGroup === undefined) return layout.usableFraction(layout.minDisks);
  if (groupSize === undefined) return 1;
  return (groupSize - layout.parityPerGroup) / groupSize;
}

/** A search bound far above any real design; reached only if the start estimate were wrong. */
const MAX_STEPS = 100_000;

/**
 * The fewest disks, hot spares included, that build `layout` with at least
 * `activeForIops` active members and `dataDisksNeeded` disks' worth of data;
 * null when the layout cannot be built that large (RAID 1 is one pair).
 */
export function disksForTargets(layout: Layout, activeForIops: number, dataDisksNeeded: number, hotSpares = 0, groupSize?: number): number | null {
  if (groupSizeProblem(layout, groupSize)) return null;
  const share = bestDataShare(layout, groupSize);
  const fromCapacity = Math.ceil(dataDisksNeeded / share - 1e-9);
  let active = roundUpToBuildable(layout, Math.max(activeForIops, fromCapacity, 1));
  for (let step = 0; step < MAX_STEPS; step++) {
    if (layout.maxDisks !== undefined && active > layout.maxDisks) return null;
    const disks = active + hotSpares;
    if (!diskPlanProblem(layout, disks, hotSpares, groupSize) && diskPlan(layout, disks, hotSpares, groupSize).dataDisks >= dataDisksNeeded * (1 - 1e-12))
      return disks;
    active += 1;
  }
  return null;
}
