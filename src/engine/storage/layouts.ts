/**
 * Disk layouts: hardware RAID levels and Windows Storage Spaces resiliency
 * settings, each with the back-end writes one front-end write costs (the
 * write penalty), the fewest disks it can be built from, and the share of raw
 * capacity it leaves usable.
 *
 * Write penalties: RAID 0 writes once; a mirror writes every copy (RAID 1 and
 * RAID 10 two, a three-way mirror three); single parity reads old data and old
 * parity, then writes both (4); dual parity reads and writes two parities as
 * well (6). Sources: raid-penalties-papyri (0, 1, 5, 10), servnetuk-raid-penalty
 * (RAID 6). Storage Spaces mirrors keep two or three copies and parity spaces
 * behave like RAID 5/6 (ms-storage-spaces-standalone, ms-tip-dual-parity).
 */

export type LayoutId = 'raid0' | 'raid1' | 'raid10' | 'raid5' | 'raid6' | 'mirror-2way' | 'mirror-3way' | 'parity' | 'dual-parity';

export interface Layout {
  id: LayoutId;
  label: string;
  /** Back-end disk writes per front-end write. */
  writePenalty: number;
  minDisks: number;
  /** Exactly this many disks (RAID 1 is one mirrored pair). */
  maxDisks?: number;
  /** Disk count must be even (striped mirrored pairs). */
  evenDisks: boolean;
  /** Disks' worth of parity in each RAID group (or Storage Spaces parity stripe); absent for layouts without parity. */
  parityPerGroup?: number;
  /** Share of raw capacity left for data with this many disks in one group (1/copies for mirrors). */
  usableFraction: (disks: number) => number;
  /** The rule behind minDisks, as shown in an issue message. */
  minRule: string;
  sources: string[];
}

export const layouts: Readonly<Record<LayoutId, Layout>> = {
  raid0: {
    id: 'raid0',
    label: 'RAID 0 (stripe, no redundancy)',
    writePenalty: 1,
    minDisks: 1,
    evenDisks: false,
    usableFraction: () => 1,
    minRule: 'RAID 0 needs at least 1 disk',
    sources: ['raid-penalties-papyri'],
  },
  raid1: {
    id: 'raid1',
    label: 'RAID 1 (mirrored pair)',
    writePenalty: 2,
    minDisks: 2,
    maxDisks: 2,
    evenDisks: true,
    usableFraction: () => 1 / 2,
    minRule: 'RAID 1 is one mirrored pair of exactly 2 disks (use raid10 for more)',
    sources: ['raid-penalties-papyri'],
  },
  raid10: {
    id: 'raid10',
    label: 'RAID 10 (striped mirrors)',
    writePenalty: 2,
    minDisks: 4,
    evenDisks: true,
    usableFraction: () => 1 / 2,
    minRule: 'RAID 10 needs an even number of disks, at least 4',
    sources: ['raid-penalties-papyri'],
  },
  raid5: {
    id: 'raid5',
    label: 'RAID 5 (single parity)',
    writePenalty: 4,
    minDisks: 3,
    parityPerGroup: 1,
    evenDisks: false,
    usableFraction: (n) => (n - 1) / n,
    minRule: 'RAID 5 needs at least 3 disks',
    sources: ['raid-penalties-papyri'],
  },
  raid6: {
    id: 'raid6',
    label: 'RAID 6 (dual parity)',
    writePenalty: 6,
    minDisks: 4,
    parityPerGroup: 2,
    evenDisks: false,
    usableFraction: (n) => (n - 2) / n,
    minRule: 'RAID 6 needs at least 4 disks',
    sources: ['servnetuk-raid-penalty'],
  },
  'mirror-2way': {
    id: 'mirror-2way',
    label: 'Storage Spaces two-way mirror',
    writePenalty: 2,
    minDisks: 2,
    evenDisks: false,
    usableFraction: () => 1 / 2,
    minRule: 'a Storage Spaces two-way mirror needs at least 2 disks',
    sources: ['ms-storage-spaces-standalone'],
  },
  'mirror-3way': {
    id: 'mirror-3way',
    label: 'Storage Spaces three-way mirror',
    writePenalty: 3,
    minDisks: 5,
    evenDisks: false,
    usableFraction: () => 1 / 3,
    minRule: 'a Storage Spaces three-way mirror needs at least 5 disks',
    sources: ['ms-storage-spaces-standalone'],
  },
  parity: {
    id: 'parity',
    label: 'Storage Spaces parity',
    writePenalty: 4,
    minDisks: 3,
    parityPerGroup: 1,
    evenDisks: false,
    usableFraction: (n) => (n - 1) / n,
    minRule: 'a Storage Spaces parity space needs at least 3 disks',
    sources: ['ms-storage-spaces-standalone'],
  },
  'dual-parity': {
    id: 'dual-parity',
    label: 'Storage Spaces dual parity (2012 R2 and later)',
    writePenalty: 6,
    minDisks: 7,
    parityPerGroup: 2,
    evenDisks: false,
    usableFraction: (n) => (n - 2) / n,
    minRule: 'a Storage Spaces dual-parity space needs at least 7 disks',
    sources: ['ms-tip-dual-parity'],
  },
};

export const layoutIds = Object.keys(layouts) as LayoutId[];

export const layoutOptions = layoutIds.map((id) => ({ value: id, label: layouts[id].label }));

/** Why `disks` cannot be built in `layout`, or undefined when it can. */
export function layoutDiskProblem(layout: Layout, disks: number): string | undefined {
  if (disks < layout.minDisks) return `${layout.minRule}; ${disks} given`;
  if (layout.maxDisks !== undefined && disks > layout.maxDisks) return `${layout.minRule}; ${disks} given`;
  if (layout.evenDisks && disks % 2 !== 0) return `${layout.minRule}; ${disks} is odd`;
  return undefined;
}

/** The smallest buildable disk count at or above `disks` (for sizing to a target). */
export function roundUpToBuildable(layout: Layout, disks: number): number {
  let n = Math.max(layout.minDisks, disks);
  if (layout.evenDisks && n % 2 !== 0) n += 1;
  return n;
}
