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
 *  - a disk format URI per file type. For VHDX there is no registered URI, so
 *    we use Microsoft's VHDX overview page (ms-vhdx-format-overview), as
 *    XenServer uses Microsoft's VHD page for VHD; VMDK uses VMware's
 *    stream-optimised URI that ovftool and VirtualBox expect;
 *  - Generation 2 as VMware's `vmw:Config firmware=efi`, the firmware switch
 *    VMware reads (VirtualBox ignores it: set EFI by hand there);
 *  - VirtualSystemType vmx-13 because ovftool refuses unknown hardware
 *    families; VirtualBox ignores the value.
 * ovf-inspect reads the result back to the same VM (tested).
 */
import { defineModel } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { GiB, MiB } from '../units.ts';
import { ResourceType } from './cim.ts';
import { manifestAlgorithmFor, manifestLine, manifestLineFormat } from './manifest.ts';
import type { ManifestAlgorithm } from './manifest.ts';
import { psQuote } from './plan.ts';
import { VHD_MAX_BYTES } from './hyperv-limits.ts';

const NAME_PATTERN = /^[^\s\u0000-\u001f\u007f](?:[^\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f])?$/;

export const FORMAT_URIS = {
  vhdx: 'http://technet.microsoft.com/en-us/library/hh831446.aspx',
  vhd: 'http://technet.microsoft.com/en-us/virtualserver/bb676673.aspx',
  vmdk: 'http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized',
} as const;
export type ExportDiskFormat = keyof typeof FORMAT_URIS;

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
  assumptions: { text: string; sources: string[] }[];
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export const diskFormatOf = (fileName: string): ExportDiskFormat => {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'vhd' ? 'vhd' : ext === 'vmdk' ? 'vmdk' : 'vhdx';
};

/** 11 octal digits: the largest size a ustar header holds, 8 GiB − 1 byte (gnu-tar-large-values). */
export const USTAR_MAX_MEMBER_BYTES = 8 ** 11 - 1;

/** Extensions of formats this exporter does not write. */
const FOREIGN_EXTENSION = /\.(qcow2?|vdi|img|raw|iso|ova|ovf|mf)$/i;

/**
 * Capacity with explicit units (DSP0243 + DSP0004): whole GiB as `byte * 2^30`,
 * whole MiB as `byte * 2^20`, anything else in bytes.
 */
export function capacityWithUnits(capacityGiB: number): { capacity: number; units: string; bytes: number } {
  const bytes = Math.round(capacityGiB * GiB);
  if (bytes % GiB === 0) return { capacity: bytes / GiB, units: 'byte * 2^30', bytes };
  if (bytes % MiB === 0) return { capacity: bytes / MiB, units: 'byte * 2^20', bytes };
  return { capacity: bytes, units: 'byte', bytes };
}

