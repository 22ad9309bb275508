/**
 * shared-nothing-migration and quick-migration against hand calculations
 * (a measured rate is given where the link model would otherwise decide).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { quickMigration } from '../../../src/engine/migration/quick-migration.ts';
import { sharedNothingMigration } from '../../../src/engine/migration/shared-nothing-migration.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const GiB = 1024 ** 3;

describe('shared-nothing-migration', () => {
  it('copies 100 GiB at the destination write rate less the mirrored writes, then the memory', () => {
    // Path: read 500, write 400, network 1000 MB/s (8 Gbps measured) → 400 MB/s, minus 10 MB/s of
    // mirrored guest writes = 390 MB/s: 107.374 GB / 390 MB/s = 275.3 s.
    // Memory: idle 8 GiB at (1000 − 10) MB/s = 8.590 GB / 990 MB/s = 8.677 s + 10 ms resume.
    // Total: 1.5 + 275.3 + 8.687 + 1.0 = 286.5 s.
    const r = resultOf(sharedNothingMigration, {
      memoryGiB: 8,
      dirtyRateMBps: 0,
      hotSetGiB: 0,
      storageGiB: 100,
      storageReadMBps: 500,
      storageWriteMBps: 400,
      diskWriteMBps: 10,
      effectiveGbps: 8,
      transport: 'tcp',
      hostVersion: '2012r2',
    });
    expect(r.storageBottleneck).toBe('destination write');
    expect(r.storageSeconds).toBeCloseTo((100 * GiB) / 390e6, 0);
    expect(r.memorySeconds).toBeCloseTo((8 * GiB) / 990e6 + 0.01, 1);
    expect(Math.abs(r.totalSeconds - 286.5)).toBeLessThan(1); // shown to 3 significant digits
  });

  it('names the network as the bottleneck when it is slowest', () => {
    const r = resultOf(sharedNothingMigration, { storageReadMBps: 5000, storageWriteMBps: 5000, linkGbps: 1, transport: 'tcp' });
    expect(r.storageBottleneck).toBe('network');
  });

  it('refuses guest writes that outrun the copy path, naming diskWriteMBps', () => {
    const o = evaluate(sharedNothingMigration, { storageWriteMBps: 100, diskWriteMBps: 150 });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.issues[0]?.field).toBe('diskWriteMBps');
  });

  it('refuses Windows Server 2008 R2, which has no shared-nothing live migration', () => {
    const o = evaluate(sharedNothingMigration, { hostVersion: '2008r2', transport: 'tcp' });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.issues[0]?.field).toBe('hostVersion');
  });

  it('more disk data or more guest writes never make it faster', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (storageGiB, extraGiB, diskWriteMBps) => {
          const base = { storageGiB, diskWriteMBps, storageWriteMBps: 400, storageReadMBps: 500, transport: 'compression', hostVersion: '2016' };
          const a = resultOf(sharedNothingMigration, base);
          expect(resultOf(sharedNothingMigration, { ...base, storageGiB: storageGiB + extraGiB }).totalSeconds).toBeGreaterThanOrEqual(a.totalSeconds);
          expect(resultOf(sharedNothingMigration, { ...base, diskWriteMBps: diskWriteMBps + 50 }).totalSeconds).toBeGreaterThanOrEqual(a.totalSeconds);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('quick-migration', () => {
  it('saves, fails over and restores: 4 GiB at 150 MB/s with the default 5 s failover is 62.3 s', () => {
    // 4 × 1,073,741,824 B / 150 MB/s = 28.63 s to save and 28.63 s to restore; + 5 s = 62.27 s.
    const r = resultOf(quickMigration, { memoryGiB: 4, storageMBps: 150 });
    expect(r.saveSeconds).toBeCloseTo(28.6, 1);
    expect(r.downtimeSeconds).toBeCloseTo(62.3, 1);
  });

  it('takes every VM on the LUN down together (seed-001)', () => {
    const one = resultOf(quickMigration, { memoryGiB: 4, storageMBps: 150, failoverSeconds: 3 });
    const four = resultOf(quickMigration, { memoryGiB: 4, storageMBps: 150, failoverSeconds: 3, vmsOnLun: 4 });
    // (4 × 2 × 28.63) + 3 = 232.1 s against (2 × 28.63) + 3 = 60.3 s.
    expect(one.downtimeSeconds).toBeCloseTo(60.3, 1);
    expect(four.downtimeSeconds).toBeCloseTo(232, 0);
    expect(four.warnings.join(' ')).toMatch(/go down together/);
  });

  it('is down for seconds where live migration pauses for milliseconds', () => {
    const quick = resultOf(quickMigration, { memoryGiB: 8 });
    expect(quick.downtimeSeconds).toBeGreaterThan(10);
  });
});
