/**
 * The drive Items (hard disks, CD/DVD) read into disks: which DiskSection
 * Disk or References File each names, its format, capacity and source
 * controller. Nothing here decides what Hyper-V does with them; that is
 * disk-plan.ts. Sources: dmtf-dsp0243, dmtf-dsp0004,
 * ms-hyperv-generation-1-or-2.
 */
import { GiB } from '../../units.ts';
import { HARD_DISK_TYPES, OPTICAL_TYPES } from '../cim.ts';
import type { DiskDef, FileRef, RawEnvelope, RawItem } from '../read-descriptor.ts';
import { diskCapacity, formatFromUri, hostResource, itemCapacity } from './disk-refs.ts';
import { itemText, resourceType } from './rasd.ts';
import { finding, GEN, type ControllerKind, type DiskFormat, type Finding, type InspectController, type Staged } from './types.ts';

/** A disk as the descriptor gives it, before the Hyper-V plan (boot, conversion, slot). */
export interface ReadDisk {
  diskId: string;
  fileName: string;
  capacityBytes: number;
  capacityGiB: number;
  format: DiskFormat;
  formatUri: string;
  controller: ControllerKind;
  controllerSubtype: string;
  /** What the Item is: a hard disk or an optical drive. */
  drive: 'hard-disk' | 'dvd';
  compression: string;
  /** A disk with no file: the appliance expects an empty disk of this size. */
  blank: boolean;
}

const fileSafe = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'disk';

function basename(href: string): string {
  const clean = href.replace(/[?#].*$/, '');
  return clean.split(/[\\/]/).pop() ?? clean;
}

const gibOf = (bytes: number): number => Math.round((bytes / GiB) * 1000) / 1000;

/** Drive Items in the descriptor's order; one slot holds one drive, and empty optical drives are counted, not kept. */
export function readDrives(items: readonly RawItem[], env: RawEnvelope, controllers: readonly InspectController[]): Staged<ReadDisk[]> {
  const findings: Finding[] = [];
  const add = (...args: Parameters<typeof finding>): void => {
    findings.push(finding(...args));
  };
  const controllerById = new Map(controllers.map((c) => [c.instanceId, c]));
  const filesById = new Map<string, FileRef>(env.files.map((f) => [f.id, f]));
  const disksById = new Map<string, DiskDef>(env.disks.map((d) => [d.diskId, d]));
  const disks: ReadDisk[] = [];
  /** "Parent:AddressOnParent" → the drive already there. */
  const slots = new Map<string, string>();
  let emptyOptical = 0;
  for (const it of items) {
    const rt = resourceType(it);
    const isHardDisk = HARD_DISK_TYPES.has(rt);
    const isOptical = OPTICAL_TYPES.has(rt);
    if (!isHardDisk && !isOptical) continue;
    const label = itemText(it, 'ElementName') || itemText(it, 'InstanceID');
    const parent = controllerById.get(itemText(it, 'Parent'));
    const controller: ControllerKind = parent?.kind ?? 'unknown';
    const address = itemText(it, 'AddressOnParent');
    if (itemText(it, 'Parent') && address) {
      const slot = `${itemText(it, 'Parent')}:${address}`;
      const holder = slots.get(slot);
      if (holder !== undefined) {
        add('warning', `Drive "${label}" is attached to controller ${itemText(it, 'Parent')} slot ${address}, which "${holder}" already holds: one slot holds one drive, so only the first is kept.`, ['dmtf-dsp0243']);
        continue;
      }
      slots.set(slot, label);
    }
    const hostText = itemText(it, 'HostResource');
    const res = hostResource(hostText, env.disks);
    if (res?.dialect) add('warning', `Drive "${label}" names its disk ${JSON.stringify(hostText.slice(0, 60))} instead of ovf:/disk/<id> (oVirt's form); read as disk "${res.id}".`, ['dmtf-dsp0243']);
    if (!res) {
      if (isHardDisk && !hostText && itemText(it, 'VirtualQuantity')) {
        // A new, empty disk defined only by its Item (DSP0243: no HostResource means nothing to copy).
        const size = itemCapacity(it);
        if (size.note) add('warning', `Blank disk "${label}": ${size.note}.`, ['dmtf-dsp0243', 'dmtf-dsp0004']);
        disks.push({
          diskId: fileSafe(`${label}-${itemText(it, 'InstanceID')}`),
          fileName: '',
          capacityBytes: size.bytes,
          capacityGiB: gibOf(size.bytes),
          format: 'vhdx',
          formatUri: '',
          controller,
          controllerSubtype: parent?.subtype ?? '',
          drive: 'hard-disk',
          compression: '',
          blank: true,
        });
      } else if (isHardDisk) {
        add('warning', `Disk drive "${label}" has no readable HostResource${hostText ? ` (${JSON.stringify(hostText.slice(0, 60))})` : ''} and no size of its own; it is not in the plan.`, ['dmtf-dsp0243']);
      } else {
        emptyOptical += 1;
      }
      continue;
    }
    let def: DiskDef | undefined;
    let file: FileRef | undefined;
    if (res.kind === 'disk') {
      def = disksById.get(res.id);
      if (!def) {
        add('error', `Disk drive refers to disk "${res.id}", which the DiskSection does not list.`, ['dmtf-dsp0243']);
        continue;
      }
      // oVirt's fileRef is the File's href ("<image>/<volume>"), not its id.
      file = def.fileRef ? (filesById.get(def.fileRef) ?? env.files.find((f) => f.href === def?.fileRef)) : undefined;
      if (def.fileRef && !file) add('error', `Disk "${def.diskId}" refers to file "${def.fileRef}", which References does not list.`, ['dmtf-dsp0243']);
    } else {
      file = filesById.get(res.id);
      if (!file) {
        add('warning', `Drive refers to file "${res.id}", which References does not list.`, ['dmtf-dsp0243']);
        continue;
      }
    }
    const href = file?.href ?? '';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(href)) {
      add('warning', `File ${href.slice(0, 80)} is a URL; this tool never fetches it. Download it next to the descriptor first.`, ['dmtf-dsp0243']);
    }
    const capacity = def ? diskCapacity(def, env.properties) : { bytes: file?.sizeBytes ?? 0 };
    if (capacity.note) add('warning', `Disk "${def?.diskId ?? res.id}": ${capacity.note}.`, ['dmtf-dsp0243', 'dmtf-dsp0004']);
    disks.push({
      diskId: def?.diskId ?? res.id,
      fileName: basename(href),
      capacityBytes: capacity.bytes,
      capacityGiB: gibOf(capacity.bytes),
      format: isOptical ? 'iso' : formatFromUri(def?.format ?? '', href),
      formatUri: def?.format ?? '',
      controller,
      controllerSubtype: parent?.subtype ?? '',
      drive: isOptical ? 'dvd' : 'hard-disk',
      compression: file?.compression ?? '',
      // A Disk with no ovf:fileRef is a new, empty disk (DSP0243); one whose file is missing is an error, not a blank disk.
      blank: !def?.fileRef && res.kind === 'disk',
    });
  }
  if (emptyOptical > 0) {
    add('info', `${emptyOptical} empty CD/DVD drive(s) are not recreated; add one with Add-VMDvdDrive if the guest needs it.`, [GEN]);
  }
  return { value: disks, findings };
}
