/**
 * From a read OVF envelope to what Hyper-V will make of each virtual system:
 * generation, controllers, disks (format, conversion), NICs and findings
 * (what to convert, what moves, what Hyper-V drops). Every rule names its
 * source id:
 *  - ms-hyperv-generation-1-or-2: UEFI → Generation 2, booting only from SCSI
 *    (VHDX/ISO); BIOS → Generation 1, booting from IDE; legacy NIC only for
 *    Gen 1 PXE; Gen 1 boot volume ≤ 2 TB on VHDX; the device lists of both
 *    generations (no USB controller, no sound card, Gen 2 no floppy).
 *  - ms-vpc-vhd-size-limit: VHD ≤ 2,088,960 MB = 2040 GiB.
 *  - ms-vhdx-format-overview: VHDX ≤ 64 TB.
 *  - ms-convert-vhd: Convert-VHD reads VHD/VHDX only.
 *  - dmtf-dsp0243 / dmtf-dsp0004 / dmtf-cim-schema: how the descriptor says it.
 */
import { GiB, MiB } from '../units.ts';
import { GEN1_BOOT_VHDX_MAX_BYTES, SCSI_LOCATIONS, VHD_MAX_BYTES, VHDX_MAX_BYTES } from './hyperv-limits.ts';
import { parseAllocationUnits } from './allocation-units.ts';
import { parseDecimal } from './decimal.ts';
import { cimOsName, osFamily } from './cim-os.ts';
import type { OsFamily } from './cim-os.ts';
import type { DiskDef, FileRef, RawEnvelope, RawItem, RawSystem } from './read-descriptor.ts';
import { selectItems } from './select-items.ts';

export type Severity = 'info' | 'warning' | 'error';
export interface Finding {
  severity: Severity;
  message: string;
  sources: string[];
}

export type DiskFormat = 'vmdk' | 'vhd' | 'vhdx' | 'qcow2' | 'vdi' | 'raw' | 'iso' | 'unknown';
export type ControllerKind = 'ide' | 'scsi' | 'sata' | 'nvme' | 'fc' | 'iscsi' | 'virtio' | 'unknown';

export interface InspectController {
  instanceId: string;
  kind: ControllerKind;
  subtype: string;
  name: string;
  /** What carries its disks on Hyper-V. */
  hyperV: 'IDE' | 'SCSI';
}

export interface InspectDisk {
  diskId: string;
  fileName: string;
  capacityBytes: number;
  capacityGiB: number;
  format: DiskFormat;
  formatUri: string;
  controller: ControllerKind;
  controllerSubtype: string;
  boot: boolean;
  needsConversion: boolean;
  /** Where the plan attaches it. */
  target: { controllerType: 'IDE' | 'SCSI'; controllerNumber: number; controllerLocation: number; drive: 'hard-disk' | 'dvd' };
  /** File the plan attaches (a .vhdx after conversion). */
  targetFileName: string;
  compression: string;
  /** A disk with no file: the appliance expects an empty disk of this size. */
  blank: boolean;
}

export interface InspectNic {
  network: string;
  adapterType: string;
  macAddress: string;
  hyperVAdapter: 'synthetic' | 'legacy';
}

export interface InspectSystem {
  id: string;
  name: string;
  cpus: number;
  memoryMiB: number;
  firmware: 'bios' | 'efi';
  recommendedGeneration: 1 | 2;
  os: { id: number; name: string; family: OsFamily; description: string };
  sourcePlatform: 'vmware' | 'virtualbox' | 'xen' | 'kvm' | 'hyper-v' | 'unknown';
  virtualSystemType: string;
  controllers: InspectController[];
  disks: InspectDisk[];
  nics: InspectNic[];
  /** Devices and settings Hyper-V will not carry over. */
  dropped: string[];
  findings: Finding[];
}

export { GEN1_BOOT_VHDX_MAX_BYTES, SCSI_LOCATIONS, VHD_MAX_BYTES, VHDX_MAX_BYTES };

