/**
 * ovf-export's guest operating system and network adapter type. Expected
 * values are read by hand from:
 *  - dmtf-cim-schema-2-51: CIM_OperatingSystem.mof of CIM 2.51.0, OSType
 *    ValueMap/Values. The map skips 112, so pairing each value with its
 *    ValueMap entry (not its position) gives 103 "Microsoft Windows Server
 *    2008 R2", 113 "Microsoft Windows Server 2012", 116 "Microsoft Windows
 *    Server 2012 R2", 117 "Microsoft Windows Server 2016", 121 "Microsoft
 *    Windows 10 64-bit", 80 "RedHat Enterprise Linux 64-Bit", 85 "SLES
 *    64-Bit", 94 "Ubuntu 64-Bit", 96 "Debian 64-Bit", 101 "Linux 64-Bit",
 *    102 "Other 64-Bit"; nothing for Windows Server 2019 or later.
 *  - vmware-govmomi-ovf: vim25/types/enum.go guest ids (windows9Server64Guest
 *    "Windows 10 Server (64 bit)", windows2019srvNext_64Guest "Windows Server
 *    2022", …) and cim.go, which maps windows2019srv_64Guest and later to 102.
 *  - virtualbox-ovf-source: ovfreader.h's positional numbering (117 is its
 *    Windows 8.1 64-bit) and ApplianceImplImport.cpp's ResourceSubType map.
 *  - real descriptors in ../shared/ovf-corpus/, read in place: vCenter's
 *    govmomi__vbs_efi-nvram.ovf (103 + windows7Server64Guest, E1000),
 *    Canonical's govmomi__ubuntu24.10.ovf (94 + ubuntu64Guest, VmxNet3) and
 *    vSphere's govmomi__tc-160-cli.ovf (VmxNet3).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ovfExport } from '../../../src/engine/ovf/ovf-export.ts';
import { resultOf } from '../../helpers/evaluate.ts';
import { inspect } from './helpers.ts';

const run = (input: Record<string, unknown>) => resultOf(ovfExport, input);

/** [choice, ovf:id, Description, vmw:osType], each from the sources above. */
const EXPECTED_OS: [string, number, string, string][] = [
  ['windows-server-2008-r2', 103, 'Microsoft Windows Server 2008 R2', 'windows7Server64Guest'],
  ['windows-server-2012', 113, 'Microsoft Windows Server 2012', 'windows8Server64Guest'],
  ['windows-server-2012-r2', 116, 'Microsoft Windows Server 2012 R2', 'windows8Server64Guest'],
  ['windows-server-2016', 117, 'Microsoft Windows Server 2016', 'windows9Server64Guest'],
  ['windows-server-2019', 102, 'Microsoft Windows Server 2019 (64-bit)', 'windows2019srv_64Guest'],
  ['windows-server-2022', 102, 'Microsoft Windows Server 2022 (64-bit)', 'windows2019srvNext_64Guest'],
  ['windows-server-2025', 102, 'Microsoft Windows Server 2025 (64-bit)', 'windows2022srvNext_64Guest'],
  ['windows-10', 121, 'Microsoft Windows 10 64-bit', 'windows9_64Guest'],
  ['windows-11', 102, 'Microsoft Windows 11 (64-bit)', 'windows11_64Guest'],
  ['rhel-9', 80, 'RedHat Enterprise Linux 64-Bit', 'rhel9_64Guest'],
  ['sles-15', 85, 'SLES 64-Bit', 'sles15_64Guest'],
  ['ubuntu', 94, 'Ubuntu 64-Bit', 'ubuntu64Guest'],
  ['debian-12', 96, 'Debian 64-Bit', 'debian12_64Guest'],
  ['other-linux-64', 101, 'Linux 64-Bit', 'otherLinux64Guest'],
  ['other-64', 102, 'Other 64-Bit', 'otherGuest64'],
];

const osSection = (descriptor: string): string => /<OperatingSystemSection[\s\S]*?<\/OperatingSystemSection>/.exec(descriptor)?.[0] ?? '';
const subTypes = (descriptor: string): string[] =>
  [...descriptor.matchAll(/<Item>([\s\S]*?)<\/Item>/g)]
    .map((m) => m[1] ?? '')
    .filter((item) => item.includes('<rasd:ResourceType>10</rasd:ResourceType>'))
    .map((item) => /<rasd:ResourceSubType>([^<]*)</.exec(item)?.[1] ?? '');

