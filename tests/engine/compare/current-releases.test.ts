/**
 * Windows Server 2022/2025 and vSphere 8 in the comparison data.
 * Every expected value is read from the document the cell cites:
 *  - ms-hyperv-scalability-ws (Plan for Hyper-V scalability in Windows Server, 10/25/2024):
 *    2025 - 2,048 logical processors, 4 PB host memory, 2,048 vCPUs and 240 TB per generation 2 VM;
 *    2022 - 1,024 logical processors, 1,024 vCPUs, 240 TB per VM; 64 nodes and 8,000 VMs per cluster.
 *  - vmware-vsphere-8-vm-cpu (vSphere 8.0 VM administration): at most 768 virtual CPUs per VM.
 *  - vmware-vsphere-8-ft-limits, vmware-vsphere-8-storage-vmotion, vmware-vsphere-8-ha: FT, Storage vMotion and HA exist in 8.0.
 *  - vmware-vsphere-8-vm-compat and vmware-vsphere-7-vm-compat (VM compatibility tables, 8.0 and 7.0): 768 logical
 *    processors and 24560 GB per VM from hardware version 18 (7.0 U1) on; 10 NICs per VM in 7.0.
 *  - Secondary: terraform-vsphere-2026-hosts-per-cluster
 *    ("The new limit of 96 hosts is applicable from 7.0U1 onwards and valid only for non-VSAN clusters"),
 *    nakivo-vsphere-8-whats-new ("VM per cluster è aumentato da 8.000 a 10.000"), nutanix-bible-vsphere-architecture
 *    (7.0: 1,024 VMs per host, 8,000 per cluster, 62TB disks), cloudnews-vsphere-evolution and 4sysops-proxmox-esxi-hyperv
 *    (8.0 / ESXi: 896 logical CPUs and 24 TB per host, two low-confidence sources that agree).
 *  - ms-processor-compatibility (compatibility mode first in 2008 R2), ms-dynamic-processor-compatibility (2025),
 *    ms-gpu-partitioning (GPU-P live migration from 2025), ms-lm-workgroup-cluster (workgroup clusters from 2016,
 *    live migration in them from 2025), ms-rdma-and-set (RDMA on switch-bound NICs from 2016),
 *    ms-ws2025-whats-new (Network ATC on Windows Server 2025), ms-smb-security-hardening (signing required by default from 2025).
 */
import { describe, expect, it } from 'vitest';
import { featureById, platforms } from '../../../src/engine/compare/matrix-data.ts';
import { featureMatrix } from '../../../src/engine/compare/feature-matrix.ts';
import { calc } from '../../cli/run-cli.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const value = (feature: string, platform: string) => featureById.get(feature)?.values[platform]?.value;
const sources = (feature: string, platform: string) => featureById.get(feature)?.values[platform]?.sources ?? [];
const evidence = (feature: string, platform: string) => featureById.get(feature)?.values[platform]?.evidence;
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
    expect(sources('max-vm-vcpus', 'vsphere-8')).toEqual(['vmware-vsphere-8-vm-cpu', 'vmware-vsphere-8-vm-compat']);
    // 24560 GB for hardware versions 18 to 21, read as GiB: 24 × 1,024 − 16.
    expect(value('max-vm-memory', 'vsphere-8')).toBe(24 * 1024 - 16);
    expect(value('vm-fault-tolerance', 'vsphere-8')).toBe(true);
    expect(sources('vm-fault-tolerance', 'vsphere-8')).toEqual(['vmware-vsphere-8-ft-limits']);
    expect(value('live-storage-migration', 'vsphere-8')).toBe(true);
    expect(value('integrated-ha', 'vsphere-8')).toBe(true);
    for (const id of ['max-vm-vcpus', 'max-vm-memory', 'vm-fault-tolerance']) expect(evidence(id, 'vsphere-8'), id).toBe('primary');
  });

  it('carries the secondary figures, marked secondary, and leaves the single low-confidence ones out', () => {
    expect([value('max-cluster-nodes', 'vsphere-8'), evidence('max-cluster-nodes', 'vsphere-8')]).toEqual([96, 'secondary']);
    expect([value('max-vms-per-cluster', 'vsphere-8'), evidence('max-vms-per-cluster', 'vsphere-8')]).toEqual([10000, 'secondary']);
    expect(value('max-host-logical-processors', 'vsphere-8')).toBe(896);
    expect(value('max-host-memory', 'vsphere-8')).toBe(24 * 1024); // 24 TB read as TiB
    // 62 TB virtual disks for 8.0 rest on one low-confidence table only; VMs per host on an ESXi column naming no version.
    expect(value('max-virtual-disk-size', 'vsphere-8')).toBe('not compared');
    expect(value('max-running-vms-per-host', 'vsphere-8')).toBe('not compared');
  });

  it('marks everything it has no document for as unknown, never as no', () => {
    for (const id of ['max-running-vms-per-host', 'live-migration', 'shared-nothing-live-migration']) {
      expect(value(id, 'vsphere-8'), id).toBe('not compared');
    }
    for (const platform of ['vsphere-7', 'vsphere-8']) {
      for (const f of featureById.values()) {
        const cell = f.values[platform];
        if (cell?.value === false) throw new Error(`${f.id}: ${platform} shown as "no" without a VMware document`);
      }
    }
  });

  it('a 2,048-vCPU requirement is met by Windows Server 2025 only; 768 also by 2022, vSphere 7 U3 and vSphere 8', () => {
    const out = (requirements: Record<string, unknown>) => resultOf(featureMatrix, { requirements }).meetsAll;
    expect(out({ 'max-vm-vcpus': '>= 2048' })).toEqual(['hyper-v-2025']);
    expect(out({ 'max-vm-vcpus': '>= 768' })).toEqual(['hyper-v-2022', 'hyper-v-2025', 'vsphere-7', 'vsphere-8']);
  });

  it("a large-estate requirement: 1,000 VMs per host and 64 nodes per cluster; vSphere 8 is unknown on the first, never 'lacks'", () => {
    // WS2025: 1,024 VMs per host and 64 nodes (ms-hyperv-scalability-ws). vSphere 8: VMs per host unknown, 96 hosts (secondary).
    const r = resultOf(featureMatrix, {
      platforms: ['hyper-v-2022', 'hyper-v-2025', 'vsphere-7', 'vsphere-8'],
      requirements: { 'max-running-vms-per-host': '>= 1000', 'max-cluster-nodes': '>= 64' },
    });
    expect(r.meetsAll).toEqual(['hyper-v-2022', 'hyper-v-2025', 'vsphere-7']);
    expect(r.lacks['vsphere-8']).toEqual([]);
    expect(r.requirements.map((q) => q.status['vsphere-8'])).toEqual(['unknown', 'meets']);
    expect(r.verdict).toBe(
      "WS2022, WS2025, vSphere 7 meet every requirement; vSphere 8 unknown (Running VMs per host): check VMware's Configuration Maximums.",
    );
  });
});

