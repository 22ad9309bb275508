/**
 * s2d-capacity against Microsoft's published figures:
 * - ms-s2d-fault-tolerance: the resiliency summary (efficiency, failures
 *   tolerated, minimum servers) and both dual-parity tables, server by server;
 * - ms-s2d-nested-resiliency: nested two-way mirror 25 %, the nested
 *   mirror-accelerated parity lookup table and its worked example;
 * - ms-s2d-plan-volumes: the reserve rule and the 4-server, 16 × 2 TB
 *   capacity example (128 TB raw, 120 TB after reserve, 116.41 TiB);
 * - ms-s2d-choose-drives and ms-s2d-hardware-requirements: the cache examples
 *   and rules; ms-s2d-cache: a single drive type (all-flash) has no cache;
 * - ms-s2d-plan-volumes: volumes a multiple of the server count, at most 64,
 *   each at most 64 TB, or 10 TB with VSS (Volsnap) backup.
 * Values not printed by Microsoft are hand calculations, shown next to them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { s2dCapacity } from '../../../src/engine/storage/s2d-capacity.ts';
import { issuesOf, resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(s2dCapacity, input);
const issues = (input: Record<string, unknown>) => issuesOf(s2dCapacity, input);

describe('Plan volumes capacity example (ms-s2d-plan-volumes)', () => {
  // 4 servers × 16 drives × 2 TB = 128 TB; reserve 4 × 2 TB → 120 TB for volumes.
  const example = { nodes: 4, capacityDrivesPerNode: 16, capacityDriveTB: 2, capacityMediaType: 'hdd', cacheDrivesPerNode: 2, cacheDriveTB: 1.6 };

  it('128 TB raw, 4 drives (8 TB) reserved by default, 120 TB left for volumes', () => {
    const r = run({ ...example, resiliency: 'three-way-mirror' });
    expect(r.rawTB).toBe(128);
    expect(r.reserveDrives).toBe(4);
    expect(r.reserveSource).toBe('recommended');
    expect(r.reserveTB).toBe(8);
    expect(r.poolAvailableTB).toBe(120);
  });

  it('Windows shows the 128 TB pool as 116.41 TiB (128 × 10^12 ÷ 2^40 = 116.415…, printed truncated)', () => {
    expect(run(example).rawTiB).toBeGreaterThanOrEqual(116.41);
    expect(run(example).rawTiB).toBeLessThan(116.42);
  });

  it('three-way mirror: 120 TB ÷ 3 = 40 TB usable (hand calculation), tolerating 2 failures', () => {
    const r = run({ ...example, resiliency: 'three-way-mirror' });
    expect(r.efficiencyPercent).toBeCloseTo(33.33, 2);
    expect(r.usableTB).toBeCloseTo(40, 9);
    expect(r.usableTiB).toBeCloseTo(40e12 / 2 ** 40, 9);
    expect(r.faultsTolerated).toBe(2);
  });

  it('the example\u2019s volumes fit exactly: two 12 TB three-way mirrors (36 TB each) and two 12 TB dual-parity volumes (24 TB each) fill 120 TB', () => {
    const mirror = run({ ...example, resiliency: 'three-way-mirror' }).efficiencyPercent / 100;
    const parity = run({ ...example, resiliency: 'dual-parity' }).efficiencyPercent / 100;
    expect(2 * (12 / mirror) + 2 * (12 / parity)).toBeCloseTo(120, 9);
  });

  it('dual parity on 4 servers is 50 %: 60 TB usable (hand calculation 120 × 0.5)', () => {
    const r = run({ ...example, resiliency: 'dual-parity' });
    expect(r.parityLayout).toBe('RS 2+2');
    expect(r.usableTB).toBeCloseTo(60, 9);
  });

  it('reserve: one capacity drive per server up to four (2 servers → 2, 3 → 3, 4 or more → 4)', () => {
    for (const [nodes, drives] of [
      [2, 2],
      [3, 3],
      [4, 4],
      [8, 4],
      [16, 4],
    ] as const) {
      const r = run({ nodes, capacityDrivesPerNode: 8, capacityDriveTB: 1, resiliency: 'two-way-mirror' });
      expect(r.reserveDrives, `${nodes} servers`).toBe(drives);
      expect(r.reserveTB, `${nodes} servers with 1 TB drives`).toBe(drives);
    }
  });

  it('an explicit reserve replaces the recommendation, and a smaller one warns', () => {
    const r = run({ ...example, reserveDrives: 1 });
    expect(r.reserveSource).toBe('input');
    expect(r.poolAvailableTB).toBe(126);
    expect(r.warnings.some((w) => /below Microsoft.s recommendation of 4/.test(w))).toBe(true);
  });
});

describe('Resiliency summary table (ms-s2d-fault-tolerance)', () => {
  it.each([
    ['two-way-mirror', 2, 50.0, 1],
    ['three-way-mirror', 3, 33.3, 2],
    ['dual-parity', 4, 50.0, 2],
  ] as const)('%s: minimum %s servers, %s %% efficient, %s failures tolerated', (resiliency, minNodes, efficiency, faults) => {
    const r = run({ nodes: minNodes, capacityDrivesPerNode: 4, capacityDriveTB: 1, resiliency });
    expect(r.efficiencyPercent).toBeCloseTo(efficiency, 1);
    expect(r.faultsTolerated).toBe(faults);
    // Two servers is the schema's own minimum, so only the larger minimums are a resiliency rule.
    if (minNodes > 2)
      expect(issues({ nodes: minNodes - 1, capacityDrivesPerNode: 4, capacityDriveTB: 1, resiliency }).map((i) => i.field)).toContain('resiliency');
  });

  it('mirror-accelerated parity ("mixed") needs 4 servers and tolerates 2 failures', () => {
    expect(issues({ nodes: 3, resiliency: 'mirror-accelerated-parity' })[0]?.field).toBe('resiliency');
    expect(run({ nodes: 4, resiliency: 'mirror-accelerated-parity' }).faultsTolerated).toBe(2);
  });

  it('dual parity on 4 servers stores 2 TB in 4 TB; on 7 servers 4 TB in 6 TB', () => {
    expect(run({ nodes: 4, resiliency: 'dual-parity' }).efficiencyPercent / 100).toBeCloseTo(2 / 4, 12);
    expect(run({ nodes: 7, resiliency: 'dual-parity' }).efficiencyPercent / 100).toBeCloseTo(4 / 6, 12);
  });

  it('LRC with hard disks on 12 servers: 72.7 %', () => {
    const r = run({ nodes: 12, capacityMediaType: 'hdd', resiliency: 'dual-parity' });
    expect(r.parityLayout).toBe('LRC (8, 2, 1)');
    expect(r.efficiencyPercent).toBeCloseTo(72.7, 1);
  });

  it('three servers: two servers down at once takes the pool offline (ms-s2d-plan-volumes); four need a witness for it (ms-s2d-understand-quorum)', () => {
    expect(run({ nodes: 3, resiliency: 'three-way-mirror' }).assumptions.some((a) => /two servers down at once take the pool offline/.test(a.text))).toBe(true);
    expect(run({ nodes: 4, resiliency: 'three-way-mirror' }).assumptions.some((a) => /needs a cluster witness/.test(a.text))).toBe(true);
    expect(run({ nodes: 5, resiliency: 'three-way-mirror' }).assumptions.some((a) => /two servers down/i.test(a.text))).toBe(false);
  });

  it('more than two servers with two-way mirror: warns to use three-way mirror', () => {
    expect(run({ nodes: 3, resiliency: 'two-way-mirror' }).warnings.some((w) => /recommends three-way mirror/.test(w))).toBe(true);
  });
});

// Both tables, row by row, as published: [servers, layout, efficiency %].
const hybridTable: [number, string, number][] = [
  [4, 'RS 2+2', 50.0],
  [5, 'RS 2+2', 50.0],
  [6, 'RS 2+2', 50.0],
  [7, 'RS 4+2', 66.7],
  [8, 'RS 4+2', 66.7],
  [9, 'RS 4+2', 66.7],
  [10, 'RS 4+2', 66.7],
  [11, 'RS 4+2', 66.7],
  [12, 'LRC (8, 2, 1)', 72.7],
  [13, 'LRC (8, 2, 1)', 72.7],
  [14, 'LRC (8, 2, 1)', 72.7],
  [15, 'LRC (8, 2, 1)', 72.7],
  [16, 'LRC (8, 2, 1)', 72.7],
];
const allFlashTable: [number, string, number][] = [
  [4, 'RS 2+2', 50.0],
  [5, 'RS 2+2', 50.0],
  [6, 'RS 2+2', 50.0],
  [7, 'RS 4+2', 66.7],
  [8, 'RS 4+2', 66.7],
  [9, 'RS 6+2', 75.0],
  [10, 'RS 6+2', 75.0],
  [11, 'RS 6+2', 75.0],
  [12, 'RS 6+2', 75.0],
  [13, 'RS 6+2', 75.0],
  [14, 'RS 6+2', 75.0],
  [15, 'RS 6+2', 75.0],
  [16, 'LRC (12, 2, 1)', 80.0],
];

describe('Dual parity efficiency for hybrid deployments (ms-s2d-fault-tolerance)', () => {
  it.each(hybridTable)('%s servers: %s, %s %%', (nodes, layout, efficiency) => {
    const r = run({ nodes, capacityMediaType: 'hdd', resiliency: 'dual-parity' });
    expect(r.parityLayout).toBe(layout);
    expect(Number(r.efficiencyPercent.toFixed(1))).toBe(efficiency);
  });
});

describe('Dual parity efficiency for all-flash deployments (ms-s2d-fault-tolerance)', () => {
  it.each(allFlashTable)('%s servers: %s, %s %%', (nodes, layout, efficiency) => {
    for (const capacityMediaType of ['ssd', 'nvme']) {
      const r = run({ nodes, capacityMediaType, cacheDrivesPerNode: 0, resiliency: 'dual-parity' });
      expect(r.parityLayout).toBe(layout);
      expect(Number(r.efficiencyPercent.toFixed(1))).toBe(efficiency);
    }
  });
});

describe('Nested resiliency (ms-s2d-nested-resiliency)', () => {
  it('nested two-way mirror keeps four copies: 25 %, two failures, two servers only', () => {
    const r = run({ nodes: 2, capacityDrivesPerNode: 4, capacityDriveTB: 1, resiliency: 'nested-two-way-mirror' });
    expect(r.efficiencyPercent).toBe(25);
    expect(r.faultsTolerated).toBe(2);
    // 2 × 4 × 1 TB = 8 TB raw, reserve 2 drives → 6 TB, × 25 % = 1.5 TB (hand calculation).
    expect(r.usableTB).toBeCloseTo(1.5, 12);
    for (const nodes of [3, 4, 16]) {
      expect(issues({ nodes, resiliency: 'nested-two-way-mirror' })[0]?.field, `${nodes} servers`).toBe('resiliency');
      expect(issues({ nodes, resiliency: 'nested-mirror-accelerated-parity' })[0]?.field, `${nodes} servers`).toBe('resiliency');
    }
  });

  // Capacity drives per server × mirror share → efficiency, as published.
  it.each([
    [4, 10, 35.7],
    [4, 20, 34.1],
    [4, 30, 32.6],
    [5, 10, 37.7],
    [5, 20, 35.7],
    [5, 30, 33.9],
    [6, 10, 39.1],
    [6, 20, 36.8],
    [6, 30, 34.7],
    [7, 10, 40.0],
    [7, 20, 37.5],
    [7, 30, 35.3],
    [12, 10, 40.0],
    [12, 20, 37.5],
    [12, 30, 35.3], // the "7+" row
  ])('nested mirror-accelerated parity, %s drives per server, %s %% mirror: %s %%', (drives, mirrorPercent, efficiency) => {
    const r = run({ nodes: 2, capacityDrivesPerNode: drives, capacityDriveTB: 1, resiliency: 'nested-mirror-accelerated-parity', mirrorPercent });
    expect(Number(r.efficiencyPercent.toFixed(1))).toBe(efficiency);
    expect(r.faultsTolerated).toBe(2);
  });

  it('worked example: 6 drives, 10 GB mirror + 90 GB parity → 256 GB footprint for 100 GB, 39.1 %', () => {
    const r = run({ nodes: 2, capacityDrivesPerNode: 6, capacityDriveTB: 1, resiliency: 'nested-mirror-accelerated-parity', mirrorPercent: 10 });
    expect(100 / (r.efficiencyPercent / 100)).toBeCloseTo(256, 9);
  });

  it('nested mirror-accelerated parity needs 4 capacity drives per server', () => {
    expect(
      issues({ nodes: 2, capacityDrivesPerNode: 3, capacityMediaType: 'ssd', cacheDrivesPerNode: 0, resiliency: 'nested-mirror-accelerated-parity' })[0]?.field,
    ).toBe('capacityDrivesPerNode');
  });

  it('two-way mirror on two servers: Microsoft recommends nested resiliency for production', () => {
    expect(run({ nodes: 2, resiliency: 'two-way-mirror' }).warnings.some((w) => /nested resiliency/.test(w))).toBe(true);
  });
});

describe('Mirror-accelerated parity (hand calculation from the published parts)', () => {
  it('4 hybrid servers, 20 % three-way mirror + 80 % RS 2+2: footprint 0.2 × 3 + 0.8 × 2 = 2.2 per TB → 45.45 %', () => {
    const r = run({ nodes: 4, resiliency: 'mirror-accelerated-parity', mirrorPercent: 20 });
    expect(r.efficiencyPercent).toBeCloseTo(100 / 2.2, 9);
    // Plan-volumes pool: 120 TB / 2.2 = 54.55 TB.
    expect(r.usableTB).toBeCloseTo(120 / 2.2, 9);
  });

  it('16 all-flash servers, 10 % mirror + 90 % LRC (12, 2, 1): footprint 0.3 + 0.9 / 0.8 = 1.425 → 70.18 %', () => {
    const r = run({ nodes: 16, capacityMediaType: 'nvme', cacheDrivesPerNode: 0, resiliency: 'mirror-accelerated-parity', mirrorPercent: 10 });
    expect(r.efficiencyPercent).toBeCloseTo(100 / 1.425, 9);
  });
});

describe('Cache and drive rules (ms-s2d-choose-drives, ms-s2d-hardware-requirements)', () => {
  it('hybrid example: 4 × 4 TB HDD with 2 × 800 GB SSD = 10 % cache, no ratio warning', () => {
    const r = run({ nodes: 4, capacityDrivesPerNode: 4, capacityDriveTB: 4, cacheDrivesPerNode: 2, cacheDriveTB: 0.8 });
    expect(r.cachePercentOfCapacity).toBeCloseTo(10, 9);
    expect(r.warnings.some((w) => /of capacity per server/.test(w))).toBe(false);
  });

  it('all-flash example: 24 × 1.2 TB SSD with 2 × 750 GB NVMe = 5.2 % cache, no ratio warning', () => {
    const r = run({ nodes: 4, capacityDrivesPerNode: 24, capacityDriveTB: 1.2, capacityMediaType: 'ssd', cacheDrivesPerNode: 2, cacheDriveTB: 0.75 });
    expect(r.cachePercentOfCapacity).toBeCloseTo((1.5 / 28.8) * 100, 9);
    expect(r.warnings.some((w) => /of capacity per server/.test(w))).toBe(false);
  });

  it('a cache under the starting ratio warns: 2 × 400 GB for 16 TB of hard disks is 5 %', () => {
    const r = run({ nodes: 4, capacityDrivesPerNode: 4, capacityDriveTB: 4, cacheDrivesPerNode: 2, cacheDriveTB: 0.4 });
    expect(r.warnings.some((w) => /5% of capacity per server.*below the 10%/.test(w))).toBe(true);
  });

  it('cache metadata memory: 2 × 1.6 TB cache → 2 × 1.6 × 4096 MB = 13,107 MB = 12.8 GiB per server', () => {
    // The worked figure is from the 2018 (Windows Server 2016) version of the hardware requirements page.
    expect(run({ cacheDrivesPerNode: 2, cacheDriveTB: 1.6 }).cacheMetadataMemoryGiBPerNode).toBeCloseTo(12.8, 9);
  });

  it('one cache drive per server is refused; hard disks without cache are refused', () => {
    expect(issues({ cacheDrivesPerNode: 1 }).map((i) => i.field)).toContain('cacheDrivesPerNode');
    expect(issues({ capacityMediaType: 'hdd', cacheDrivesPerNode: 0 }).map((i) => i.field)).toContain('cacheDrivesPerNode');
    expect(evaluate(s2dCapacity, { capacityMediaType: 'ssd', cacheDrivesPerNode: 0 }).ok).toBe(true);
  });

  it('capacity drives that are not a multiple of cache drives warn (7 with 4 cache drives)', () => {
    expect(run({ capacityDrivesPerNode: 7, cacheDrivesPerNode: 4 }).warnings.some((w) => /whole multiple/.test(w))).toBe(true);
    expect(run({ capacityDrivesPerNode: 8, cacheDrivesPerNode: 4 }).warnings.some((w) => /whole multiple/.test(w))).toBe(false);
  });

  it('fewer than 4 capacity drives per server warns (Windows Server minimum; Azure Local all-flash allows 2)', () => {
    expect(run({ capacityDrivesPerNode: 2, capacityMediaType: 'ssd', cacheDrivesPerNode: 0 }).warnings.some((w) => /at least 4 capacity drives/.test(w))).toBe(
      true,
    );
  });

  it('over 400 TB per server or 4 PB per pool warns', () => {
    const r = run({ nodes: 16, capacityDrivesPerNode: 24, capacityDriveTB: 20, resiliency: 'dual-parity', cacheDrivesPerNode: 4, cacheDriveTB: 12 });
    expect(r.warnings.some((w) => /400 TB raw capacity per server/.test(w))).toBe(true);
    expect(r.warnings.some((w) => /4 PB/.test(w))).toBe(true);
  });

  it('a reserve as large as every drive is refused', () => {
    expect(issues({ nodes: 2, capacityDrivesPerNode: 4, resiliency: 'two-way-mirror', reserveDrives: 8 })[0]?.field).toBe('reserveDrives');
  });
});

describe('cache drives follow the capacity drives unless the reader sets them (ms-s2d-cache)', () => {
  it('all-flash with the cache left empty: no cache drives, no cache ratio, no cache memory', () => {
    for (const capacityMediaType of ['ssd', 'nvme']) {
      const r = run({ capacityMediaType });
      expect(r.cacheDrivesPerNode).toBe(0);
      expect(r.cacheSource).toBe('media');
      expect(r.cacheTBPerNode).toBe(0);
      expect(r.cachePercentOfCapacity).toBeNull();
      expect(r.cacheMetadataMemoryGiBPerNode).toBe(0);
      expect(r.warnings.some((w) => /Cache is/.test(w))).toBe(false);
    }
  });

  it('hard disks with the cache left empty: the 2-drive minimum, 2 × 1.6 TB = 3.2 TB = 10 % of 16 × 2 TB', () => {
    const r = run({ capacityMediaType: 'hdd' });
    expect(r.cacheDrivesPerNode).toBe(2);
    expect(r.cacheSource).toBe('media');
    expect(r.cacheTBPerNode).toBeCloseTo(3.2, 12);
    expect(r.cachePercentOfCapacity).toBeCloseTo(10, 9);
  });

  it('a cache the reader sets is kept on all-flash (4 × 0.8 TB NVMe in front of SSDs)', () => {
    const r = run({ capacityMediaType: 'ssd', cacheDrivesPerNode: 4, cacheDriveTB: 0.8 });
    expect(r.cacheDrivesPerNode).toBe(4);
    expect(r.cacheSource).toBe('input');
    expect(r.cacheTBPerNode).toBeCloseTo(3.2, 12);
  });

  it('hard disks with a cache set to 0 are still refused', () => {
    expect(issues({ capacityMediaType: 'hdd', cacheDrivesPerNode: 0 })[0]?.field).toBe('cacheDrivesPerNode');
  });
});

describe('suggested volumes (ms-s2d-plan-volumes)', () => {
  // The worked example's pool: 4 servers × 16 × 2 TB, reserve 8 TB, 120 TB for footprints.
  const example = { nodes: 4, capacityDrivesPerNode: 16, capacityDriveTB: 2 };

  it('three-way mirror: 40 TB usable → 4 volumes (one per server) of 10 TB, each a 30 TB footprint; 4 × 30 = 120 TB', () => {
    const r = run({ ...example, resiliency: 'three-way-mirror' });
    expect(r.suggestedVolumeCount).toBe(4);
    expect(r.suggestedVolumeSizeTB).toBeCloseTo(10, 9);
    expect(r.suggestedVolumeFootprintTB).toBeCloseTo(30, 9);
    expect(r.volumeSizeLimitTB).toBe(64);
    // 10 × 10^12 ÷ 2^40 = 9.0949… TiB, the figure New-Volume -Size takes in TB units.
    expect(r.suggestedVolumeSizeTiB).toBeCloseTo(9.0949, 4);
  });

  it('dual parity: 60 TB usable → 4 × 15 TB with RCT backup, 8 × 7.5 TB with VSS (Volsnap) backup (15 > 10)', () => {
    const rct = run({ ...example, resiliency: 'dual-parity' });
    expect(rct.suggestedVolumeCount).toBe(4);
    expect(rct.suggestedVolumeSizeTB).toBeCloseTo(15, 9);
    const vss = run({ ...example, resiliency: 'dual-parity', volumeBackup: 'vss-volsnap' });
    expect(vss.volumeSizeLimitTB).toBe(10);
    expect(vss.suggestedVolumeCount).toBe(8);
    expect(vss.suggestedVolumeSizeTB).toBeCloseTo(7.5, 9);
  });

  it('a volume of exactly the limit is accepted: 40 TB ÷ 4 = 10 TB with VSS backup stays at 4 volumes', () => {
    expect(run({ ...example, volumeBackup: 'vss-volsnap' }).suggestedVolumeCount).toBe(4);
  });

  it('two servers, nested two-way mirror: 2 × 8 × 4 TB = 64 TB raw, reserve 2 drives = 8 TB, 56 × 25 % = 14 TB → 2 volumes of 7 TB', () => {
    const r = run({ nodes: 2, capacityDrivesPerNode: 8, capacityDriveTB: 4, capacityMediaType: 'nvme', resiliency: 'nested-two-way-mirror' });
    expect(r.usableTB).toBeCloseTo(14, 9);
    expect(r.suggestedVolumeCount).toBe(2);
    expect(r.suggestedVolumeSizeTB).toBeCloseTo(7, 9);
  });

  it('16 servers × 24 × 20 TB, three-way mirror: (7,680 − 80) ÷ 3 = 2,533.3 TB → 48 volumes of 52.8 TB (16 would be 158 TB, 32 would be 79 TB)', () => {
    const big = { nodes: 16, capacityDrivesPerNode: 24, capacityDriveTB: 20, resiliency: 'three-way-mirror' };
    const r = run(big);
    expect(r.usableTB).toBeCloseTo(7600 / 3, 6);
    expect(r.suggestedVolumeCount).toBe(48);
    expect(r.suggestedVolumesPerServer).toBe(3);
    expect(r.suggestedVolumeSizeTB).toBeCloseTo(7600 / 3 / 48, 6);
    expect(r.warnings.some((w) => /does not fit in 64 volumes/.test(w))).toBe(false);
  });

  it('the same cluster with VSS backup needs 254 volumes of 10 TB: capped at 64 (a multiple of 16) of 39.6 TB, with a warning', () => {
    const r = run({ nodes: 16, capacityDrivesPerNode: 24, capacityDriveTB: 20, resiliency: 'three-way-mirror', volumeBackup: 'vss-volsnap' });
    expect(r.suggestedVolumeCount).toBe(64);
    expect(r.suggestedVolumeSizeTB).toBeCloseTo(7600 / 3 / 64, 6);
    expect(r.warnings.some((w) => /does not fit in 64 volumes of 10 TB/.test(w))).toBe(true);
  });

  it('three servers cap at 63 volumes, the largest multiple of 3 up to 64', () => {
    const r = run({ nodes: 3, capacityDrivesPerNode: 48, capacityDriveTB: 30, resiliency: 'three-way-mirror', volumeBackup: 'vss-volsnap' });
    // (3 × 48 × 30 − 3 × 30) ÷ 3 = 1,410 TB usable: 141 volumes of 10 TB would be needed.
    expect(r.usableTB).toBeCloseTo(1410, 6);
    expect(r.suggestedVolumeCount).toBe(63);
  });
});

describe('properties', () => {
  const inputArb = fc.record({
    nodes: fc.integer({ min: 2, max: 16 }),
    capacityDrivesPerNode: fc.integer({ min: 4, max: 48 }),
    capacityDriveTB: fc.double({ min: 0.1, max: 30, noNaN: true }),
    capacityMediaType: fc.constantFrom('hdd', 'ssd', 'nvme'),
    resiliency: fc.constantFrom(
      'two-way-mirror',
      'three-way-mirror',
      'dual-parity',
      'mirror-accelerated-parity',
      'nested-two-way-mirror',
      'nested-mirror-accelerated-parity',
    ),
    mirrorPercent: fc.integer({ min: 1, max: 99 }),
    volumeBackup: fc.constantFrom('rct', 'vss-volsnap'),
  });
  const ok = (input: Record<string, unknown>) => evaluate(s2dCapacity, input);

  it('usable ≤ pool available ≤ raw, efficiency in (0, 100], usable = available × efficiency', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = ok(input);
        if (!outcome.ok) return;
        const r = outcome.result;
        expect(r.efficiencyPercent).toBeGreaterThan(0);
        expect(r.efficiencyPercent).toBeLessThanOrEqual(100);
        expect(r.usableTB).toBeLessThanOrEqual(r.poolAvailableTB + 1e-9);
        expect(r.poolAvailableTB).toBeLessThanOrEqual(r.rawTB);
        expect(r.usableTB).toBeCloseTo((r.poolAvailableTB * r.efficiencyPercent) / 100, 6);
      }),
    );
  });

  it('every buildable type is in the comparison, and the chosen row matches the result', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = ok(input);
        if (!outcome.ok) return;
        const row = outcome.result.comparison.find((c) => c.resiliency === input.resiliency);
        expect(row?.usableTB).toBeCloseTo(outcome.result.usableTB, 9);
        expect(row?.faultsTolerated).toBe(outcome.result.faultsTolerated);
      }),
    );
  });

  it('more servers never lower dual-parity or mirror-accelerated parity efficiency', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 4, max: 15 }), fc.constantFrom('dual-parity', 'mirror-accelerated-parity'), (input, nodes, resiliency) => {
        const a = run({ ...input, resiliency, nodes });
        const b = run({ ...input, resiliency, nodes: nodes + 1 });
        expect(b.efficiencyPercent).toBeGreaterThanOrEqual(a.efficiencyPercent - 1e-12);
      }),
    );
  });

  it('mirror-accelerated parity lies between three-way mirror and dual parity, and more mirror lowers it', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 4, max: 16 }), fc.integer({ min: 1, max: 98 }), (input, nodes, mirrorPercent) => {
        const base = { ...input, nodes };
        const map = run({ ...base, resiliency: 'mirror-accelerated-parity', mirrorPercent }).efficiencyPercent;
        const moreMirror = run({ ...base, resiliency: 'mirror-accelerated-parity', mirrorPercent: mirrorPercent + 1 }).efficiencyPercent;
        expect(map).toBeGreaterThan(run({ ...base, resiliency: 'three-way-mirror' }).efficiencyPercent);
        expect(map).toBeLessThan(run({ ...base, resiliency: 'dual-parity' }).efficiencyPercent);
        expect(moreMirror).toBeLessThan(map);
      }),
    );
  });

  it('usable capacity scales with drive size and never grows with a larger reserve', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 3 }), (input, reserveDrives) => {
        const first = ok({ ...input, reserveDrives });
        if (!first.ok) return;
        const doubled = run({ ...input, reserveDrives, capacityDriveTB: input.capacityDriveTB * 2 > 200 ? input.capacityDriveTB : input.capacityDriveTB * 2 });
        if (input.capacityDriveTB * 2 <= 200) expect(doubled.usableTB).toBeCloseTo(first.result.usableTB * 2, 6);
        expect(run({ ...input, reserveDrives: reserveDrives + 1 }).usableTB).toBeLessThan(first.result.usableTB);
      }),
    );
  });

  it('suggested volumes: a multiple of the servers, at most 64, together the usable capacity, the fewest within the size limit', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const outcome = ok(input);
        if (!outcome.ok) return;
        const r = outcome.result;
        expect(r.suggestedVolumeCount % input.nodes).toBe(0);
        expect(r.suggestedVolumeCount).toBeGreaterThanOrEqual(input.nodes);
        expect(r.suggestedVolumeCount).toBeLessThanOrEqual(64);
        expect(r.suggestedVolumeCount * r.suggestedVolumeSizeTB).toBeCloseTo(r.usableTB, 6);
        expect(r.suggestedVolumeFootprintTB * r.suggestedVolumeCount).toBeCloseTo(r.poolAvailableTB, 6);
        const atCap = r.suggestedVolumeCount + input.nodes > 64;
        if (!atCap) expect(r.suggestedVolumeSizeTB).toBeLessThanOrEqual(r.volumeSizeLimitTB * (1 + 1e-9));
        // One server's worth fewer volumes would be over the limit.
        if (r.suggestedVolumeCount > input.nodes) expect(r.usableTB / (r.suggestedVolumeCount - input.nodes)).toBeGreaterThan(r.volumeSizeLimitTB);
        expect(r.warnings.some((w) => /does not fit in 64 volumes/.test(w))).toBe(r.suggestedVolumeSizeTB > r.volumeSizeLimitTB * (1 + 1e-9));
      }),
    );
  });

  it('all-flash without a cache count never gets cache drives; a count the reader gives is always kept', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 2, max: 8 }), (input, cacheDrivesPerNode) => {
        const auto = ok(input);
        if (auto.ok) expect(auto.result.cacheDrivesPerNode).toBe(input.capacityMediaType === 'hdd' ? 2 : 0);
        const given = ok({ ...input, cacheDrivesPerNode });
        if (given.ok) expect(given.result.cacheDrivesPerNode).toBe(cacheDrivesPerNode);
      }),
    );
  });
});
