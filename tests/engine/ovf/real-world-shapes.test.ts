/**
 * The shapes that real exporters' files showed, each in
 * a small hand-written fixture of our own (fixtures/), so the project's tests
 * hold them without ../shared. Expected values come from the fixture's own
 * numbers and the rule's source:
 *  - dmtf-dsp0243 §9.8: Items apply to every configuration unless
 *    ovf:configuration names some; Items with the same InstanceID combine,
 *    a later Item's child elements overriding an earlier one's.
 *  - dmtf-dsp0243: only rasd:Connection names a network; a disk Item with no
 *    HostResource is a new, empty disk.
 *  - dmtf-cim-schema: ResourceType 5 IDE, 6 parallel SCSI HBA, 10 Ethernet,
 *    17 disk, 20 other storage device.
 *  - dmtf-dsp0004: "byte * 2^30" = 1,073,741,824 bytes.
 */
import { describe, expect, it } from 'vitest';
import { fixture, GiB, inspect } from './helpers.ts';

const messages = (r: ReturnType<typeof inspect>): string[] => [...r.findings, ...r.systems.flatMap((s) => s.findings)].map((f) => f.message);

describe('OVF 0.9 with unqualified children (only the ovf: prefix declared)', () => {
  const r = inspect(fixture('ovf09-unqualified-children.ovf'));
  const s = r.systems[0];

  it('finds the VirtualSystem in <Content xsi:type="ovf:VirtualSystem_Type"> and reads its hardware', () => {
    expect(r.ovfVersion).toBe('0.9');
    expect(r.systems.map((x) => x.id)).toEqual(['legacy-app']);
    expect(s?.cpus).toBe(3);
    // 768 MegaBytes = 768 MiB
    expect(s?.memoryMiB).toBe(768);
    // 4294967296 bytes, no capacityAllocationUnits = bytes = 4 GiB
    expect(s?.disks.map((d) => d.capacityBytes)).toEqual([4 * GiB]);
    expect(s?.controllers.map((c) => c.kind)).toEqual(['scsi']);
    expect(s?.nics.map((n) => n.network)).toEqual(['Office LAN']);
  });

  it('says it read unqualified elements', () => {
    expect(messages(r).some((m) => /carry no namespace/.test(m))).toBe(true);
  });
});

describe('deployment options stacking Items that share an InstanceID (DSP0243 §9.8)', () => {
  const d = fixture('deployment-options-stacked.ovf');

  it('reads the generic Items alone for "small": 2 vCPU, 2 × 2^30 bytes = 2048 MiB', () => {
    const s = inspect(d, 'small').systems[0];
    expect([s?.cpus, s?.memoryMiB]).toEqual([2, 2048]);
  });

  it('lets "medium large" override only VirtualQuantity for "medium": 8 × 2^30 bytes (units from the generic Item) = 8192 MiB', () => {
    const s = inspect(d, 'medium').systems[0];
    expect([s?.cpus, s?.memoryMiB]).toEqual([4, 8192]);
  });

  it('lets the later "large" Item win over "medium large" for "large": 16 × 2^30 bytes = 16384 MiB, 8 vCPU', () => {
    const s = inspect(d, 'large').systems[0];
    expect([s?.cpus, s?.memoryMiB]).toEqual([8, 16384]);
    expect(s?.findings.some((f) => /no AllocationUnits/.test(f.message))).toBe(false);
  });
});

describe('a NIC with an empty rasd:Connection', () => {
  const r = inspect(fixture('nic-empty-connection.ovf'));
  const s = r.systems[0];

  it('names no network instead of inventing one from the adapter label', () => {
    expect(s?.nics.map((n) => n.network)).toEqual(['Frontend', '']);
    expect(s?.findings.some((f) => /name no network/.test(f.message))).toBe(true);
  });

  it('leaves a placeholder switch in the PowerShell, never the label', () => {
    const ps = s?.plan.powershell.join('\n') ?? '';
    expect(ps).toContain("-Name 'nic1' -SwitchName 'Frontend'");
    expect(ps).toContain("-Name 'nic2' -SwitchName '<virtual switch>'");
    expect(ps).not.toContain("'Network adapter 2'");
  });
});

describe('a blank disk defined only by its Item, on a "virtio lsilogic" ResourceType 6 controller', () => {
  const s = inspect(fixture('blank-disk-item-and-controllers.ovf')).systems[0];

  it('reads the Item-only disk as a new empty disk of 100 × 2^30 = 107,374,182,400 bytes', () => {
    expect(s?.disks.map((d) => [d.capacityBytes, d.blank])).toEqual([
      [40 * GiB, false],
      [107_374_182_400, true],
    ]);
    expect(s?.plan.powershell.join('\n')).toContain('-SizeBytes 107374182400 -Dynamic');
  });

  it('calls the ResourceType 6 controller SCSI whatever its subtype says', () => {
    expect(s?.controllers.map((c) => [c.kind, c.subtype])).toEqual([['scsi', 'virtio lsilogic']]);
  });
});

describe('Items the reader cannot resolve, a slot claimed twice and a disk attached nowhere', () => {
  const r = inspect(fixture('unresolved-items.ovf'));
  const s = r.systems[0];
  const all = messages(r);

  it('reports the NIC whose properties are in a misspelt namespace instead of returning 0 NICs silently', () => {
    expect(s?.nics).toEqual([]);
    expect(all.some((m) => /no readable ResourceType.*CIM_ResourceAllocationSettingDat\b/.test(m))).toBe(true);
    expect(all.some((m) => /No network adapter was read/.test(m))).toBe(true);
  });

  it('keeps the first of two disks in IDE slot 3:0 and says so', () => {
    // 10 × 2^30 bytes: disk "da"; "db" claims the same slot.
    expect(s?.disks.map((d) => [d.diskId, d.capacityBytes])).toEqual([['da', 10 * GiB]]);
    expect(all.some((m) => /Hard disk B.*already holds/.test(m))).toBe(true);
  });

  it('flags the disk no Item attaches', () => {
    expect(all.some((m) => /"dc".*attached nowhere/.test(m))).toBe(true);
  });
});

describe('oVirt/RHV dialect: envelope namespace with a trailing slash', () => {
  const r = inspect(fixture('ovirt-trailing-slash.ovf'));
  const s = r.systems[0];

  it('is read, with a warning, instead of refused', () => {
    expect(r.findings.some((f) => f.severity === 'warning' && /trailing slash/.test(f.message))).toBe(true);
    expect(r.ovfVersion).toBe('0.9');
  });

  it('reads sockets × cores, the disk by its fileRef form, and the NIC; the video Item is not a controller', () => {
    // 2 sockets × 2 cores = 4 vCPU; 4096 MegaBytes = 4096 MiB; 21474836480 bytes = 20 GiB
    expect([s?.cpus, s?.memoryMiB]).toEqual([4, 4096]);
    expect(s?.disks.map((d) => [d.diskId, d.capacityBytes, d.fileName, d.blank])).toEqual([['vol-2222', 20 * GiB, 'vol-2222', false]]);
    expect(s?.controllers).toEqual([]);
    expect(s?.nics.map((n) => n.network)).toEqual(['ovirtmgmt']);
    expect(s?.findings.some((f) => /Graphical Controller.*ResourceType 20/.test(f.message))).toBe(true);
  });
});