const GEN = 'ms-hyperv-generation-1-or-2';

/**
 * CIM ResourceTypes this mapping reads or reports by name: 3 processor, 4
 * memory, 5/6/7/8 controllers, 10 Ethernet, 14 floppy, 15/16 CD/DVD,
 * 17/19/31 disks, 21 serial, 22 parallel, 23 USB, 24 graphics, 35 sound
 * (source: dmtf-cim-schema). 1 ("other") and 20 ("other storage") count
 * only as controllers or the VMCI device.
 */
const MAPPED_RESOURCE_TYPES = new Set([3, 4, 5, 6, 7, 8, 10, 14, 15, 16, 17, 19, 21, 22, 23, 24, 31, 35]);

function first(item: RawItem, prop: string): string {
  return (item.props[prop]?.[0] ?? '').trim();
}

function resourceType(item: RawItem): number {
  const text = first(item, 'ResourceType');
  // Number('') is 0: an Item without a readable ResourceType must not pass for "Other" (0).
  return /^\d{1,5}$/.test(text) ? Number(text) : -1;
}

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

/**
 * The controller kind comes from ResourceType (CIM: 5 IDE, 6 parallel SCSI
 * HBA, 7 FC, 8 iSCSI, 20 other storage device); the subtype only refines 20
 * and 1 ("other"). "virtio lsilogic" on ResourceType 6 is a SCSI controller.
 * A ResourceType 20/1 Item whose subtype names no controller counts only
 * when a drive is attached to it (oVirt writes its video device as 20).
 */
function controllerKind(item: RawItem, isParent: boolean): ControllerKind | undefined {
  const rt = resourceType(item);
  const sub = first(item, 'ResourceSubType').toLowerCase();
  if (rt === 5) return 'ide';
  if (rt === 6) return 'scsi';
  if (rt === 7) return 'fc';
  if (rt === 8) return 'iscsi';
  if (rt === 20 || rt === 1) {
    if (/ahci|sata/.test(sub)) return 'sata';
    if (/nvme/.test(sub)) return 'nvme';
    if (/virtio/.test(sub)) return 'virtio';
    if (/scsi|lsi|buslogic|pvscsi/.test(sub)) return 'scsi';
    return isParent ? 'unknown' : undefined;
  }
  return undefined;
}

/**
 * `ovf:/disk/x`, `ovf://disk/x`, `/disk/x` (0.9), `ovf:/file/x`; and oVirt's
 * `<image>/<volume>`, which is a Disk's fileRef (its diskId is the volume):
 * `dialect` says when that non-standard form was used.
 */
export function hostResource(text: string, disks: readonly DiskDef[]): { kind: 'disk' | 'file'; id: string; dialect?: boolean } | undefined {
  const m = /^(?:ovf:)?\/+(disk|file)\/(.+)$/i.exec(text.trim());
  if (m) return { kind: (m[1] ?? '').toLowerCase() as 'disk' | 'file', id: m[2] ?? '' };
  const bare = text.trim();
  if (!bare) return undefined;
  const byRef = disks.find((d) => d.fileRef === bare) ?? disks.find((d) => d.diskId === bare.split('/').pop());
  return byRef ? { kind: 'disk', id: byRef.diskId, dialect: true } : undefined;
}

/** Size of a blank disk given only by its Item: VirtualQuantity × VirtualQuantityUnits or AllocationUnits (bytes when neither). */
function itemCapacity(item: RawItem): { bytes: number; note?: string } {
  const qty = first(item, 'VirtualQuantity');
  const unitsText = first(item, 'VirtualQuantityUnits') || first(item, 'AllocationUnits');
  const unit = unitsText ? parseAllocationUnits(unitsText) : { base: 'byte' as const, factor: 1 };
  if (!/^\d{1,20}$/.test(qty) || !unit || unit.base !== 'byte') {
    return { bytes: 0, note: `its size ${JSON.stringify(qty.slice(0, 20))} ${JSON.stringify(unitsText.slice(0, 30))} cannot be read as bytes` };
  }
  const bytes = Number(qty) * unit.factor;
  return Number.isSafeInteger(bytes) ? { bytes, note: unitsText ? undefined : 'its VirtualQuantity has no units; read as bytes' } : { bytes: 0, note: 'its size is too large to represent' };
}

