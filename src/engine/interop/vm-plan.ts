/**
 * One VMware VM as Hyper-V needs it: its generation, where each disk goes,
 * what replaces each NIC, whether Microsoft lists its guest OS, and what must
 * be dealt with before (or instead of) copying it. Each finding names the
 * RVTools tab and column it comes from and the sources of the Hyper-V rule.
 *  - Firmware: EFI → Generation 2, BIOS → Generation 1; the generation cannot
 *    be changed after the VM is created; Generation 1 boots from IDE and from
 *    a VHDX of at most 2 TB, Generation 2 from SCSI (ms-hyperv-generation-1-or-2).
 *    USB is an inference: neither generation's device list on that page has a
 *    USB controller, and the page does not say so in words.
 *  - VHDX at most 64 TB (ms-vhdx-format-overview); 4 SCSI controllers of 64
 *    locations each (ms-hyperv-scalability-2016-2019).
 *  - Per-VM processor and memory maximums of the target (target-limits.ts).
 */
import { GEN1_BOOT_VHDX_MAX_BYTES, SCSI_CONTROLLERS, SCSI_LOCATIONS, VHDX_MAX_BYTES } from '../ovf/hyperv-limits.ts';
import { MiB } from '../units.ts';
import { guestOs, type GuestOs } from './guest-os.ts';
import type { InventoryDisk, InventoryVm } from './rvtools-inventory.ts';
import { TARGET_LIMITS, TARGET_LIMIT_SOURCES, type TargetVersion } from './target-limits.ts';

export type BlockerKind =
  | 'rdm'
  | 'shared-disk'
  | 'independent-disk'
  | 'fault-tolerance'
  | 'usb'
  | 'snapshots'
  | 'vcpu-limit'
  | 'memory-limit'
  | 'disk-size'
  | 'vmware-tools'
  | 'guest-os';

export interface Blocker {
  vm: string;
  kind: BlockerKind;
  reason: string;
  /** False for work that only has to be done first (consolidate snapshots, remove VMware Tools). */
  blocksCopy: boolean;
  /** Where in the export the finding comes from ("vDisk: Raw"). */
  evidence: string;
  sources: string[];
}

export interface PlannedDisk {
  label: string;
  capacityMiB: number;
  /** The VHDX's virtual size: the disk's capacity, in whole MiB. */
  vhdxSizeMiB: number;
  thin: boolean | null;
  sourceController: string;
  /** "IDE 0:0" or "SCSI 0:1" (controller:location). */
  hyperVSlot: string;
  copied: boolean;
}

export interface PlannedNic {
  label: string;
  adapter: string;
  network: string;
  replacement: string;
  staticMac: boolean;
}

export interface PlannedVm {
  name: string;
  vCenter: string;
  cluster: string;
  powerState: string;
  cpus: number;
  memoryMiB: number;
  firmware: 'efi' | 'bios' | null;
  generation: 1 | 2 | null;
  generationNote: string;
  diskCapacityMiB: number | null;
  inUseMiB: number | null;
  disks: PlannedDisk[] | null;
  nics: PlannedNic[] | null;
  snapshots: number | null;
  guestOs: GuestOs;
  blockers: Blocker[];
}

const GEN_SOURCES = ['ms-hyperv-generation-1-or-2'];

function generationOf(vm: InventoryVm): { generation: 1 | 2 | null; note: string } {
  if (vm.firmware === 'efi') return { generation: 2, note: `EFI firmware${vm.secureBoot ? ' with Secure Boot' : ''}: Generation 2.` };
  if (vm.firmware === 'bios') {
    return {
      generation: 1,
      note: 'BIOS firmware: Generation 1, which boots from IDE. Generation 2 would need the guest converted to UEFI boot first; a VM’s generation cannot be changed after it is created.',
    };
  }
  return { generation: null, note: 'The export has no Firmware for this VM (RVTools 3.x or a partial export): check its boot firmware in vSphere.' };
}

/** Disks in source order (bus, then unit), each given a Hyper-V slot: the Generation 1 boot disk on IDE 0:0, the rest on SCSI. */
function planDisks(vm: InventoryVm, generation: 1 | 2 | null, blockers: Blocker[]): PlannedDisk[] | null {
  if (vm.disks === null) return null;
  const ordered = [...vm.disks].sort((a, b) => (a.busNumber ?? 0) - (b.busNumber ?? 0) || (a.unitNumber ?? 0) - (b.unitNumber ?? 0));
  const used = new Array<number>(SCSI_CONTROLLERS).fill(0);
  return ordered.map((disk, i) => {
    const copied = !disk.raw;
    let hyperVSlot: string;
    if (generation === 1 && i === 0) hyperVSlot = 'IDE 0:0';
    else {
      const wanted = Math.min(Math.max(disk.busNumber ?? 0, 0), SCSI_CONTROLLERS - 1);
      const controller = [wanted, ...used.keys()].find((c) => used[c]! < SCSI_LOCATIONS);
      if (controller === undefined) hyperVSlot = `none (over ${SCSI_CONTROLLERS * SCSI_LOCATIONS} SCSI disks)`;
      else {
        hyperVSlot = `SCSI ${controller}:${used[controller]}`;
        used[controller]! += 1;
      }
    }
    diskBlockers(vm.name, disk, generation === 1 && i === 0, blockers);
    return {
      label: disk.label,
      capacityMiB: disk.capacityMiB,
      vhdxSizeMiB: Math.ceil(disk.capacityMiB),
      thin: disk.thin,
      sourceController: disk.controller,
      hyperVSlot,
      copied,
    };
  });
}

