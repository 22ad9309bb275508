/**
 * live-migration against published measurements (each named with its source,
 * published value and tolerance), hand-calculated cases, and properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { liveMigration } from '../../../src/engine/migration/live-migration.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const live = (input: Record<string, unknown>) => resultOf(liveMigration, input);

describe('validation against published measurements', () => {
  it('seed-003: a 50 GB SQL Server VM over tuned 10 GbE takes 74–78 s (tolerance 5 %)', () => {
    // Windows Server 2008 R2, TCP, jumbo frames, C-states and C1E disabled. The seed gives no dirty
    // rate; a lightly loaded SQL Server dirtying 0–30 MB/s with a small hot set is assumed.
    for (const dirtyRateMBps of [0, 10, 20, 30]) {
      const r = live({
        memoryGiB: 50,
        dirtyRateMBps,
        hotSetGiB: 0.05,
        linkGbps: 10,
        transport: 'tcp',
        jumboFrames: true,
        powerProfile: 'c-states-disabled',
        hostVersion: '2008r2',
      });
      expect(r.totalSeconds).toBeGreaterThanOrEqual(74 * 0.95);
      expect(r.totalSeconds).toBeLessThanOrEqual(78 * 1.05);
    }
  });

  it('clark-2005: SPECweb99 pauses 210 ms when 18.2 MB are left for the stop-and-copy (tolerance 15 %)', () => {
    // Clark et al. §6: 800 MB VM over Gigabit Ethernet; the final round sends 18.2 MB (201 ms) plus 9 ms to
    // resume = 210 ms. Here the hot set is that 18.2 MB (MB as 2^20 bytes in the paper's tables).
    const r = live({ memoryGiB: 800 / 1024, dirtyRateMBps: 5, hotSetGiB: 18.2 / 1024, linkGbps: 1, transport: 'tcp', hostVersion: '2008r2' });
    expect(Math.abs(r.downtimeMs - 210) / 210).toBeLessThan(0.15);
  });

  it('ibm-2011-lm-10gbe-vs-1gbe: 10 GbE is "up to 82 %" shorter than 1 GbE for an idle 32 GB VM (tolerance 5 points)', () => {
    // Windows Server 2008 R2 SP1; the best case is the fully tuned host.
    const time = (linkGbps: number, powerProfile: string) =>
      live({ memoryGiB: 32, dirtyRateMBps: 0, hotSetGiB: 0, linkGbps, transport: 'tcp', jumboFrames: true, powerProfile, hostVersion: '2008r2' }).totalSeconds;
    const best = Math.max(...['balanced', 'high-performance', 'c-states-disabled'].map((p) => 1 - time(10, p) / time(1, p)));
    expect(Math.abs(best - 0.82)).toBeLessThan(0.05);
  });

  it('aidanfinn-2012-concurrent-lm: one 512 MB VM takes 5 s over 10 GbE (tolerance 15 %)', () => {
    // Windows Server 2012, TCP, defaults. (The 7 s over 1 GbE calibrated the fixed setup and clean-up time.)
    const r = live({ memoryGiB: 0.5, dirtyRateMBps: 1, hotSetGiB: 0.01, linkGbps: 10, transport: 'tcp', hostVersion: '2012' });
    expect(Math.abs(r.totalSeconds - 5) / 5).toBeLessThan(0.15);
  });

  it('aidan-finn-2013-lm-improvements: compression with idle CPU about halves the time (tolerance 10 points)', () => {
    for (const linkGbps of [1, 10]) {
      const base = { memoryGiB: 8, dirtyRateMBps: 20, hotSetGiB: 0.05, linkGbps, hostVersion: '2012r2' };
      const ratio = live({ ...base, transport: 'compression' }).totalSeconds / live({ ...base, transport: 'tcp' }).totalSeconds;
      expect(Math.abs(ratio - 0.5)).toBeLessThan(0.1);
    }
  });

  it('impress-2013-ws2012r2-lm-chart: compression < TCP/IP, about 4× faster on compressible memory', () => {
    // Microsoft's chart: TCP/IP > 60 s, compression ≈ 15 s. The VM and links are not given; a 48 GiB VM
    // on 10 GbE (the size for which TCP/IP takes the chart's 60 s) whose memory compresses 4:1 is assumed.
    // The chart's SMB Direct bar (< 10 s) is not tested: its RDMA links are not stated.
    const base = { memoryGiB: 48, dirtyRateMBps: 10, hotSetGiB: 0.05, linkGbps: 10, hostVersion: '2012r2', compressionRatio: 4 };
    const tcp = live({ ...base, transport: 'tcp' }).totalSeconds;
    const compressed = live({ ...base, transport: 'compression' }).totalSeconds;
    expect(Math.abs(tcp - 60) / 60).toBeLessThan(0.1);
    expect(compressed).toBeLessThan(tcp);
    expect(tcp / compressed).toBeGreaterThan(3);
    expect(tcp / compressed).toBeLessThan(4.5);
  });
});

describe('hand-calculated cases (measured rate given, so only the pre-copy is tested)', () => {
  it('an idle 10 GiB VM at 8 Gbps: one pass, 10 ms pause', () => {
    // 10 GiB = 10.737 GB at 1 GB/s = 10.737 s; + 1.5 s setup + 1.0 s clean-up + 0.01 s resume = 13.247 s.
    const r = live({ memoryGiB: 10, dirtyRateMBps: 0, hotSetGiB: 0, effectiveGbps: 8, transport: 'tcp' });
    expect(r.totalSeconds).toBeCloseTo(13.2, 1);
    expect(r.passes).toBe(1);
    expect(r.downtimeMs).toBeCloseTo(10, 5);
    expect(r.transferredGiB).toBe(10);
    expect(r.converged).toBe(true);
  });

  it('8 GiB dirtying 100 MB/s at 1 GB/s: two passes and an 86 MB stop-and-copy', () => {
    // Pass 1: 8.590 GB in 8.590 s; dirtied 859 MB > 200 MB (0.2 s at 1 GB/s) → pass 2: 0.859 s, dirtied
    // 85.9 MB ≤ 200 MB → pause: 85.9 ms + 10 ms = 95.9 ms. Total 2.5 + 8.590 + 0.859 + 0.0859 + 0.01 = 12.045 s.
    // Sent 8.590 + 0.859 + 0.0859 GB = 9.535 GB = 8.880 GiB.
    const r = live({ memoryGiB: 8, dirtyRateMBps: 100, hotSetGiB: 0, effectiveGbps: 8, transport: 'tcp', hostVersion: '2008r2' });
    expect(r.passes).toBe(2);
    expect(r.downtimeMs).toBeCloseTo(95.9, 0);
    expect(r.totalSeconds).toBeCloseTo(12.0, 1);
    expect(r.transferredGiB).toBeCloseTo(8.88, 2);
  });

  it('a guest dirtying 2 GB/s over a 1 GB/s migration does not converge (2012 R2: 5 passes)', () => {
    // Every pass leaves all 4 GiB dirty: 5 passes + stop-and-copy of 4 GiB each = 24 GiB; pause 4.295 s + 10 ms.
    const r = live({ memoryGiB: 4, dirtyRateMBps: 2000, hotSetGiB: 0, effectiveGbps: 8, transport: 'tcp', hostVersion: '2012r2' });
    expect(r.converged).toBe(false);
    expect(r.passes).toBe(5);
    expect(r.transferredGiB).toBe(24);
    expect(Math.abs(r.downtimeMs - 4305)).toBeLessThan(15); // shown to 3 significant digits
    expect(r.warnings.join(' ')).toMatch(/Not converged/);
    expect(r.warnings.join(' ')).toMatch(/What helps/);
  });

  it('2008 R2 allows 10 passes and 2012 R2 five (directions-2009-lm-switchover, savill-2016-mastering-hyperv)', () => {
    // Dirtying at 0.9 of the rate shrinks the dirty set by 0.9 per pass: 0.9^i ≤ 0.2 GB / 8.59 GB needs i ≥ 36.
    const slow = { memoryGiB: 8, dirtyRateMBps: 900, hotSetGiB: 0, effectiveGbps: 8, transport: 'tcp' };
    expect(live({ ...slow, hostVersion: '2008r2' }).passes).toBe(10);
    expect(live({ ...slow, hostVersion: '2012r2' }).passes).toBe(5);
    expect(live({ ...slow, hostVersion: '2025' }).passes).toBe(5);
  });

  it('2012 sends idle memory first and so sends the hot set once (seed-000)', () => {
    // 8 GiB, hot set 1 GiB, no other dirtying: 2008 R2 sends 8 then the 1 GiB hot set again (9 GiB);
    // 2012 sends 7 GiB of idle memory, then the 1 GiB hot set in the pause (8 GiB).
    const base = { memoryGiB: 8, dirtyRateMBps: 0, hotSetGiB: 1, effectiveGbps: 8, transport: 'tcp' };
    expect(live({ ...base, hostVersion: '2008r2' }).transferredGiB).toBe(9);
    expect(live({ ...base, hostVersion: '2012' }).transferredGiB).toBe(8);
    expect(live({ ...base, hostVersion: '2012' }).stopCopyGiB).toBe(1);
  });

  it('setup and clean-up dominate a small VM and the model says so', () => {
    const r = live({ memoryGiB: 1, dirtyRateMBps: 0, hotSetGiB: 0, linkGbps: 40, transport: 'smb-direct' });
    expect(r.totalSeconds).toBeLessThan(3);
    expect(r.warnings.join(' ')).toMatch(/Setup and clean-up/);
  });
});

describe('input rules', () => {
  it('refuses a hot set larger than memory, naming hotSetGiB', () => {
    const o = evaluate(liveMigration, { memoryGiB: 4, hotSetGiB: 5 });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.issues[0]?.field).toBe('hotSetGiB');
  });
  it('refuses compression and SMB before 2012 R2, naming transport', () => {
    for (const transport of ['compression', 'smb', 'smb-direct']) {
      for (const hostVersion of ['2008r2', '2012']) {
        const o = evaluate(liveMigration, { transport, hostVersion });
        expect(o.ok).toBe(false);
        if (!o.ok) expect(o.issues[0]?.field).toBe('transport');
      }
    }
  });
});

const versions = ['2008r2', '2012', '2012r2', '2016', '2019', '2022', '2025'] as const;
const scenario = fc
  .record({
    memoryGiB: fc.double({ min: 0.01, max: 4096, noNaN: true }),
    dirtyRateMBps: fc.double({ min: 0, max: 5000, noNaN: true }),
    hotFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    linkGbps: fc.double({ min: 0.1, max: 100, noNaN: true }),
    networks: fc.integer({ min: 1, max: 4 }),
    transport: fc.constantFrom('tcp', 'compression', 'smb', 'smb-direct'),
    jumboFrames: fc.boolean(),
    powerProfile: fc.constantFrom('balanced', 'high-performance', 'c-states-disabled'),
    hostVersion: fc.constantFrom(...versions),
    cpuHeadroom: fc.constantFrom('idle', 'moderate', 'busy'),
  })
  .map(({ hotFraction, ...s }) => ({
    ...s,
    hotSetGiB: s.memoryGiB * hotFraction,
    transport: s.hostVersion === '2008r2' || s.hostVersion === '2012' ? 'tcp' : s.transport,
  }));

describe('properties', () => {
  it('a second TCP or compressed network changes nothing: it is failover (vaneijk-2013-nic-teaming-traffic-classes)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        if (s.transport !== 'tcp' && s.transport !== 'compression') return;
        const one = live({ ...s, networks: 1 });
        const more = live({ ...s, networks: s.networks + 1 });
        expect(more.totalSeconds).toBe(one.totalSeconds);
        expect(more.effectiveGbps).toBe(one.effectiveGbps);
      }),
      { numRuns: 200 },
    );
  });

  it('an idle VM moves faster over SMB on two interfaces than on one, but less than twice as fast', () => {
    // The memory rate doubles in the model; setup and clean-up (2.5 s) do not shrink. Sizes and links
    // keep the times under a few hundred seconds, where the 3-digit rounding of the result is finer than 1 s.
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom('smb', 'smb-direct'),
        fc.double({ min: 1, max: 256, noNaN: true }),
        fc.constantFrom(10, 25, 40, 100),
        (s, transport, memoryGiB, linkGbps) => {
          const version = s.hostVersion === '2008r2' || s.hostVersion === '2012' ? '2012r2' : s.hostVersion;
          const idle = { ...s, transport, memoryGiB, linkGbps, hostVersion: version, dirtyRateMBps: 0, hotSetGiB: 0 };
          const one = live({ ...idle, networks: 1 });
          const two = live({ ...idle, networks: 2 });
          expect(two.totalSeconds).toBeLessThanOrEqual(one.totalSeconds);
          expect(two.totalSeconds).toBeGreaterThan(one.totalSeconds / 2);
          if (one.memorySeconds > 0.01) expect(two.totalSeconds).toBeLessThan(one.totalSeconds);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a faster link is never slower', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 1, max: 10, noNaN: true }), (s, factor) => {
        const slow = live(s);
        const fast = live({ ...s, linkGbps: Math.min(400, s.linkGbps * factor) });
        expect(fast.totalSeconds).toBeLessThanOrEqual(slow.totalSeconds);
      }),
      { numRuns: 200 },
    );
  });

  it('more dirtying is never faster', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 5000, noNaN: true }), (s, extra) => {
        const calm = live(s);
        const busy = live({ ...s, dirtyRateMBps: s.dirtyRateMBps + extra });
        expect(busy.totalSeconds).toBeGreaterThanOrEqual(calm.totalSeconds);
        expect(busy.transferredGiB).toBeGreaterThanOrEqual(calm.transferredGiB);
      }),
      { numRuns: 200 },
    );
  });

  it('an idle VM sends its memory once', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = live({ ...s, dirtyRateMBps: 0, hotSetGiB: 0 });
        expect(r.passes).toBe(1);
        expect(r.converged).toBe(true);
        expect(r.transferredGiB).toBe(Number(s.memoryGiB.toPrecision(3)));
      }),
      { numRuns: 200 },
    );
  });

  it('conserves bytes: every page is sent at least once, the passes add up, and the pause covers the hot set', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = live(s);
        const sum = r.iterations.reduce((t, i) => t + i.sentGiB, 0);
        expect(Math.abs(sum - r.transferredGiB)).toBeLessThanOrEqual(0.01 * r.transferredGiB + 1e-9);
        expect(r.transferredGiB).toBeGreaterThanOrEqual(Number(s.memoryGiB.toPrecision(3)) * 0.999);
        expect(r.wireGiB).toBeLessThanOrEqual(r.transferredGiB);
        expect(r.stopCopyGiB).toBeGreaterThanOrEqual(Number(s.hotSetGiB.toPrecision(3)) * 0.999);
        expect(r.iterations.at(-1)?.kind).toBe('stop-and-copy');
        expect(r.passes).toBeLessThanOrEqual(r.maxPasses);
      }),
      { numRuns: 200 },
    );
  });

  it('a larger hot set never shortens the pause (2008 R2, which sends all memory in its first pass)', () => {
    // From 2012 the hot set is held back from the first pass, which then ends sooner; the pause can
    // shrink by the little the shorter pass did not dirty, so the property is stated for 2008 R2.
    fc.assert(
      fc.property(
        scenario.map((s) => ({ ...s, hostVersion: '2008r2', transport: 'tcp' })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, f) => {
          const more = Math.min(s.memoryGiB, s.hotSetGiB + f * (s.memoryGiB - s.hotSetGiB));
          expect(live({ ...s, hotSetGiB: more }).downtimeMs).toBeGreaterThanOrEqual(live(s).downtimeMs);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives finite numbers for every valid input, measured rate included', () => {
    fc.assert(
      fc.property(scenario, fc.option(fc.double({ min: 0.01, max: 400, noNaN: true }), { nil: undefined }), (s, effectiveGbps) => {
        const r = live(effectiveGbps === undefined ? s : { ...s, effectiveGbps });
        for (const v of [r.totalSeconds, r.downtimeMs, r.transferredGiB, r.effectiveGbps]) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
