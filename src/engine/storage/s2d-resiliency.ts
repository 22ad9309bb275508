/**
 * Storage Spaces Direct resiliency types: how many servers each needs, how
 * many simultaneous hardware failures it survives, and its capacity
 * efficiency (usable size ÷ footprint in the pool).
 *
 * Figures from Microsoft's "Fault tolerance and storage efficiency" page
 * (ms-s2d-fault-tolerance): two-way mirror 50 % on at least 2 servers, three-way
 * mirror 33.3 % on at least 3, dual parity 50–80 % on at least 4 (the layout
 * depends on the number of servers and on whether the capacity drives are
 * hard disks or flash: two published tables), mirror-accelerated parity
 * (three-way mirror plus dual parity in one volume) on at least 4.
 * Nested resiliency (ms-s2d-nested-resiliency) is for exactly two servers:
 * nested two-way mirror keeps four copies (25 %); nested mirror-accelerated
 * parity mirrors between the servers and, inside each server, keeps recent
 * writes in a two-way mirror and the rest in single parity across that
 * server's capacity drives, whose efficiency is (d − 1) ÷ d for d drives,
 * seven at most (the published lookup table stops growing at "7+").
 */

export type ResiliencyId =
  'two-way-mirror' | 'three-way-mirror' | 'dual-parity' | 'mirror-accelerated-parity' | 'nested-two-way-mirror' | 'nested-mirror-accelerated-parity';

export type CapacityMedia = 'hdd' | 'ssd' | 'nvme';

export interface ResiliencyType {
  id: ResiliencyId;
  label: string;
  /** For narrow places (chart axes). */
  shortLabel: string;
  minNodes: number;
  /** Nested resiliency needs exactly two servers. */
  maxNodes?: number;
  /** Simultaneous hardware failures (drives or servers) the volume stays online through. */
  faultsTolerated: number;
  /** Whether the volume mixes a mirror part and a parity part (mirrorPercent applies). */
  mixesMirrorAndParity: boolean;
  sources: string[];
}

export const resiliencyTypes: Readonly<Record<ResiliencyId, ResiliencyType>> = {
  'two-way-mirror': {
    id: 'two-way-mirror',
    label: 'Two-way mirror',
    shortLabel: 'Two-way mirror',
    minNodes: 2,
    faultsTolerated: 1,
    mixesMirrorAndParity: false,
    sources: ['ms-s2d-fault-tolerance'],
  },
  'three-way-mirror': {
    id: 'three-way-mirror',
    label: 'Three-way mirror',
    shortLabel: 'Three-way mirror',
    minNodes: 3,
    faultsTolerated: 2,
    mixesMirrorAndParity: false,
    sources: ['ms-s2d-fault-tolerance'],
  },
  'dual-parity': {
    id: 'dual-parity',
    label: 'Dual parity',
    shortLabel: 'Dual parity',
    minNodes: 4,
    faultsTolerated: 2,
    mixesMirrorAndParity: false,
    sources: ['ms-s2d-fault-tolerance'],
  },
  'mirror-accelerated-parity': {
    id: 'mirror-accelerated-parity',
    label: 'Mirror-accelerated parity (three-way mirror + dual parity)',
    shortLabel: 'Mirror-accel. parity',
    minNodes: 4,
    faultsTolerated: 2,
    mixesMirrorAndParity: true,
    sources: ['ms-s2d-fault-tolerance', 'ms-refs-mirror-accelerated-parity'],
  },
  'nested-two-way-mirror': {
    id: 'nested-two-way-mirror',
    label: 'Nested two-way mirror',
    shortLabel: 'Nested mirror',
    minNodes: 2,
    maxNodes: 2,
    faultsTolerated: 2,
    mixesMirrorAndParity: false,
    sources: ['ms-s2d-nested-resiliency'],
  },
  'nested-mirror-accelerated-parity': {
    id: 'nested-mirror-accelerated-parity',
    label: 'Nested mirror-accelerated parity',
    shortLabel: 'Nested accel. parity',
    minNodes: 2,
    maxNodes: 2,
    faultsTolerated: 2,
    mixesMirrorAndParity: true,
    sources: ['ms-s2d-nested-resiliency'],
  },
};

export const resiliencyIds = Object.keys(resiliencyTypes) as ResiliencyId[];
export const resiliencyOptions = resiliencyIds.map((id) => ({ value: id, label: resiliencyTypes[id].label }));