describe('ovf-export guest operating system', () => {
  it('without a choice writes what it always wrote: 1 "Other", no name, set on the target', () => {
    expect(osSection(run({}).descriptor)).toBe(
      '<OperatingSystemSection ovf:id="1">\n      <Info>Guest operating system (set it on the target)</Info>\n    </OperatingSystemSection>',
    );
  });

  it.each(EXPECTED_OS)('%s: ovf:id %i, Description "%s", vmw:osType %s', (guestOs, id, description, vmwOsType) => {
    const r = run({ guestOs });
    expect(osSection(r.descriptor)).toBe(
      `<OperatingSystemSection ovf:id="${id}" vmw:osType="${vmwOsType}">\n      <Info>The kind of installed guest operating system</Info>\n      <Description>${description}</Description>\n    </OperatingSystemSection>`,
    );
    // The inspector reads the same number and name back.
    const os = inspect(r.descriptor).systems[0]?.os;
    expect(os?.id).toBe(id);
    expect(os?.description).toBe(description);
    // Its own Description and vmw:osType settle numbers above 111, so the inspector never offers two readings.
    expect(os?.reading).not.toBe('ambiguous');
    expect(os?.family).toBe(guestOs.startsWith('windows') ? 'windows' : guestOs.startsWith('other-64') ? 'other' : 'linux');
  });

  it('says how VirtualBox misreads a number above 111: 117 is its Windows 8.1 64-bit, while VMware reads vmw:osType', () => {
    const r = run({ guestOs: 'windows-server-2016' });
    expect(r.warnings.some((w) => w.includes('ovf:id 117') && w.includes('Windows 8.1 64-bit') && w.includes('windows9Server64Guest'))).toBe(true);
    expect(r.assumptions.some((a) => a.sources.includes('dmtf-cim-schema-2-51'))).toBe(true);
  });

  it('says Windows Server 2022 has no CIM number and is written as 102 Other 64-Bit', () => {
    const r = run({ guestOs: 'windows-server-2022' });
    expect(r.warnings.some((w) => w.includes('no OSType number') && w.includes('102') && w.includes('windows2019srvNext_64Guest'))).toBe(true);
  });
});

describe('ovf-export network adapter type', () => {
  const nics = [{ network: 'LAN' }, { network: 'DMZ' }];

  it('writes E1000 on every adapter by default, as before, with no extra words', () => {
    const r = run({ nics });
    expect(subTypes(r.descriptor)).toEqual(['E1000', 'E1000']);
    expect(r.assumptions.some((a) => a.sources.includes('virtualbox-ovf-source'))).toBe(false);
  });

  it.each([
    ['E1000e', 'E1000e'],
    ['VmxNet3', 'VmxNet3'],
  ])('%s is written as ResourceSubType %s on every adapter and read back by the inspector', (nicType, subType) => {
    const r = run({ nics, nicType });
    expect(subTypes(r.descriptor)).toEqual([subType, subType]);
    expect(inspect(r.descriptor).systems[0]?.nics.map((n) => n.adapterType)).toEqual([subType, subType]);
    // VirtualBox maps only E1000, PCNet32 and virtio names (ApplianceImplImport.cpp): the reader is told.
    expect(r.warnings.some((w) => w.includes('VirtualBox does not map'))).toBe(true);
  });
});

const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/ovf-corpus/', import.meta.url));
const corpusPresent = existsSync(CORPUS_DIR);
if (!corpusPresent) console.warn(`OVF corpus checks skipped: the folder ../shared/ovf-corpus/ (${CORPUS_DIR}) is absent.`);

describe.skipIf(!corpusPresent)('ovf-export writes what real exporters write (../shared/ovf-corpus, read in place)', () => {
  const read = (name: string): string => readFileSync(`${CORPUS_DIR}${name}`, 'utf8');
  const osAttributes = (text: string): string => /<OperatingSystemSection (ovf:id="\d+" vmw:osType="[^"]+")/.exec(text)?.[1] ?? '';

  it('vCenter writes 103 + windows7Server64Guest for Windows Server 2008 R2, as the exporter does', () => {
    const real = read('govmomi__vbs_efi-nvram.ovf');
    expect(osAttributes(real)).toBe('ovf:id="103" vmw:osType="windows7Server64Guest"');
    expect(osAttributes(run({ guestOs: 'windows-server-2008-r2' }).descriptor)).toBe(osAttributes(real));
  });

  it("Canonical's Ubuntu image writes 94 + ubuntu64Guest, as the exporter does", () => {
    const real = read('govmomi__ubuntu24.10.ovf');
    expect(osAttributes(real)).toBe('ovf:id="94" vmw:osType="ubuntu64Guest"');
    expect(osAttributes(run({ guestOs: 'ubuntu' }).descriptor)).toBe(osAttributes(real));
  });

  it('vSphere exports spell the cards E1000 and VmxNet3, as the exporter does', () => {
    expect(read('govmomi__vbs_efi-nvram.ovf')).toContain('<rasd:ResourceSubType>E1000</rasd:ResourceSubType>');
    expect(read('govmomi__tc-160-cli.ovf')).toContain('<rasd:ResourceSubType>VmxNet3</rasd:ResourceSubType>');
    expect(subTypes(run({ nicType: 'VmxNet3' }).descriptor)).toEqual(['VmxNet3']);
    expect(subTypes(run({}).descriptor)).toEqual(['E1000']);
  });
});
