/** What the mapping from an OVF virtual system to Hyper-V answers, and the finding every stage may add. */
import type { CimOsReading, OsFamily } from '../cim-os.ts';

export type Severity = 'info' | 'warning' | 'error';
export interface Finding {
  severity: Severity;
  message: string;
  sources: string[];
}

/** What a mapping stage returns: its value and what it found to say, in the order the reader sees. */
export interface Staged<T> {
  value: T;
  findings: Finding[];
}

export const finding = (severity: Severity, message: string, sources: string[]): Finding => ({ severity, message, sources });

export type DiskFormat = 'vmdk' | 'vhd' | 'vhdx' | 'qcow2' | 'vdi' | 'raw' | 'iso' | 'unknown';
export type ControllerKind = 'ide' | 'scsi' | 'sata' | 'nvme' | 'fc' | 'iscsi' | 'virtio' | 'unknown';
export type Generation = 1 | 2;

export interface InspectController {
  instanceId: string;
  kind: ControllerKind;
  subtype: string;
  name: string;
  /** What carries its disks on Hyper-V. */
  hyperV: 'IDE' | 'SCSI';
}

export interface DiskTarget {
  controllerType: 'IDE' | 'SCSI';
  controllerNumber: number;
  controllerLocation: number;
  drive: 'hard-disk' | 'dvd';
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
  target: DiskTarget;
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

export type SourcePlatform = 'vmware' | 'virtualbox' | 'xen' | 'kvm' | 'hyper-v' | 'unknown';

export interface InspectSystem {
  id: string;
  name: string;
  cpus: number;
  memoryMiB: number;
  firmware: 'bios' | 'efi';
  recommendedGeneration: Generation;
  /** `reading`: how the name was settled where numberings differ above 111 (see cim-os.ts). */
  os: { id: number; name: string; reading: CimOsReading; family: OsFamily; description: string };
  sourcePlatform: SourcePlatform;
  virtualSystemType: string;
  controllers: InspectController[];
  disks: InspectDisk[];
  nics: InspectNic[];
  /** Devices and settings Hyper-V will not carry over. */
  dropped: string[];
  findings: Finding[];
}

/** Source id of Microsoft's page on the two VM generations, which most rules rest on. */
export const GEN = 'ms-hyperv-generation-1-or-2';
