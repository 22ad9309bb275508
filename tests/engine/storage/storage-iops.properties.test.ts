/**
 * Invariants of the write-penalty model (fast-check): more disks never give
 * fewer IOPS, a heavier write penalty never gives more, disksNeeded is the
 * least buildable count meeting the target, and the published formula
 * raw × R + raw × W / P never undershoots the correct one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutDiskProblem, layoutIds, layouts } from '../../../src/engine/storage/layouts.ts';
import { storageIops } from '../../../src/engine/storage/storage-iops.ts';
import { frontEndIops, wrongPublishedIops } from '../../../src/engine/storage/write-penalty.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(storageIops, input);

const layoutArb = fc.constantFrom(...layoutIds);
const mixArb = fc.record({
  readPercent: fc.integer({ min: 0, max: 100 }),
  driveIops: fc.integer({ min: 1, max: 500_000 }),
  readCacheHitPercent: fc.integer({ min: 0, max: 99 }),
  writeCacheHitPercent: fc.integer({ min: 0, max: 99 }),
});

describe('storage-iops properties', () => {
  it('more disks never give fewer front-end IOPS', () => {
    fc.assert(
      fc.property(layoutArb, mixArb, fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), (layout, mix, n, extra) => {
        const a = n;
        const b = n + extra;
        if (layoutDiskProblem(layouts[layout], a) || layoutDiskProblem(layouts[layout], b)) return;
        expect(run({ ...mix, layout, disks: b }).frontEndIops).toBeGreaterThanOrEqual(run({ ...mix, layout, disks: a }).frontEndIops);
      }),
    );
  });

  it('a heavier write penalty never gives more front-end IOPS', () => {
    fc.assert(
      fc.property(fc.constantFrom(...layoutIds), fc.constantFrom(...layoutIds), mixArb, fc.integer({ min: 8, max: 400 }), (x, y, mix, half) => {
        const disks = half * 2; // even and ≥ 16: buildable in every layout but RAID 1
        if (layoutDiskProblem(layouts[x], disks) || layoutDiskProblem(layouts[y], disks)) return;
        const [light, heavy] = layouts[x].writePenalty <= layouts[y].writePenalty ? [x, y] : [y, x];
        expect(run({ ...mix, layout: heavy, disks }).frontEndIops).toBeLessThanOrEqual(run({ ...mix, layout: light, disks }).frontEndIops * (1 + 1e-12));
      }),
    );
  });

  it('disksNeeded is the least buildable count that meets the target', () => {
    fc.assert(
      fc.property(
        layoutArb.filter((l) => l !== 'raid1'),
        mixArb,
        fc.integer({ min: 1, max: 5_000_000 }),
        (layout, mix, targetIops) => {
          const r = run({ ...mix, layout, targetIops });
          const needed = r.disksNeeded ?? 0;
          const L = layouts[layout];
          const iopsAt = (d: number) =>
            frontEndIops(
              d,
              mix.driveIops,
              { readFraction: mix.readPercent / 100, readHitFraction: mix.readCacheHitPercent / 100, writeHitFraction: mix.writeCacheHitPercent / 100 },
              L.writePenalty,
            );
          expect(layoutDiskProblem(L, needed)).toBeUndefined();
          expect(needed).toBeGreaterThanOrEqual(L.minDisks);
          expect(iopsAt(needed)).toBeGreaterThanOrEqual(targetIops * (1 - 1e-9));
          const previous = needed - (L.evenDisks ? 2 : 1);
          if (previous >= L.minDisks) expect(iopsAt(previous)).toBeLessThan(targetIops);
        },
      ),
    );
  });

  it('the published formula overstates every mixed load and matches only all-read or all-write', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(2, 3, 4, 6),
        (disks, driveIops, readPercent, penalty) => {
          const R = readPercent / 100;
          const correct = frontEndIops(disks, driveIops, { readFraction: R, readHitFraction: 0, writeHitFraction: 0 }, penalty);
          const wrong = wrongPublishedIops(disks, driveIops, R, penalty);
          if (readPercent === 0 || readPercent === 100) expect(wrong).toBeCloseTo(correct, 6);
          else expect(wrong).toBeGreaterThan(correct);
        },
      ),
    );
  });

  it('throughput is front-end IOPS × I/O size in decimal MB/s', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 16384, noNaN: true }), (ioSizeKiB) => {
        const r = run({ ioSizeKiB });
        expect(r.throughputMBps).toBeCloseTo((r.frontEndIops * ioSizeKiB * 1024) / 1e6, 6);
      }),
    );
  });
});
