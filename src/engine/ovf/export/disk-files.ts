/**
 * The disks of the package: the format each file name asks for, its format
 * URI and its capacity with explicit programmatic units (DSP0243 + DSP0004).
 * For VHDX there is no registered URI, so we use Microsoft's VHDX overview
 * page (ms-vhdx-format-overview), as XenServer uses Microsoft's VHD page for
 * VHD; VMDK uses VMware's stream-optimised URI that ovftool and VirtualBox
 * expect.
 */
import { GiB, MiB } from '../../units.ts';

export const FORMAT_URIS = {
  vhdx: 'http://technet.microsoft.com/en-us/library/hh831446.aspx',
  vhd: 'http://technet.microsoft.com/en-us/virtualserver/bb676673.aspx',
  vmdk: 'http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized',
} as const;
export type ExportDiskFormat = keyof typeof FORMAT_URIS;

export const diskFormatOf = (fileName: string): ExportDiskFormat => {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'vhd' ? 'vhd' : ext === 'vmdk' ? 'vmdk' : 'vhdx';
};

/**
 * Capacity with explicit units (DSP0243 + DSP0004): whole GiB as `byte * 2^30`,
 * whole MiB as `byte * 2^20`, anything else in bytes.
 */
export function capacityWithUnits(capacityGiB: number): { capacity: number; units: string; bytes: number } {
  const bytes = Math.round(capacityGiB * GiB);
  if (bytes % GiB === 0) return { capacity: bytes / GiB, units: 'byte * 2^30', bytes };
  if (bytes % MiB === 0) return { capacity: bytes / MiB, units: 'byte * 2^20', bytes };
  return { capacity: bytes, units: 'byte', bytes };
}

/** One disk as the descriptor writes it: `capacity` counted in `units`, `capacityBytes` the same size in bytes. */
export interface ExportedDisk {
  fileName: string;
  format: ExportDiskFormat;
  capacityBytes: number;
  formatUri: string;
  capacity: number;
  units: string;
}

export function exportedDisks(disks: readonly { fileName: string; capacityGiB: number }[]): ExportedDisk[] {
  return disks.map((d) => {
    const format = diskFormatOf(d.fileName);
    const cap = capacityWithUnits(d.capacityGiB);
    return { fileName: d.fileName, format, capacityBytes: cap.bytes, formatUri: FORMAT_URIS[format], capacity: cap.capacity, units: cap.units };
  });
}
