/**
 * The planner on small RVTools-shaped workbooks built in the test, each
 * figure worked out by hand from the rows written here: generation from
 * Firmware, controller slots, blockers from vDisk/vInfo/vUSB/vSnapshot/vTools,
 * per-VM limits of the target release, join on (VI SDK UUID, VM UUID) with
 * names that repeat, and the CLI reading the .xlsx through @path.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { vmwareEstate, type VmwareEstateResult } from '../../../src/engine/interop/vmware-estate.ts';
import { buildXlsx, type CellValue } from '../xlsx/build-xlsx.ts';
import { VDISK_COLUMNS, VINFO_COLUMNS, rowOf, withCustomAttributes } from './rvtools-rows.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const SDK = 'aaaaaaaa-0000-0000-0000-000000000001';
const SDK2 = 'aaaaaaaa-0000-0000-0000-000000000002';

// Custom attribute "Backup" sits after Annotation, as RVTools writes it; 3.x-style headers are tested below.
const INFO_HEADER = withCustomAttributes(VINFO_COLUMNS, 'Backup');
const info = (
  name: string,
  uuid: string,
  cpus: number,
  memoryMiB: number,
  firmware: string,
  extra: { power?: string; template?: boolean; ft?: string; os?: string; sdk?: string } = {},
): CellValue[] =>
  rowOf(INFO_HEADER, {
    VM: name,
    Powerstate: extra.power ?? 'poweredOn',
    Template: extra.template ? 'True' : 'False',
    'SRM Placeholder': 'False',
    CPUs: cpus,
    Memory: memoryMiB,
    'Provisioned MiB': memoryMiB * 2,
    'In Use MiB': memoryMiB,
    'FT State': extra.ft ?? 'notConfigured',
    'EFI Secure boot': firmware === 'efi' ? 'True' : 'False',
    Firmware: firmware,
    Annotation: '',
    Backup: 'nightly',
    Cluster: 'CL1',
    'OS according to the configuration file': extra.os ?? 'Microsoft Windows Server 2022 (64-bit)',
    'VM UUID': uuid,
    'VI SDK Server': extra.sdk === SDK2 ? 'vc2' : 'vc1',
    'VI SDK UUID': extra.sdk ?? SDK,
  });
const disk = (
  vm: string,
  uuid: string,
  label: string,
  mib: number,
  bus: number,
  unit: number,
  o: { raw?: boolean; mode?: string; sharing?: string; bus?: string; sdk?: string } = {},
): CellValue[] =>
  rowOf(VDISK_COLUMNS, {
    VM: vm,
    Disk: label,
    'Capacity MiB': mib,
    Raw: o.raw ? 'True' : 'False',
    'Disk Mode': o.mode ?? 'persistent',
    'Sharing mode': o.sharing ?? 'sharingNone',
    Thin: 'True',
    Controller: 'VMware paravirtual SCSI',
    'SCSI Unit #': bus,
    'Unit #': unit,
    'Shared Bus': o.bus ?? 'noSharing',
    'Raw Comp. Mode': o.raw ? 'physicalMode' : '',
    'VM UUID': uuid,
    'VI SDK UUID': o.sdk ?? SDK,
  });

function estate(): Uint8Array {
  return buildXlsx(
    {
      vInfo: [
        INFO_HEADER,
        info('web01', 'u1', 4, 8192, 'efi'),
        info('db01', 'u2', 8, 65536, 'bios', { os: 'Red Hat Enterprise Linux 8 (64-bit)' }),
        // Same name in another vCenter: joined by (VI SDK UUID, VM UUID), never by name.
        info('web01', 'u1', 2, 4096, 'bios', { sdk: SDK2, power: 'poweredOff' }),
        info('big01', 'u4', 300, 16 * 1024 * 1024, 'efi', { ft: 'running' }),
        info('tpl-w2022', 'u5', 2, 4096, 'efi', { template: true }),
      ],
      vDisk: [
        [...VDISK_COLUMNS],
        disk('web01', 'u1', 'Hard disk 1', 102400, 0, 0),
        disk('web01', 'u1', 'Hard disk 2', 204800, 1, 0),
        disk('db01', 'u2', 'Hard disk 1', 81920, 0, 0),
        disk('db01', 'u2', 'Hard disk 2', 512000, 0, 1, { raw: true, bus: 'physicalSharing' }),
        disk('db01', 'u2', 'Hard disk 3', 10240, 0, 2, { mode: 'independent_persistent', sharing: 'sharingMultiWriter' }),
        disk('web01', 'u1', 'Hard disk 1', 40960, 0, 0, { sdk: SDK2 }),
        disk('big01', 'u4', 'Hard disk 1', 1024, 0, 0),
        disk('tpl-w2022', 'u5', 'Hard disk 1', 1024, 0, 0),
      ],
      vNetwork: [
        ['VM', 'NIC label', 'Adapter', 'Network', 'Type', 'VM UUID', 'VI SDK UUID'],
        ['web01', 'Network adapter 1', 'Vmxnet3', 'Prod', 'assigned', 'u1', SDK],
        ['db01', 'Network adapter 1', 'E1000', 'Prod', 'manual', 'u2', SDK],
      ],
      vSnapshot: [
        ['VM', 'Name', 'Size MiB (total)', 'VM UUID', 'VI SDK UUID'],
        ['web01', 'before patch', 2048.5, 'u1', SDK],
      ],
      vUSB: [
        ['VM', 'Device Type', 'VM UUID', 'VI SDK UUID'],
        ['db01', 'SafeNet dongle', 'u2', SDK],
      ],
      vTools: [
        ['VM', 'Tools', 'Tools Version', 'VM UUID', 'VI SDK UUID'],
        ['web01', 'toolsOk', '12448', 'u1', SDK],
        ['db01', 'toolsOk', '2147483647', 'u2', SDK],
      ],
    },
    { prefix: 'x' },
  );
}

function plan(bytes: Uint8Array, extra: Record<string, unknown> = {}): VmwareEstateResult {
  return resultOf(vmwareEstate, { export: Buffer.from(bytes).toString('base64'), ...extra });
}
const kinds = (r: VmwareEstateResult, vm: string) => r.blockers.filter((b) => b.vm === vm).map((b) => b.kind);

describe('vmware-estate on a hand-built export', () => {
  const result = plan(estate());
  const vm = (name: string, cpus: number) => result.vms.find((v) => v.name === name && v.cpus === cpus)!;

  it('totals exclude the template and count both same-named VMs', () => {
    // 4 + 8 + 2 + 300 vCPUs; 8192 + 65536 + 4096 + 16,777,216 MiB; disks: web01 307,200 + db01 604,160 + web01(vc2) 40,960 + big01 1,024.
    expect(result.totals).toMatchObject({ vms: 4, templates: 1, poweredOn: 3, vCpus: 314, memoryMiB: 16_855_040, diskCapacityMiB: 953_344 });
    expect(result.byVCenter.map((g) => [g.vCenter, g.vms])).toEqual([
      ['vc1', 3],
      ['vc2', 1],
    ]);
    expect(result.export.joins.vDisk).toBe('vi-sdk-uuid+vm-uuid');
  });

  it('joins each vCenter’s web01 to its own disks', () => {
    expect(vm('web01', 4).disks?.map((d) => d.capacityMiB)).toEqual([102400, 204800]);
    expect(vm('web01', 2).disks?.map((d) => d.capacityMiB)).toEqual([40960]);
  });

  it('EFI → Generation 2 on SCSI; BIOS → Generation 1 with the boot disk on IDE 0:0', () => {
    expect(vm('web01', 4).generation).toBe(2);
    expect(vm('web01', 4).disks?.map((d) => d.hyperVSlot)).toEqual(['SCSI 0:0', 'SCSI 1:0']);
    expect(vm('db01', 8).generation).toBe(1);
    expect(vm('db01', 8).disks?.map((d) => d.hyperVSlot)).toEqual(['IDE 0:0', 'SCSI 0:0', 'SCSI 0:1']);
    expect(result.firmware).toEqual({ efi: 2, bios: 2, unknown: 0 });
  });

  it('names every blocker of db01 with its evidence', () => {
    expect(kinds(result, 'db01').sort()).toEqual(['independent-disk', 'rdm', 'shared-disk', 'shared-disk', 'usb', 'vmware-tools'].sort());
    const rdm = result.blockers.find((b) => b.vm === 'db01' && b.kind === 'rdm')!;
    expect(rdm.reason).toMatch(/Hard disk 2 is a raw device mapping \(physicalMode\)/);
    expect(rdm.evidence).toBe('vDisk: Raw, Raw Comp. Mode');
    expect(result.blockers.find((b) => b.kind === 'vmware-tools' && b.vm === 'db01')?.reason).toMatch(/open-vm-tools/);
  });

  it('snapshots to consolidate and VMware Tools to remove on web01', () => {
    expect(kinds(result, 'web01').sort()).toEqual(['snapshots', 'vmware-tools']);
    expect(result.vmsWithSnapshots).toBe(1);
  });

  it('FT, and vCPUs and memory above the Windows Server 2019 Generation 2 maximums (240 vCPUs, 12 TB)', () => {
    // 300 vCPUs < 2,048 on 2025: only FT there; on 2019, 300 > 240 and 16 TiB > 12 TiB.
    expect(kinds(result, 'big01')).toEqual(['fault-tolerance']);
    const on2019 = plan(estate(), { targetVersion: 'ws2019' });
    expect(kinds(on2019, 'big01').sort()).toEqual(['fault-tolerance', 'memory-limit', 'vcpu-limit']);
  });

  it('NICs: all become synthetic adapters; the manual MAC is kept', () => {
    expect(vm('db01', 8).nics).toEqual([
      expect.objectContaining({ adapter: 'E1000', staticMac: true, replacement: expect.stringMatching(/^Hyper-V network adapter/) }),
    ]);
  });

  it('sizes hosts: 314 vCPUs at 64 cores × 4 = 2 hosts; 16,855,040 MiB at 1,024 GiB less 10 % = 18 hosts; + 1 spare', () => {
    // 1,024 GiB × 0.9 = 943,718.4 MiB; 16,855,040 / 943,718.4 = 17.86 → 18.
    expect(result.sizing).toMatchObject({ hostsForCpu: 2, hostsForMemory: 18, spareHosts: 1, hostsNeeded: 19 });
    expect(result.sizing.s2dLink).toBe('../../storage/storage-spaces-direct/?nodes=16');
  });

  it('copies In Use MiB over 10 Gbps at the line rate less framing, in waves', () => {
    // (1500 − 40) / (1500 + 38) = 0.94928 → 9.4928 Gbps = 1.18660 GB/s. In Use = memory here: 16,855,040 MiB = 17,674,004,152,320 bytes → 14,894.6 s.
    const two = plan(estate(), { waveSizeVms: 2 });
    expect(two.copy.waves.map((w) => w.vms)).toEqual([2, 2]);
    expect(two.copy.totalHours).toBeCloseTo(17_674_004_152_320 / ((9.4928 * 1e9) / 8) / 3600, 2);
  });
});

describe('vmware-estate: older and partial exports', () => {
  it('reads RVTools 3.x "MB" headers as MiB, unchanged, and says firmware is unknown', () => {
    const bytes = buildXlsx({
      vInfo: [
        ['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Provisioned MB', 'In Use MB'],
        ['a', 'poweredOn', 'False', 2, 4096, 10240, 5120],
      ],
    });
    const r = plan(bytes);
    expect(r.totals).toMatchObject({ vms: 1, provisionedMiB: 10240, inUseMiB: 5120, diskCapacityMiB: null });
    expect(r.export.rvtoolsVersion).toMatch(/^3\.x/);
    expect(r.vms[0]?.generation).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/no vDisk tab/);
  });

  it('reads the vInfo tab saved as CSV, with grouped numbers', () => {
    const csv = 'VM,Powerstate,Template,CPUs,Memory,Provisioned MB\napp,poweredOn,False,4,"16,384","206,057"\n';
    const r = plan(new TextEncoder().encode(csv));
    expect(r.totals).toMatchObject({ vms: 1, memoryMiB: 16384, provisionedMiB: 206057 });
    expect(r.export.source).toBe('csv');
  });

  it('refuses a workbook without vInfo, and text that is not base64', () => {
    const noInfo = evaluate(vmwareEstate, { export: Buffer.from(buildXlsx({ vHost: [['Host']] })).toString('base64') });
    expect(noInfo.ok || noInfo.issues[0]?.message).toMatch(/has no vInfo tab/);
    const junk = evaluate(vmwareEstate, { export: '%%%' });
    expect(junk.ok || junk.issues[0]?.message).toMatch(/not base64/);
  });

  it('with no export, answers zeros and says to choose one', () => {
    const r = evaluate(vmwareEstate, {});
    expect(r.ok && r.result.totals.vms).toBe(0);
    expect(r.ok && r.result.warnings[0]).toMatch(/No RVTools export given/);
  });
});

describe('vmware-estate on the CLI', () => {
  it('reads the .xlsx through @path and prints the plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'estate-'));
    const file = join(dir, 'export.xlsx');
    writeFileSync(file, estate());
    const root = resolve(import.meta.dirname, '../../..');
    const out = execFileSync(process.execPath, [resolve(root, 'bin/calc.mjs'), 'vmware-estate', '--input', JSON.stringify({ export: `@${file}` })], {
      cwd: root,
      encoding: 'utf8',
    });
    const result = JSON.parse(out) as VmwareEstateResult;
    expect(result.totals.vms).toBe(4);
    expect(result.blockers.some((b) => b.vm === 'db01' && b.kind === 'rdm')).toBe(true);
  });
});
