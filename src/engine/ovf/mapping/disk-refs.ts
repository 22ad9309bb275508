/**
 * How a drive Item names its disk, and what that disk is: the HostResource
 * reference, the image format from its URI or file name, and its capacity
 * in bytes (sources: dmtf-dsp0243, dmtf-dsp0004).
 */
import { parseAllocationUnits } from '../allocation-units.ts';
import type { DiskDef, RawItem } from '../read-descriptor.ts';
import { itemText } from './rasd.ts';
import type { DiskFormat } from './types.ts';

export function formatFromUri(uri: string, href: string): DiskFormat {
  const u = uri.toLowerCase();
  // hh831446 is Microsoft's VHDX overview page, the URI ovf-export writes for VHDX.
  if (u.includes('vhdx') || u.includes('hh831446')) return 'vhdx';
  if (u.includes('vmdk')) return 'vmdk';
  if (u.includes('qcow')) return 'qcow2';
  if (u.includes('virtualbox') || /\bvdi\b/.test(u)) return 'vdi';
  // XenServer points at Microsoft's VHD specification page.
  if (u.includes('vhd') || u.includes('virtualserver/bb676673')) return 'vhd';
  if (u.includes('ecma-119') || /\biso\b/.test(u)) return 'iso';
  if (/\braw\b/.test(u)) return 'raw';
  const ext = /\.([a-z0-9]+)(?:\.gz)?$/i.exec(href)?.[1]?.toLowerCase();
  switch (ext) {
    case 'vmdk':
      return 'vmdk';
    case 'vhd':
      return 'vhd';
    case 'vhdx':
      return 'vhdx';
    case 'qcow2':
    case 'qcow':
      return 'qcow2';
    case 'vdi':
      return 'vdi';
    case 'iso':
      return 'iso';
    case 'img':
    case 'raw':
      return 'raw';
    default:
      return 'unknown';
  }
}

/** What a drive's HostResource names: a DiskSection Disk or a References File, by id. */
export interface HostRef {
  kind: 'disk' | 'file';
  id: string;
  /** Named in oVirt's non-standard `<image>/<volume>` form. */
  dialect?: boolean;
}

/**
 * `ovf:/disk/x`, `ovf://disk/x`, `/disk/x` (0.9), `ovf:/file/x`; and oVirt's
 * `<image>/<volume>`, which is a Disk's fileRef (its diskId is the volume):
 * `dialect` says when that non-standard form was used.
 */
export function hostResource(text: string, disks: readonly DiskDef[]): HostRef | undefined {
  const m = /^(?:ovf:)?\/+(disk|file)\/(.+)$/i.exec(text.trim());
  if (m) return { kind: (m[1] ?? '').toLowerCase() as 'disk' | 'file', id: m[2] ?? '' };
  const bare = text.trim();
  if (!bare) return undefined;
  const byRef = disks.find((d) => d.fileRef === bare) ?? disks.find((d) => d.diskId === bare.split('/').pop());
  return byRef ? { kind: 'disk', id: byRef.diskId, dialect: true } : undefined;
}

/** A size in bytes, or 0 with a note saying why it could not be read. */
export interface ReadCapacity {
  bytes: number;
  note?: string;
}

/** Size of a blank disk given only by its Item: VirtualQuantity × VirtualQuantityUnits or AllocationUnits (bytes when neither). */
export function itemCapacity(item: RawItem): ReadCapacity {
  const qty = itemText(item, 'VirtualQuantity');
  const unitsText = itemText(item, 'VirtualQuantityUnits') || itemText(item, 'AllocationUnits');
  const unit = unitsText ? parseAllocationUnits(unitsText) : { base: 'byte' as const, factor: 1 };
  if (!/^\d{1,20}$/.test(qty) || !unit || unit.base !== 'byte') {
    return { bytes: 0, note: `its size ${JSON.stringify(qty.slice(0, 20))} ${JSON.stringify(unitsText.slice(0, 30))} cannot be read as bytes` };
  }
  const bytes = Number(qty) * unit.factor;
  return Number.isSafeInteger(bytes)
    ? { bytes, note: unitsText ? undefined : 'its VirtualQuantity has no units; read as bytes' }
    : { bytes: 0, note: 'its size is too large to represent' };
}

/** A DiskSection Disk's ovf:capacity in bytes, following a ${property} reference into the ProductSection values. */
export function diskCapacity(disk: DiskDef, properties: Record<string, string>): ReadCapacity {
  let raw = disk.capacity;
  const ref = /^\$\{(.+)\}$/.exec(raw);
  if (ref) {
    const value = properties[ref[1] ?? ''];
    if (value === undefined) return { bytes: 0, note: `its capacity refers to property ${raw}, which no ProductSection defines` };
    raw = value.trim();
  }
  if (raw === '') return { bytes: 0, note: 'the DiskSection gives it no ovf:capacity (DSP0243 requires one); set its size by hand' };
  if (!/^\d{1,20}(\.\d{1,9})?$/.test(raw)) return { bytes: 0, note: `its capacity ${JSON.stringify(disk.capacity.slice(0, 30))} is not a number` };
  const unitsText = disk.capacityAllocationUnits;
  // DSP0243: no capacityAllocationUnits means bytes.
  const unit = unitsText === undefined ? { base: 'byte', factor: 1 } : parseAllocationUnits(unitsText);
  if (!unit || unit.base !== 'byte') {
    return { bytes: 0, note: `its capacity units ${JSON.stringify((unitsText ?? '').slice(0, 30))} are not a byte multiple this tool can read` };
  }
  // Whole bytes: a fractional capacity ("2.5" GiB) is rounded to the byte.
  const bytes = Math.round(Number(raw) * unit.factor);
  return Number.isFinite(bytes) ? { bytes } : { bytes: 0, note: 'its capacity is too large to represent' };
}
