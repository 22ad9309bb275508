/** The words of the ovf-export result: the warnings, from the disks and options chosen, and the assumptions with their sources. */
import type { Assumption } from '../../model.ts';
import type { ExportedDisk } from './disk-files.ts';
import { USTAR_MAX_MEMBER_BYTES } from './package-files.ts';

export function exportWarnings(input: { generation: number; ovfVersion: string }, disks: readonly ExportedDisk[]): string[] {
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
  return warnings;
}

export function exportAssumptions(): Assumption[] {
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
