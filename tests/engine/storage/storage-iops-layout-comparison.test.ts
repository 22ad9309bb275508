/**
 * storage-iops with a target: every layout sized side by side
 * (layoutComparison), RAID groups and hot spares. Every expected figure is a
 * hand calculation written next to it: disks for IOPS = target × (R + W × P)
 * ÷ drive IOPS, rounded up to a buildable count; disks for capacity = the
 * fewest whose data disks (active − parity per group, or active ÷ copies)
 * hold the target; the larger of the two, plus the hot spares.
 * The 16-disk group ceiling is Dell's (dell-me4-admin-guide).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { layoutIds, layouts } from '../../../src/engine/storage/layouts.ts';
import { storageIops } from '../../../src/engine/storage/storage-iops.ts';
import type { LayoutComparisonRow } from '../../../src/engine/storage/storage-iops.ts';
import { issuesOf, resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(storageIops, input);

const refused = (input: Record<string, unknown>) => issuesOf(storageIops, input);

const rowOf = (rows: LayoutComparisonRow[], layout: string): LayoutComparisonRow => {
  const row = rows.find((r) => r.layout === layout);
  if (!row) throw new Error(`no row for ${layout}`);
  return row;
};

describe('layoutComparison: 2,000 IOPS and 100 TB on 10 TB drives at 200 IOPS, 70 % reads, 2 hot spares, groups of 8, 400 per drive', () => {
  const input = {
    targetIops: 2000,
    targetCapacityTB: 100,
    driveIops: 200,
    readPercent: 70,
    driveCapacityTB: 10,
    drivePrice: 400,
    hotSpares: 2,
    raidGroupSize: 8,
  };
  const rows = run(input).layoutComparison;
  // Data disks needed: 100 TB ÷ 10 TB = 10.

  it('has one row per layout the model knows, in its order', () => {
    expect(rows.map((r) => r.layout)).toEqual(layoutIds);
  });

  it('RAID 10: capacity decides, 10 × 2 = 20 active + 2 spares = 22 disks', () => {
    // IOPS: 2000 × (0.7 + 0.3 × 2) ÷ 200 = 13 → even → 14 active. Capacity: 10 data disks × 2 copies = 20 active.
    const r = rowOf(rows, 'raid10');
    expect(r.disksNeeded).toBe(22);
    expect(r.sizedBy).toBe('capacity');
    expect(r.usableCapacityTB).toBeCloseTo(100, 9); // 20 ÷ 2 × 10 TB
    expect(r.frontEndIops).toBeCloseTo(3076.923, 3); // 20 × 200 ÷ 1.3
    expect(r.totalCost).toBe(8800); // 22 × 400
    expect(r.costPerIops).toBeCloseTo(2.86, 9); // 8800 ÷ 3076.923
    expect(r.costPerUsableTB).toBeCloseTo(88, 9); // 8800 ÷ 100
  });

  it('RAID 5 in groups of 8: IOPS decide, 19 active (groups 8 + 8 + 3) + 2 spares = 21 disks', () => {
    // IOPS: 2000 × (0.7 + 0.3 × 4) ÷ 200 = 19 active. Groups: 8, 8, 3 (3 is RAID 5's minimum): 3 parity, 16 data disks.
    const r = rowOf(rows, 'raid5');
    expect(r.disksNeeded).toBe(21);
    expect(r.sizedBy).toBe('iops');
    expect(r.groups).toBe(3);
    expect(r.usableCapacityTB).toBeCloseTo(160, 9); // 16 × 10 TB
    expect(r.frontEndIops).toBeCloseTo(2000, 9); // 19 × 200 ÷ 1.9
    expect(r.costPerIops).toBeCloseTo(4.2, 9); // 21 × 400 = 8400; 8400 ÷ 2000
    expect(r.costPerUsableTB).toBeCloseTo(52.5, 9); // 8400 ÷ 160
  });

  it('RAID 6 in groups of 8: 25 active for the IOPS leave a last group of 1, so 28 (8 + 8 + 8 + 4) + 2 = 30 disks', () => {
    // IOPS: 2000 × (0.7 + 0.3 × 6) ÷ 200 = 25. 25, 26, 27 leave a last group of 1, 2, 3 (< 4); 28 leaves 4.
    // Data: 28 − 4 groups × 2 = 20 disks = 200 TB. IOPS: 28 × 200 ÷ 2.5 = 2240. Cost 30 × 400 = 12,000.
    const r = rowOf(rows, 'raid6');
    expect(r.disksNeeded).toBe(30);
    expect(r.groups).toBe(4);
    expect(r.usableCapacityTB).toBeCloseTo(200, 9);
    expect(r.frontEndIops).toBeCloseTo(2240, 9);
    expect(r.costPerIops).toBeCloseTo(12000 / 2240, 9);
    expect(r.costPerUsableTB).toBeCloseTo(60, 9);
  });

  it('Storage Spaces dual parity with 8 columns: a group needs 7, so 31 active (8 + 8 + 8 + 7) + 2 = 33 disks', () => {
    // IOPS: 25 active, as RAID 6. Last group of 1…6 is refused; 31 leaves 7. Data: 31 − 4 × 2 = 23 disks = 230 TB.
    const r = rowOf(rows, 'dual-parity');
    expect(r.disksNeeded).toBe(33);
    expect(r.usableCapacityTB).toBeCloseTo(230, 9);
  });

  it('three-way mirror: capacity decides, 10 × 3 = 30 active + 2 = 32 disks', () => {
    // IOPS: 2000 × (0.7 + 0.9) ÷ 200 = 16 active; capacity 30.
    const r = rowOf(rows, 'mirror-3way');
    expect(r.disksNeeded).toBe(32);
    expect(r.usableCapacityTB).toBeCloseTo(100, 9);
  });

  it('RAID 1 cannot be sized: it is one pair, with no figures and a note', () => {
    const r = rowOf(rows, 'raid1');
    expect(r.disksNeeded).toBeNull();
    expect(r.costPerIops).toBeNull();
    expect(r.note).toMatch(/exactly 2 disks/);
  });

  it('the chosen layout (RAID 10 by default) is sized the same way in the main result', () => {
    const result = run(input);
    expect(result.disksNeeded).toBe(22);
    expect(result.disks).toBe(22);
    expect(result.activeDisks).toBe(20);
    expect(result.usableCapacityTB).toBeCloseTo(100, 9);
  });
});

describe('layoutComparison without a capacity target: 10,000 IOPS on 15k SAS (175 IOPS), 70 % reads', () => {
  const rows = run({ targetIops: 10_000, driveClass: 'sas-15k' }).layoutComparison;

  it('matches the single-layout sizing of the existing worked example: RAID 5 109, RAID 10 76, RAID 6 143', () => {
    // RAID 5: 10000 × 1.9 ÷ 175 = 108.57 → 109; RAID 10: 10000 × 1.3 ÷ 175 = 74.29 → 75 → 76; RAID 6: 10000 × 2.5 ÷ 175 = 142.86 → 143.
    expect(rowOf(rows, 'raid5').disksNeeded).toBe(109);
    expect(rowOf(rows, 'raid10').disksNeeded).toBe(76);
    expect(rowOf(rows, 'raid6').disksNeeded).toBe(143);
    // Without a drive capacity or price, capacity and cost stay empty rather than zero.
    expect(rowOf(rows, 'raid5').usableCapacityTB).toBeNull();
    expect(rowOf(rows, 'raid5').costPerIops).toBeNull();
  });

  it('is empty without any target', () => {
    expect(run({ disks: 8 }).layoutComparison).toEqual([]);
  });
});

describe('RAID groups and hot spares', () => {
  it('400 disks in one RAID 6 group: 398 data disks, and a warning citing the 16-disk group ceiling', () => {
    const r = run({ disks: 400, layout: 'raid6', driveCapacityTB: 1 });
    expect(r.usableCapacityTB).toBeCloseTo(398, 9); // 400 − 2
    expect(r.warnings.some((w) => /group of 400 disks/.test(w) && /16 disks/.test(w))).toBe(true);
    expect(r.assumptions.some((a) => a.sources.includes('dell-me4-admin-guide'))).toBe(true);
  });

  it('the same 400 disks in groups of 16: 25 groups × 2 parity = 50, so 350 data disks, and no warning', () => {
    const r = run({ disks: 400, layout: 'raid6', driveCapacityTB: 1, raidGroupSize: 16 });
    expect(r.raidGroups).toBe(25);
    expect(r.usableCapacityTB).toBeCloseTo(350, 9);
    expect(r.usableFraction).toBeCloseTo(0.875, 12);
    expect(r.warnings.some((w) => /group of/.test(w))).toBe(false);
  });

  it('24 disks in RAID 6 with 2 hot spares in groups of 11: 22 active, 2 groups, 18 data disks; IOPS from 22 disks only', () => {
    // Data: 22 − 2 × 2 = 18 → 18 × 4 TB = 72 TB of 96 TB raw (75 %). IOPS: 22 × 125 ÷ (0.7 + 0.3 × 6) = 2750 ÷ 2.5 = 1100.
    const r = run({ disks: 24, layout: 'raid6', hotSpares: 2, raidGroupSize: 11, driveCapacityTB: 4, drivePrice: 100 });
    expect(r.activeDisks).toBe(22);
    expect(r.raidGroups).toBe(2);
    expect(r.usableCapacityTB).toBeCloseTo(72, 9);
    expect(r.rawCapacityTB).toBeCloseTo(96, 9);
    expect(r.rawIops).toBe(2750);
    expect(r.frontEndIops).toBeCloseTo(1100, 9);
    expect(r.totalCost).toBe(2400); // spares are bought too: 24 × 100
  });

  it('a group size ignores mirrors, and says so', () => {
    const plain = run({ disks: 8, layout: 'raid10', driveCapacityTB: 1 });
    const grouped = run({ disks: 8, layout: 'raid10', driveCapacityTB: 1, raidGroupSize: 4 });
    expect(grouped.usableCapacityTB).toBe(plain.usableCapacityTB);
    expect(grouped.warnings.some((w) => /does not change a mirror/.test(w))).toBe(true);
  });

  it.each([
    [{ disks: 4, hotSpares: 4 }, 'hotSpares', 'leave none of the 4 disks'],
    [{ disks: 6, layout: 'raid10', hotSpares: 1 }, 'disks', '5 is odd after 1 hot spare'],
    [{ disks: 12, layout: 'raid6', raidGroupSize: 3 }, 'raidGroupSize', 'at least 4 disks; 3 given'],
    [{ disks: 22, layout: 'raid6', raidGroupSize: 10 }, 'raidGroupSize', 'last group of 2'],
    [{ targetCapacityTB: 10 }, 'targetCapacityTB', 'needs the drive capacity'],
    [{ hotSpares: 8 }, 'hotSpares', 'leave none of the 8 disks'],
  ])('refuses %j on %s', (input, field, message) => {
    const issue = refused(input).find((i) => i.field === field);
    expect(issue?.message).toContain(message);
  });

  it('a capacity short of the target is a warning when the reader gives the disk count', () => {
    // 8 × 2 TB in RAID 10 = 8 TB usable, short of 10 TB: 10 ÷ 2 = 5 data disks × 2 = 10 disks needed.
    const r = run({ disks: 8, driveCapacityTB: 2, targetCapacityTB: 10 });
    expect(r.disksNeeded).toBe(10);
    expect(r.warnings).toContain('8 disks give 8 TB usable, short of the 10 TB target; 10 are needed.');
  });
});

const mixArb = fc.record({
  readPercent: fc.integer({ min: 0, max: 100 }),
  driveIops: fc.integer({ min: 50, max: 500_000 }),
});

describe('layoutComparison and disk-plan properties', () => {
  it('disks needed always meets both targets, for every layout that can be sized', () => {
    fc.assert(
      fc.property(
        mixArb,
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        fc.constantFrom(1, 2, 4, 8, 20),
        fc.integer({ min: 0, max: 4 }),
        fc.option(fc.integer({ min: 7, max: 24 }), { nil: undefined }),
        (mix, targetIops, targetCapacityTB, driveCapacityTB, hotSpares, raidGroupSize) => {
          const rows = run({ ...mix, targetIops, targetCapacityTB, driveCapacityTB, hotSpares, raidGroupSize }).layoutComparison;
          for (const row of rows) {
            if (row.disksNeeded === null) continue;
            expect(row.frontEndIops ?? 0, row.layout).toBeGreaterThanOrEqual(targetIops * (1 - 1e-9));
            expect(row.usableCapacityTB ?? 0, row.layout).toBeGreaterThanOrEqual(targetCapacityTB * (1 - 1e-9));
            // The count it names is itself a legal array: the model accepts it back as input (up to the Disks field's 10,000).
            if (row.disksNeeded > 10_000) continue;
            const back = evaluate(storageIops, { ...mix, layout: row.layout, disks: row.disksNeeded, hotSpares, raidGroupSize, driveCapacityTB });
            expect(back.ok, row.layout).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('one disk fewer (that is still a legal array) misses a target', () => {
    fc.assert(
      fc.property(
        mixArb,
        fc.integer({ min: 1, max: 200_000 }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (mix, targetIops, targetCapacityTB, hotSpares) => {
          const driveCapacityTB = 4;
          for (const row of run({ ...mix, targetIops, targetCapacityTB, driveCapacityTB, hotSpares }).layoutComparison) {
            if (row.disksNeeded === null) continue;
            for (let fewer = row.disksNeeded - 1; fewer > hotSpares; fewer--) {
              const smaller = evaluate(storageIops, { ...mix, layout: row.layout, disks: fewer, hotSpares, driveCapacityTB });
              if (!smaller.ok) continue;
              const missed = smaller.result.frontEndIops < targetIops * (1 - 1e-9) || (smaller.result.usableCapacityTB ?? 0) < targetCapacityTB * (1 - 1e-9);
              expect(missed, `${row.layout} at ${fewer} disks`).toBe(true);
              break;
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('more hot spares never increase usable capacity or IOPS', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...layoutIds.filter((l) => l !== 'raid1')),
        fc.integer({ min: 8, max: 300 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.integer({ min: 4, max: 20 }), { nil: undefined }),
        (layout, disks, spares, extra, raidGroupSize) => {
          const fewer = evaluate(storageIops, { layout, disks, hotSpares: spares, raidGroupSize, driveCapacityTB: 1 });
          const more = evaluate(storageIops, { layout, disks, hotSpares: spares + extra, raidGroupSize, driveCapacityTB: 1 });
          if (!fewer.ok || !more.ok) return;
          expect(more.result.usableCapacityTB ?? 0).toBeLessThanOrEqual(fewer.result.usableCapacityTB ?? 0);
          expect(more.result.frontEndIops).toBeLessThanOrEqual(fewer.result.frontEndIops);
        },
      ),
    );
  });

  it('smaller parity groups never leave more usable capacity', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('raid5', 'raid6', 'parity', 'dual-parity'),
        fc.integer({ min: 7, max: 400 }),
        fc.integer({ min: 7, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        (layout, disks, small, step) => {
          const a = evaluate(storageIops, { layout, disks, raidGroupSize: small, driveCapacityTB: 1 });
          const b = evaluate(storageIops, { layout, disks, raidGroupSize: small + step, driveCapacityTB: 1 });
          if (!a.ok || !b.ok) return;
          expect(a.result.usableCapacityTB ?? 0).toBeLessThanOrEqual(b.result.usableCapacityTB ?? 0);
          // And never more than one group of all the disks: disks − parity of one group.
          expect(b.result.usableCapacityTB ?? 0).toBeLessThanOrEqual(disks - (layouts[layout].parityPerGroup ?? 0));
        },
      ),
    );
  });
});
