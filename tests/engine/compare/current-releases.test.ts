/**
 * Windows Server 2022/2025 and vSphere 8 in the comparison data (issue 17).
 * Every expected value is read from the document the cell cites:
 *  - ms-hyperv-scalability-ws (Plan for Hyper-V scalability in Windows Server, 10/25/2024):
 *    2025 - 2,048 logical processors, 4 PB host memory, 2,048 vCPUs and 240 TB per generation 2 VM;
 *    2022 - 1,024 logical processors, 1,024 vCPUs, 240 TB per VM; 64 nodes and 8,000 VMs per cluster.
 *  - vmware-vsphere-8-vm-cpu (vSphere 8.0 VM administration): at most 768 virtual CPUs per VM.
 *  - vmware-vsphere-8-ft-limits, vmware-vsphere-8-storage-vmotion, vmware-vsphere-8-ha: FT, Storage vMotion and HA exist in 8.0.
 *  - ms-processor-compatibility (compatibility mode first in 2008 R2), ms-dynamic-processor-compatibility (2025),
 *    ms-gpu-partitioning (GPU-P live migration from 2025), ms-lm-workgroup-cluster (workgroup clusters from 2016,
 *    live migration in them from 2025), ms-rdma-and-set (RDMA on switch-bound NICs from 2016),
 *    ms-ws2025-whats-new (Network ATC on Windows Server 2025), ms-smb-security-hardening (signing required by default from 2025).
 */
import { describe, expect, it } from 'vitest';
import { featureById, platforms } from '../../../src/engine/compare/matrix-data.ts';
import { featureMatrix } from '../../../src/engine/compare/feature-matrix.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';

const value = (feature: string, platform: string) => featureById.get(feature)?.values[platform]?.value;
const sources = (feature: string, platform: string) => featureById.get(feature)?.values[platform]?.sources ?? [];
const HYPER_V = ['hyper-v-2008', 'hyper-v-2008r2', 'hyper-v-2012', 'hyper-v-2012r2', 'hyper-v-2016', 'hyper-v-2019', 'hyper-v-2022', 'hyper-v-2025'];

/** Which Hyper-V releases have a yes/no feature, oldest first. */
const hyperVWith = (feature: string) => HYPER_V.filter((p) => value(feature, p) === true);

describe('Windows Server 2022 and 2025 limits (Plan for Hyper-V scalability)', () => {
  it("matches Microsoft's published maximums", () => {
    expect(value('max-host-logical-processors', 'hyper-v-2022')).toBe(1024);
    expect(value('max-host-logical-processors', 'hyper-v-2025')).toBe(2048);
    expect(value('max-vm-vcpus', 'hyper-v-2022')).toBe(1024);
    expect(value('max-vm-vcpus', 'hyper-v-2025')).toBe(2048);
    // 240 TB (TiB) = 240 × 1,024 GiB; 4 PB = 4 × 1,024² GiB.
    expect(value('max-vm-memory', 'hyper-v-2025')).toBe(240 * 1024);
    expect(value('max-host-memory', 'hyper-v-2025')).toBe(4 * 1024 * 1024);
    expect(value('max-cluster-nodes', 'hyper-v-2025')).toBe(64);
    expect(value('max-vms-per-cluster', 'hyper-v-2025')).toBe(8000);
    expect(sources('max-vm-vcpus', 'hyper-v-2025')).toContain('ms-hyperv-scalability-ws');
  });
});

describe('vSphere 8 column', () => {
  it('is a vSphere platform listed after the vSphere 5.0 editions', () => {
    const ids = platforms.map((p) => p.id);
    expect(ids.indexOf('vsphere-8')).toBeGreaterThan(ids.indexOf('vsphere-5.0-enterprise-plus'));
    expect(platforms.find((p) => p.id === 'vsphere-8')?.family).toBe('vsphere');
  });

  it("carries the figures VMware's 8.0 documents give, each with that document", () => {
    expect(value('max-vm-vcpus', 'vsphere-8')).toBe(768);
    expect(sources('max-vm-vcpus', 'vsphere-8')).toEqual(['vmware-vsphere-8-vm-cpu']);
    expect(value('vm-fault-tolerance', 'vsphere-8')).toBe(true);
    expect(sources('vm-fault-tolerance', 'vsphere-8')).toEqual(['vmware-vsphere-8-ft-limits']);
    expect(value('live-storage-migration', 'vsphere-8')).toBe(true);
    expect(value('integrated-ha', 'vsphere-8')).toBe(true);
  });

  it('marks everything it has no VMware document for as "not compared", never as no', () => {
    for (const id of ['max-host-memory', 'max-vm-memory', 'max-cluster-nodes', 'live-migration', 'shared-nothing-live-migration']) {
      expect(value(id, 'vsphere-8'), id).toBe('not compared');
    }
    const cited = new Set(['vmware-vsphere-8-vm-cpu', 'vmware-vsphere-8-ft-limits', 'vmware-vsphere-8-storage-vmotion', 'vmware-vsphere-8-ha']);
    for (const f of featureById.values()) {
      const cell = f.values['vsphere-8'];
      if (cell?.value === false) throw new Error(`${f.id}: vSphere 8 shown as "no" without a VMware document`);
      if (cell && cell.value !== 'not compared')
        expect(
          cell.sources.some((s) => cited.has(s)),
          f.id,
        ).toBe(true);
    }
  });

  it('a 2,048-vCPU requirement is met by Windows Server 2025 only; 768 also by 2022 and vSphere 8', () => {
    const out = (requirements: Record<string, unknown>) => {
      const r = evaluate(featureMatrix, { requirements });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.result.meetsAll;
    };
    expect(out({ 'max-vm-vcpus': '>= 2048' })).toEqual(['hyper-v-2025']);
    expect(out({ 'max-vm-vcpus': '>= 768' })).toEqual(['hyper-v-2022', 'hyper-v-2025', 'vsphere-8']);
  });
});

describe('features added for Windows Server 2022 and 2025', () => {
  it('processor compatibility from 2008 R2, the cluster-wide common set only on 2025', () => {
    expect(hyperVWith('processor-compatibility-mode')).toEqual(HYPER_V.slice(1));
    expect(hyperVWith('dynamic-processor-compatibility')).toEqual(['hyper-v-2025']);
  });

  it('GPU-partitioned VMs and workgroup clusters live-migrate from 2025', () => {
    expect(hyperVWith('gpu-partition-live-migration')).toEqual(['hyper-v-2025']);
    expect(hyperVWith('workgroup-cluster-live-migration')).toEqual(['hyper-v-2025']);
  });

  it('RDMA through the virtual switch from 2016; Network ATC and SMB signing by default on 2025', () => {
    expect(hyperVWith('rdma-through-virtual-switch')).toEqual(['hyper-v-2016', 'hyper-v-2019', 'hyper-v-2022', 'hyper-v-2025']);
    expect(hyperVWith('network-atc')).toEqual(['hyper-v-2025']);
    expect(hyperVWith('smb-signing-required-by-default')).toEqual(['hyper-v-2025']);
  });
});