describe('vSphere 7 column (7.0 Update 3)', () => {
  it('sits between vSphere 5.0 and vSphere 8', () => {
    const ids = platforms.map((p) => p.id);
    expect(ids.indexOf('vsphere-7')).toBe(ids.indexOf('vsphere-8') - 1);
  });

  it("carries VMware's 7.0 figures as primary and the others as secondary", () => {
    // VM compatibility table, 7.0 U3 column (hardware version 19): 768 logical processors, 24560 GB, 10 NICs.
    expect(value('max-vm-vcpus', 'vsphere-7')).toBe(768);
    expect(value('max-vm-memory', 'vsphere-7')).toBe(24560);
    expect(value('max-vm-network-adapters', 'vsphere-7')).toBe(10);
    expect(value('vm-fault-tolerance', 'vsphere-7')).toBe(true);
    for (const id of ['max-vm-vcpus', 'max-vm-memory', 'max-vm-network-adapters', 'vm-fault-tolerance', 'live-storage-migration'])
      expect(evidence(id, 'vsphere-7'), id).toBe('primary');
    // Secondary: 96 hosts from 7.0 U1 (non-vSAN), 8,000 VMs per cluster, 1,024 VMs per host, 62 TB (TiB) disks.
    expect(value('max-cluster-nodes', 'vsphere-7')).toBe(96);
    expect(value('max-vms-per-cluster', 'vsphere-7')).toBe(8000);
    expect(value('max-running-vms-per-host', 'vsphere-7')).toBe(1024);
    expect(value('max-virtual-disk-size', 'vsphere-7')).toBe(62 * 1024);
    for (const id of ['max-cluster-nodes', 'max-vms-per-cluster', 'max-running-vms-per-host', 'max-virtual-disk-size'])
      expect(evidence(id, 'vsphere-7'), id).toBe('secondary');
    // Host logical CPUs (768) and memory (16 TB) rest on one low-confidence table that no second source confirms.
    expect(value('max-host-logical-processors', 'vsphere-7')).toBe('not compared');
    expect(value('max-host-memory', 'vsphere-7')).toBe('not compared');
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

describe('the CLI answers the same three states', () => {
  it('prints vSphere 8 as unknown on 1,000 VMs per host, with no shortfall, in its JSON', async () => {
    const { code, stdout } = await calc([
      'feature-matrix',
      '--platforms',
      'hyper-v-2025,vsphere-8',
      '--requirements',
      '{"max-running-vms-per-host":">= 1000","max-cluster-nodes":">= 64"}',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.verdict).toBe("WS2025 meets every requirement; vSphere 8 unknown (Running VMs per host): check VMware's Configuration Maximums.");
    expect(out.lacks['vsphere-8']).toEqual([]);
    expect(out.unknown['vsphere-8'].map((u: { feature: string }) => u.feature)).toEqual(['max-running-vms-per-host']);
    expect(out.requirements.map((q: { status: Record<string, string> }) => q.status['vsphere-8'])).toEqual(['unknown', 'meets']);
  });
});