/** The node-count rule a resiliency type breaks, as a sentence, or undefined. */
export function nodeCountProblem(type: ResiliencyType, nodes: number): string | undefined {
  if (type.maxNodes !== undefined && nodes !== type.maxNodes) {
    return `${type.label} is only for clusters of exactly ${type.maxNodes} servers; with ${nodes} use ${nodes >= 4 ? 'three-way mirror, dual parity or mirror-accelerated parity' : 'three-way mirror'}.`;
  }
  if (nodes < type.minNodes) {
    return `${type.label} needs at least ${type.minNodes} servers (fault domains); this cluster has ${nodes}.`;
  }
  return undefined;
}

/** One row of Microsoft's dual-parity table: the encoding used from `fromNodes` servers up. */
interface ParityLayout {
  fromNodes: number;
  layout: string;
  /** Data symbols ÷ all symbols. */
  efficiency: number;
}

// "Dual parity efficiency for hybrid deployments" (capacity on hard disks).
const hybridDualParity: readonly ParityLayout[] = [
  { fromNodes: 4, layout: 'RS 2+2', efficiency: 2 / 4 },
  { fromNodes: 7, layout: 'RS 4+2', efficiency: 4 / 6 },
  { fromNodes: 12, layout: 'LRC (8, 2, 1)', efficiency: 8 / 11 },
];

// "Dual parity efficiency for all-flash deployments" (capacity on SSD or NVMe).
const allFlashDualParity: readonly ParityLayout[] = [
  { fromNodes: 4, layout: 'RS 2+2', efficiency: 2 / 4 },
  { fromNodes: 7, layout: 'RS 4+2', efficiency: 4 / 6 },
  { fromNodes: 9, layout: 'RS 6+2', efficiency: 6 / 8 },
  { fromNodes: 16, layout: 'LRC (12, 2, 1)', efficiency: 12 / 15 },
];

/** Dual-parity layout Storage Spaces Direct uses at this many servers (4–16), or undefined below 4. */
export function dualParityLayout(nodes: number, media: CapacityMedia): { layout: string; efficiency: number } | undefined {
  const table = media === 'hdd' ? hybridDualParity : allFlashDualParity;
  let chosen: ParityLayout | undefined;
  for (const row of table) if (nodes >= row.fromNodes) chosen = row;
  return chosen && { layout: chosen.layout, efficiency: chosen.efficiency };
}

/** Efficiency of a volume that keeps `mirrorShare` of its data at `mirrorEfficiency` and the rest at `parityEfficiency`. */
export function mixedEfficiency(mirrorShare: number, mirrorEfficiency: number, parityEfficiency: number): number {
  const footprintPerUsable = mirrorShare / mirrorEfficiency + (1 - mirrorShare) / parityEfficiency;
  return 1 / footprintPerUsable;
}

/** Server-local single parity of nested mirror-accelerated parity: (d − 1) ÷ d over at most seven drives. */
export function nestedLocalParityEfficiency(capacityDrivesPerNode: number): number {
  const width = Math.min(capacityDrivesPerNode, 7);
  return (width - 1) / width;
}

export interface Efficiency {
  /** Usable size ÷ footprint, 0–1. */
  efficiency: number;
  /** Parity encoding in use (e.g. "RS 4+2"), null for pure mirrors. */
  parityLayout: string | null;
}

/**
 * Capacity efficiency of a resiliency type at a node count it supports.
 * Callers check nodeCountProblem first; an unsupported count gives 0.
 */
export function efficiencyOf(id: ResiliencyId, nodes: number, media: CapacityMedia, capacityDrivesPerNode: number, mirrorShare: number): Efficiency {
  switch (id) {
    case 'two-way-mirror':
      return { efficiency: 1 / 2, parityLayout: null };
    case 'three-way-mirror':
      return { efficiency: 1 / 3, parityLayout: null };
    case 'nested-two-way-mirror':
      return { efficiency: 1 / 4, parityLayout: null };
    case 'dual-parity': {
      const parity = dualParityLayout(nodes, media);
      return parity ? { efficiency: parity.efficiency, parityLayout: parity.layout } : { efficiency: 0, parityLayout: null };
    }
    case 'mirror-accelerated-parity': {
      const parity = dualParityLayout(nodes, media);
      if (!parity) return { efficiency: 0, parityLayout: null };
      return { efficiency: mixedEfficiency(mirrorShare, 1 / 3, parity.efficiency), parityLayout: parity.layout };
    }
    case 'nested-mirror-accelerated-parity': {
      // Both parts are mirrored between the two servers (× 2); inside a server the mirror part is a two-way mirror.
      const local = nestedLocalParityEfficiency(capacityDrivesPerNode);
      const width = Math.min(capacityDrivesPerNode, 7);
      return { efficiency: mixedEfficiency(mirrorShare, 1 / 2, local) / 2, parityLayout: `single parity ${width - 1}+1 in each server, mirrored` };
    }
  }
}
