/**
 * What the OVF inspector's page needs without the reader: its schema, the
 * shape of its result and the rules it reads every descriptor by. Kept apart
 * from ovf-inspect.ts so the island can build its form and show the worker's
 * answer without bundling the XML parser and the mapping engine, which run
 * only in the Web Worker (and at build time for the first result).
 */
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import { MAX_DESCRIPTOR_CHARS } from './descriptor-size.ts';
import type { Finding, InspectSystem } from './mapping/types.ts';
import type { SystemPlan } from './plan.ts';
import type { DeploymentOption } from './read-descriptor.ts';
import { SAMPLE_DESCRIPTOR } from './sample-descriptor.ts';

export const ovfInspectSchema = defineSchema({
  descriptor: {
    kind: 'string',
    label: 'OVF descriptor (.ovf XML)',
    help: 'The .ovf XML: paste it, drop an .ovf/.ova on the page, or give @file on the command line. It is read locally and never sent anywhere; hrefs in it are never fetched.',
    default: SAMPLE_DESCRIPTOR,
    maxLength: MAX_DESCRIPTOR_CHARS,
    multiline: true,
  },
  deploymentOption: {
    kind: 'string',
    label: 'Deployment option',
    help: 'The DeploymentOptionSection configuration to read (e.g. "small", "large"); empty means the descriptor\'s default.',
    default: '',
    maxLength: 200,
  },
});

export interface OvfInspectResult {
  ovfVersion: string;
  deploymentOptions: DeploymentOption[];
  /** The option whose Items were read ('' when the descriptor has none). */
  deploymentOption: string;
  findings: Finding[];
  systems: (InspectSystem & { plan: SystemPlan })[];
  /** All systems' plans, ready to copy. */
  plan: { powershell: string; qemuImg: string };
  warnings: string[];
  assumptions: { text: string; sources: string[] }[];
}

/**
 * The rules the inspector reads every descriptor by, the same whatever it
 * holds: its page shows them even before a descriptor has been inspected.
 */
export const INSPECT_ASSUMPTIONS: Assumption[] = [
  {
    text: 'Disk capacity without ovf:capacityAllocationUnits is in bytes; units such as "byte * 2^30" are DMTF programmatic units; the words KiloBytes/MegaBytes/GigaBytes (VirtualBox, OVF 0.9) are read as binary multiples.',
    sources: ['dmtf-dsp0243', 'dmtf-dsp0004', 'dmtf-dsp1043'],
  },
  {
    text: 'EFI firmware (vmw:Config firmware=efi, VirtualBox Firmware type EFI) means a Generation 2 VM booting from SCSI; otherwise BIOS and Generation 1 booting from IDE 0:0.',
    sources: ['ms-hyperv-generation-1-or-2'],
  },
  {
    text: 'Hyper-V attaches VHD (up to 2040 GiB = 2,088,960 MiB) and VHDX (up to 64 TB); VMDK, VDI, QCOW2 and raw images need converting, which Convert-VHD cannot do (it reads only VHD/VHDX), so the plan uses qemu-img.',
    sources: ['ms-vpc-vhd-size-limit', 'ms-vhdx-format-overview', 'ms-convert-vhd', 'qemu-img'],
  },
  { text: 'The first hard disk in the descriptor is taken as the boot disk, as exporters write it.', sources: ['dmtf-dsp0243'] },
  {
    text: "For a deployment option, Items without ovf:configuration and those naming the option apply; Items sharing an InstanceID combine, a later Item's elements overriding an earlier one's. Only rasd:Connection names a NIC's network; a disk Item with a size but no HostResource is a new, empty disk.",
    sources: ['dmtf-dsp0243'],
  },
  {
    text: "OperatingSystemSection ids are CIM_OperatingSystem OSType values; hardware ResourceType numbers follow CIM_ResourceAllocationSettingData. Above 111 the DMTF value map (which skips 112) and VirtualBox's positional numbering name different systems, so the descriptor's Description and vmw:osType decide, and both readings are shown when they do not.",
    sources: ['dmtf-cim-schema', 'dmtf-cim-schema-2-51', 'virtualbox-ovf-source'],
  },
];
