/** The cache drives of a Storage Spaces Direct server: how many, how large against capacity, and what Microsoft suggests. */
import type { CapacityMedia } from '../s2d-resiliency.ts';
import type { S2dCapacityInput } from './pool.ts';

/** Cache drives per server when the reader gives none: none for all-flash, the two-drive minimum for hard disks (ms-s2d-cache, ms-s2d-hardware-requirements). */
export const defaultCacheDrives = (media: CapacityMedia): number => (media === 'hdd' ? 2 : 0);

export const cacheDrivesOf = (input: Pick<S2dCapacityInput, 'cacheDrivesPerNode' | 'capacityMediaType'>): number =>
  input.cacheDrivesPerNode ?? defaultCacheDrives(input.capacityMediaType);

/** Starting cache size as a share of capacity per server: 10 % with hard disks, about 5 % all-flash (ms-s2d-choose-drives). */
const suggestedCachePercent = (media: CapacityMedia): number => (media === 'hdd' ? 10 : 5);

/** Memory Storage Spaces Direct keeps for cache metadata: 4 GB (binary) per TB of cache per server (ms-s2d-hardware-requirements). */
export const CACHE_METADATA_GIB_PER_TB = 4;

export interface CacheFigures {
  capacityTBPerNode: number;
  /** The reader's cache drives per server, or the media's default. */
  cacheDrives: number;
  cacheTBPerNode: number;
  /** Cache as a share of capacity per server; null without cache drives. */
  cachePercent: number | null;
  suggested: number;
}

export function cacheFigures(input: S2dCapacityInput): CacheFigures {
  const capacityTBPerNode = input.capacityDrivesPerNode * input.capacityDriveTB;
  const cacheDrives = cacheDrivesOf(input);
  const cacheTBPerNode = cacheDrives * input.cacheDriveTB;
  return {
    capacityTBPerNode,
    cacheDrives,
    cacheTBPerNode,
    cachePercent: cacheDrives > 0 ? (cacheTBPerNode / capacityTBPerNode) * 100 : null,
    suggested: suggestedCachePercent(input.capacityMediaType),
  };
}
