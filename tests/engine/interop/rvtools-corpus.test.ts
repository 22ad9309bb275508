/**
 * The planner against every export in ../shared/rvtools-corpus, read in place
 * (never copied into the project), checked against that folder's facts.json:
 * what a correct reader must find in each file, established by hand and by
 * the corpus' own script from the raw cells. Skipped, naming the folder, in a
 * clone without it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { readRvtools } from '../../../src/engine/interop/rvtools-read.ts';
import { vmwareEstate } from '../../../src/engine/interop/vmware-estate.ts';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/rvtools-corpus');
const present = existsSync(resolve(CORPUS, 'facts.json'));
if (!present) console.warn(`RVTools corpus tests skipped: ${CORPUS} is absent`);

interface Facts {
  vms: number;
  templates: number;
  powered_on: number;
  vcpus: number;
  memory_mib: number;
  provisioned_mib: number;
  in_use_mib: number | null;
  efi_vms: number | null;
  vms_with_snapshots: number | null;
  vdisk_capacity_mib?: number;
  thin_disks?: number | null;
  rdm_disks?: number | null;
  shared_bus_disks?: number | null;
  multiwriter_disks?: number | null;
  nic_adapter_types?: Record<string, number>;
  vm_match_basis: Record<string, string>;
  vcenters: string[] | null;
  rvtools_version?: string[];
}

const facts: Record<string, Facts> = present ? JSON.parse(readFileSync(resolve(CORPUS, 'facts.json'), 'utf8')) : {};
const files = present ? readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx')) : [];
const CLONE = 'synthetic__kylow-vmwareexport__python-clone.xlsx';
const basisName: Record<string, string> = { 'vi_sdk_uuid+vm_uuid': 'vi-sdk-uuid+vm-uuid', vm_uuid: 'vm-uuid', vm_name: 'vm-name' };

describe.skipIf(!present)('RVTools corpus: every file against facts.json', () => {
  it('has facts for every file', () => {
    for (const file of files) expect(facts[file], file).toBeDefined();
  });

  for (const file of files) {
    it(`reads ${file} as facts.json says`, () => {
      const f = facts[file]!;
      const bytes = new Uint8Array(readFileSync(resolve(CORPUS, file)));
      const read = readRvtools(bytes, file);
      expect(read.ok, read.ok ? '' : read.message).toBe(true);
      if (!read.ok) return;
      const inv = read.inventory;
      const vms = inv.vms.filter((v) => !v.template);
      const sum = (pick: (v: (typeof vms)[number]) => number | null) => vms.reduce((a, v) => a + (pick(v) ?? 0), 0);
      expect(inv.vms.length - vms.length, 'templates').toBe(f.templates);
      expect(vms.length, 'vms').toBe(f.vms);
      expect(vms.filter((v) => v.powerState === 'poweredOn').length, 'powered on').toBe(f.powered_on);
      expect(
        sum((v) => v.cpus),
        'vCPUs',
      ).toBe(f.vcpus);
      expect(
        sum((v) => v.memoryMiB),
        'memory MiB',
      ).toBe(f.memory_mib);
      expect(
        sum((v) => v.provisionedMiB),
        'provisioned MiB',
      ).toBe(f.provisioned_mib);
      if (f.in_use_mib !== null)
        expect(
          sum((v) => v.inUseMiB),
          'in use MiB',
        ).toBe(f.in_use_mib);
      if (f.efi_vms !== null) expect(vms.filter((v) => v.firmware === 'efi').length, 'EFI VMs').toBe(f.efi_vms);
      else expect(vms.every((v) => v.firmware === null)).toBe(true);
      if (f.vms_with_snapshots !== null) expect(vms.filter((v) => (v.snapshots?.length ?? 0) > 0).length, 'VMs with snapshots').toBe(f.vms_with_snapshots);
      if (f.vdisk_capacity_mib !== undefined)
        expect(
          sum((v) => v.disks?.reduce((a, d) => a + d.capacityMiB, 0) ?? 0),
          'vDisk capacity MiB',
        ).toBeCloseTo(f.vdisk_capacity_mib, 1);
      const disks = vms.flatMap((v) => v.disks ?? []);
      if (typeof f.thin_disks === 'number') expect(disks.filter((d) => d.thin).length, 'thin disks').toBe(f.thin_disks);
      if (typeof f.rdm_disks === 'number') expect(disks.filter((d) => d.raw).length, 'RDM disks').toBe(f.rdm_disks);
      if (typeof f.shared_bus_disks === 'number')
        expect(disks.filter((d) => /virtualSharing|physicalSharing/.test(d.sharedBus)).length).toBe(f.shared_bus_disks);
      if (typeof f.multiwriter_disks === 'number') expect(disks.filter((d) => /multiwriter/i.test(d.sharingMode)).length).toBe(f.multiwriter_disks);
      if (f.nic_adapter_types) {
        const types: Record<string, number> = {};
        for (const nic of vms.flatMap((v) => v.nics ?? [])) types[nic.adapter] = (types[nic.adapter] ?? 0) + 1;
        expect(types, 'NIC adapter types').toEqual(f.nic_adapter_types);
      }
      for (const [tab, basis] of Object.entries(f.vm_match_basis)) expect(inv.joins[tab], `${tab} join`).toBe(basisName[basis]);
      if (f.vcenters) expect([...new Set(vms.map((v) => v.vCenter))].sort()).toEqual([...f.vcenters].sort());
      if (f.rvtools_version) expect(inv.rvtoolsVersion).toBe(f.rvtools_version[0]);
    });

    it(`plans ${file} through the model${file === CLONE ? ' (refused: inconsistent clone)' : ''}`, () => {
      const f = facts[file]!;
      const base64 = readFileSync(resolve(CORPUS, file)).toString('base64');
      const outcome = evaluate(vmwareEstate, { export: base64, fileName: file });
      if (file === CLONE) {
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.issues[0]?.message).toMatch(/not a consistent RVTools export.*vInfo's VM column does not hold the VMs' names/);
        return;
      }
      expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.issues)).toBe(true);
      if (!outcome.ok) return;
      const { totals, firmware } = outcome.result;
      expect(totals.vms).toBe(f.vms);
      expect(totals.templates).toBe(f.templates);
      expect(totals.poweredOn).toBe(f.powered_on);
      expect(totals.vCpus).toBe(f.vcpus);
      expect(totals.memoryMiB).toBe(f.memory_mib);
      expect(totals.provisionedMiB).toBe(f.provisioned_mib);
      if (f.vdisk_capacity_mib !== undefined) expect(totals.diskCapacityMiB).toBe(f.vdisk_capacity_mib);
      if (f.efi_vms !== null) expect(firmware.efi).toBe(f.efi_vms);
      expect(outcome.result.vmsWithSnapshots).toBe(f.vms_with_snapshots);
      expect(outcome.result.vms).toHaveLength(f.vms);
    });
  }
});