function diskBlockers(vm: string, disk: InventoryDisk, gen1Boot: boolean, blockers: Blocker[]): void {
  const name = disk.label || 'a disk';
  if (disk.raw) {
    blockers.push({
      vm,
      kind: 'rdm',
      reason: `${name} is a raw device mapping${disk.rawMode ? ` (${disk.rawMode})` : ''}: the LUN is not a virtual disk file and cannot be copied as a VHDX; present the LUN to Hyper-V (pass-through or in the guest) or copy its data.`,
      blocksCopy: true,
      evidence: 'vDisk: Raw, Raw Comp. Mode',
      sources: [],
    });
  }
  if (/multiwriter/i.test(disk.sharingMode) || /virtualsharing|physicalsharing/i.test(disk.sharedBus)) {
    blockers.push({
      vm,
      kind: 'shared-disk',
      reason: `${name} is shared with other VMs (${[disk.sharingMode, disk.sharedBus].filter((s) => s && !/^(sharingNone|noSharing)$/i.test(s)).join(', ')}): a guest cluster's disk, rebuilt as shared storage on Hyper-V, not copied as one VM's disk.`,
      blocksCopy: true,
      evidence: 'vDisk: Sharing mode, Shared Bus',
      sources: [],
    });
  }
  if (/^independent/i.test(disk.diskMode)) {
    blockers.push({
      vm,
      kind: 'independent-disk',
      reason: `${name} is ${disk.diskMode}: snapshots do not affect it, so snapshot-based copy tools do not capture its changes; copy it with the VM powered off.`,
      blocksCopy: false,
      evidence: 'vDisk: Disk Mode',
      sources: ['vmware-api-virtual-disk-mode'],
    });
  }
  const bytes = disk.capacityMiB * MiB;
  if (bytes > VHDX_MAX_BYTES) {
    blockers.push({
      vm,
      kind: 'disk-size',
      reason: `${name} is larger than a VHDX can be (64 TB).`,
      blocksCopy: true,
      evidence: 'vDisk: Capacity MiB',
      sources: ['ms-vhdx-format-overview'],
    });
  } else if (gen1Boot && bytes > GEN1_BOOT_VHDX_MAX_BYTES) {
    blockers.push({
      vm,
      kind: 'disk-size',
      reason: `${name} is the boot disk of a Generation 1 VM and larger than the 2 TB Generation 1 boots from.`,
      blocksCopy: true,
      evidence: 'vDisk: Capacity MiB; vInfo: Firmware',
      sources: GEN_SOURCES,
    });
  }
}

const NIC_REPLACEMENT = 'Hyper-V network adapter (synthetic)';

function planNics(vm: InventoryVm, generation: 1 | 2 | null): PlannedNic[] | null {
  if (vm.nics === null) return null;
  return vm.nics.map((nic) => ({
    label: nic.label,
    adapter: nic.adapter,
    network: nic.network,
    replacement:
      generation === 1 && /e1000|pcnet|flexible/i.test(nic.adapter) ? `${NIC_REPLACEMENT}; a legacy network adapter only if it must PXE-boot` : NIC_REPLACEMENT,
    staticMac: /^manual$/i.test(nic.macType),
  }));
}

