/** The words of the ovf-export result: the warnings, from the disks and options chosen, and the assumptions with their sources. */
import type { Assumption } from '../../model.ts';
import type { ExportedDisk } from './disk-files.ts';
import { virtualBoxName } from '../cim-os.ts';
import { CIM_OTHER_64, guestOsOf } from './guest-os.ts';
import type { GuestOsChoice } from './guest-os.ts';
import { DEFAULT_NIC_TYPE } from './nic-types.ts';
import type { NicTypeId } from './nic-types.ts';
import { USTAR_MAX_MEMBER_BYTES } from './package-files.ts';

interface TextInput {
  generation: number;
  ovfVersion: string;
  guestOs: GuestOsChoice;
  nicType: NicTypeId;
}

/** How VMware and VirtualBox will read the guest system chosen (guest-os.ts). */
function guestOsWarnings(choice: GuestOsChoice): string[] {
  const os = guestOsOf(choice);
  if (!os) return [];
  const virtualBoxReads = virtualBoxName(os.cimOsType);
  if (virtualBoxReads) {
    return [
      `VirtualBox numbers CIM OSType values by position, without the gap the DMTF value map leaves at 112, so it reads ovf:id ${os.cimOsType} (${os.description}) as ${virtualBoxReads}: pick ${os.label} in its import dialog. VMware reads vmw:osType (${os.vmwOsType}) instead of the number.`,
    ];
  }
  if (os.cimOsType === CIM_OTHER_64 && choice !== 'other-64') {
    return [
      `The DMTF schema has no OSType number for ${os.description}: ovf:id is ${CIM_OTHER_64} "Other 64-Bit" with the name in Description. VMware reads vmw:osType (${os.vmwOsType}); VirtualBox shows Other/Unknown (64-bit), so pick the system in its import dialog.`,
    ];
  }
  return [];
}

function nicTypeWarnings(nicType: NicTypeId): string[] {
  if (nicType === 'VmxNet3') {
    return [
      "VMXNET3 is VMware's paravirtual card: the guest needs its driver (VMware Tools on Windows) before the adapter passes traffic. VirtualBox does not map VmxNet3 and gives the guest type's default card.",
    ];
  }
  if (nicType === 'E1000e') return ["VirtualBox does not map E1000e and gives the guest type's default card; VMware creates an E1000e."];
  return [];
}

export function exportWarnings(input: TextInput, disks: readonly ExportedDisk[]): string[] {
  const warnings: string[] = [];
  if (disks.some((d) => d.format === 'vhdx')) {
    warnings.push(
      'VMware ESXi and VirtualBox do not import VHDX disks from an OVF: name the disks .vmdk (converted with qemu-img) for them; keep .vhdx only for tools that read it.',
    );
  }
  if (input.generation === 2)
    warnings.push("Generation 2 is written as EFI firmware in VMware's vmw:Config; VirtualBox ignores it, so switch that VM to EFI by hand after import.");
  const large = disks.filter((d) => d.capacityBytes > USTAR_MAX_MEMBER_BYTES);
  if (large.length > 0) {
    warnings.push(
      `${large.map((d) => d.fileName).join(', ')} can be 8 GiB or larger: a plain ustar OVA cannot hold such a file (its size field stops at 8 GiB − 1 byte), so build the OVA with pax records as the PowerShell does, never --format=ustar.`,
    );
  }
  if (input.ovfVersion === '2.0') warnings.push('OVF 2.0: some importers accept only OVF 1.x packages; keep 1.0 (SHA-1 manifest) unless the target reads 2.0.');
  return [...warnings, ...guestOsWarnings(input.guestOs), ...nicTypeWarnings(input.nicType)];
}

/** Said only when the reader chose a system or a card, so an export without either reads as it always did. */
function choiceAssumptions(input: TextInput): Assumption[] {
  const said: Assumption[] = [];
  if (guestOsOf(input.guestOs)) {
    said.push({
      text: `The guest system is written as a CIM_OperatingSystem OSType number from the DMTF value map, which skips 112 (Windows Server 2012 is 113, 2016 is 117), with VMware's guest id as vmw:osType; a system the map does not list gets ${CIM_OTHER_64} "Other 64-Bit".`,
      sources: ['dmtf-cim-schema-2-51', 'vmware-govmomi-ovf', 'virtualbox-ovf-source'],
    });
  }
  if (input.nicType !== DEFAULT_NIC_TYPE) {
    said.push({
      text: "Network adapters carry the ResourceSubType spelling VMware matches (E1000, E1000e, VmxNet3, in any case); VirtualBox maps E1000, PCNet32 and its virtio-net names to those cards and gives the guest type's default card for any other value.",
      sources: ['dmtf-cim-schema-2-51', 'vmware-govmomi-ovf', 'virtualbox-ovf-source'],
    });
  }
  return said;
}

export function exportAssumptions(input: TextInput): Assumption[] {
  return [...fixedAssumptions(), ...choiceAssumptions(input)];
}

function fixedAssumptions(): Assumption[] {
  return [
    {
      text: 'Capacities carry explicit programmatic units: whole GiB as ovf:capacityAllocationUnits="byte * 2^30" (whole MiB as "byte * 2^20", else bytes), memory as AllocationUnits "byte * 2^20".',
      sources: ['dmtf-dsp0243', 'dmtf-dsp0004'],
    },
    {
      text: "VHDX has no format URI registered with the DMTF; this exporter writes Microsoft's VHDX overview page as its format URI, as XenServer writes Microsoft's VHD page for VHD.",
      sources: ['ms-vhdx-format-overview', 'dmtf-dsp0243'],
    },
    {
      text: "Generation 2 (UEFI) is carried as VMware's firmware=efi setting; Generation 1 as BIOS with the boot disk on IDE 0:0.",
      sources: ['ms-hyperv-generation-1-or-2'],
    },
    {
      text: 'The manifest has one line per file, ALGORITHM(name)= hex digest, with SHA-1 for OVF 1.x and SHA-256 for OVF 2.x; an OVA is a tar archive whose first member is the descriptor.',
      sources: ['dmtf-dsp0243'],
    },
    {
      text: 'A ustar header stores a member size in 11 octal digits, at most 8 GiB − 1 byte; larger disks need a pax size record (or GNU base-256), which the OVA command writes.',
      sources: ['gnu-tar-large-values', 'libarchive-formats'],
    },
  ];
}
