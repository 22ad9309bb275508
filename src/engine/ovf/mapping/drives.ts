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
import { diskCapacity, formatFromUri, hostResource, itemCapacity, type HostRef } from './disk-refs.ts';
import { itemText, resourceType } from './rasd.ts';
import { finding, GEN, type ControllerKind, type DiskTarget, type Finding, type InspectController, type InspectDisk, type Staged } from './types.ts';

/**
 * A disk as the descriptor gives it, before the Hyper-V plan: the published
 * disk's fields less what the plan decides (boot, conversion, slot, file name),
 * plus what the Item is, a hard disk or an optical drive.
 */
export type ReadDisk = Omit<InspectDisk, 'boot' | 'needsConversion' | 'target' | 'targetFileName'> & { drive: DiskTarget['drive'] };

const fileSafe = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'disk';

function basename(href: string): string {
  const clean = href.replace(/[?#].*$/, '');
  return clean.split(/[\\/]/).pop() ?? clean;
}

const gibOf = (bytes: number): number => Math.round((bytes / GiB) * 1000) / 1000;

/** Where a drive sits: its source controller, as the disk reports it. */
interface DriveContext {
  label: string;
  controller: ControllerKind;
  controllerSubtype: string;
}

/** A new, empty disk defined only by its Item (DSP0243: no HostResource means nothing to copy). */
function blankItemDisk(it: RawItem, at: DriveContext): Staged<ReadDisk> {
  const size = itemCapacity(it);
  return {
    value: {
      diskId: fileSafe(`${at.label}-${itemText(it, 'InstanceID')}`),
      fileName: '',
      capacityBytes: size.bytes,
      capacityGiB: gibOf(size.bytes),
      format: 'vhdx',
      formatUri: '',
      controller: at.controller,
      controllerSubtype: at.controllerSubtype,
      drive: 'hard-disk',
      compression: '',
      blank: true,
    },
    findings: size.note ? [finding('warning', `Blank disk "${at.label}": ${size.note}.`, ['dmtf-dsp0243', 'dmtf-dsp0004'])] : [],
  };
}

/** The envelope's DiskSection and References, indexed for look-ups. */
interface EnvelopeIndex {
  env: RawEnvelope;
  filesById: Map<string, FileRef>;
  disksById: Map<string, DiskDef>;
}

/** The disk a HostResource names (a DiskSection Disk, or a References File directly); undefined when it names none that exists. */
function referencedDisk(res: HostRef, isOptical: boolean, index: EnvelopeIndex, at: DriveContext): Staged<ReadDisk | undefined> {
  const findings: Finding[] = [];
  const { env } = index;
  let def: DiskDef | undefined;
  let file: FileRef | undefined;
  if (res.kind === 'disk') {
    def = index.disksById.get(res.id);
    if (!def)
      return {
        value: undefined,
        findings: [finding('error', `Disk drive refers to disk "${res.id}", which the DiskSection does not list.`, ['dmtf-dsp0243'])],
      };
    // oVirt's fileRef is the File's href ("<image>/<volume>"), not its id.
    file = def.fileRef ? (index.filesById.get(def.fileRef) ?? env.files.find((f) => f.href === def?.fileRef)) : undefined;
    if (def.fileRef && !file)
      findings.push(finding('error', `Disk "${def.diskId}" refers to file "${def.fileRef}", which References does not list.`, ['dmtf-dsp0243']));
  } else {
    file = index.filesById.get(res.id);
    if (!file)
      return { value: undefined, findings: [finding('warning', `Drive refers to file "${res.id}", which References does not list.`, ['dmtf-dsp0243'])] };
  }
  const href = file?.href ?? '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(href)) {
    findings.push(
      finding('warning', `File ${href.slice(0, 80)} is a URL; this tool never fetches it. Download it next to the descriptor first.`, ['dmtf-dsp0243']),
    );
  }
  const capacity = def ? diskCapacity(def, env.properties) : { bytes: file?.sizeBytes ?? 0 };
  if (capacity.note) findings.push(finding('warning', `Disk "${def?.diskId ?? res.id}": ${capacity.note}.`, ['dmtf-dsp0243', 'dmtf-dsp0004']));
  const disk: ReadDisk = {
    diskId: def?.diskId ?? res.id,
    fileName: basename(href),
    capacityBytes: capacity.bytes,
    capacityGiB: gibOf(capacity.bytes),
    format: isOptical ? 'iso' : formatFromUri(def?.format ?? '', href),
    formatUri: def?.format ?? '',
    controller: at.controller,
    controllerSubtype: at.controllerSubtype,
    drive: isOptical ? 'dvd' : 'hard-disk',
    compression: file?.compression ?? '',
    // A Disk with no ovf:fileRef is a new, empty disk (DSP0243); one whose file is missing is an error, not a blank disk.
    blank: !def?.fileRef && res.kind === 'disk',
  };
  return { value: disk, findings };
}

/** Drive Items in the descriptor's order; one slot holds one drive, and empty optical drives are counted, not kept. */
export function readDrives(items: readonly RawItem[], env: RawEnvelope, controllers: readonly InspectController[]): Staged<ReadDisk[]> {
  const findings: Finding[] = [];
  const controllerById = new Map(controllers.map((c) => [c.instanceId, c]));
  const index: EnvelopeIndex = {
    env,
    filesById: new Map(env.files.map((f) => [f.id, f])),
    disksById: new Map(env.disks.map((d) => [d.diskId, d])),
  };
  const disks: ReadDisk[] = [];
  /** "Parent:AddressOnParent" → the drive already there. */
  const slots = new Map<string, string>();
  let emptyOptical = 0;
  for (const it of items) {
    const rt = resourceType(it);
    const isHardDisk = HARD_DISK_TYPES.has(rt);
    const isOptical = OPTICAL_TYPES.has(rt);
    if (!isHardDisk && !isOptical) continue;
    const parentId = itemText(it, 'Parent');
    const parent = controllerById.get(parentId);
    const at: DriveContext = {
      label: itemText(it, 'ElementName') || itemText(it, 'InstanceID'),
      controller: parent?.kind ?? 'unknown',
      controllerSubtype: parent?.subtype ?? '',
    };
    const address = itemText(it, 'AddressOnParent');
    if (parentId && address) {
      const slot = `${parentId}:${address}`;
      const holder = slots.get(slot);
      if (holder !== undefined) {
        findings.push(
          finding(
            'warning',
            `Drive "${at.label}" is attached to controller ${parentId} slot ${address}, which "${holder}" already holds: one slot holds one drive, so only the first is kept.`,
            ['dmtf-dsp0243'],
          ),
        );
        continue;
      }
      slots.set(slot, at.label);
    }
    const hostText = itemText(it, 'HostResource');
    const res = hostResource(hostText, env.disks);
    if (res?.dialect)
      findings.push(
        finding(
          'warning',
          `Drive "${at.label}" names its disk ${JSON.stringify(hostText.slice(0, 60))} instead of ovf:/disk/<id> (oVirt's form); read as disk "${res.id}".`,
          ['dmtf-dsp0243'],
        ),
      );
    let read: Staged<ReadDisk | undefined>;
    if (res) read = referencedDisk(res, isOptical, index, at);
    else if (isHardDisk && !hostText && itemText(it, 'VirtualQuantity')) read = blankItemDisk(it, at);
    else if (isHardDisk) {
      read = {
        value: undefined,
        findings: [
          finding(
            'warning',
            `Disk drive "${at.label}" has no readable HostResource${hostText ? ` (${JSON.stringify(hostText.slice(0, 60))})` : ''} and no size of its own; it is not in the plan.`,
            ['dmtf-dsp0243'],
          ),
        ],
      };
    } else {
      emptyOptical += 1;
      continue;
    }
    findings.push(...read.findings);
    if (read.value) disks.push(read.value);
  }
  if (emptyOptical > 0) {
    findings.push(finding('info', `${emptyOptical} empty CD/DVD drive(s) are not recreated; add one with Add-VMDvdDrive if the guest needs it.`, [GEN]));
  }
  return { value: disks, findings };
}
