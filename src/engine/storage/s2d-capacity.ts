/**
 * Storage Spaces Direct (and Azure Local) usable capacity.
 *
 * usable = (raw − reserve) × efficiency, the arithmetic of Microsoft's "Plan
 * volumes" capacity example (ms-s2d-plan-volumes): raw is every capacity
 * drive in every server, reserve is capacity left unallocated so the pool can
 * repair in place after a drive fails (Microsoft recommends one capacity
 * drive per server, up to four), and efficiency is the resiliency type's
 * usable share of its footprint (s2d-resiliency.ts, ms-s2d-fault-tolerance,
 * ms-s2d-nested-resiliency). Cache drives add no capacity; the model checks
 * them against Microsoft's rules and starting ratios (ms-s2d-choose-drives,
 * ms-s2d-hardware-requirements). Left empty, the number of cache drives
 * follows the capacity drives: none for all-flash (a single drive type has
 * no cache, ms-s2d-cache), two per server for hard disks (the minimum with a
 * cache, and hard disks need one). The suggested volumes follow Microsoft's
 * volume planning guidance (s2d-volumes.ts).
 *
 * Assumptions: one capacity media type, the same drives in every server
 * (drive symmetry), fault domains are servers (no chassis or rack awareness),
 * and every volume in the pool uses the chosen resiliency. Sizes are decimal
 * TB as drives are sold; Windows shows binary TiB, given alongside. File
 * system metadata and the pool's own small overhead are not modelled.
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { InputOf, Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { TB, TiB } from '../units.ts';
import { efficiencyOf, nodeCountProblem, resiliencyIds, resiliencyOptions, resiliencyTypes } from './s2d-resiliency.ts';
import type { CapacityMedia, ResiliencyId } from './s2d-resiliency.ts';
import { MAX_VOLUMES_PER_CLUSTER, planVolumes, volumeBackupOptions } from './s2d-volumes.ts';

/** Microsoft's reserve recommendation: one capacity drive per server, at most four (ms-s2d-plan-volumes). */
export const recommendedReserveDrives = (nodes: number): number => Math.min(nodes, 4);

/** Cache drives per server when the reader gives none: none for all-flash, the two-drive minimum for hard disks (ms-s2d-cache, ms-s2d-hardware-requirements). */
export const defaultCacheDrives = (media: CapacityMedia): number => (media === 'hdd' ? 2 : 0);

const cacheDrivesOf = (input: Pick<Input, 'cacheDrivesPerNode' | 'capacityMediaType'>): number =>
  input.cacheDrivesPerNode ?? defaultCacheDrives(input.capacityMediaType);

/** Starting cache size as a share of capacity per server: 10 % with hard disks, about 5 % all-flash (ms-s2d-choose-drives). */
const suggestedCachePercent = (media: CapacityMedia): number => (media === 'hdd' ? 10 : 5);

/** Memory Storage Spaces Direct keeps for cache metadata: 4 GB (binary) per TB of cache per server (ms-s2d-hardware-requirements). */
const CACHE_METADATA_GIB_PER_TB = 4;

/** Minimum capacity drives per server on Windows Server (Azure Local accepts 2 all-flash) (ms-s2d-hardware-requirements). */
const MIN_CAPACITY_DRIVES_WINDOWS_SERVER = 4;
/** Raw capacity limits from Windows Server 2019 (2016: 100 TB and 1 PB) (ms-s2d-hardware-requirements, ms-s2d-choose-drives). */
const MAX_RAW_TB_PER_SERVER = 400;
const MAX_POOL_TB = 4000;

