/**
 * storage-scenario: the seed-002 whiteboard (3 non-clustered hosts, one
 * demanding SQL Server VM each, "250,000 IOPS and 2.5 GB/s") worked by hand.
 * Drive figures: 75,000 IOPS per SSD (myce-dc-s3700), 175 per 15k disk
 * (wikipedia-iops low end); mirrors cost 2 disk writes per write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storageScenario } from '../../../src/engine/storage/storage-scenario.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(storageScenario, input);

describe('the seed-002 whiteboard, by hand', () => {
  it('2.5 GB/s of 8 KiB I/Os needs more than 250,000 IOPS: 2.5e9 / 8192 = 305,175.8, so it sizes for that', () => {
    const r = run({});
    // 250,000 × 8192 B = 2.048 GB/s < 2.5 GB/s
    expect(r.impliedThroughputMBpsPerVm).toBeCloseTo(2048, 9);
    expect(r.sizedForThroughput).toBe(true);
    expect(r.sizedIopsPerVm).toBeCloseTo(305_175.78, 2);
  });

  it('the seed\u2019s pair of figures implies 10,000-byte I/Os: 2.5e9 / 250,000 = 10,000 B = 9.765625 KiB', () => {
    const r = run({ ioSizeKiB: 10_000 / 1024 });
    expect(r.sizedForThroughput).toBe(false);
    expect(r.impliedThroughputMBpsPerVm).toBeCloseTo(2500, 9);
    expect(r.sizedIopsPerVm).toBe(250_000);
  });

  it('SAN tier: 3 × 305,175.8 = 915,527.3 IOPS at 70/30 in RAID 10 on 75,000-IOPS SSDs → 16 drives', () => {
    // 915,527.3 × (0.7 + 0.3 × 2) / 75,000 = 915,527.3 × 1.3 / 75,000 = 15.87 → 16 (even).
    const san = run({}).designs[0];
    expect(san?.design).toBe('san');
    expect(san?.requiredIops).toBeCloseTo(915_527.34, 2);
    expect(san?.drives).toBe(16);
    // 16 × 75,000 / 1.3 = 923,076.9
    expect(san?.deliveredIops).toBeCloseTo(923_076.92, 2);
  });

  it('local hosts: 305,175.8 × 1.3 / 75,000 = 5.29 → 6 SSDs per host in a two-way mirror, 18 in all', () => {
    const local = run({}).designs[1];
    expect(local?.drivesPerHost).toBe(6);
    expect(local?.drives).toBe(18);
    // 3 × 6 × 75,000 / 1.3 = 1,038,461.5
    expect(local?.deliveredIops).toBeCloseTo(1_038_461.54, 2);
  });

  it('cost per IOPS with illustrative prices of 2,000 per SAN SSD and 800 per server SSD', () => {
    const [san, local] = run({ sanDrivePrice: 2000, localDrivePrice: 800 }).designs;
    // SAN 16 × 2000 = 32,000 / 923,076.9 = 0.034667; local 18 × 800 = 14,400 / 1,038,461.5 = 0.013867
    expect(san?.totalCost).toBe(32_000);
    expect(san?.costPerIops).toBeCloseTo(0.034667, 6);
    expect(local?.totalCost).toBe(14_400);
    expect(local?.costPerIops).toBeCloseTo(0.013867, 6);
  });

  it('fixed costs are added once for the SAN and once per host', () => {
    const [san, local] = run({ sanDrivePrice: 2000, sanFixedCost: 100_000, localDrivePrice: 800, localFixedCostPerHost: 10_000 }).designs;
    expect(san?.totalCost).toBe(132_000);
    expect(local?.totalCost).toBe(44_400);
  });

  it('spinning disks for the same SAN tier: 915,527.3 × 1.3 / 175 = 6,801.1 → 6,802 15k disks', () => {
    const option = run({}).tierOptions.find((o) => o.driveClass === 'sas-15k');
    expect(option?.drivesNeeded).toBe(6802);
  });

  it('costs stay null without prices and say why', () => {
    const r = run({});
    expect(r.designs.every((d) => d.totalCost === null && d.costPerIops === null)).toBe(true);
    expect(r.warnings.join(' ')).toMatch(/Enter drive prices/);
  });

  it('warns when a host needs more drives than it has bays', () => {
    expect(run({ localDriveClass: 'sas-15k', localMaxDrivesPerHost: 24 }).warnings.join(' ')).toMatch(/bays/);
  });
});

describe('storage-scenario properties', () => {
  it('the local design has hosts × drives-per-host drives and each host meets its own target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (hosts, targetIopsPerVm, readPercent) => {
          const r = run({ hosts, targetIopsPerVm, readPercent, targetThroughputMBpsPerVm: 0 });
          const local = r.designs[1];
          expect(local?.drives).toBe((local?.drivesPerHost ?? 0) * hosts);
          expect((local?.deliveredIops ?? 0) / hosts).toBeGreaterThanOrEqual(targetIopsPerVm * (1 - 1e-9));
          expect(r.designs[0]?.deliveredIops ?? 0).toBeGreaterThanOrEqual(targetIopsPerVm * hosts * (1 - 1e-9));
        },
      ),
    );
  });
});
