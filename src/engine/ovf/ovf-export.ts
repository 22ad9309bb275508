/**
 * ovf-export: an OVF 1.0 (or 2.0) descriptor for a Hyper-V VM, so it can
 * travel to VMware, VirtualBox or XenServer, plus the manifest (.mf) line
 * format, the OVA file order and the disk conversions the target needs.
 *
 * What it writes, per DSP0243 (source: dmtf-dsp0243):
 *  - the manifest algorithm the version defines: SHA-1 for OVF 1.x, SHA-256
 *    for 2.x (manifest.ts);
 *  - an OVA with tar's pax format (libarchive's default, "restricted pax"),
 *    never --format=ustar: a ustar header cannot hold a member of 8 GiB or
 *    more (sources: gnu-tar-large-values, libarchive-formats);
 *  - capacities with explicit programmatic units (`byte * 2^30`) and memory
 *    in `byte * 2^20` (dmtf-dsp0004);
 *  - a disk format URI per file type (export/disk-files.ts);
 *  - Generation 2 as VMware's `vmw:Config firmware=efi` and VirtualSystemType
 *    vmx-13 (export/descriptor.ts);
 *  - the guest system the reader names as a DMTF CIM OSType number with
 *    VMware's guest id (export/guest-os.ts), and the network card chosen as
 *    each adapter's ResourceSubType (export/nic-types.ts).
 * ovf-inspect reads the result back to the same VM (tested).
 *
 * The compute is a list of stages in export/: the disks described
 * (disk-files), the hardware Items as data (hardware-items), the descriptor's
 * XML (descriptor), the package's files and order (package-files), the
 * PowerShell that builds it (packaging-script), then the words (text).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { GiB } from '../units.ts';
import { manifestAlgorithmFor, manifestLine, manifestLineFormat } from './manifest.ts';
import type { ManifestAlgorithm } from './manifest.ts';
import { VHD_MAX_BYTES } from './hyperv-limits.ts';
import { descriptorXml } from './export/descriptor.ts';
import { diskFormatOf, exportedDisks } from './export/disk-files.ts';
import type { ExportDiskFormat } from './export/disk-files.ts';
import { guestOsOptions, UNSPECIFIED_GUEST_OS } from './export/guest-os.ts';
import { hardwareItems } from './export/hardware-items.ts';
import { DEFAULT_NIC_TYPE, nicTypeOptions } from './export/nic-types.ts';
import { packageBaseName, packageFiles } from './export/package-files.ts';
import { packagingScript } from './export/packaging-script.ts';
import { exportAssumptions, exportWarnings } from './export/text.ts';

const NAME_PATTERN = /^[^\s\u0000-\u001f\u007f](?:[^\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f])?$/;

export const ovfExportSchema = defineSchema({
  name: {
    kind: 'string',
    label: 'VM name',
    help: 'The Hyper-V VM name (Get-VM). Written as the VirtualSystem Name; no leading or trailing spaces, no control characters.',
    default: 'app01',
    maxLength: 80,
    pattern: { regex: NAME_PATTERN, message: 'must be 1–80 characters without control characters or leading/trailing spaces' },
  },
  cpus: {
    kind: 'number',
    label: 'Virtual processors',
    help: 'Count of virtual processors (Get-VMProcessor).',
    unit: '',
    default: 2,
    min: 1,
    max: 1024,
    integer: true,
  },
  memoryMiB: {
    kind: 'number',
    label: 'Memory',
    help: 'Startup memory in MiB (Get-VM | Select MemoryStartup, divided by 1 MiB = 1,048,576 bytes).',
    unit: 'MiB',
    default: 4096,
    min: 4,
    max: 16_777_216,
    integer: true,
  },
  generation: {
    kind: 'number',
    label: 'Generation',
    help: '1 (BIOS, IDE boot) or 2 (UEFI, SCSI boot). Written as BIOS or EFI firmware for the target hypervisor.',
    unit: '',
    default: 2,
    min: 1,
    max: 2,
    integer: true,
  },
  disks: {
    kind: 'list',
    label: 'Disks',
    itemLabel: 'Disk',
    help: 'One row per virtual disk in boot order: the file name as it will be in the package (.vhdx, .vhd or .vmdk) and its size in GiB.',
    maxItems: 64,
    default: [{ fileName: 'app01-disk1.vmdk', capacityGiB: 60 }],
    item: {
      fileName: {
        kind: 'string',
        label: 'File name',
        help: 'File name inside the package, e.g. app01-disk1.vmdk: .vmdk for VMware/VirtualBox, .vhd for XenServer, .vhdx (or no extension) to keep VHDX.',
        maxLength: 120,
        pattern: {
          regex: /^[A-Za-z0-9](?:[A-Za-z0-9._ -]*[A-Za-z0-9_-])?$/,
          message: 'must be a plain file name: letters, digits, space, . _ - (no path, no leading or trailing space or dot)',
        },
      },
      capacityGiB: {
        kind: 'number',
        label: 'Capacity',
        help: 'Virtual size in GiB (Get-VHD | Select Size, divided by 1 GiB = 1,073,741,824 bytes), at least 1 MiB (1/1024 GiB). VHDX holds up to 64 TB.',
        unit: 'GiB',
        // 1 MiB, the smallest size Hyper-V creates; the exporter's tests generate sizes down to it.
        min: 1 / 1024,
        max: 65_536,
      },
    },
  },
  nics: {
    kind: 'list',
    label: 'Network adapters',
    itemLabel: 'Network adapter',
    help: 'One row per network adapter: the network (virtual switch or port group name) it should join on the target.',
    maxItems: 16,
    default: [{ network: 'VM Network' }],
    item: {
      network: {
        kind: 'string',
        label: 'Network',
        help: 'Logical network name written to the NetworkSection, e.g. the target port group.',
        maxLength: 80,
        pattern: { regex: NAME_PATTERN, message: 'must be 1–80 characters without control characters or leading/trailing spaces' },
      },
    },
  },
  ovfVersion: {
    kind: 'enum',
    label: 'OVF version',
    help: 'OVF 1.0 is what VMware, VirtualBox and XenServer import most widely; its manifest uses SHA-1, the only digest OVF 1.x defines. OVF 2.0 uses a SHA-256 manifest, but some importers accept only 1.x.',
    options: [
      { value: '1.0', label: 'OVF 1.0 (SHA-1 manifest)' },
      { value: '2.0', label: 'OVF 2.0 (SHA-256 manifest)' },
    ],
    default: '1.0',
  },
  guestOs: {
    kind: 'enum',
    label: 'Guest operating system',
    help: 'Written as the OperatingSystemSection: the DMTF CIM OSType number (ovf:id), the system\'s name, and VMware\'s guest id (vmw:osType), which VMware reads before the number. The DMTF schema has no number for Windows Server 2019, 2022, 2025 or Windows 11: they are written as 102 "Other 64-Bit" with the name, as VMware\'s govmomi library does. Not specified writes 1 "Other" and leaves the choice to the target.',
    options: guestOsOptions,
    default: UNSPECIFIED_GUEST_OS,
  },
  nicType: {
    kind: 'enum',
    label: 'Network adapter type',
    help: "The card the target emulates for every adapter (rasd:ResourceSubType); Hyper-V's synthetic adapter exists only on Hyper-V. E1000 is the safe choice: VMware and VirtualBox both emulate it. VMXNET3 is VMware's paravirtual card and needs VMware Tools in the guest. VirtualBox gives its default card for E1000e and VMXNET3.",
    options: nicTypeOptions,
    default: DEFAULT_NIC_TYPE,
  },
});

export interface OvfExportResult {
  descriptor: string;
  descriptorFileName: string;
  manifestFileName: string;
  manifestLineFormat: string;
  /** The digest the manifest uses: SHA1 for OVF 1.x, SHA256 for 2.x (DSP0243). */
  manifestAlgorithm: ManifestAlgorithm;
  /** Why that digest, for the reader. */
  manifestAlgorithmWhy: string;
  /** Manifest lines to fill in, one per file; the island replaces the placeholders with real digests. */
  manifestTemplate: string[];
  /** The order files must have inside an .ova tar: descriptor first, then manifest, then disks. */
  ovaOrder: string[];
  /** PowerShell: export and convert the disks, write the manifest, build the OVA. */
  powershell: string;
  disks: { fileName: string; format: ExportDiskFormat; capacityBytes: number; formatUri: string }[];
  warnings: string[];
  assumptions: Assumption[];
}