export const s2dCapacitySchema = defineSchema({
  nodes: {
    kind: 'number',
    label: 'Servers',
    help: 'Servers (nodes) in the cluster, each a fault domain. Storage Spaces Direct supports 2 to 16.',
    unit: '',
    default: 4,
    min: 2,
    max: 16,
    integer: true,
  },
  capacityDrivesPerNode: {
    kind: 'number',
    label: 'Capacity drives per server',
    help: 'Drives that hold data in each server (not cache drives, not the boot drive). Every server should have the same number.',
    unit: '',
    default: 16,
    min: 2,
    max: 200,
    integer: true,
  },
  capacityDriveTB: {
    kind: 'number',
    label: 'Capacity drive size',
    help: 'Size of one capacity drive as sold, in decimal TB (1 TB = 10^12 bytes); Windows shows a 2 TB drive as 1.82 TiB.',
    unit: 'TB',
    default: 2,
    min: 0.01,
    max: 200,
  },
  capacityMediaType: {
    kind: 'enum',
    label: 'Capacity drive type',
    help: 'Hard disks need cache drives in front of them; the dual-parity layout at a given server count also differs between hard disks and flash.',
    options: [
      { value: 'hdd', label: 'HDD (hybrid, with flash cache)' },
      { value: 'ssd', label: 'SSD (all-flash)' },
      { value: 'nvme', label: 'NVMe (all-flash)' },
    ],
    default: 'hdd',
  },
  cacheDrivesPerNode: {
    kind: 'number',
    label: 'Cache drives per server',
    help: 'Faster drives that cache for the capacity drives; they add no usable capacity. Leave empty to follow the capacity drives: none for all-flash (SSD or NVMe), 2 per server (the minimum) for hard disks. Otherwise 0, or at least 2.',
    unit: '',
    optional: true,
    min: 0,
    max: 32,
    integer: true,
  },
  cacheDriveTB: {
    kind: 'number',
    label: 'Cache drive size',
    help: 'Size of one cache drive as sold, in decimal TB (an 800 GB drive is 0.8). Cache devices must be at least 32 GB (0.032 TB).',
    unit: 'TB',
    default: 1.6,
    min: 0.032,
    max: 100,
  },
  resiliency: {
    kind: 'enum',
    label: 'Resiliency',
    help: 'How each volume protects its data. Nested types are for two-server clusters only; dual parity and mirror-accelerated parity need four or more servers.',
    options: resiliencyOptions,
    default: 'three-way-mirror',
  },
  mirrorPercent: {
    kind: 'number',
    label: 'Mirror share (mirror-accelerated parity)',
    help: 'Share of each mirror-accelerated parity volume kept as mirror; the rest is parity. Microsoft suggests 20 % for most workloads. Ignored by the other types.',
    unit: '%',
    default: 20,
    min: 1,
    max: 99,
  },
  reserveDrives: {
    kind: 'number',
    label: 'Reserve (capacity drives)',
    help: 'Capacity left unallocated in the pool, in drives, so repairs can start before a failed drive is replaced. Leave empty for Microsoft\u2019s recommendation: one per server, up to four.',
    unit: '',
    optional: true,
    min: 0,
    max: 3200,
    integer: true,
  },
  volumeBackup: {
    kind: 'enum',
    label: 'Volumes backed up with',
    help: 'How the volumes are backed up sets the largest volume Microsoft recommends: 64 TB, or 10 TB where backup relies on VSS with the Volsnap provider, as is common for file servers.',
    options: volumeBackupOptions,
    default: 'rct',
  },
});

export interface ResiliencyComparisonRow {
  resiliency: ResiliencyId;
  label: string;
  shortLabel: string;
  efficiencyPercent: number;
  usableTB: number;
  faultsTolerated: number;
}