const fileSafe = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'disk';

function basename(href: string): string {
  const clean = href.replace(/[?#].*$/, '');
  return clean.split(/[\\/]/).pop() ?? clean;
}

function platformOf(sys: RawSystem): InspectSystem['sourcePlatform'] {
  const types = sys.virtualSystemTypes.join(' ').toLowerCase();
  if (/vmx-|vmware/.test(types) || sys.vendorConfig.length > 0 || sys.vmwOsType) return 'vmware';
  if (/virtualbox/.test(types) || sys.hasVboxMachine) return 'virtualbox';
  if (/xen|hvm-/.test(types)) return 'xen';
  if (/kvm|qemu/.test(types)) return 'kvm';
  if (/hyper-?v|microsoft/.test(types)) return 'hyper-v';
  return 'unknown';
}

function firmwareOf(sys: RawSystem): 'bios' | 'efi' {
  for (const c of sys.vendorConfig) {
    const k = c.key.toLowerCase();
    if (k === 'firmware' || k === 'uefi.enabled' || k === 'efi') {
      if (/efi/i.test(c.value) || c.value.toLowerCase() === 'true') return 'efi';
    }
  }
  if (sys.vboxFirmware && /efi/i.test(sys.vboxFirmware)) return 'efi';
  // Xen writes HVM boot parameters such as firmware=uefi into its own elements or items.
  if (/firmware\s*[=:]\s*"?u?efi/i.test(sys.vendorHardwareText)) return 'efi';
  for (const it of sys.items) {
    const text = Object.values(it.props).flat().join(' ').toLowerCase();
    if (/firmware\s*=\s*uefi|\buefi\b/.test(text) && resourceType(it) !== 10) return 'efi';
  }
  return 'bios';
}

function resolveCapacity(disk: DiskDef, properties: Record<string, string>): { bytes: number; note?: string } {
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

const psNameOk = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();

export function mapSystem(sys: RawSystem, env: RawEnvelope, option: string | undefined): InspectSystem {
  const findings: Finding[] = [];
  const dropped: string[] = [];
  const add = (severity: Severity, message: string, sources: string[]): void => {
    findings.push({ severity, message, sources });
  };
  const selected = selectItems(sys.items, option);
  const items = selected.items;
  if (selected.conflictingIds.length > 0) {
    add('warning', `InstanceID ${selected.conflictingIds.slice(0, 3).map((id) => JSON.stringify(id.slice(0, 40))).join(', ')} is used by Items of different ResourceTypes; DSP0243 requires Items sharing an InstanceID to agree, so they are read as separate devices.`, ['dmtf-dsp0243']);
  }
  const platform = platformOf(sys);
  const firmware = firmwareOf(sys);
  const generation: 1 | 2 = firmware === 'efi' ? 2 : 1;
  const osId = sys.osId ?? 0;
  const family = osFamily(sys.osId, `${sys.vmwOsType} ${sys.osDescription}`);

  // CPU and memory.
  let cpus = 1;
  const cpuItem = items.find((it) => resourceType(it) === 3);
  // oVirt writes sockets × cores instead of VirtualQuantity. Decimal numerals only (xs:unsignedLong): 0x10 is not 16.
  const cpuCount = !cpuItem
    ? NaN
    : first(cpuItem, 'VirtualQuantity')
      ? parseDecimal(first(cpuItem, 'VirtualQuantity'))
      : parseDecimal(first(cpuItem, 'num_of_sockets')) * parseDecimal(first(cpuItem, 'cpu_per_socket'));
  if (Number.isInteger(cpuCount) && cpuCount >= 1 && cpuCount <= 1024) cpus = cpuCount;
  else add('warning', 'No readable processor Item (ResourceType 3): assuming 1 virtual processor.', ['dmtf-cim-schema']);

  let memoryMiB = 0;
  const memItem = items.find((it) => resourceType(it) === 4);
  if (memItem) {
    const qty = parseDecimal(first(memItem, 'VirtualQuantity'));
    const unitsText = first(memItem, 'AllocationUnits');
    const unit = unitsText ? parseAllocationUnits(unitsText) : { base: 'byte' as const, factor: MiB };
    if (!unitsText) add('warning', 'The memory Item has no AllocationUnits; reading its quantity as MiB, as most exporters mean.', ['dmtf-dsp0243']);
    if (unit && unit.base === 'byte' && Number.isFinite(qty) && qty > 0) {
      memoryMiB = (qty * unit.factor) / MiB;
    } else {
      add('error', `Memory units ${JSON.stringify(unitsText.slice(0, 30))} or quantity ${JSON.stringify(first(memItem, 'VirtualQuantity').slice(0, 20))} cannot be read as a byte amount.`, ['dmtf-dsp0004']);
    }
  } else {
    add('warning', 'No memory Item (ResourceType 4): set the VM memory by hand.', ['dmtf-cim-schema']);
  }
  if (!Number.isFinite(memoryMiB) || memoryMiB > 2 ** 24) {
    // Said, not silently replaced: 2^24 MiB = 16 TiB, beyond any VM.
    add('error', 'The memory Item asks for more than 16 TiB (2^24 MiB); it cannot be right: set the VM memory by hand.', ['dmtf-dsp0004']);
    memoryMiB = 0;
  }

  // Controllers.
  const controllers: InspectController[] = [];
  const parentIds = new Set(items.filter((it) => first(it, 'Parent')).map((it) => first(it, 'Parent')));
  for (const it of items) {
    const kind = controllerKind(it, parentIds.has(first(it, 'InstanceID')));
    if (!kind) continue;
    controllers.push({
      instanceId: first(it, 'InstanceID'),
      kind,
      subtype: first(it, 'ResourceSubType'),
      name: first(it, 'ElementName'),
      hyperV: kind === 'ide' && generation === 1 ? 'IDE' : 'SCSI',
    });
  }
  const controllerById = new Map(controllers.map((c) => [c.instanceId, c]));
  const nonIde = controllers.filter((c) => c.kind !== 'ide');
  if (nonIde.length > 0) {
    const kinds = [...new Set(nonIde.map((c) => (c.subtype ? `${c.kind} (${c.subtype})` : c.kind)))].join(', ');
    add('info', `Controllers ${kinds} become Hyper-V's synthetic SCSI controller; the guest needs the Hyper-V storage driver (storvsc) instead of the vendor one.`, [GEN, 'ms-linux-freebsd-vms-on-hyperv']);
  }
  if (generation === 2 && controllers.some((c) => c.kind === 'ide')) {
    add('info', 'Generation 2 has no IDE controller: disks on IDE move to SCSI.', [GEN]);
  }

  // Disks.
  const filesById = new Map<string, FileRef>(env.files.map((f) => [f.id, f]));
  const disksById = new Map<string, DiskDef>(env.disks.map((d) => [d.diskId, d]));
  const disks: InspectDisk[] = [];
  /** "Parent:AddressOnParent" → the drive already there. */
  const slots = new Map<string, string>();
  let emptyOptical = 0;
  for (const it of items) {
    const rt = resourceType(it);
    const isHardDisk = rt === 17 || rt === 31 || rt === 19;
    const isOptical = rt === 15 || rt === 16;
    if (!isHardDisk && !isOptical) continue;
    const label = first(it, 'ElementName') || first(it, 'InstanceID');
    const parent = controllerById.get(first(it, 'Parent'));
    const controller: ControllerKind = parent?.kind ?? 'unknown';
    const address = first(it, 'AddressOnParent');
    if (first(it, 'Parent') && address) {
      const slot = `${first(it, 'Parent')}:${address}`;
      const holder = slots.get(slot);
      if (holder !== undefined) {
        add('warning', `Drive "${label}" is attached to controller ${first(it, 'Parent')} slot ${address}, which "${holder}" already holds: one slot holds one drive, so only the first is kept.`, ['dmtf-dsp0243']);
        continue;
      }
      slots.set(slot, label);
    }
    const hostText = first(it, 'HostResource');
    const res = hostResource(hostText, env.disks);
    if (res?.dialect) add('warning', `Drive "${label}" names its disk ${JSON.stringify(hostText.slice(0, 60))} instead of ovf:/disk/<id> (oVirt's form); read as disk "${res.id}".`, ['dmtf-dsp0243']);
    if (!res) {
      if (isHardDisk && !hostText && first(it, 'VirtualQuantity')) {
        // A new, empty disk defined only by its Item (DSP0243: no HostResource means nothing to copy).
        const size = itemCapacity(it);
        if (size.note) add('warning', `Blank disk "${label}": ${size.note}.`, ['dmtf-dsp0243', 'dmtf-dsp0004']);
        const diskId = fileSafe(`${label}-${first(it, 'InstanceID')}`);
        disks.push({
          diskId,
          fileName: '',
          capacityBytes: size.bytes,
          capacityGiB: Math.round((size.bytes / GiB) * 1000) / 1000,
          format: 'vhdx',
          formatUri: '',
          controller,
          controllerSubtype: parent?.subtype ?? '',
          boot: false,
          needsConversion: false,
          target: { controllerType: 'SCSI', controllerNumber: 0, controllerLocation: 0, drive: 'hard-disk' },
          targetFileName: `${diskId}.vhdx`,
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
    const fileName = basename(href);
    const format = isOptical ? 'iso' : formatFromUri(def?.format ?? '', href);
    const capacity = def ? resolveCapacity(def, env.properties) : { bytes: file?.sizeBytes ?? 0 };
    if (capacity.note) add('warning', `Disk "${def?.diskId ?? res.id}": ${capacity.note}.`, ['dmtf-dsp0243', 'dmtf-dsp0004']);
    disks.push({
      diskId: def?.diskId ?? res.id,
      fileName,
      capacityBytes: capacity.bytes,
      capacityGiB: Math.round((capacity.bytes / GiB) * 1000) / 1000,
      format,
      formatUri: def?.format ?? '',
      controller,
      controllerSubtype: parent?.subtype ?? '',
      boot: false,
      needsConversion: false,
      target: { controllerType: 'SCSI', controllerNumber: 0, controllerLocation: 0, drive: isOptical ? 'dvd' : 'hard-disk' },
      targetFileName: fileName,
      compression: file?.compression ?? '',
      // A Disk with no ovf:fileRef is a new, empty disk (DSP0243); one whose file is missing is an error, not a blank disk.
      blank: !def?.fileRef && res.kind === 'disk',
    });
  }

  if (emptyOptical > 0) {
    add('info', `${emptyOptical} empty CD/DVD drive(s) are not recreated; add one with Add-VMDvdDrive if the guest needs it.`, [GEN]);
  }

  // Boot disk: the first hard disk in the descriptor's order, as exporters write it.
  const hardDisks = disks.filter((d) => d.target.drive === 'hard-disk');
  const bootDisk = hardDisks[0];
  if (bootDisk) bootDisk.boot = true;

  for (const d of disks) {
    const label = d.fileName || d.diskId;
    if (d.target.drive === 'dvd') continue;
    const stem = (d.fileName || d.diskId).replace(/(\.gz)?$/i, '').replace(/\.[^.]*$/, '') || d.diskId;
    if (d.blank) {
      d.targetFileName = `${d.diskId}.vhdx`;
      add('info', `Disk "${d.diskId}" has no file: create an empty ${d.capacityGiB} GiB VHDX for it (New-VHD).`, ['dmtf-dsp0243']);
      continue;
    }
    if (d.compression) {
      add('warning', `${label} is ${d.compression}-compressed inside the package: decompress it before converting.`, ['dmtf-dsp0243']);
    }
    switch (d.format) {
      case 'vmdk':
      case 'qcow2':
      case 'vdi':
      case 'raw':
      case 'unknown':
        d.needsConversion = true;
        d.targetFileName = `${stem}.vhdx`;
        add(
          d.format === 'unknown' ? 'warning' : 'info',
          d.format === 'unknown'
            ? `${label}: disk format not recognised (${d.formatUri.slice(0, 80) || 'no format URI'}); identify it with qemu-img info, then convert it to VHDX.`
            : `${label}: ${d.format.toUpperCase()} must be converted to VHDX (Hyper-V attaches only VHD/VHDX, and Convert-VHD reads only those, so use qemu-img).`,
          ['ms-convert-vhd', 'qemu-img'],
        );
        break;
      case 'vhd':
        if (d.capacityBytes > VHD_MAX_BYTES) {
          d.needsConversion = true;
          d.targetFileName = `${stem}.vhdx`;
          add('error', `${label}: declared ${d.capacityGiB} GiB is above the VHD format's 2040 GiB limit; convert to VHDX.`, ['ms-vpc-vhd-size-limit', 'ms-convert-vhd']);
        } else if (generation === 2) {
          d.needsConversion = true;
          d.targetFileName = `${stem}.vhdx`;
          add('info', `${label}: Generation 2 boots from VHDX on SCSI; convert the VHD with Convert-VHD.`, [GEN, 'ms-convert-vhd']);
        } else {
          add('info', `${label}: VHD attaches to a Generation 1 VM as is (VHD limit 2040 GiB); converting to VHDX is optional.`, ['ms-vpc-vhd-size-limit']);
        }
        break;
      case 'vhdx':
        break;
      case 'iso':
        d.target.drive = 'dvd';
        break;
    }
    if (d.capacityBytes > VHDX_MAX_BYTES) {
      add('error', `${label}: ${d.capacityGiB} GiB is above the 64 TB VHDX limit; Hyper-V cannot hold it in one virtual disk.`, ['ms-vhdx-format-overview']);
    }
  }
  if (bootDisk && generation === 1 && bootDisk.capacityBytes > GEN1_BOOT_VHDX_MAX_BYTES) {
    add('warning', `Boot disk is ${bootDisk.capacityGiB} GiB: a Generation 1 VM boots from at most 2 TB (VHDX) or 2040 GB (VHD).`, [GEN]);
  }

  // Placement: Gen 1 boot disk on IDE 0:0, optical on IDE 1:0, everything else on SCSI; Gen 2 all on SCSI.
  let scsiSlot = 0;
  const nextScsi = (): { controllerNumber: number; controllerLocation: number } => {
    const slot = scsiSlot++;
    return { controllerNumber: Math.floor(slot / SCSI_LOCATIONS), controllerLocation: slot % SCSI_LOCATIONS };
  };
  let ideOptical = 0;
  const ordered = [...disks.filter((d) => d.boot), ...disks.filter((d) => !d.boot && d.target.drive === 'hard-disk'), ...disks.filter((d) => d.target.drive === 'dvd')];
  for (const d of ordered) {
    if (generation === 1 && d.boot) {
      d.target = { ...d.target, controllerType: 'IDE', controllerNumber: 0, controllerLocation: 0 };
    } else if (generation === 1 && d.target.drive === 'dvd' && ideOptical < 2) {
      d.target = { ...d.target, controllerType: 'IDE', controllerNumber: 1, controllerLocation: ideOptical++ };
    } else {
      d.target = { ...d.target, controllerType: 'SCSI', ...nextScsi() };
    }
  }
  if (scsiSlot > 4 * SCSI_LOCATIONS) add('error', `The VM has ${scsiSlot} SCSI devices; Hyper-V allows 4 controllers of 64.`, [GEN]);
  if (generation === 2) {
    add('info', 'UEFI firmware: create a Generation 2 VM and boot from the first SCSI disk.', [GEN]);
    if (family === 'linux' || family === 'bsd') {
      add('info', 'Linux/BSD on Generation 2 with Secure Boot needs the Microsoft UEFI Certificate Authority template (or Secure Boot off).', [GEN]);
    }
  } else {
    add('info', 'BIOS firmware: create a Generation 1 VM with the boot disk on IDE 0:0 (the generation cannot be changed later; Gen 2 would need the guest converted to UEFI boot first).', [GEN]);
  }

  // NICs.
  const nics: InspectNic[] = [];
  for (const it of items) {
    if (resourceType(it) !== 10) continue;
    // Only rasd:Connection names a network (DSP0243); an adapter's label is not one.
    const network = first(it, 'Connection');
    nics.push({
      network,
      adapterType: first(it, 'ResourceSubType') || 'unspecified',
      macAddress: first(it, 'Address'),
      hyperVAdapter: 'synthetic',
    });
  }
  if (nics.length === 0) {
    add('info', 'No network adapter was read (no readable Item with ResourceType 10): the VM is created without one; add it with Add-VMNetworkAdapter.', [GEN]);
  }
  const unnamed = nics.filter((n) => !n.network).length;
  if (unnamed > 0) {
    add('warning', `${unnamed} network adapter(s) name no network (empty rasd:Connection): the plan leaves the placeholder '<virtual switch>' for you to replace with a switch name.`, ['dmtf-dsp0243']);
  }
  if (nics.length > 0) {
    const types = [...new Set(nics.map((n) => n.adapterType))].join(', ');
    add('info', `Network adapters (${types}) become Hyper-V synthetic adapters; add a legacy adapter only to PXE-boot a Generation 1 VM.`, [GEN]);
    if (nics.some((n) => n.macAddress)) {
      add('info', 'The descriptor fixes MAC addresses; Hyper-V assigns new ones unless you set them static (Set-VMNetworkAdapter -StaticMacAddress). Guests that bind configuration or licences to a MAC will notice.', ['ms-set-vmnetworkadapter']);
    }
    const unknownNets = nics.filter((n) => env.networks.length > 0 && n.network && !env.networks.includes(n.network));
    if (unknownNets.length > 0) add('warning', `NIC network(s) ${unknownNets.map((n) => n.network).join(', ')} are not listed in the NetworkSection.`, ['dmtf-dsp0243']);
  }

  // Devices Hyper-V does not offer.
  for (const it of items) {
    const rt = resourceType(it);
    const sub = first(it, 'ResourceSubType').toLowerCase();
    const name = first(it, 'ElementName') || sub || `ResourceType ${rt}`;
    if (rt === 23) dropped.push(`USB controller (${name})`);
    else if (rt === 35 || /sound|audio|hdaudio|ensoniq|sb16|ac97/.test(sub)) dropped.push(`sound card (${name})`);
    else if (/vmci/.test(sub)) dropped.push(`VMCI device (${name})`);
    else if (rt === 24) dropped.push(`video card settings (${name}); Hyper-V supplies its own display adapter`);
    else if (rt === 22) dropped.push(`parallel port (${name})`);
    else if (rt === 14 && generation === 2) dropped.push(`floppy drive (${name}); Generation 2 has none`);
    else if (rt === 21 && generation === 2) dropped.push(`serial port (${name}); add a COM port with Set-VMComPort if needed`);
  }
  // Everything else is reported, never dropped silently: an Item with a garbled namespace has no readable ResourceType.
  const controllerIds = new Set(controllers.map((c) => c.instanceId));
  const unmapped = items.filter((it) => {
    const rt = resourceType(it);
    if (MAPPED_RESOURCE_TYPES.has(rt)) return false;
    if ((rt === 1 || rt === 20) && (controllerIds.has(first(it, 'InstanceID')) || /vmci/.test(first(it, 'ResourceSubType').toLowerCase()))) return false;
    return true;
  });
  if (unmapped.length > 0) {
    const describe = (it: RawItem): string => {
      const name = first(it, 'ElementName') || first(it, 'InstanceID') || 'unnamed';
      const rt = resourceType(it);
      if (rt >= 0) return `"${name}" (ResourceType ${rt})`;
      const where = it.unreadNamespaces.length > 0 ? `; its properties are in namespace ${it.unreadNamespaces.slice(0, 2).join(', ')}, not the CIM RASD namespace` : '';
      return `an Item with no readable ResourceType${where}`;
    };
    add('warning', `Items not mapped to Hyper-V (check whether the VM needs them): ${unmapped.slice(0, 6).map(describe).join('; ')}${unmapped.length > 6 ? '; …' : ''}.`, ['dmtf-dsp0243', 'dmtf-cim-schema']);
  }
  const extra = sys.vendorConfig.filter((c) => c.key.toLowerCase() !== 'firmware');
  if (extra.length > 0) {
    const keys = extra.slice(0, 5).map((c) => c.key).join(', ');
    dropped.push(`${extra.length} VMware vmw:Config/ExtraConfig setting(s) (${keys}${extra.length > 5 ? ', …' : ''})`);
  }
  if (sys.hasVboxMachine) dropped.push('the VirtualBox machine settings block (vbox:Machine)');
  if (dropped.length > 0) {
    add('warning', `Hyper-V will drop: ${dropped.join('; ')}.`, [GEN]);
  }
  if (sys.productProperties > 0) {
    add('warning', `The appliance defines ${sys.productProperties} OVF properties (ProductSection) that VMware hands to the guest at first boot; Hyper-V has no OVF environment, so set them inside the guest or the appliance may start unconfigured.`, ['dmtf-dsp0243']);
  }
  if (sys.eula) add('info', 'The package carries a licence agreement (EulaSection): read it before deploying.', ['dmtf-dsp0243']);
  if (sys.hardwareSections > 1) add('info', `The system has ${sys.hardwareSections} VirtualHardwareSections; the first was read.`, ['dmtf-dsp0243']);
  const otherSections = [...new Set(sys.otherSections)];
  if (otherSections.length > 0) add('info', `Sections not used by Hyper-V: ${otherSections.slice(0, 6).join(', ')}.`, ['dmtf-dsp0243']);

  // Guest tools.
  const tools: Record<string, string> = {
    vmware: 'uninstall VMware Tools before export (they will not uninstall cleanly once the VMware devices are gone)',
    virtualbox: 'uninstall the VirtualBox Guest Additions',
    xen: 'remove the XenServer VM Tools / PV drivers',
    kvm: 'the virtio drivers can stay but Hyper-V will not use them',
  };
  const toolsStep = tools[platform];
  const integration =
    family === 'windows'
      ? 'in Windows the Hyper-V integration components come with the OS; check them with Get-VMIntegrationService after first boot'
      : family === 'linux' || family === 'bsd'
        ? 'Linux and FreeBSD carry the Hyper-V drivers (LIS/BIS: hv_vmbus, hv_storvsc, hv_netvsc) in current kernels; make sure the initramfs includes hv_storvsc before the move or the root disk will not be found'
        : 'check that the guest has Hyper-V drivers (integration services)';
  add('info', `Guest tools: ${toolsStep ? `${toolsStep}; ` : ''}${integration}.`, ['ms-get-vmintegrationservice', 'ms-linux-freebsd-vms-on-hyperv']);

  return {
    id: sys.id,
    name: psNameOk(sys.name) || sys.id || 'imported-vm',
    cpus,
    memoryMiB: Math.round(memoryMiB * 1000) / 1000,
    firmware,
    recommendedGeneration: generation,
    os: { id: osId, name: cimOsName(osId), family, description: sys.osDescription || sys.vmwOsType },
    sourcePlatform: platform,
    virtualSystemType: sys.virtualSystemTypes.join(' '),
    controllers,
    disks,
    nics,
    dropped,
    findings,
  };
}
