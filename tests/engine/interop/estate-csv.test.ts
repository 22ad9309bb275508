/** The estate planner's per-VM CSV: one VM built by hand, and the line written out by hand from RFC 4180 and the formula guard (csv.ts). */
import { describe, expect, it } from 'vitest';
import { estateCsv, estateCsvFileName } from '../../../src/engine/interop/estate-csv.ts';
import type { PlannedVm } from '../../../src/engine/interop/vm-plan.ts';

const HEADER = 'vm,vCenter,cluster,powerState,vCpus,memoryMiB,diskCapacityMiB,inUseMiB,firmware,generation,guestOs,guestSupport,disks,nics,blockers';

const sql: PlannedVm = {
  name: 'SQL, PRD 01',
  vCenter: 'vc1.example.test',
  cluster: 'Prod',
  powerState: 'poweredOn',
  cpus: 8,
  memoryMiB: 65536,
  firmware: 'efi',
  generation: 2,
  generationNote: '',
  diskCapacityMiB: 204800,
  inUseMiB: 150000,
  disks: [
    { label: 'Hard disk 1', capacityMiB: 102400, vhdxSizeMiB: 102400, thin: true, sourceController: 'SCSI 0', hyperVSlot: 'SCSI 0:0', copied: true },
    { label: 'Hard disk 2', capacityMiB: 102400, vhdxSizeMiB: 102400, thin: false, sourceController: 'SCSI 0', hyperVSlot: 'SCSI 0:1', copied: true },
  ],
  nics: [{ label: 'Network adapter 1', adapter: 'vmxnet3', network: 'VM Network', replacement: 'Hyper-V network adapter', staticMac: false }],
  snapshots: 2,
  guestOs: { name: 'Microsoft Windows Server 2022 (64-bit)', support: 'listed', maxVcpus: null, note: '', sources: [] },
  blockers: [{ vm: 'SQL, PRD 01', kind: 'snapshots', reason: '2 snapshots', blocksCopy: false, evidence: 'vSnapshot', sources: [] }],
};

/** A VM the export says little about, named like a formula. */
const bare: PlannedVm = {
  ...sql,
  name: '=cmd',
  firmware: null,
  generation: null,
  diskCapacityMiB: null,
  inUseMiB: null,
  disks: null,
  nics: null,
  blockers: [],
};

describe('estateCsv', () => {
  it('writes one line per VM under the header, quoting a name with a comma', () => {
    expect(estateCsv([sql]).split('\n')).toEqual([
      HEADER,
      '"SQL, PRD 01",vc1.example.test,Prod,poweredOn,8,65536,204800,150000,efi,2,Microsoft Windows Server 2022 (64-bit),listed,' +
        'Hard disk 1 102400 MiB SCSI 0:0; Hard disk 2 102400 MiB SCSI 0:1,vmxnet3 → Hyper-V network adapter,snapshots: 2 snapshots',
    ]);
  });

  it('leaves unknown figures empty and guards a name a spreadsheet would run', () => {
    expect(estateCsv([bare]).split('\n')[1]).toBe("'=cmd,vc1.example.test,Prod,poweredOn,8,65536,,,,,Microsoft Windows Server 2022 (64-bit),listed,,,");
  });

  it('names the file after the export', () => {
    expect(estateCsvFileName('RVTools_export_all.xlsx')).toBe('RVTools_export_all-hyper-v-plan.csv');
    expect(estateCsvFileName('')).toBe('estate-hyper-v-plan.csv');
  });
});