export interface S2dCapacityResult {
  resiliency: ResiliencyId;
  resiliencyLabel: string;
  /** Parity encoding in use (e.g. "RS 4+2"), null for pure mirrors. */
  parityLayout: string | null;
  /** nodes × capacityDrivesPerNode × capacityDriveTB, decimal TB. */
  rawTB: number;
  rawTiB: number;
  reserveDrives: number;
  recommendedReserveDrives: number;
  reserveSource: 'input' | 'recommended';
  reserveTB: number;
  /** rawTB − reserveTB: what volume footprints may fill. */
  poolAvailableTB: number;
  /** Usable size ÷ footprint, as a percentage. */
  efficiencyPercent: number;
  /** poolAvailableTB × efficiency: data the volumes can hold, decimal TB. */
  usableTB: number;
  /** usableTB as Windows shows it (binary TiB). */
  usableTiB: number;
  /** Simultaneous hardware failures (drives or servers) the volumes stay online through. */
  faultsTolerated: number;
  capacityTBPerNode: number;
  cacheTBPerNode: number;
  /** Cache as a share of capacity per server; null without cache drives. */
  cachePercentOfCapacity: number | null;
  suggestedCachePercent: number;
  /** Memory to keep free on each server for cache metadata (4 GiB per TB of cache). */
  cacheMetadataMemoryGiBPerNode: number;
  /** Cache drives per server the result uses: the reader's, or none for all-flash and 2 for hard disks when left empty. */
  cacheDrivesPerNode: number;
  cacheSource: 'input' | 'media';
  /** Suggested number of equal volumes: a multiple of the server count, at most 64. */
  suggestedVolumeCount: number;
  /** suggestedVolumeCount ÷ servers: how many volumes each server owns. */
  suggestedVolumesPerServer: number;
  /** Usable size of each suggested volume, decimal TB (usableTB ÷ suggestedVolumeCount). */
  suggestedVolumeSizeTB: number;
  /** The same size in binary TiB, as New-Volume's -Size and Get-Volume count it. */
  suggestedVolumeSizeTiB: number;
  /** Pool capacity each suggested volume occupies: its size ÷ the efficiency, decimal TB. */
  suggestedVolumeFootprintTB: number;
  /** Microsoft's recommended largest volume for the chosen backup method, decimal TB. */
  volumeSizeLimitTB: number;
  /** Every resiliency type this cluster can use, with its usable capacity, for a table. */
  comparison: ResiliencyComparisonRow[];
  warnings: string[];
  assumptions: Assumption[];
}

const fmt = (x: number, digits = 2): string => Number(x.toFixed(digits)).toLocaleString('en-US');

type Input = InputOf<typeof s2dCapacitySchema>;

/** The reason a resiliency type cannot be built on this hardware, or undefined. */
function buildProblem(id: ResiliencyId, input: Pick<Input, 'nodes' | 'capacityDrivesPerNode'>): { field: string; message: string } | undefined {
  const nodeProblem = nodeCountProblem(resiliencyTypes[id], input.nodes);
  if (nodeProblem) return { field: 'resiliency', message: nodeProblem };
  if (id === 'nested-mirror-accelerated-parity' && input.capacityDrivesPerNode < 4) {
    return { field: 'capacityDrivesPerNode', message: 'Nested mirror-accelerated parity needs at least 4 capacity drives per server for its parity part.' };
  }
  return undefined;
}

/**
 * Two whole servers down at once is harder than two failures of any kind on
 * small clusters: Microsoft's pool-quorum table (ms-s2d-understand-quorum) and
 * plan-volumes page (three servers) say when it is not survived.
 */
function serverLossNote(resiliency: ResiliencyId, nodes: number): Assumption[] {
  if (resiliencyTypes[resiliency].faultsTolerated < 2 || resiliency.startsWith('nested')) return [];
  if (nodes === 3) {
    return [
      {
        text: 'With three servers, two servers down at once take the pool offline (it needs more than half its drives); a server down plus failed drives in another is survived.',
        sources: ['ms-s2d-plan-volumes', 'ms-s2d-understand-quorum'],
      },
    ];
  }
  if (nodes === 4) {
    return [
      {
        text: 'With four servers, surviving two servers down at once needs a cluster witness (Microsoft\u2019s pool-quorum table).',
        sources: ['ms-s2d-understand-quorum'],
      },
    ];
  }
  return [];
}