/** Extensions of formats this exporter does not write. */
const FOREIGN_EXTENSION = /\.(qcow2?|vdi|img|raw|iso|ova|ovf|mf)$/i;

export const ovfExport = defineModel({
  id: 'ovf-export',
  title: 'OVF descriptor exporter for a Hyper-V VM',
  summary: 'Writes an OVF 1.0 or 2.0 descriptor, manifest format and OVA order for a Hyper-V VM so VMware, VirtualBox or XenServer can import it.',
  schema: ovfExportSchema,
  check(input): Issue[] {
    const issues: Issue[] = [];
    const seen = new Set<string>();
    input.disks.forEach((d, i) => {
      const key = d.fileName.toLowerCase();
      if (FOREIGN_EXTENSION.test(d.fileName))
        issues.push({ field: `disks[${i}].fileName`, message: 'name the disk .vhdx, .vhd or .vmdk: the formats this exporter describes' });
      if (seen.has(key)) issues.push({ field: `disks[${i}].fileName`, message: `${d.fileName} is listed twice` });
      seen.add(key);
      if (diskFormatOf(d.fileName) === 'vhd' && Math.round(d.capacityGiB * GiB) > VHD_MAX_BYTES) {
        issues.push({ field: `disks[${i}].capacityGiB`, message: `a VHD holds at most 2040 GiB; use .vhdx or .vmdk for ${d.capacityGiB} GiB` });
      }
    });
    const base = `${packageBaseName(input.name)}.ovf`.toLowerCase();
    input.disks.forEach((d, i) => {
      if (d.fileName.toLowerCase() === base) issues.push({ field: `disks[${i}].fileName`, message: 'clashes with the descriptor file name' });
    });
    return issues;
  },
  compute(input): OvfExportResult {
    const base = packageBaseName(input.name);
    const manifest = manifestAlgorithmFor(input.ovfVersion);
    const alg = manifest.algorithm;
    const disks = exportedDisks(input.disks);
    const files = packageFiles(base, disks);
    return {
      descriptor: descriptorXml(input, base, disks, hardwareItems(input, disks.length)),
      descriptorFileName: files.descriptorFileName,
      manifestFileName: files.manifestFileName,
      manifestLineFormat: manifestLineFormat(alg),
      manifestAlgorithm: alg,
      manifestAlgorithmWhy: manifest.why,
      manifestTemplate: files.hashedFiles.map((f) => manifestLine(f, `<${alg.toLowerCase()} of the file>`, alg)),
      ovaOrder: files.ovaOrder,
      powershell: packagingScript(input, base, files, disks, manifest),
      disks: disks.map(({ fileName, format, capacityBytes, formatUri }) => ({ fileName, format, capacityBytes, formatUri })),
      warnings: exportWarnings(input, disks),
      assumptions: exportAssumptions(input),
    };
  },
});
