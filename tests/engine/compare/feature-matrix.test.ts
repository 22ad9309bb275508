/**
 * feature-matrix: values against the documents they are cited from,
 * requirement evaluation worked out by hand, filters, and properties
 * (adding a requirement never grows the set of platforms that meet all;
 * choosing fewer platforms never changes a value).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureMatrix } from '../../../src/engine/compare/feature-matrix.ts';
import { features, platforms } from '../../../src/engine/compare/matrix-data.ts';
import { issuesOf, resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(featureMatrix, input);
const issues = (input: Record<string, unknown>) => issuesOf(featureMatrix, input);
const all = run({});
const value = (feature: string, platform: string) => all.features.find((f) => f.id === feature)?.values[platform];

const TiB = 1024; // GiB per TiB

describe('values against the cited documents (exact; error 0)', () => {
  it('Windows Server 2012 and 2012 R2 match "Hyper-V scalability in Windows Server 2012 and 2012 R2" (ms-hyperv-scalability-2012)', () => {
    // Published: 320 logical processors, 4 TB per host, 64 virtual processors and 1 TB per VM, 64 nodes, 8,000 VMs per cluster.
    for (const p of ['hyper-v-2012', 'hyper-v-2012r2']) {
      expect(value('max-host-logical-processors', p)).toBe(320);
      expect(value('max-host-memory', p)).toBe(4 * TiB); // 4 TB = 4,096 GiB
      expect(value('max-vm-vcpus', p)).toBe(64);
      expect(value('max-vm-memory', p)).toBe(1 * TiB); // 1 TB = 1,024 GiB
      expect(value('max-cluster-nodes', p)).toBe(64);
      expect(value('max-vms-per-cluster', p)).toBe(8000);
      expect(value('max-running-vms-per-host', p)).toBe(1024);
      expect(value('max-virtual-disk-size', p)).toBe(64 * TiB); // 64 TB VHDX = 65,536 GiB
    }
  });

  it('Windows Server 2016 and 2019 match "Plan for Hyper-V scalability in Windows Server 2016 and 2019" (ms-hyperv-scalability-2016-2019)', () => {
    // Published: 512 logical processors, 24 TB per host; generation 2 VM 240 virtual processors and 12 TB.
    for (const p of ['hyper-v-2016', 'hyper-v-2019']) {
      expect(value('max-host-logical-processors', p)).toBe(512);
      expect(value('max-host-memory', p)).toBe(24 * TiB); // 24,576 GiB
      expect(value('max-vm-vcpus', p)).toBe(240);
      expect(value('max-vm-memory', p)).toBe(12 * TiB); // 12,288 GiB
    }
    // Published: 12 network adapters per VM on 2016 (8 + 4 legacy), 68 on 2019 (64 + 4).
    expect(value('max-vm-network-adapters', 'hyper-v-2016')).toBe(8 + 4);
    expect(value('max-vm-network-adapters', 'hyper-v-2019')).toBe(64 + 4);
  });

  it('Windows Server 2022 and 2025 match "Plan for Hyper-V scalability in Windows Server" (ms-hyperv-scalability-ws, 2024)', () => {
    // Published: 2022 - 1,024 logical processors, 1,024 vCPUs; 2025 - 2,048 and 2,048; both 240 TB per generation 2 VM
    // and 4 PB per host with 5-level paging.
    expect(value('max-host-logical-processors', 'hyper-v-2022')).toBe(1024);
    expect(value('max-host-logical-processors', 'hyper-v-2025')).toBe(2048);
    expect(value('max-vm-vcpus', 'hyper-v-2022')).toBe(1024);
    expect(value('max-vm-vcpus', 'hyper-v-2025')).toBe(2048);
    for (const p of ['hyper-v-2022', 'hyper-v-2025']) {
      expect(value('max-vm-memory', p)).toBe(240 * TiB); // 245,760 GiB
      expect(value('max-host-memory', p)).toBe(4 * TiB * TiB); // 4 PB = 4 × 1,024 × 1,024 GiB = 4,194,304 GiB
    }
  });

  it("Windows Server 2008 R2 matches the TechNet limits page (ms-hyperv-limits-2008r2) and Microsoft's 2012 launch table (erickraus-2012-ws2012-scalability)", () => {
    // Published: 4 virtual processors and 64 GB per VM; 16 nodes, 1,000 VMs per cluster; 64 logical processors, 1 TB, 384 VMs per host.
    expect(value('max-vm-vcpus', 'hyper-v-2008r2')).toBe(4);
    expect(value('max-vm-memory', 'hyper-v-2008r2')).toBe(64);
    expect(value('max-cluster-nodes', 'hyper-v-2008r2')).toBe(16);
    expect(value('max-vms-per-cluster', 'hyper-v-2008r2')).toBe(1000);
    expect(value('max-host-logical-processors', 'hyper-v-2008r2')).toBe(64);
    expect(value('max-host-memory', 'hyper-v-2008r2')).toBe(1 * TiB);
    expect(value('max-running-vms-per-host', 'hyper-v-2008r2')).toBe(384);
  });

  it("vSphere 5.0 Enterprise Plus matches the seed table (seed-000) and VMware's 5.0 documents (vmware-vsphere-50-config-max, vmware-vsphere-50-whats-new)", () => {
    // Seed 000: 32 nodes and 3,000 VMs per cluster. White paper: 32 vCPUs and 1 TB per VM.
    expect(value('max-cluster-nodes', 'vsphere-5.0-enterprise-plus')).toBe(32);
    expect(value('max-vms-per-cluster', 'vsphere-5.0-enterprise-plus')).toBe(3000);
    expect(value('max-vm-vcpus', 'vsphere-5.0-enterprise-plus')).toBe(32);
    expect(value('max-vm-memory', 'vsphere-5.0-enterprise-plus')).toBe(1 * TiB);
    // VMDK limit 2 TB minus 512 bytes: 2,048 GiB - 512 / 2^30 GiB.
    expect(value('max-virtual-disk-size', 'vsphere-5.0-enterprise-plus')).toBeCloseTo(2048 - 512 / 2 ** 30, 12);
    // Seed 000: no shared-nothing migration, no in-box replication, no IPsec task offload on either edition.
    for (const p of ['vsphere-5.0-free', 'vsphere-5.0-enterprise-plus']) {
      expect(value('shared-nothing-live-migration', p)).toBe(false);
      expect(value('inbox-vm-replication', p)).toBe(false);
      expect(value('ipsec-task-offload', p)).toBe(false);
    }
  });

  it('uses the released figures where the seeds quote pre-release ones, and says so', () => {
    // Seed 000 (TechEd 2012) lists 4,000 VMs per cluster for WS2012; the released limit is 8,000 (ms-hyperv-scalability-2012).
    const cluster = all.features.find((f) => f.id === 'max-vms-per-cluster');
    expect(cluster?.values['hyper-v-2012']).toBe(8000);
    expect(cluster?.notes['hyper-v-2012']).toMatch(/4,000/);
    // Seed 001 (2008 R2 beta briefing) says 32 logical processors; the released limit is 64.
    const lps = all.features.find((f) => f.id === 'max-host-logical-processors');
    expect(lps?.values['hyper-v-2008r2']).toBe(64);
    expect(lps?.notes['hyper-v-2008r2']).toMatch(/32/);
  });

  it('corrects the seed where it is wrong about vSphere trunking (virtualization-tips-2013-vlan-tagging)', () => {
    // VLAN ID 4095 on a standard vSwitch port group passes 802.1Q tags to the guest.
    expect(value('vm-trunk-mode', 'vsphere-5.0-free')).toBe(true);
    expect(value('vm-trunk-mode', 'vsphere-5.0-enterprise-plus')).toBe(true);
  });

  it("lists each release's headline feature from seed 001, seed 004 and seed 002", () => {
    // Live migration arrives in 2008 R2 (seed-001); shared-nothing and live storage migration in 2012 (seed-004);
    // IPsec task offload for VMs in 2012 (seed-002, seed-004).
    expect([value('live-migration', 'hyper-v-2008'), value('live-migration', 'hyper-v-2008r2')]).toEqual([false, true]);
    expect([value('shared-nothing-live-migration', 'hyper-v-2008r2'), value('shared-nothing-live-migration', 'hyper-v-2012')]).toEqual([false, true]);
    expect([value('live-storage-migration', 'hyper-v-2008r2'), value('live-storage-migration', 'hyper-v-2012')]).toEqual([false, true]);
    expect([value('ipsec-task-offload', 'hyper-v-2008r2'), value('ipsec-task-offload', 'hyper-v-2012')]).toEqual([false, true]);
  });
});

describe('requirements, worked by hand', () => {
  it('a worked example: at least 1,024 GiB per VM and shared-nothing live migration', () => {
    // max-vm-memory >= 1024: 2008 64 no, 2008 R2 64 no, 2012…2025 1,024 / 1,024 / 12,288 / 12,288 / 245,760 / 245,760 yes,
    // free 32 no, Enterprise Plus 1,024 yes. Shared-nothing: 2012 onwards only.
    // Both: 2012, 2012 R2, 2016, 2019, 2022, 2025.
    const r = run({ requirements: { 'max-vm-memory': '>= 1024', 'shared-nothing-live-migration': true } });
    expect(r.meetsAll).toEqual(['hyper-v-2012', 'hyper-v-2012r2', 'hyper-v-2016', 'hyper-v-2019', 'hyper-v-2022', 'hyper-v-2025']);
    expect(r.lacks['vsphere-5.0-enterprise-plus']?.map((l) => l.feature)).toEqual(['shared-nothing-live-migration']);
    expect(r.lacks['hyper-v-2008']?.map((l) => l.feature)).toEqual(['max-vm-memory', 'shared-nothing-live-migration']);
    expect(r.lacks['vsphere-5.0-free']?.[0]?.reason).toBe('32 GiB, needs >= 1,024 GiB');
    expect(r.requirements.map((q) => q.requirement)).toEqual(['>= 1,024 GiB', 'yes']);
  });

  it('strict and exact comparisons on hosts per cluster', () => {
    // 16, 16, 64 ×6, N/A, 32, 96 (vSphere 7 U3), 96 (vSphere 8).  "> 32": the six 64-node releases and both 96-host vSpheres.
    // "= 32": Enterprise Plus only. "<= 16": 2008 and 2008 R2.
    expect(run({ requirements: { 'max-cluster-nodes': '> 32' } }).meetsAll).toEqual([...platforms.slice(2, 8).map((p) => p.id), 'vsphere-7', 'vsphere-8']);
    expect(run({ requirements: { 'max-cluster-nodes': '= 32' } }).meetsAll).toEqual(['vsphere-5.0-enterprise-plus']);
    expect(run({ requirements: { 'max-cluster-nodes': '<= 16' } }).meetsAll).toEqual(['hyper-v-2008', 'hyper-v-2008r2']);
    // A bare number means "at least": 64 → the six 64-node releases and the two 96-host vSpheres.
    expect(run({ requirements: { 'max-cluster-nodes': 64 } }).meetsAll).toEqual([...platforms.slice(2, 8).map((p) => p.id), 'vsphere-7', 'vsphere-8']);
  });

  it('"no fixed limit" meets any minimum but no maximum', () => {
    // 10 GbE concurrent live migrations: 2008 N/A, 2008 R2 1, 2012…2025 unbounded, free N/A, Enterprise Plus 8 (seed-000).
    expect(run({ requirements: { 'concurrent-live-migrations-10gbe': '>= 8' } }).meetsAll).toEqual([
      ...platforms.slice(2, 8).map((p) => p.id),
      'vsphere-5.0-enterprise-plus',
    ]);
    expect(run({ requirements: { 'concurrent-live-migrations-10gbe': '<= 8' } }).meetsAll).toEqual(['hyper-v-2008r2', 'vsphere-5.0-enterprise-plus']);
  });

  it('qualified answers count only when asked for by name', () => {
    // ARP/ND spoofing protection: in-box on 2012 onwards; "vShield/partner" on Enterprise Plus (seed-000).
    expect(run({ requirements: { 'arp-nd-spoofing-protection': true } }).meetsAll).toEqual(platforms.slice(2, 8).map((p) => p.id));
    expect(run({ requirements: { 'arp-nd-spoofing-protection': 'vshield/PARTNER' } }).meetsAll).toEqual(['vsphere-5.0-enterprise-plus']);
    const r = run({ platforms: ['vsphere-5.0-enterprise-plus'], requirements: { 'arp-nd-spoofing-protection': 'yes' } });
    expect(r.lacks['vsphere-5.0-enterprise-plus']?.[0]?.reason).toBe('vShield/partner rather than built in');
  });

  it('"not compared" is unknown: neither meets nor lacks, and the verdict says where to check, once', () => {
    // Jumbo frames in a VM: 2012 yes (seed-000); vSphere 5.0 Enterprise Plus has no sourced value.
    const r = run({ platforms: ['hyper-v-2012', 'vsphere-5.0-enterprise-plus'], requirements: { 'jumbo-frames-vm': true } });
    expect(r.meetsAll).toEqual(['hyper-v-2012']);
    expect(r.lacks['vsphere-5.0-enterprise-plus']).toEqual([]);
    expect(r.unknown['vsphere-5.0-enterprise-plus']?.map((u) => u.feature)).toEqual(['jumbo-frames-vm']);
    expect(r.requirements[0]?.status).toEqual({ 'hyper-v-2012': 'meets', 'vsphere-5.0-enterprise-plus': 'unknown' });
    expect(r.verdicts.map((v) => v.status)).toEqual(['meets', 'unknown']);
    expect(r.verdict).toBe(
      "WS2012 meets every requirement; vSphere 5.0 Ent+ unknown (Jumbo frames in VMs): check VMware's vSphere 5.0 Configuration Maximums.",
    );
    expect(r.unknownPlatforms).toEqual(['vsphere-5.0-enterprise-plus']);
  });

  it('a platform that lacks one requirement and is unknown on another lacks it, and names the unknown apart', () => {
    // Windows Server 2008: 1 TB memory per host (ms-hyperv-hardware-2008) falls short of 2,048 GiB; running VMs per host unknown.
    const r = run({ platforms: ['hyper-v-2008'], requirements: { 'max-host-memory': '>= 2048', 'max-running-vms-per-host': '>= 1' } });
    expect(r.lacks['hyper-v-2008']?.map((l) => [l.feature, l.reason])).toEqual([['max-host-memory', '1 TiB, needs >= 2,048 GiB']]);
    expect(r.unknown['hyper-v-2008']?.map((u) => u.feature)).toEqual(['max-running-vms-per-host']);
    expect(r.verdicts[0]).toMatchObject({
      status: 'fails',
      text: expect.stringMatching(/^WS2008 lacks Physical memory per host \(unknown: Running VMs per host: check Microsoft/),
    });
  });

  it("accepts thousands separators and the feature's own unit", () => {
    const a = run({ requirements: { 'max-vm-memory': '>=1,024 GiB' } }).meetsAll;
    const b = run({ requirements: { 'max-vm-memory': 1024 } }).meetsAll;
    expect(a).toEqual(b);
  });

  it('names the field and the reason for bad requirements', () => {
    expect(issues({ requirements: { 'max-vm-memroy': '>= 1024' } })).toEqual([
      { field: 'requirements.max-vm-memroy', message: expect.stringMatching(/unknown feature id.*max-vm-memory/) },
    ]);
    expect(issues({ requirements: { 'max-vm-memory': '=> 1024' } })[0]?.message).toMatch(/unknown operator "=>"/);
    expect(issues({ requirements: { 'max-vm-memory': '>= lots' } })[0]?.message).toMatch(/not a comparison/);
    expect(issues({ requirements: { 'max-vm-memory': true } })[0]?.message).toMatch(/limit in GiB/);
    expect(issues({ requirements: { 'max-vm-memory': '>= 1 TiB' } })[0]?.message).toMatch(/unit "TiB"/);
    expect(issues({ requirements: { 'live-migration': 5 } })[0]?.message).toMatch(/yes\/no feature/);
    expect(issues({ requirements: { 'live-migration': 'sometimes' } })[0]?.message).toMatch(/no platform has "sometimes"/);
    expect(issues({ requirements: { 'live-migration': null } })[0]?.field).toBe('requirements.live-migration');
    expect(issues({ requirements: [1, 2] })[0]?.field).toBe('requirements');
    expect(issues({ platforms: [] })[0]?.field).toBe('platforms');
    expect(issues({ platforms: ['hyper-v-3000'] })[0]?.field).toBe('platforms');
  });
});

describe('what the reader sees', () => {
  const shown = (feature: string, platform: string) => all.features.find((f) => f.id === feature)?.display[platform];

  it('writes sizes in the largest binary unit that keeps them whole', () => {
    // 4 PB = 4 × 1,024 × 1,024 GiB = 4,194,304 GiB (ms-hyperv-scalability-ws): shown as 4 PiB, not "4,194,304 GiB".
    expect(shown('max-host-memory', 'hyper-v-2025')).toBe('4 PiB');
    // 240 TB = 245,760 GiB = 240 TiB; 24 TB = 24,576 GiB = 24 TiB; 64 GB stays 64 GiB.
    expect(shown('max-vm-memory', 'hyper-v-2025')).toBe('240 TiB');
    expect(shown('max-host-memory', 'hyper-v-2016')).toBe('24 TiB');
    expect(shown('max-vm-memory', 'hyper-v-2008r2')).toBe('64 GiB');
    // 2 TB minus 512 bytes is not a whole number of TiB: GiB, rounded to two decimals.
    expect(shown('max-virtual-disk-size', 'vsphere-5.0-enterprise-plus')).toBe('2,048 GiB');
    // The header names no unit for sizes (each cell has its own) and keeps it for counts.
    expect(all.features.find((f) => f.id === 'max-host-memory')?.displayUnit).toBeNull();
    expect(all.features.find((f) => f.id === 'max-cluster-nodes')?.displayUnit).toBe('nodes');
  });

  it('shows a cell without a sourced value as "unknown", never as "no"', () => {
    expect(shown('max-running-vms-per-host', 'hyper-v-2008')).toBe('unknown');
    expect(all.features.find((f) => f.id === 'max-running-vms-per-host')?.unknown).toContain('hyper-v-2008');
  });
});

describe('filters', () => {
  it('lists every feature for every platform by default', () => {
    expect(all.platforms.map((p) => p.id)).toEqual(platforms.map((p) => p.id));
    expect(all.featureCount).toBe(features.length);
    expect(all.meetsAll).toEqual(platforms.map((p) => p.id));
  });

  it("filters by category and keeps the data's platform order", () => {
    const r = run({ platforms: ['vsphere-5.0-free', 'hyper-v-2012'], categories: ['security'] });
    expect(r.platforms.map((p) => p.id)).toEqual(['hyper-v-2012', 'vsphere-5.0-free']);
    expect(new Set(r.features.map((f) => f.category))).toEqual(new Set(['security']));
    expect(r.features.length).toBe(features.filter((f) => f.category === 'security').length);
  });

  it('shows only differences when asked, and not with a single platform', () => {
    // 2012 and 2012 R2 share every scalability limit (ms-hyperv-scalability-2016-2019: "the same as Windows Server 2012").
    const same = run({ platforms: ['hyper-v-2012', 'hyper-v-2012r2'], categories: ['scalability'], onlyDifferences: true });
    expect(same.features).toEqual([]);
    const one = run({ platforms: ['hyper-v-2012'], onlyDifferences: true });
    expect(one.featureCount).toBe(features.length);
    expect(one.warnings[0]).toMatch(/at least two platforms/);
    const diff = run({ platforms: ['hyper-v-2012', 'hyper-v-2016'], onlyDifferences: true });
    expect(diff.features.every((f) => f.differs)).toBe(true);
    expect(diff.features.map((f) => f.id)).toContain('max-vm-memory');
  });

  it('charts the chosen limit with positive values only, oldest release first', () => {
    const r = run({ chartFeature: 'max-vms-per-cluster' });
    // 2008 unknown and the free edition's "N/A" cannot go on a log scale; vSphere 7 (8,000) and 8 (10,000) are secondary points.
    expect(r.chart.omitted).toEqual([
      { platform: 'hyper-v-2008', value: 'unknown', status: 'unknown' },
      { platform: 'vsphere-5.0-free', value: 'N/A', status: 'not a number' },
    ]);
    // The unknown release keeps its place on the axis; the N/A one does not.
    expect(r.chart.releases.filter((x) => x.unknown).map((x) => x.platform)).toEqual(['hyper-v-2008']);
    expect(r.chart.points.every((p) => p.value > 0)).toBe(true);
    expect(r.chart.points[0]).toMatchObject({ platform: 'hyper-v-2008r2', value: 1000 });
    // Release years in platforms.json: 2008 R2 2009, vSphere 5.0 2011, then 2012, 2013, 2016, 2018, vSphere 7 2020, 2021, vSphere 8 2022, 2024.
    expect(r.chart.points.map((p) => p.platform)).toEqual([
      'hyper-v-2008r2',
      'vsphere-5.0-enterprise-plus',
      'hyper-v-2012',
      'hyper-v-2012r2',
      'hyper-v-2016',
      'hyper-v-2019',
      'vsphere-7',
      'hyper-v-2022',
      'vsphere-8',
      'hyper-v-2025',
    ]);
    expect(r.chart.points.filter((p) => p.secondary).map((p) => p.platform)).toEqual(['vsphere-7', 'vsphere-8']);
  });
});

describe('properties', () => {
  const limitFeatures = features.filter((f) => f.kind === 'limit');
  const flagFeatures = features.filter((f) => f.kind === 'boolean');
  const requirementEntry: fc.Arbitrary<[string, unknown]> = fc.oneof(
    fc.tuple(
      fc.constantFrom(...limitFeatures.map((f) => f.id)),
      fc.tuple(fc.constantFrom('>=', '<=', '>', '<', '='), fc.constantFrom(1, 4, 16, 32, 64, 1000, 1024, 8000, 65536)).map(([op, n]) => `${op} ${n}`),
    ),
    fc.tuple(fc.constantFrom(...flagFeatures.map((f) => f.id)), fc.boolean()),
  );
  const requirementMap = fc.array(requirementEntry, { maxLength: 6 }).map((entries) => Object.fromEntries(entries));
  const platformSubset = fc.subarray(
    platforms.map((p) => p.id),
    { minLength: 1 },
  );

  it('adding a requirement never adds a platform to those that meet all', () => {
    fc.assert(
      fc.property(requirementMap, requirementEntry, platformSubset, (base, [key, extra], chosen) => {
        fc.pre(!(key in base));
        const before = new Set(run({ platforms: chosen, requirements: base }).meetsAll);
        const after = run({ platforms: chosen, requirements: { ...base, [key]: extra } }).meetsAll;
        for (const id of after) expect(before.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('choosing fewer platforms never changes a value, a note, a source or a verdict', () => {
    fc.assert(
      fc.property(platformSubset, requirementMap, (chosen, requirements) => {
        const full = run({ requirements });
        const part = run({ platforms: chosen, requirements });
        for (const row of part.features) {
          const whole = full.features.find((f) => f.id === row.id);
          for (const id of chosen) {
            expect(row.values[id]).toEqual(whole?.values[id]);
            expect(row.sources[id]).toEqual(whole?.sources[id]);
            expect(row.notes[id]).toEqual(whole?.notes[id]);
          }
        }
        expect(part.meetsAll).toEqual(full.meetsAll.filter((id) => chosen.includes(id)));
        for (const id of chosen) expect(part.lacks[id]).toEqual(full.lacks[id]);
      }),
      { numRuns: 100 },
    );
  });

  it('an unknown value is never counted as a failure: every requirement is met, lacked or unknown, by the cell alone', () => {
    fc.assert(
      fc.property(requirementMap, platformSubset, (requirements, chosen) => {
        const r = run({ platforms: chosen, requirements });
        for (const q of r.requirements) {
          const feature = features.find((f) => f.id === q.feature);
          for (const id of chosen) {
            const unknown = feature?.values[id]?.value === 'not compared';
            const inLacks = (r.lacks[id] ?? []).some((l) => l.feature === q.feature);
            const inUnknown = (r.unknown[id] ?? []).some((u) => u.feature === q.feature);
            expect(q.status[id] === 'unknown').toBe(unknown);
            expect(inUnknown).toBe(unknown);
            if (unknown) expect(inLacks || q.met[id]).toBe(false);
            else expect(inLacks).toBe(q.status[id] === 'fails');
          }
        }
        for (const v of r.verdicts) {
          expect(v.status === 'fails').toBe((r.lacks[v.platform]?.length ?? 0) > 0);
          if (v.status !== 'fails') expect(v.text).not.toMatch(/lacks/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an unknown cell is never a difference: adding a platform whose value is unknown never makes a row differ', () => {
    fc.assert(
      fc.property(platformSubset, fc.constantFrom(...platforms.map((p) => p.id)), (chosen, extra) => {
        fc.pre(!chosen.includes(extra));
        const before = run({ platforms: chosen });
        const after = run({ platforms: [...chosen, extra] });
        for (const row of after.features) {
          if (row.values[extra] !== 'not compared') continue;
          expect(row.differs, `${row.id} with ${extra}`).toBe(before.features.find((f) => f.id === row.id)?.differs);
        }
        expect(after.differingCount).toBe(after.features.filter((f) => f.differs).length);
      }),
      { numRuns: 100 },
    );
  });

  it('only-differences never hides a feature on which the chosen platforms differ', () => {
    fc.assert(
      fc.property(
        fc.subarray(
          platforms.map((p) => p.id),
          { minLength: 2 },
        ),
        (chosen) => {
          const listed = run({ platforms: chosen }).features;
          const diffs = run({ platforms: chosen, onlyDifferences: true }).features.map((f) => f.id);
          for (const f of listed) {
            // Distinct known values: an unknown cell neither agrees nor differs.
            const distinct = new Set(chosen.filter((id) => f.values[id] !== 'not compared').map((id) => f.display[id])).size;
            expect(diffs.includes(f.id)).toBe(distinct > 1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
