/**
 * The descriptor's XML: the envelope in the OVF version's namespace, the file
 * References, DiskSection, NetworkSection and one VirtualSystem whose
 * VirtualHardwareSection holds the Items (hardware-items.ts), per DSP0243
 * (dmtf-dsp0243).
 *  - Generation 2 is written as VMware's `vmw:Config firmware=efi`, the
 *    firmware switch VMware reads (VirtualBox ignores it: set EFI by hand
 *    there);
 *  - VirtualSystemType is vmx-13 because ovftool refuses unknown hardware
 *    families; VirtualBox ignores the value.
 */
import type { ExportedDisk } from './disk-files.ts';
import { guestOsOf } from './guest-os.ts';
import type { GuestOsChoice } from './guest-os.ts';
import type { RasdItem } from './hardware-items.ts';

export interface DescriptorInput {
  name: string;
  generation: number;
  ovfVersion: string;
  nics: readonly { network: string }[];
  guestOs: GuestOsChoice;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * The OperatingSystemSection (guest-os.ts): Info, then Description, as
 * DSP0243 orders them, with VMware's guest id as the vmw:osType attribute,
 * the way vCenter exports write it (the vCenter-exported descriptors among
 * govmomi's test files, vmware-govmomi-ovf). Without a choice, 1 "Other" and no name.
 */
function operatingSystemLines(choice: GuestOsChoice): string[] {
  const os = guestOsOf(choice);
  if (!os)
    return ['    <OperatingSystemSection ovf:id="1">', '      <Info>Guest operating system (set it on the target)</Info>', '    </OperatingSystemSection>'];
  return [
    `    <OperatingSystemSection ovf:id="${os.cimOsType}" vmw:osType="${xmlEscape(os.vmwOsType)}">`,
    '      <Info>The kind of installed guest operating system</Info>',
    `      <Description>${xmlEscape(os.description)}</Description>`,
    '    </OperatingSystemSection>',
  ];
}

/** An Item's properties in name order, as rasd elements. */
function itemLines(item: RasdItem): string[] {
  const props = [...item].sort((a, b) => a[0].localeCompare(b[0]));
  return ['      <Item>', ...props.map(([k, v]) => `        <rasd:${k}>${xmlEscape(String(v))}</rasd:${k}>`), '      </Item>'];
}

export function descriptorXml(input: DescriptorInput, base: string, disks: readonly ExportedDisk[], items: readonly RasdItem[]): string {
  const ovf2 = input.ovfVersion === '2.0';
  const envelopeNs = ovf2 ? 'http://schemas.dmtf.org/ovf/envelope/2' : 'http://schemas.dmtf.org/ovf/envelope/1';
  const networks = [...new Set(input.nics.map((n) => n.network))];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Written by the Hyper-V Field Guide ovf-export model (OVF ${input.ovfVersion}, DSP0243). -->`,
    `<Envelope xmlns="${envelopeNs}" xmlns:ovf="${envelopeNs}"`,
    '  xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"',
    '  xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"',
    `  xmlns:vmw="http://www.vmware.com/schema/ovf" ovf:version="${ovf2 ? '2.0' : '1.0'}">`,
    '  <References>',
    ...disks.map((d, i) => `    <File ovf:id="file${i + 1}" ovf:href="${xmlEscape(d.fileName)}"/>`),
    '  </References>',
    '  <DiskSection>',
    '    <Info>Virtual disks</Info>',
    ...disks.map(
      (d, i) =>
        `    <Disk ovf:diskId="vmdisk${i + 1}" ovf:fileRef="file${i + 1}" ovf:capacity="${d.capacity}" ovf:capacityAllocationUnits="${d.units}" ovf:format="${xmlEscape(d.formatUri)}"/>`,
    ),
    '  </DiskSection>',
    '  <NetworkSection>',
    '    <Info>Logical networks</Info>',
    ...networks.map((n) => `    <Network ovf:name="${xmlEscape(n)}"><Description>${xmlEscape(n)}</Description></Network>`),
    '  </NetworkSection>',
    `  <VirtualSystem ovf:id="${xmlEscape(base)}">`,
    '    <Info>A virtual machine exported from Hyper-V</Info>',
    `    <Name>${xmlEscape(input.name)}</Name>`,
    ...operatingSystemLines(input.guestOs),
    '    <VirtualHardwareSection>',
    '      <Info>Virtual hardware requirements</Info>',
    '      <System>',
    '        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>',
    '        <vssd:InstanceID>0</vssd:InstanceID>',
    `        <vssd:VirtualSystemIdentifier>${xmlEscape(base)}</vssd:VirtualSystemIdentifier>`,
    '        <vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType>',
    '      </System>',
    ...items.flatMap(itemLines),
    ...(input.generation === 2 ? ['      <vmw:Config ovf:required="false" vmw:key="firmware" vmw:value="efi"/>'] : []),
    '    </VirtualHardwareSection>',
    '  </VirtualSystem>',
    '</Envelope>',
  ];
  return `${lines.join('\n')}\n`;
}
