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
 *
 * The compute is a list of stages in capacity/: the pool (raw, reserve, each
 * resiliency's usable capacity, the suggested volumes), the cache, then the
 * words (text).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { TB, TiB } from '../units.ts';
import { S2D_NODES } from './s2d-nodes.ts';
import { resiliencyOptions, resiliencyTypes } from './s2d-resiliency.ts';
import type { ResiliencyId } from './s2d-resiliency.ts';
import { volumeBackupOptions } from './s2d-volumes.ts';
import { CACHE_METADATA_GIB_PER_TB, cacheDrivesOf, cacheFigures } from './capacity/cache.ts';
import { buildProblem, poolFigures } from './capacity/pool.ts';
import { s2dAssumptions, s2dWarnings } from './capacity/text.ts';

export const s2dCapacitySchema = defineSchema({
  nodes: {
    kind: 'number',
    label: 'Servers',
    help: 'Servers (nodes) in the cluster, each a fault domain. Storage Spaces Direct supports 2 to 16.',
    unit: '',
    default: 4,
    min: S2D_NODES.min,
    max: S2D_NODES.max,
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
    const pool = poolFigures(input);
    const cache = cacheFigures(input);
    const { chosen, volumes } = pool;
    return {
      resiliency: input.resiliency,
      resiliencyLabel: resiliencyTypes[input.resiliency].label,
      parityLayout: chosen.parityLayout,
      rawTB: pool.rawTB,
      rawTiB: (pool.rawTB * TB) / TiB,
      reserveDrives: pool.reserveDrives,
      recommendedReserveDrives: pool.recommendedReserve,
      reserveSource: input.reserveDrives === undefined ? 'recommended' : 'input',
      reserveTB: pool.reserveTB,
      poolAvailableTB: pool.poolAvailableTB,
      efficiencyPercent: chosen.efficiency * 100,
      usableTB: chosen.usableTB,
      usableTiB: (chosen.usableTB * TB) / TiB,
      faultsTolerated: resiliencyTypes[input.resiliency].faultsTolerated,
      capacityTBPerNode: cache.capacityTBPerNode,
      cacheTBPerNode: cache.cacheTBPerNode,
      cachePercentOfCapacity: cache.cachePercent,
      suggestedCachePercent: cache.suggested,
      cacheMetadataMemoryGiBPerNode: cache.cacheTBPerNode * CACHE_METADATA_GIB_PER_TB,
      cacheDrivesPerNode: cache.cacheDrives,
      cacheSource: input.cacheDrivesPerNode === undefined ? 'media' : 'input',
      suggestedVolumeCount: volumes.count,
      suggestedVolumesPerServer: volumes.count / input.nodes,
      suggestedVolumeSizeTB: volumes.sizeTB,
      suggestedVolumeSizeTiB: (volumes.sizeTB * TB) / TiB,
      suggestedVolumeFootprintTB: volumes.sizeTB / chosen.efficiency,
      volumeSizeLimitTB: volumes.limitTB,
      comparison: pool.comparison,
      warnings: s2dWarnings(input, pool, cache),
      assumptions: s2dAssumptions(input, pool, cache),
    };
  },
});