function vmBlockers(vm: InventoryVm, generation: 1 | 2 | null, target: TargetVersion, guest: GuestOs): Blocker[] {
  const found: Blocker[] = [];
  const name = vm.name;
  if (vm.ftState && !/^notconfigured$/i.test(vm.ftState)) {
    found.push({
      vm: name,
      kind: 'fault-tolerance',
      reason: `vSphere Fault Tolerance is ${vm.ftState}: the FT secondary VM is vSphere's and does not move; turn FT off before the copy and plan the VM's availability on Hyper-V anew.`,
      blocksCopy: true,
      evidence: 'vInfo: FT State',
      sources: ['vmware-vsphere-8-ft-limits'],
    });
  }
  if (vm.usbDevices && vm.usbDevices.length > 0) {
    found.push({
      vm: name,
      kind: 'usb',
      reason: `${vm.usbDevices.length} USB device(s) (${vm.usbDevices.slice(0, 3).join(', ')}): neither Hyper-V generation's device list has a USB controller (an inference from Microsoft's generation comparison); use a USB-over-network device or move the dongle's function.`,
      blocksCopy: true,
      evidence: 'vUSB',
      sources: GEN_SOURCES,
    });
  }
  if ((vm.snapshots && vm.snapshots.length > 0) || vm.consolidationNeeded) {
    const count = vm.snapshots?.length ?? 0;
    const mib = (vm.snapshots ?? []).reduce((sum, s) => sum + (s.sizeMiB ?? 0), 0);
    found.push({
      vm: name,
      kind: 'snapshots',
      reason:
        count > 0
          ? `${count} snapshot(s) (${Math.round(mib).toLocaleString('en')} MiB of deltas): delete or consolidate them before the copy, so the VHDX is made from one current disk.`
          : 'vCenter reports that its disks need consolidation: consolidate before the copy.',
      blocksCopy: false,
      evidence: count > 0 ? 'vSnapshot' : 'vInfo: Consolidation Needed',
      sources: [],
    });
  }
  const limits = TARGET_LIMITS[target][generation === 1 ? 'gen1' : 'gen2'];
  const gen = generation === 1 ? 'Generation 1' : 'Generation 2';
  if (vm.cpus > limits.vcpus) {
    found.push({
      vm: name,
      kind: 'vcpu-limit',
      reason: `${vm.cpus} vCPUs, more than the ${limits.vcpus} a ${gen} VM may have on the chosen Windows Server.`,
      blocksCopy: true,
      evidence: 'vInfo: CPUs',
      sources: TARGET_LIMIT_SOURCES,
    });
  }
  if (guest.maxVcpus) {
    const guestMax = generation === 1 ? guest.maxVcpus.gen1 : guest.maxVcpus.gen2;
    if (vm.cpus > guestMax) {
      found.push({
        vm: name,
        kind: 'vcpu-limit',
        reason: `${vm.cpus} vCPUs, more than the ${guestMax} Microsoft supports for this guest OS on Hyper-V.`,
        blocksCopy: false,
        evidence: 'vInfo: CPUs, OS according to the configuration file',
        sources: guest.sources,
      });
    }
  }
  if (vm.memoryMiB > limits.memoryMiB) {
    found.push({
      vm: name,
      kind: 'memory-limit',
      reason: `${vm.memoryMiB.toLocaleString('en')} MiB of memory, more than a ${gen} VM may have on the chosen Windows Server.`,
      blocksCopy: true,
      evidence: 'vInfo: Memory',
      sources: TARGET_LIMIT_SOURCES,
    });
  }
  if (guest.support === 'not-listed') {
    found.push({
      vm: name,
      kind: 'guest-os',
      reason: `${guest.name}: ${guest.note}`,
      blocksCopy: false,
      evidence: 'vInfo: OS according to the configuration file',
      sources: guest.sources,
    });
  }
  if (vm.tools && !/notinstalled/i.test(vm.tools.status) && vm.tools.version !== '0' && vm.tools.version !== '') {
    const openVmTools = vm.tools.version === '2147483647';
    found.push({
      vm: name,
      kind: 'vmware-tools',
      reason: openVmTools
        ? 'Runs the distribution’s open-vm-tools: remove the package once the VM runs on Hyper-V.'
        : `VMware Tools ${vm.tools.version} (${vm.tools.status}): uninstall them before the move or right after, while the guest still boots cleanly.`,
      blocksCopy: false,
      evidence: 'vTools: Tools, Tools Version',
      // Microsoft's VMM converter has VMware Tools uninstalled from the guest first.
      sources: ['ms-vmm-convert-vmware'],
    });
  }
  return found;
}

export function planVm(vm: InventoryVm, target: TargetVersion): PlannedVm {
  const { generation, note } = generationOf(vm);
  const guest = guestOs(vm.os);
  const blockers: Blocker[] = [];
  const disks = planDisks(vm, generation, blockers);
  blockers.push(...vmBlockers(vm, generation, target, guest));
  return {
    name: vm.name,
    vCenter: vm.vCenter,
    cluster: vm.cluster,
    powerState: vm.powerState,
    cpus: vm.cpus,
    memoryMiB: vm.memoryMiB,
    firmware: vm.firmware,
    generation,
    generationNote: note,
    diskCapacityMiB: vm.disks ? vm.disks.reduce((sum, d) => sum + d.capacityMiB, 0) : vm.totalDiskCapacityMiB,
    inUseMiB: vm.inUseMiB,
    disks,
    nics: planNics(vm, generation),
    snapshots: vm.snapshots ? vm.snapshots.length : null,
    guestOs: guest,
    blockers,
  };
}