export const s2dCapacity = defineModel({
  id: 's2d-capacity',
  title: 'Storage Spaces Direct capacity',
  summary:
    'Usable capacity, efficiency and failures tolerated of a Storage Spaces Direct or Azure Local cluster, from servers, drives, resiliency and reserve.',
  schema: s2dCapacitySchema,
  check(input): Issue[] {
    const issues: Issue[] = [];
    const problem = buildProblem(input.resiliency, input);
    if (problem) issues.push(problem);
    const totalDrives = input.nodes * input.capacityDrivesPerNode;
    if (input.reserveDrives !== undefined && input.reserveDrives >= totalDrives) {
      issues.push({
        field: 'reserveDrives',
        message: `A reserve of ${input.reserveDrives} drives leaves nothing for volumes: the cluster has ${totalDrives} capacity drives.`,
      });
    }
    const cacheDrives = cacheDrivesOf(input);
    if (cacheDrives === 1) {
      issues.push({
        field: 'cacheDrivesPerNode',
        message: 'With a cache, every server needs at least 2 cache drives (the minimum for redundancy); use 0 for no cache.',
      });
    }
    if (input.capacityMediaType === 'hdd' && cacheDrives === 0) {
      issues.push({
        field: 'cacheDrivesPerNode',
        message: 'Hard-disk capacity drives need a flash cache: a cluster of hard disks only is not supported. Add at least 2 cache drives per server.',
      });
    }
    return issues;
  },
  compute(input): S2dCapacityResult {
    const type = resiliencyTypes[input.resiliency];
    const mirrorShare = input.mirrorPercent / 100;
    const warnings: string[] = [];

    const rawTB = input.nodes * input.capacityDrivesPerNode * input.capacityDriveTB;
    const recommended = recommendedReserveDrives(input.nodes);
    const reserveDrives = input.reserveDrives ?? recommended;
    const reserveTB = reserveDrives * input.capacityDriveTB;
    const poolAvailableTB = rawTB - reserveTB;

    const usableAt = (id: ResiliencyId) => {
      const e = efficiencyOf(id, input.nodes, input.capacityMediaType, input.capacityDrivesPerNode, mirrorShare);
      return { ...e, usableTB: poolAvailableTB * e.efficiency };
    };
    const chosen = usableAt(input.resiliency);

    const capacityTBPerNode = input.capacityDrivesPerNode * input.capacityDriveTB;
    const cacheDrives = cacheDrivesOf(input);
    const cacheTBPerNode = cacheDrives * input.cacheDriveTB;
    const cachePercent = cacheDrives > 0 ? (cacheTBPerNode / capacityTBPerNode) * 100 : null;
    const suggested = suggestedCachePercent(input.capacityMediaType);

    // Resiliency advice Microsoft gives for the chosen type and server count.
    if (input.resiliency === 'two-way-mirror' && input.nodes > 2) {
      warnings.push(
        `With ${input.nodes} servers Microsoft recommends three-way mirror over two-way mirror: a two-way mirror goes offline if a second drive or server fails while one is down (for example during an update).`,
      );
    }
    if (input.resiliency === 'two-way-mirror' && input.nodes === 2) {
      warnings.push(
        'On a two-server cluster Microsoft recommends nested resiliency for production: a two-way mirror goes offline if a drive fails in one server while the other is restarting.',
      );
    }
    if (input.resiliency === 'dual-parity' || input.resiliency === 'mirror-accelerated-parity' || input.resiliency === 'nested-mirror-accelerated-parity') {
      warnings.push(
        'Parity costs CPU and write latency: Microsoft recommends mirror volumes for performance-sensitive VMs and databases, and parity or mirror-accelerated parity for large sequential writes such as backup and archive.',
      );
    }

    // Drive rules (Windows Server hardware requirements and drive choice).
    if (input.capacityDrivesPerNode < MIN_CAPACITY_DRIVES_WINDOWS_SERVER) {
      warnings.push(
        `Windows Server needs at least ${MIN_CAPACITY_DRIVES_WINDOWS_SERVER} capacity drives per server; ${input.capacityDrivesPerNode} is accepted only by Azure Local with all-flash drives.`,
      );
    }
    if (cacheDrives >= 2 && input.capacityDrivesPerNode % cacheDrives !== 0) {
      warnings.push(
        `${input.capacityDrivesPerNode} capacity drives are not a whole multiple of ${cacheDrives} cache drives: cache drives bind to capacity drives, so performance is more even with a whole multiple (for example ${Math.ceil(input.capacityDrivesPerNode / cacheDrives) * cacheDrives}).`,
      );
    }
    if (cachePercent !== null && cachePercent < suggested) {
      warnings.push(
        `Cache is ${fmt(cachePercent, 1)}% of capacity per server (${fmt(cacheTBPerNode)} TB for ${fmt(capacityTBPerNode)} TB), below the ${suggested}% Microsoft suggests as a starting point for ${input.capacityMediaType === 'hdd' ? 'hard-disk' : 'all-flash'} capacity. Size the cache to hold the workloads' working set: reads and writes beyond it go to the capacity drives.`,
      );
    }
    if (capacityTBPerNode > MAX_RAW_TB_PER_SERVER) {
      warnings.push(
        `${fmt(capacityTBPerNode)} TB per server is over the ${MAX_RAW_TB_PER_SERVER} TB raw capacity per server supported from Windows Server 2019 (100 TB on 2016); resyncs after a restart also take longer.`,
      );
    }
    if (rawTB > MAX_POOL_TB) {
      warnings.push(`${fmt(rawTB)} TB raw is over the ${MAX_POOL_TB} TB (4 PB) pool limit from Windows Server 2019 (1 PB on 2016).`);
    }
    if (reserveDrives < recommended) {
      warnings.push(
        `A reserve of ${reserveDrives} drive${reserveDrives === 1 ? '' : 's'} is below Microsoft\u2019s recommendation of ${recommended} (one per server, up to four): after a drive fails the pool may not be able to repair in place until it is replaced.`,
      );
    }

    const comparison: ResiliencyComparisonRow[] = resiliencyIds
      .filter((id) => buildProblem(id, input) === undefined)
      .map((id) => {
        const row = usableAt(id);
        return {
          resiliency: id,
          label: resiliencyTypes[id].label,
          shortLabel: resiliencyTypes[id].shortLabel,
          efficiencyPercent: row.efficiency * 100,
          usableTB: row.usableTB,
          faultsTolerated: resiliencyTypes[id].faultsTolerated,
        };
      });

    const volumes = planVolumes(chosen.usableTB, input.nodes, input.volumeBackup);
    if (volumes.overLimit) {
      warnings.push(
        `${fmt(chosen.usableTB)} TB of data does not fit in ${MAX_VOLUMES_PER_CLUSTER} volumes of ${volumes.limitTB} TB: the ${volumes.count} volumes suggested are ${fmt(volumes.sizeTB)} TB each, over the size Microsoft recommends${input.volumeBackup === 'vss-volsnap' ? ' for VSS (Volsnap) backup' : ''}. Leave capacity unallocated, or split the cluster.`,
      );
    }

    const efficiencyText = chosen.parityLayout ? `${fmt(chosen.efficiency * 100, 1)}% (${chosen.parityLayout})` : `${fmt(chosen.efficiency * 100, 1)}%`;
    const assumptions: Assumption[] = [
      {
        text: `Raw capacity ${input.nodes} servers × ${input.capacityDrivesPerNode} drives × ${fmt(input.capacityDriveTB, 3)} TB = ${fmt(rawTB)} TB; reserve ${reserveDrives} drive${reserveDrives === 1 ? '' : 's'} (${fmt(reserveTB)} TB) left unallocated for in-place repair; usable = (raw − reserve) × efficiency.`,
        sources: ['ms-s2d-plan-volumes'],
      },
      {
        text: `${type.label}: efficiency ${efficiencyText}${type.mixesMirrorAndParity ? ` with ${fmt(input.mirrorPercent, 1)}% of each volume as mirror` : ''}; needs ${type.maxNodes !== undefined ? `exactly ${type.maxNodes}` : `at least ${type.minNodes}`} servers; stays online through ${type.faultsTolerated} simultaneous hardware failure${type.faultsTolerated === 1 ? '' : 's'} (drives or servers)${input.resiliency.startsWith('nested') ? ', for example two drives, or one server and a drive in the other' : ''}.`,
        sources: type.sources,
      },
      ...serverLossNote(input.resiliency, input.nodes),
      {
        text: 'Fault domains are servers (no chassis or rack awareness) and every server has the same drives; cache drives add no capacity; file-system metadata is not deducted. Windows shows sizes in binary units: 1 TB = 0.909 TiB.',
        sources: ['ms-s2d-fault-tolerance', 'ms-s2d-plan-volumes'],
      },
      {
        text: `Cache: ${cacheDrives === 0 ? 'none' : `${cacheDrives} × ${fmt(input.cacheDriveTB, 3)} TB per server`}${input.cacheDrivesPerNode === undefined ? (cacheDrives === 0 ? ' (all-flash: a single drive type needs no cache)' : ' (hard disks need a cache of at least 2 drives)') : ''}; Microsoft suggests starting at ${suggested}% of capacity and keeping ${CACHE_METADATA_GIB_PER_TB} GB of memory per TB of cache on each server for metadata.`,
        sources: ['ms-s2d-choose-drives', 'ms-s2d-hardware-requirements', 'ms-s2d-cache'],
      },
      {
        text: `Volumes: a multiple of the ${input.nodes} servers so each owns as many, at most ${MAX_VOLUMES_PER_CLUSTER} per cluster, each at most ${volumes.limitTB} TB (${input.volumeBackup === 'vss-volsnap' ? 'backup through VSS with the Volsnap provider' : 'Microsoft\u2019s recommended largest volume; backup through RCT or ReFS block cloning works well to 32 TB and beyond'}); ${fmt(chosen.usableTB)} TB ÷ ${volumes.count} = ${fmt(volumes.sizeTB)} TB each. The limit is read as decimal TB, the stricter reading.`,
        sources: ['ms-s2d-plan-volumes'],
      },
    ];

    return {
      resiliency: input.resiliency,
      resiliencyLabel: type.label,
      parityLayout: chosen.parityLayout,
      rawTB,
      rawTiB: (rawTB * TB) / TiB,
      reserveDrives,
      recommendedReserveDrives: recommended,
      reserveSource: input.reserveDrives === undefined ? 'recommended' : 'input',
      reserveTB,
      poolAvailableTB,
      efficiencyPercent: chosen.efficiency * 100,
      usableTB: chosen.usableTB,
      usableTiB: (chosen.usableTB * TB) / TiB,
      faultsTolerated: type.faultsTolerated,
      capacityTBPerNode,
      cacheTBPerNode,
      cachePercentOfCapacity: cachePercent,
      suggestedCachePercent: suggested,
      cacheMetadataMemoryGiBPerNode: cacheTBPerNode * CACHE_METADATA_GIB_PER_TB,
      cacheDrivesPerNode: cacheDrives,
      cacheSource: input.cacheDrivesPerNode === undefined ? 'media' : 'input',
      suggestedVolumeCount: volumes.count,
      suggestedVolumesPerServer: volumes.count / input.nodes,
      suggestedVolumeSizeTB: volumes.sizeTB,
      suggestedVolumeSizeTiB: (volumes.sizeTB * TB) / TiB,
      suggestedVolumeFootprintTB: volumes.sizeTB / chosen.efficiency,
      volumeSizeLimitTB: volumes.limitTB,
      comparison,
      warnings,
      assumptions,
    };
  },
});
