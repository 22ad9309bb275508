/**
 * How many volumes to carve from a Storage Spaces Direct pool, and how big.
 *
 * Microsoft's volume planning guidance (ms-s2d-plan-volumes): make the number
 * of volumes a multiple of the number of servers, so each server owns (runs
 * the metadata of) the same number of volumes; at most 64 volumes per
 * cluster; each volume at most 64 TB (stated for Azure Local; the 2019
 * revision of the page gave 32 TB for Windows Server 2016 and 64 TB for
 * 2019), and at most 10 TB where backup relies on VSS with the Volsnap
 * provider, whereas backup through Hyper-V RCT, ReFS block cloning or SQL
 * Server's own backup works well to 32 TB and beyond.
 *
 * The suggestion is the smallest multiple of the server count whose equal
 * volumes each stay within the limit; if even 64 volumes are too few, it is
 * the largest multiple of the server count up to 64, and the volumes are over
 * the limit (the caller warns). Microsoft writes the limits in TB without
 * saying decimal or binary; they are compared with decimal TB, the stricter
 * reading (64 TB decimal is 58.2 TiB).
 */

export type VolumeBackup = 'rct' | 'vss-volsnap';

export const volumeBackupOptions = [
  { value: 'rct', label: 'Hyper-V RCT, ReFS block cloning or SQL Server backup' },
  { value: 'vss-volsnap', label: 'VSS with the Volsnap provider (common for file servers)' },
] as const satisfies readonly { value: VolumeBackup; label: string }[];

/** Microsoft's recommended largest volume, decimal TB, by how the volumes are backed up (ms-s2d-plan-volumes). */
export const volumeSizeLimitTB: Readonly<Record<VolumeBackup, number>> = { rct: 64, 'vss-volsnap': 10 };

/** Microsoft's recommended most volumes per cluster (ms-s2d-plan-volumes). */
export const MAX_VOLUMES_PER_CLUSTER = 64;

export interface VolumePlan {
  /** A multiple of the server count, at most 64. */
  count: number;
  /** Usable size of each of the equal volumes, decimal TB. */
  sizeTB: number;
  /** The recommended largest volume for the backup method, decimal TB. */
  limitTB: number;
  /** True when even the most volumes allowed are each over the limit. */
  overLimit: boolean;
}

export function planVolumes(usableTB: number, nodes: number, backup: VolumeBackup): VolumePlan {
  const limitTB = volumeSizeLimitTB[backup];
  const mostVolumes = Math.floor(MAX_VOLUMES_PER_CLUSTER / nodes) * nodes;
  // The tolerance keeps a float like 40.000000000001 TB from asking for one more volume.
  const volumesNeeded = Math.max(1, Math.ceil(usableTB / limitTB - 1e-9));
  const count = Math.min(mostVolumes, Math.ceil(volumesNeeded / nodes) * nodes);
  const sizeTB = usableTB / count;
  return { count, sizeTB, limitTB, overLimit: sizeTB > limitTB * (1 + 1e-9) };
}
