/**
 * From a read OVF envelope to what Hyper-V will make of each virtual system:
 * generation, controllers, disks (format, conversion), NICs and findings
 * (what to convert, what moves, what Hyper-V drops). mapSystem runs the
 * stages in mapping/ in order, each taking values and returning its value
 * and findings; the findings keep that order. Every rule names its source id:
 *  - ms-hyperv-generation-1-or-2: UEFI → Generation 2, booting only from SCSI
 *    (VHDX/ISO); BIOS → Generation 1, booting from IDE; legacy NIC only for
 *    Gen 1 PXE; Gen 1 boot volume ≤ 2 TB on VHDX; the device lists of both
 *    generations (no USB controller, no sound card, Gen 2 no floppy).
 *  - ms-vpc-vhd-size-limit: VHD ≤ 2,088,960 MB = 2040 GiB.
 *  - ms-vhdx-format-overview: VHDX ≤ 64 TB.
 *  - ms-convert-vhd: Convert-VHD reads VHD/VHDX only.
 *  - dmtf-dsp0243 / dmtf-dsp0004 / dmtf-cim-schema: how the descriptor says it
 *    (ResourceType names in cim.ts).
 */
import { cimOsName, osFamily, type CimOsName } from './cim-os.ts';
import { GEN1_BOOT_VHDX_MAX_BYTES, SCSI_LOCATIONS, VHD_MAX_BYTES, VHDX_MAX_BYTES } from './hyperv-limits.ts';
import { readMemory, readProcessors } from './mapping/compute.ts';
import { readControllers } from './mapping/controllers.ts';
import { planDisks } from './mapping/disk-plan.ts';
import { readDrives } from './mapping/drives.ts';
import { generationFindings, guestToolsFinding } from './mapping/guest.ts';
import { readLeftovers } from './mapping/leftovers.ts';
import { readNics } from './mapping/nics.ts';
import { firmwareOf, generationFor, sourcePlatform } from './mapping/source-system.ts';
import { finding, type Finding, type InspectSystem } from './mapping/types.ts';
import type { RawEnvelope, RawSystem } from './read-descriptor.ts';
import { selectItems } from './select-items.ts';

export type { ControllerKind, DiskFormat, Finding, InspectController, InspectDisk, InspectNic, InspectSystem, Severity } from './mapping/types.ts';
export { formatFromUri, hostResource } from './mapping/disk-refs.ts';
export { GEN1_BOOT_VHDX_MAX_BYTES, SCSI_LOCATIONS, VHD_MAX_BYTES, VHDX_MAX_BYTES };

const psNameOk = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();

/** Items sharing an InstanceID across ResourceTypes are read apart, and said. */
function selectionFindings(conflictingIds: readonly string[]): Finding[] {
  if (conflictingIds.length === 0) return [];
  const ids = conflictingIds
    .slice(0, 3)
    .map((id) => JSON.stringify(id.slice(0, 40)))
    .join(', ');
  return [
    finding(
      'warning',
      `InstanceID ${ids} is used by Items of different ResourceTypes; DSP0243 requires Items sharing an InstanceID to agree, so they are read as separate devices.`,
      ['dmtf-dsp0243'],
    ),
  ];
}

/** Above 111 the number alone may name two systems: say which reading was taken, or that none could be. */
function osNumberingFindings(id: number, os: CimOsName): Finding[] {
  if (os.reading === 'agreed') return [];
  const sources = ['dmtf-cim-schema-2-51', 'virtualbox-ovf-source'];
  if (os.reading === 'ambiguous') {
    return [
      finding(
        'warning',
        `OperatingSystemSection ovf:id ${id} is ${os.name}: the DMTF value map skips 112 while VirtualBox numbers the list by position, and the descriptor's Description and vmw:osType do not say which it means. Choose the guest type yourself on import.`,
        sources,
      ),
    ];
  }
  const how = os.reading === 'dmtf' ? 'the DMTF value map' : 'the positional numbering VirtualBox uses (the DMTF value map skips 112)';
  return [
    finding(
      'info',
      `OperatingSystemSection ovf:id ${id} is read as ${os.name}, by ${how}, as the descriptor's own Description or vmw:osType confirms or no other reading exists.`,
      sources,
    ),
  ];
}

export function mapSystem(sys: RawSystem, env: RawEnvelope, option: string | undefined): InspectSystem {
  const { items, conflictingIds } = selectItems(sys.items, option);
  const platform = sourcePlatform(sys);
  const firmware = firmwareOf(sys);
  const generation = generationFor(firmware);
  const osId = sys.osId ?? 0;
  const os = cimOsName(osId, sys.osDescription, sys.vmwOsType);
  const family = osFamily(sys.osId === undefined ? '' : os.name, `${sys.vmwOsType} ${sys.osDescription}`);

  const cpus = readProcessors(items);
  const memory = readMemory(items);
  const controllers = readControllers(items, generation);
  const drives = readDrives(items, env, controllers.value);
  const disks = planDisks(drives.value, generation);
  const nics = readNics(items, env.networks);
  const leftovers = readLeftovers(sys, items, generation, controllers.value);

  return {
    id: sys.id,
    name: psNameOk(sys.name) || sys.id || 'imported-vm',
    cpus: cpus.value,
    memoryMiB: memory.value,
    firmware,
    recommendedGeneration: generation,
    os: { id: osId, name: os.name, reading: os.reading, family, description: sys.osDescription || sys.vmwOsType },
    sourcePlatform: platform,
    virtualSystemType: sys.virtualSystemTypes.join(' '),
    controllers: controllers.value,
    disks: disks.value,
    nics: nics.value,
    dropped: leftovers.value,
    findings: [
      ...selectionFindings(conflictingIds),
      ...osNumberingFindings(osId, os),
      ...cpus.findings,
      ...memory.findings,
      ...controllers.findings,
      ...drives.findings,
      ...disks.findings,
      ...generationFindings(generation, family),
      ...nics.findings,
      ...leftovers.findings,
      guestToolsFinding(platform, family),
    ],
  };
}
