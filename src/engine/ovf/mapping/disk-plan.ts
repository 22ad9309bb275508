/**
 * What Hyper-V does with the disks read from the descriptor: which one boots,
 * which must be converted to VHDX (and why), and where each is attached.
 * Sources: ms-hyperv-generation-1-or-2 (Gen 1 boots from IDE 0:0, Gen 2 from
 * SCSI; Gen 1 boot volume ≤ 2 TB), ms-vpc-vhd-size-limit (VHD ≤ 2040 GiB),
 * ms-vhdx-format-overview (VHDX ≤ 64 TB), ms-convert-vhd (Convert-VHD reads
 * VHD/VHDX only, hence qemu-img).
 */
import { GEN1_BOOT_VHDX_MAX_BYTES, SCSI_CONTROLLERS, SCSI_LOCATIONS, VHD_MAX_BYTES, VHDX_MAX_BYTES } from '../hyperv-limits.ts';
import type { ReadDisk } from './drives.ts';
import { finding, GEN, type DiskTarget, type Finding, type Generation, type InspectDisk, type Staged } from './types.ts';

/** The boot disk's index: the first hard disk in the descriptor's order, as exporters write it; -1 when there is none. */
export function bootDiskIndex(disks: readonly ReadDisk[]): number {
  return disks.findIndex((d) => d.drive === 'hard-disk');
}

/** What the plan does with one disk's file. */
export interface Conversion {
  needsConversion: boolean;
  /** File the plan attaches (a .vhdx after conversion). */
  targetFileName: string;
  /** An .iso named by a hard-disk Item is attached as a DVD. */
  drive: 'hard-disk' | 'dvd';
}

export function planConversion(disk: ReadDisk, generation: Generation): Staged<Conversion> {
  const findings: Finding[] = [];
  const add = (...args: Parameters<typeof finding>): void => {
    findings.push(finding(...args));
  };
  const keep: Conversion = { needsConversion: false, targetFileName: disk.fileName, drive: disk.drive };
  if (disk.drive === 'dvd') return { value: keep, findings };
  const label = disk.fileName || disk.diskId;
  const stem = (disk.fileName || disk.diskId).replace(/(\.gz)?$/i, '').replace(/\.[^.]*$/, '') || disk.diskId;
  if (disk.blank) {
    add('info', `Disk "${disk.diskId}" has no file: create an empty ${disk.capacityGiB} GiB VHDX for it (New-VHD).`, ['dmtf-dsp0243']);
    return { value: { ...keep, targetFileName: `${disk.diskId}.vhdx` }, findings };
  }
  if (disk.compression) {
    add('warning', `${label} is ${disk.compression}-compressed inside the package: decompress it before converting.`, ['dmtf-dsp0243']);
  }
  const toVhdx: Conversion = { needsConversion: true, targetFileName: `${stem}.vhdx`, drive: disk.drive };
  let value = keep;
  switch (disk.format) {
    case 'vmdk':
    case 'qcow2':
    case 'vdi':
    case 'raw':
    case 'unknown':
      value = toVhdx;
      add(
        disk.format === 'unknown' ? 'warning' : 'info',
        disk.format === 'unknown'
          ? `${label}: disk format not recognised (${disk.formatUri.slice(0, 80) || 'no format URI'}); identify it with qemu-img info, then convert it to VHDX.`
          : `${label}: ${disk.format.toUpperCase()} must be converted to VHDX (Hyper-V attaches only VHD/VHDX, and Convert-VHD reads only those, so use qemu-img).`,
        ['ms-convert-vhd', 'qemu-img'],
      );
      break;
    case 'vhd':
      if (disk.capacityBytes > VHD_MAX_BYTES) {
        value = toVhdx;
        add('error', `${label}: declared ${disk.capacityGiB} GiB is above the VHD format's 2040 GiB limit; convert to VHDX.`, [
          'ms-vpc-vhd-size-limit',
          'ms-convert-vhd',
        ]);
      } else if (generation === 2) {
        value = toVhdx;
        add('info', `${label}: Generation 2 boots from VHDX on SCSI; convert the VHD with Convert-VHD.`, [GEN, 'ms-convert-vhd']);
      } else {
        add('info', `${label}: VHD attaches to a Generation 1 VM as is (VHD limit 2040 GiB); converting to VHDX is optional.`, ['ms-vpc-vhd-size-limit']);
      }
      break;
    case 'vhdx':
      break;
    case 'iso':
      value = { ...keep, drive: 'dvd' };
      break;
  }
  if (disk.capacityBytes > VHDX_MAX_BYTES) {
    add('error', `${label}: ${disk.capacityGiB} GiB is above the 64 TB VHDX limit; Hyper-V cannot hold it in one virtual disk.`, ['ms-vhdx-format-overview']);
  }
  return { value, findings };
}