/** The package's base name: the VM name reduced to file-name-safe characters. */
export const packageBaseName = (name: string): string => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'vm';

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
    const ovf2 = input.ovfVersion === '2.0';
    const manifest = manifestAlgorithmFor(input.ovfVersion);
    const envelopeNs = ovf2 ? 'http://schemas.dmtf.org/ovf/envelope/2' : 'http://schemas.dmtf.org/ovf/envelope/1';
    const gen2 = input.generation === 2;
    const disks = input.disks.map((d) => {
      const format = diskFormatOf(d.fileName);
      const cap = capacityWithUnits(d.capacityGiB);
      return { fileName: d.fileName, format, capacityBytes: cap.bytes, formatUri: FORMAT_URIS[format], capacity: cap.capacity, units: cap.units };
    });
    const networks = [...new Set(input.nics.map((n) => n.network))];

    const lines: string[] = [];
    const push = (s: string): void => {
      lines.push(s);
    };
    push('<?xml version="1.0" encoding="UTF-8"?>');
    push(`<!-- Written by the Hyper-V Field Guide ovf-export model (OVF ${input.ovfVersion}, DSP0243). -->`);
    push(`<Envelope xmlns="${envelopeNs}" xmlns:ovf="${envelopeNs}"`);
    push('  xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"');
    push('  xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"');
    push(`  xmlns:vmw="http://www.vmware.com/schema/ovf" ovf:version="${ovf2 ? '2.0' : '1.0'}">`);
    push('  <References>');
    disks.forEach((d, i) => push(`    <File ovf:id="file${i + 1}" ovf:href="${xmlEscape(d.fileName)}"/>`));
    push('  </References>');
    push('  <DiskSection>');
    push('    <Info>Virtual disks</Info>');
    disks.forEach((d, i) =>
      push(
        `    <Disk ovf:diskId="vmdisk${i + 1}" ovf:fileRef="file${i + 1}" ovf:capacity="${d.capacity}" ovf:capacityAllocationUnits="${d.units}" ovf:format="${xmlEscape(d.formatUri)}"/>`,
      ),
    );
    push('  </DiskSection>');
    push('  <NetworkSection>');
    push('    <Info>Logical networks</Info>');
    for (const n of networks) push(`    <Network ovf:name="${xmlEscape(n)}"><Description>${xmlEscape(n)}</Description></Network>`);
    push('  </NetworkSection>');
    push(`  <VirtualSystem ovf:id="${xmlEscape(base)}">`);
    push('    <Info>A virtual machine exported from Hyper-V</Info>');
    push(`    <Name>${xmlEscape(input.name)}</Name>`);
    push('    <OperatingSystemSection ovf:id="1">');
    push('      <Info>Guest operating system (set it on the target)</Info>');
    push('    </OperatingSystemSection>');
    push('    <VirtualHardwareSection>');
    push('      <Info>Virtual hardware requirements</Info>');
    push('      <System>');
    push('        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>');
    push('        <vssd:InstanceID>0</vssd:InstanceID>');
    push(`        <vssd:VirtualSystemIdentifier>${xmlEscape(base)}</vssd:VirtualSystemIdentifier>`);
    push('        <vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType>');
    push('      </System>');
    let id = 1;
    const item = (props: [string, string | number][], attrs = ''): void => {
      push(`      <Item${attrs}>`);
      for (const [k, v] of props.sort((a, b) => a[0].localeCompare(b[0]))) push(`        <rasd:${k}>${xmlEscape(String(v))}</rasd:${k}>`);
      push('      </Item>');
    };
    item([
      ['AllocationUnits', 'hertz * 10^6'],
      ['ElementName', `${input.cpus} virtual CPU(s)`],
      ['InstanceID', id++],
      ['ResourceType', ResourceType.processor],
      ['VirtualQuantity', input.cpus],
    ]);
    item([
      ['AllocationUnits', 'byte * 2^20'],
      ['ElementName', `${input.memoryMiB} MiB of memory`],
      ['InstanceID', id++],
      ['ResourceType', ResourceType.memory],
      ['VirtualQuantity', input.memoryMiB],
    ]);
    // Gen 1: boot disk on IDE 0:0, data disks on SCSI. Gen 2: all on SCSI (LSI Logic SAS, in-box in Windows).
    let ideId: number | undefined;
    if (!gen2 && disks.length > 0) {
      ideId = id++;
      item([
        ['Address', 0],
        ['ElementName', 'IDE Controller 0'],
        ['InstanceID', ideId],
        ['ResourceType', ResourceType.ideController],
      ]);
    }
    let scsiId: number | undefined;
    if (gen2 ? disks.length > 0 : disks.length > 1) {
      scsiId = id++;
      item([
        ['Address', 0],
        ['ElementName', 'SCSI Controller 0'],
        ['InstanceID', scsiId],
        ['ResourceSubType', gen2 ? 'lsilogicsas' : 'lsilogic'],
        ['ResourceType', ResourceType.parallelScsiHba],
      ]);
    }
    let scsiUnit = 0;
    disks.forEach((d, i) => {
      const onIde = !gen2 && i === 0;
      // SCSI unit 7 is the controller's own id on VMware's bus; skip it.
      if (!onIde && scsiUnit === 7) scsiUnit++;
      const address = onIde ? 0 : scsiUnit++;
      item([
        ['AddressOnParent', address],
        ['ElementName', `Hard Disk ${i + 1}`],
        ['HostResource', `ovf:/disk/vmdisk${i + 1}`],
        ['InstanceID', id++],
        ['Parent', (onIde ? ideId : scsiId) ?? 0],
        ['ResourceType', ResourceType.diskDrive],
      ]);
    });
    input.nics.forEach((n, i) => {
      item([
        ['AddressOnParent', i + 1],
        ['AutomaticAllocation', 'true'],
        ['Connection', n.network],
        ['ElementName', `Network adapter ${i + 1}`],
        ['InstanceID', id++],
        ['ResourceSubType', 'E1000'],
        ['ResourceType', ResourceType.ethernetAdapter],
      ]);
    });
    if (gen2) push('      <vmw:Config ovf:required="false" vmw:key="firmware" vmw:value="efi"/>');
    push('    </VirtualHardwareSection>');
    push('  </VirtualSystem>');
    push('</Envelope>');
    const descriptor = `${lines.join('\n')}\n`;

    const descriptorFileName = `${base}.ovf`;
    const manifestFileName = `${base}.mf`;
    const files = [descriptorFileName, ...disks.map((d) => d.fileName)];
    const ps: string[] = [];
    ps.push(`# Package ${psQuote(input.name)} as OVF/OVA. Run in the folder holding the exported VHDX files.`);
    ps.push(`# 1. Export the VM from Hyper-V (VM off), then convert each disk to the format its name asks for:`);
    ps.push(`Export-VM -Name ${psQuote(input.name)} -Path '.\\export'`);
    for (const d of disks) {
      const stem = d.fileName.replace(/\.(vhdx|vhd|vmdk)$/i, '');
      if (d.format === 'vmdk') ps.push(`qemu-img convert -p -f vhdx -O vmdk -o subformat=streamOptimized ${psQuote(`${stem}.vhdx`)} ${psQuote(d.fileName)}`);
      else if (d.format === 'vhd') ps.push(`Convert-VHD -Path ${psQuote(`${stem}.vhdx`)} -DestinationPath ${psQuote(d.fileName)}`);
      else ps.push(`# ${d.fileName}: copy the VHDX as is`);
    }
    const alg = manifest.algorithm;
    ps.push(
      `# 2. Save the descriptor as ${psQuote(descriptorFileName)}, then write the manifest (${manifest.webCrypto} of every file, lower-case hex; OVF ${input.ovfVersion} uses ${manifest.webCrypto}):`,
    );
    ps.push(
      `${files.map(psQuote).join(', ')} | ForEach-Object { "${alg}($_)= " + (Get-FileHash -Algorithm ${alg} -LiteralPath $_).Hash.ToLower() } | Set-Content -Encoding ascii ${psQuote(manifestFileName)}`,
    );
    ps.push(`# 3. Optional: one .ova file, descriptor first, then the manifest, then the disks in References order.`);
    ps.push(
      `#    Not the ustar format: it cannot hold a file of 8 GiB or more. bsdtar's default (restricted pax) adds a pax size record only where one is needed; with GNU tar add --format=posix.`,
    );
    ps.push(`tar -cf ${psQuote(`${base}.ova`)} ${[descriptorFileName, manifestFileName, ...disks.map((d) => d.fileName)].map(psQuote).join(' ')}`);

    const warnings: string[] = [];
    if (disks.some((d) => d.format === 'vhdx')) {
      warnings.push(
        'VMware ESXi and VirtualBox do not import VHDX disks from an OVF: name the disks .vmdk (converted with qemu-img) for them; keep .vhdx only for tools that read it.',
      );
    }
    if (gen2)
      warnings.push("Generation 2 is written as EFI firmware in VMware's vmw:Config; VirtualBox ignores it, so switch that VM to EFI by hand after import.");
    const large = disks.filter((d) => d.capacityBytes > USTAR_MAX_MEMBER_BYTES);
    if (large.length > 0) {
      warnings.push(
        `${large.map((d) => d.fileName).join(', ')} can be 8 GiB or larger: a plain ustar OVA cannot hold such a file (its size field stops at 8 GiB − 1 byte), so build the OVA with pax records as the PowerShell does, never --format=ustar.`,
      );
    }
    if (ovf2) warnings.push('OVF 2.0: some importers accept only OVF 1.x packages; keep 1.0 (SHA-1 manifest) unless the target reads 2.0.');

    return {
      descriptor,
      descriptorFileName,
      manifestFileName,
      manifestLineFormat: manifestLineFormat(alg),
      manifestAlgorithm: alg,
      manifestAlgorithmWhy: manifest.why,
      manifestTemplate: files.map((f) => manifestLine(f, `<${alg.toLowerCase()} of the file>`, alg)),
      ovaOrder: [descriptorFileName, manifestFileName, ...disks.map((d) => d.fileName)],
      powershell: ps.join('\n'),
      disks: disks.map(({ fileName, format, capacityBytes, formatUri }) => ({ fileName, format, capacityBytes, formatUri })),
      warnings,
      assumptions: [
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
      ],
    };
  },
});
