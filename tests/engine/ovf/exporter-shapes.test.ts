/**
 * ovf-inspect on descriptors in the shapes real exporters write (hand-written
 * fixtures, see fixtures/). Every expected value is derived by hand from the
 * fixture's own numbers and the rule's source:
 *  - dmtf-dsp0243: capacity × capacityAllocationUnits, bytes when absent;
 *    ovf:configuration picks Items; the default option is the one marked
 *    ovf:default (else the first).
 *  - dmtf-dsp0004: "byte * 2^20" = 1,048,576 bytes, "byte * 2^30" = 1,073,741,824.
 *  - ms-hyperv-generation-1-or-2: EFI → Gen 2 (SCSI boot); BIOS → Gen 1 (IDE 0:0 boot).
 *  - ms-vpc-vhd-size-limit: 2,088,960 MB / 1024 = 2040 GiB = 2,190,433,320,960 bytes.
 *  - dmtf-cim-schema: OSType 94 Ubuntu 64-bit, 80 RHEL 64-bit, 103 Windows Server 2008 R2; virtualbox-ovf-source:
 *    112 Windows Server 2012 by position (the DMTF value map has no 112).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { VHD_MAX_BYTES } from '../../../src/engine/ovf/hyperv-mapping.ts';
import { ovfInspect } from '../../../src/engine/ovf/ovf-inspect.ts';
import { fixture, GiB, inspect, MiB } from './helpers.ts';

describe('VMware ovftool, BIOS Windows VM (OVF 1.0)', () => {
  const r = inspect(fixture('vmware-ovftool-windows-bios.ovf'));
  const s = r.systems[0];

  it('reads the envelope and the hardware', () => {
    expect(r.ovfVersion).toBe('1.0'); // no ovf:version attribute: the OVF 1 namespace means 1.x
    expect(r.systems).toHaveLength(1);
    expect(s?.name).toBe('fileserver01');
    expect(s?.cpus).toBe(4);
    // 12288 × byte*2^20 = 12288 MiB
    expect(s?.memoryMiB).toBe(12288);
    expect(s?.os).toMatchObject({ id: 112, name: 'Windows Server 2012', reading: 'positional', family: 'windows' });
  });

  it('mixes capacity units per disk: 60 × 2^30 and 512000 × 2^20 bytes', () => {
    // 60 GiB = 60 × 1,073,741,824 = 64,424,509,440 bytes; 512,000 MiB = 512,000 × 1,048,576 = 536,870,912,000 bytes (500 GiB).
    expect(s?.disks.map((d) => d.capacityBytes)).toEqual([64_424_509_440, 536_870_912_000]);
    expect(s?.disks.map((d) => d.capacityGiB)).toEqual([60, 500]);
  });

  it('maps BIOS to Generation 1 with the boot disk on IDE 0:0 and data on synthetic SCSI', () => {
    expect(s?.firmware).toBe('bios');
    expect(s?.recommendedGeneration).toBe(1);
    expect(s?.disks[0]).toMatchObject({ format: 'vmdk', controller: 'scsi', needsConversion: true, boot: true, targetFileName: 'fileserver-disk1.vhdx' });
    expect(s?.disks[0]?.target).toMatchObject({ controllerType: 'IDE', controllerNumber: 0, controllerLocation: 0 });
    expect(s?.disks[1]?.target).toMatchObject({ controllerType: 'SCSI', controllerNumber: 0, controllerLocation: 0 });
    expect(s?.controllers.map((c) => c.kind)).toEqual(['scsi', 'sata']);
  });

  it('drops the VMCI device, video settings and vmw:Config/ExtraConfig, and says so', () => {
    expect(s?.dropped.some((d) => /VMCI/.test(d))).toBe(true);
    expect(s?.dropped.some((d) => /video/.test(d))).toBe(true);
    // cpuHotAddEnabled, tools.toolsUpgradePolicy, svga.autodetect (firmware is read, not dropped)
    expect(s?.dropped.some((d) => /^3 VMware/.test(d))).toBe(true);
    expect(s?.nics).toEqual([{ network: 'PG-Servers-VLAN20', adapterType: 'E1000e', macAddress: '', hyperVAdapter: 'synthetic' }]);
    expect(s?.findings.some((f) => /VMware Tools/.test(f.message))).toBe(true);
  });

  it('plans qemu-img for both VMDKs and a Generation 1 New-VM', () => {
    expect(s?.plan.qemuImg).toEqual([
      "qemu-img convert -p -f vmdk -O vhdx -o subformat=dynamic 'fileserver-disk1.vmdk' 'fileserver-disk1.vhdx'",
      "qemu-img convert -p -f vmdk -O vhdx -o subformat=dynamic 'fileserver-disk2.vmdk' 'fileserver-disk2.vhdx'",
    ]);
    const ps = s?.plan.powershell.join('\n') ?? '';
    expect(ps).toContain('New-VM -Name $vmName -Generation 1 -MemoryStartupBytes 12288MB -NoVHD');
    expect(ps).toContain(
      "Add-VMHardDiskDrive -VMName $vmName -ControllerType IDE -ControllerNumber 0 -ControllerLocation 0 -Path (Join-Path $diskPath 'fileserver-disk1.vhdx')",
    );
    expect(ps).toContain("-SwitchName 'PG-Servers-VLAN20'");
    expect(ps).not.toContain('SecureBootTemplate');
  });
});

describe('vendor appliance with deployment options, OVF properties and EFI', () => {
  const d = fixture('vmware-vapp-deployment-options.ovf');

  it('lists the options and reads the one marked default when none is asked', () => {
    const r = inspect(d);
    expect(r.deploymentOptions.map((o) => [o.id, o.default])).toEqual([
      ['small', false],
      ['medium', true],
      ['large', false],
    ]);
    expect(r.deploymentOption).toBe('medium');
    // medium: 4 vCPU; memory 16 × byte*2^30 = 16 GiB = 16384 MiB
    expect(r.systems[0]).toMatchObject({ cpus: 4, memoryMiB: 16384, firmware: 'efi', recommendedGeneration: 2 });
    expect(r.ovfVersion).toBe('1.1');
  });

  it('reads another option when asked', () => {
    const small = inspect(d, 'small').systems[0];
    const large = inspect(d, 'large').systems[0];
    expect([small?.cpus, small?.memoryMiB]).toEqual([2, 8 * 1024]);
    expect([large?.cpus, large?.memoryMiB]).toEqual([8, 32 * 1024]);
  });

  it('refuses an option the descriptor does not offer, naming the field', () => {
    const outcome = evaluate(ovfInspect, { descriptor: d, deploymentOption: 'huge' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]).toMatchObject({ field: 'deploymentOption', message: expect.stringMatching(/small, medium, large/) });
  });

  it('resolves a ${property} capacity from the ProductSection: 100 × 2^30 bytes', () => {
    const s = inspect(d).systems[0];
    expect(s?.disks.map((x) => x.capacityBytes)).toEqual([16 * GiB, 100 * GiB]);
  });

  it('warns that OVF properties will not reach the guest, notes the EULA, and plans Gen 2 SCSI boot', () => {
    const s = inspect(d).systems[0];
    expect(s?.findings.some((f) => f.severity === 'warning' && /OVF properties/.test(f.message))).toBe(true);
    expect(s?.findings.some((f) => /EulaSection/.test(f.message))).toBe(true);
    expect(s?.os.family).toBe('linux');
    const ps = s?.plan.powershell.join('\n') ?? '';
    expect(ps).toContain('-Generation 2');
    expect(ps).toContain('Set-VMFirmware -VMName $vmName -SecureBootTemplate MicrosoftUEFICertificateAuthority');
    expect(ps).toContain('-FirstBootDevice (Get-VMHardDiskDrive -VMName $vmName -ControllerType SCSI -ControllerNumber 0 -ControllerLocation 0)');
  });
});

describe('VirtualBox export (OVF 1.0, MegaBytes, bytes without units, EFI in vbox:Machine)', () => {
  const r = inspect(fixture('virtualbox-ubuntu-efi.ovf'));
  const s = r.systems[0];

  it('reads MegaBytes as MiB and a unit-less capacity as bytes', () => {
    expect(s?.memoryMiB).toBe(4096);
    // 26,843,545,600 bytes / 1,073,741,824 = 25 GiB
    expect(s?.disks[0]?.capacityBytes).toBe(26_843_545_600);
    expect(s?.disks[0]?.capacityGiB).toBe(25);
  });

  it('takes the name from VirtualSystemIdentifier, not the generic ElementName', () => {
    expect(s?.name).toBe('ubuntu-dev');
  });

  it('finds EFI in the VirtualBox machine block and maps SATA to SCSI on Gen 2', () => {
    expect(s).toMatchObject({ firmware: 'efi', recommendedGeneration: 2, sourcePlatform: 'virtualbox' });
    expect(s?.disks[0]).toMatchObject({ controller: 'sata', format: 'vmdk', needsConversion: true });
    expect(s?.disks[0]?.target.controllerType).toBe('SCSI');
  });

  it('drops the USB controller, the sound card and vbox:Machine', () => {
    expect(s?.dropped).toEqual(['USB controller (usb)', 'sound card (sound)', 'the VirtualBox machine settings block (vbox:Machine)']);
    expect(s?.findings.some((f) => /Guest Additions/.test(f.message))).toBe(true);
  });
});

describe('XenServer vApp (VirtualSystemCollection, VHD disks)', () => {
  const r = inspect(fixture('xenserver-vapp-collection.ovf'));

  it('yields one system per VirtualSystem in the collection', () => {
    expect(r.systems.map((s) => s.name)).toEqual(['web01', 'db01']);
    expect(r.systems.map((s) => [s.cpus, s.memoryMiB])).toEqual([
      [2, 2048],
      [8, 32768],
    ]);
    expect(r.systems.map((s) => s.os.name)).toEqual(['Red Hat Enterprise Linux 64-bit', 'Windows Server 2008 R2']);
    expect(r.ovfVersion).toBe('1.0'); // ovf:version="1.0.0" reported as major.minor
  });

  it('keeps a VHD under 2040 GiB as is on Generation 1', () => {
    const web = r.systems[0];
    expect(web?.recommendedGeneration).toBe(1);
    // 21,474,836,480 bytes = 20 GiB, far below 2040 GiB
    expect(web?.disks[0]).toMatchObject({ format: 'vhd', capacityBytes: 20 * GiB, needsConversion: false, targetFileName: 'web-system.vhd' });
    expect(web?.plan.qemuImg).toEqual([]);
    expect(web?.nics[0]?.macAddress).toBe('00:16:3e:aa:bb:01');
  });

  it('flags a VHD declared above 2040 GiB and plans Convert-VHD to VHDX', () => {
    const db = r.systems[1];
    // 2,254,857,830,400 bytes / 2^30 = 2100 GiB > 2040 GiB = 2,190,433,320,960 bytes (ms-vpc-vhd-size-limit)
    expect(VHD_MAX_BYTES).toBe(2_190_433_320_960);
    expect(db?.disks[1]).toMatchObject({ capacityGiB: 2100, needsConversion: true, targetFileName: 'db-data.vhdx' });
    expect(db?.findings.some((f) => f.severity === 'error' && /2040 GiB/.test(f.message))).toBe(true);
    expect(db?.plan.powershell.join('\n')).toContain(
      "Convert-VHD -Path (Join-Path $diskPath 'db-data.vhd') -DestinationPath (Join-Path $diskPath 'db-data.vhdx')",
    );
    expect(r.warnings.some((w) => /db01/.test(w))).toBe(true);
  });

  it('warns that a gzip-compressed file must be decompressed first', () => {
    expect(r.systems[1]?.findings.some((f) => /gzip-compressed/.test(f.message))).toBe(true);
  });
});

describe('OVF 2.0 with StorageItem and EthernetPortItem, resolved by namespace URI', () => {
  const r = inspect(fixture('ovf2-kvm-storageitem.ovf'));
  const s = r.systems[0];

  it('reads the version and says some importers reject 2.0', () => {
    expect(r.ovfVersion).toBe('2.0');
    expect(r.findings.some((f) => /OVF 2\.0/.test(f.message))).toBe(true);
  });

  it('reads StorageItem disks and EthernetPortItem NICs despite odd prefixes', () => {
    // 8192 × byte*2^20 = 8 GiB; memory 1 × byte*2^30 = 1024 MiB
    expect(s?.memoryMiB).toBe(1024);
    // The controller is ResourceType 6 (CIM: parallel SCSI HBA): SCSI whatever its subtype (virtio-scsi) says.
    expect(s?.disks[0]).toMatchObject({ format: 'qcow2', capacityBytes: 8 * GiB, controller: 'scsi', controllerSubtype: 'virtio-scsi', needsConversion: true });
    expect(s?.disks[1]).toMatchObject({ format: 'iso', needsConversion: false });
    expect(s?.disks[1]?.target).toMatchObject({ drive: 'dvd', controllerType: 'IDE', controllerNumber: 1 });
    expect(s?.nics.map((n) => [n.network, n.adapterType])).toEqual([
      ['wan', 'virtio'],
      ['lan', 'virtio'],
    ]);
    expect(s?.plan.qemuImg[0]).toBe("qemu-img convert -p -f qcow2 -O vhdx -o subformat=dynamic 'gateway-root.qcow2' 'gateway-root.vhdx'");
  });
});

describe('VMware OVF 0.9 draft', () => {
  const r = inspect(fixture('vmware-ovf09-draft.ovf'));
  const s = r.systems[0];
  it('reads Section/Content xsi:types, InstanceId, /disk/ references and MegaBytes, with a warning', () => {
    expect(r.ovfVersion).toBe('0.9');
    expect(r.findings[0]?.message).toMatch(/0\.9/);
    expect(s).toMatchObject({ name: 'legacy-app', cpus: 1, memoryMiB: 512, recommendedGeneration: 1 });
    // 8,589,934,592 bytes = 8 GiB, no units attribute
    expect(s?.disks[0]).toMatchObject({ capacityBytes: 8 * GiB, format: 'vmdk', controller: 'scsi', controllerSubtype: 'buslogic' });
    expect(s?.findings.some((f) => /Sections not used/.test(f.message))).toBe(false);
  });
});

describe('units and accidental shapes', () => {
  const base = fixture('vmware-ovftool-windows-bios.ovf');
  it('reads "byte*2^20" without spaces and a missing AllocationUnits as MiB with a warning', () => {
    const noSpaces = inspect(
      base.replace('<rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>', '<rasd:AllocationUnits>byte*2^20</rasd:AllocationUnits>'),
    );
    expect(noSpaces.systems[0]?.memoryMiB).toBe(12288);
    const none = inspect(base.replace('<rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>', ''));
    expect(none.systems[0]?.memoryMiB).toBe(12288);
    expect(none.systems[0]?.findings.some((f) => /no AllocationUnits/.test(f.message))).toBe(true);
  });

  it('reads a capacity with no capacityAllocationUnits as bytes (DSP0243 default)', () => {
    const d = base.replace('ovf:capacity="60" ovf:capacityAllocationUnits="byte * 2^30"', 'ovf:capacity="1048576"');
    expect(inspect(d).systems[0]?.disks[0]?.capacityBytes).toBe(MiB);
  });

  it('accepts CIM namespaces written with a trailing .xsd', () => {
    const d = base.replaceAll('CIM_ResourceAllocationSettingData"', 'CIM_ResourceAllocationSettingData.xsd"');
    expect(inspect(d).systems[0]?.cpus).toBe(4);
  });

  it('rounds a fractional capacity to whole bytes: 2.5 × 2^30 = 2,684,354,560', () => {
    const d = base.replace('ovf:capacity="60" ovf:capacityAllocationUnits="byte * 2^30"', 'ovf:capacity="2.5" ovf:capacityAllocationUnits="byte * 2^30"');
    expect(inspect(d).systems[0]?.disks[0]?.capacityBytes).toBe(2_684_354_560);
  });

  it('finds UEFI in XenServer HVM boot parameters (firmware=uefi) and maps it to Generation 2', () => {
    const d = fixture('xenserver-vapp-collection.ovf').replace('<xenovf:Value>order=dc</xenovf:Value>', '<xenovf:Value>order=dc;firmware=uefi</xenovf:Value>');
    const [web, db] = inspect(d).systems;
    expect([web?.firmware, web?.recommendedGeneration]).toEqual(['efi', 2]);
    // Gen 2 cannot boot a VHD: the 20 GiB VHD must now become VHDX (ms-hyperv-generation-1-or-2).
    expect(web?.disks[0]).toMatchObject({ needsConversion: true, targetFileName: 'web-system.vhdx' });
    expect(db?.firmware).toBe('bios');
  });
});