/** A Generation 1 VM boots from at most 2 TB. */
export function bootSizeFindings(boot: ReadDisk | undefined, generation: Generation): Finding[] {
  if (!boot || generation !== 1 || boot.capacityBytes <= GEN1_BOOT_VHDX_MAX_BYTES) return [];
  return [finding('warning', `Boot disk is ${boot.capacityGiB} GiB: a Generation 1 VM boots from at most 2 TB (VHDX) or 2040 GB (VHD).`, [GEN])];
}

/**
 * Slots, by index of `disks`: Gen 1 boot disk on IDE 0:0, the first two
 * optical drives on IDE 1:0 and 1:1, everything else on SCSI in order (boot,
 * other hard disks, optical); Gen 2 all on SCSI. Hyper-V offers 4 SCSI
 * controllers of 64 locations.
 */
export function placeDisks(disks: readonly { boot: boolean; drive: 'hard-disk' | 'dvd' }[], generation: Generation): Staged<DiskTarget[]> {
  const indices = disks.map((_, i) => i);
  // A boot disk that turned out to be an .iso is in the first and the last group; its last slot is the one kept.
  const ordered = [
    ...indices.filter((i) => disks[i]?.boot),
    ...indices.filter((i) => !disks[i]?.boot && disks[i]?.drive === 'hard-disk'),
    ...indices.filter((i) => disks[i]?.drive === 'dvd'),
  ];
  const targets: DiskTarget[] = disks.map((d) => ({ controllerType: 'SCSI', controllerNumber: 0, controllerLocation: 0, drive: d.drive }));
  let scsiSlot = 0;
  let ideOptical = 0;
  for (const i of ordered) {
    const d = disks[i];
    if (!d) continue;
    if (generation === 1 && d.boot) {
      targets[i] = { controllerType: 'IDE', controllerNumber: 0, controllerLocation: 0, drive: d.drive };
    } else if (generation === 1 && d.drive === 'dvd' && ideOptical < 2) {
      targets[i] = { controllerType: 'IDE', controllerNumber: 1, controllerLocation: ideOptical++, drive: d.drive };
    } else {
      const slot = scsiSlot++;
      targets[i] = { controllerType: 'SCSI', controllerNumber: Math.floor(slot / SCSI_LOCATIONS), controllerLocation: slot % SCSI_LOCATIONS, drive: d.drive };
    }
  }
  const findings =
    scsiSlot > SCSI_CONTROLLERS * SCSI_LOCATIONS
      ? [finding('error', `The VM has ${scsiSlot} SCSI devices; Hyper-V allows ${SCSI_CONTROLLERS} controllers of ${SCSI_LOCATIONS}.`, [GEN])]
      : [];
  return { value: targets, findings };
}

/** The disks as the plan attaches them: read, booted, converted and placed. */
export function planDisks(read: readonly ReadDisk[], generation: Generation): Staged<InspectDisk[]> {
  const boot = bootDiskIndex(read);
  const conversions = read.map((d) => planConversion(d, generation));
  const planned = read.map((d, i) => ({
    disk: d,
    boot: i === boot,
    conversion: conversions[i]?.value ?? { needsConversion: false, targetFileName: d.fileName, drive: d.drive },
  }));
  const placement = placeDisks(
    planned.map((p) => ({ boot: p.boot, drive: p.conversion.drive })),
    generation,
  );
  const disks = planned.map(({ disk, boot: isBoot, conversion }, i): InspectDisk => ({
    diskId: disk.diskId,
    fileName: disk.fileName,
    capacityBytes: disk.capacityBytes,
    capacityGiB: disk.capacityGiB,
    format: disk.format,
    formatUri: disk.formatUri,
    controller: disk.controller,
    controllerSubtype: disk.controllerSubtype,
    boot: isBoot,
    needsConversion: conversion.needsConversion,
    target: placement.value[i] ?? { controllerType: 'SCSI', controllerNumber: 0, controllerLocation: 0, drive: conversion.drive },
    targetFileName: conversion.targetFileName,
    compression: disk.compression,
    blank: disk.blank,
  }));
  return {
    value: disks,
    findings: [...conversions.flatMap((c) => c.findings), ...bootSizeFindings(read[boot], generation), ...placement.findings],
  };
}
