/**
 * host-evacuation against published drains, and its scheduling invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { hostEvacuation, hostEvacuationSchema } from '../../../src/engine/migration/host-evacuation.ts';
import { readScenario, writeScenario } from '../../../src/engine/url-state.ts';
import type { HostEvacuationResult } from '../../../src/engine/migration/host-evacuation.ts';
import { liveMigration } from '../../../src/engine/migration/live-migration.ts';
import { resultOf } from '../../helpers/evaluate.ts';
import { relativeError } from './helpers.ts';

const drain = (input: Record<string, unknown>) => resultOf(hostEvacuation, input);
/** VMs of up to `maxGiB` with any dirty rate up to 800 MB/s and a small hot set. */
const vmArbFor = (maxGiB: number) =>
  fc.record({
    name: fc.constant('v'),
    memoryGiB: fc.double({ min: 0.1, max: maxGiB, noNaN: true }),
    dirtyRateMBps: fc.double({ min: 0, max: 800, noNaN: true }),
    hotSetGiB: fc.double({ min: 0, max: 0.1, noNaN: true }),
  });
const idleVms = (n: number, memoryGiB: number) => Array.from({ length: n }, (_, i) => ({ name: `vm${i}`, memoryGiB, dirtyRateMBps: 0, hotSetGiB: 0 }));

describe('validation against published drains', () => {
  // aidanfinn-2012-concurrent-lm: Windows Server 2012 beta, 512 MB VMs, 20 simultaneous migrations
  // allowed, TCP, one Live Migration network. Published: 1 GbE 10 VMs 40 s, 20 VMs 80 s;
  // 10 GbE 10 VMs 13 s, 20 VMs 21 s. Tolerance 25 %: the lab's power settings and MTU are not given,
  // and the 1 GbE times imply slightly less than 512 MB moved per VM.
  it.each([
    [1, 10, 40],
    [1, 20, 80],
    [10, 10, 13],
    [10, 20, 21],
  ])('%s GbE, %s VMs: published %s s (tolerance 25 %%)', (linkGbps, n, published) => {
    const r = drain({ vms: idleVms(n, 0.5), maxConcurrent: 20, linkGbps, transport: 'tcp', hostVersion: '2012' });
    expect(Math.abs(relativeError(r.totalSeconds, published))).toBeLessThan(0.25);
  });

  it('aidanfinn-2012-concurrent-lm: 1 GbE is saturated from the first VM on (peak 119.5–122.8 MB/s ≈ 0.96–0.98 Gbps of frames)', () => {
    const r = drain({ vms: idleVms(20, 0.5), maxConcurrent: 20, linkGbps: 1, transport: 'tcp', hostVersion: '2012' });
    // Payload is 1448/1514 of the frame bytes the counters show: 0.96 Gbps of frames ≈ 0.92 Gbps of payload.
    expect(Math.abs(relativeError(r.peakGbps, 0.92))).toBeLessThan(0.05);
  });

  it('holman-2013-lm-10gbe: 18 VMs (~80 GB) over 1 GbE in 13 min 15 s (795 s, tolerance 25 %)', () => {
    // Windows Server 2012 defaults: TCP, 2 simultaneous migrations, a lab of lightly loaded servers (10 MB/s assumed).
    const vms = Array.from({ length: 18 }, (_, i) => ({ name: `vm${i}`, memoryGiB: 80 / 18, dirtyRateMBps: 10, hotSetGiB: 0.05 }));
    const r = drain({ vms, maxConcurrent: 2, linkGbps: 1, transport: 'tcp', hostVersion: '2012' });
    expect(Math.abs(relativeError(r.totalSeconds, 795))).toBeLessThan(0.25);
    // The same post's 65 s over 10 GbE would need 80 GB / 65 s = 10.6 Gbps, above the line rate of
    // 10 GbE, so it cannot be reproduced and is not used.
  });

  it('vanhoye-2015-smb-direct-lm: TCP migrations over a 2 × 10 GbE team peak near 17 Gbps (tolerance 15 %)', () => {
    // The LACP team is one live-migration network of two members.
    const vms = Array.from({ length: 8 }, (_, i) => ({ name: `vm${i}`, memoryGiB: 16, dirtyRateMBps: 10, hotSetGiB: 0.05 }));
    const r = drain({
      vms,
      maxConcurrent: 4,
      networks: 1,
      teamMembers: 2,
      linkGbps: 10,
      transport: 'tcp',
      jumboFrames: true,
      powerProfile: 'c-states-disabled',
      hostVersion: '2012r2',
    });
    expect(Math.abs(relativeError(r.peakGbps, 17))).toBeLessThan(0.15);
  });
});

describe('scheduling', () => {
  it('one VM drains exactly like one live migration', () => {
    const vm = { name: 'a', memoryGiB: 16, dirtyRateMBps: 50, hotSetGiB: 0.05 };
    const alone = resultOf(liveMigration, { memoryGiB: 16, dirtyRateMBps: 50, hotSetGiB: 0.05 });
    const r = drain({ vms: [vm] });
    expect(r.totalSeconds).toBeCloseTo(alone.totalSeconds, 0);
    expect(r.schedule[0]?.downtimeMs).toBe(alone.downtimeMs);
  });

  it('runs Windows Server 2008 R2 migrations one at a time', () => {
    const r = drain({ vms: idleVms(4, 2), maxConcurrent: 4, hostVersion: '2008r2', transport: 'tcp' });
    expect(r.concurrencyUsed).toBe(1);
    const rows = r.schedule;
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.startSeconds).toBeGreaterThanOrEqual(rows[i - 1]!.endSeconds);
  });

  it('sends every TCP migration over the first of six networks (vaneijk-2013-nic-teaming-traffic-classes)', () => {
    // Windows Server 2012: ten simultaneous migrations over six equal-metric live-migration networks
    // (vNICs on one team of eight 1 GbE ports in Hyper-V Port mode) used one 1 GbE member. Its TCP
    // payload at MTU 1500 is at most 1 × 1460/1538 = 0.949 Gbps.
    const r = drain({ vms: idleVms(10, 4), maxConcurrent: 10, networks: 6, linkGbps: 1, transport: 'tcp', hostVersion: '2012' });
    expect(new Set(r.schedule.map((s) => s.network))).toEqual(new Set(['network 1']));
    expect(r.peakGbps).toBeLessThanOrEqual(1460 / 1538 + 1e-9);
    expect(r.warnings.some((w) => w.includes('the other 5 are failover and add no bandwidth'))).toBe(true);
  });

  it('spreads simultaneous TCP migrations over the members of a team, one member per migration (vanhoye-2013-teamed-lm)', () => {
    // One migration on a team of four 1 GbE members moves what one member does; four move about four times that.
    const one = drain({ vms: idleVms(1, 8), networks: 1, teamMembers: 4, linkGbps: 1, transport: 'tcp', hostVersion: '2012r2' });
    const single = drain({ vms: idleVms(1, 8), networks: 1, teamMembers: 1, linkGbps: 1, transport: 'tcp', hostVersion: '2012r2' });
    expect(one.peakGbps).toBeCloseTo(single.peakGbps, 6);
    const four = drain({ vms: idleVms(4, 8), maxConcurrent: 4, networks: 1, teamMembers: 4, linkGbps: 1, transport: 'tcp', hostVersion: '2012r2' });
    expect(four.peakGbps).toBeCloseTo(4 * single.peakGbps, 2);
    expect(four.capacityGbps).toBe(4);
  });

  it('adding a TCP or compressed network never shortens a drain: the extra network is failover (property)', () => {
    fc.assert(
      fc.property(
        fc.array(vmArbFor(256), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('tcp', 'compression'),
        fc.constantFrom(1, 10, 25),
        (vms, maxConcurrent, networks, teamMembers, transport, linkGbps) => {
          const input = { vms, maxConcurrent, teamMembers, transport, linkGbps, hostVersion: '2019' };
          const fewer = drain({ ...input, networks });
          const more = drain({ ...input, networks: networks + 1 });
          expect(more.totalSeconds).toBeGreaterThanOrEqual(fewer.totalSeconds);
          expect(more.peakGbps).toBeLessThanOrEqual(fewer.peakGbps + 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('SMB and SMB Direct over two interfaces drain idle VMs faster than over one, but not twice as fast (property)', () => {
    // Setup and clean-up (2.5 s a VM) do not shrink with bandwidth, so the time cannot halve even
    // where the model adds the second port's full line rate. (A busy VM that does not converge on one
    // port but does on two can gain more than half: fewer passes, a shorter pause. Idle VMs isolate the link.)
    const idleArb = fc.record({
      name: fc.constant('v'),
      memoryGiB: fc.double({ min: 4, max: 64, noNaN: true }),
      dirtyRateMBps: fc.constant(0),
      hotSetGiB: fc.constant(0),
    });
    fc.assert(
      fc.property(
        fc.array(idleArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('smb', 'smb-direct'),
        fc.constantFrom(10, 25),
        (vms, maxConcurrent, transport, linkGbps) => {
          const input = { vms, maxConcurrent, transport, linkGbps, hostVersion: '2022' };
          const one = drain({ ...input, networks: 1 }).totalSeconds;
          const two = drain({ ...input, networks: 2 }).totalSeconds;
          expect(two).toBeLessThan(one);
          expect(two).toBeGreaterThan(one / 2);
        },
      ),
      { numRuns: 60 },
    );
  });

  // Its speed is measured by `npm run measure` (scripts/bench-engine.mjs), not timed here.
  it('schedules all of 1,000 VMs, each once, never more at a time than allowed', () => {
    const vms = Array.from({ length: 1000 }, (_, i) => ({ name: `vm${i}`, memoryGiB: 1 + (i % 64), dirtyRateMBps: (i * 37) % 500, hotSetGiB: 0.1 }));
    const r = drain({ vms, maxConcurrent: 8, networks: 4, transport: 'tcp' });
    expect(r.schedule).toHaveLength(1000);
    expect(new Set(r.schedule.map((s) => s.vm)).size).toBe(1000);
    const edges = r.schedule
      .flatMap((s) => [
        { at: s.startSeconds, d: 1 },
        { at: s.endSeconds, d: -1 },
      ])
      .sort((a, b) => a.at - b.at || a.d - b.d);
    let running = 0;
    for (const e of edges) expect((running += e.d)).toBeLessThanOrEqual(8);
  });

  it('refuses a VM whose hot set exceeds its memory, naming the item', () => {
    const o = evaluate(hostEvacuation, { vms: [{ name: 'a', memoryGiB: 2, hotSetGiB: 3 }] });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.issues[0]?.field).toBe('vms[0].hotSetGiB');
  });

  const vmArb = vmArbFor(256);
  const drainArb = fc.record({
    vms: fc.array(vmArb, { minLength: 1, maxLength: 30 }),
    maxConcurrent: fc.integer({ min: 1, max: 8 }),
    networks: fc.integer({ min: 1, max: 4 }),
    linkGbps: fc.constantFrom(1, 10, 25, 40),
    transport: fc.constantFrom('tcp', 'compression', 'smb', 'smb-direct'),
    hostVersion: fc.constantFrom('2012r2', '2019', '2025'),
  });

  it('never runs more than maxConcurrent at once, never exceeds the links, and lists every VM once', () => {
    fc.assert(
      fc.property(drainArb, (input) => {
        const r = drain(input);
        expect(r.schedule).toHaveLength(input.vms.length);
        expect(r.peakGbps).toBeLessThanOrEqual(r.capacityGbps);
        for (const row of r.schedule) {
          expect(row.endSeconds).toBeGreaterThan(row.startSeconds);
          expect(row.endSeconds).toBeLessThanOrEqual(r.totalSeconds);
          // Rows overlapping this one's start (ends rounded to 0.1 s, so a hand-over at the same instant is not an overlap).
          const running = r.schedule.filter((o) => o.startSeconds <= row.startSeconds && o.endSeconds > row.startSeconds + 0.05).length;
          expect(running).toBeLessThanOrEqual(input.maxConcurrent);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('count: one row for N identical VMs', () => {
  const base = { maxConcurrent: 3, networks: 2, linkGbps: 10, transport: 'tcp', hostVersion: '2019' };

  it('a row of count N drains exactly like N identical rows, every property of every schedule row equal but the name (property)', () => {
    const rowArb = fc.record({
      name: fc.constantFrom('web', 'sql'),
      count: fc.integer({ min: 1, max: 6 }),
      memoryGiB: fc.double({ min: 0.5, max: 64, noNaN: true }),
      dirtyRateMBps: fc.double({ min: 0, max: 400, noNaN: true }),
      hotSetGiB: fc.double({ min: 0, max: 0.1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 5 }), fc.constantFrom('tcp', 'compression', 'smb'), (rows, transport) => {
        const spelled = rows.flatMap(({ count, ...vm }) => Array.from({ length: count }, () => ({ ...vm })));
        const counted = drain({ ...base, transport, vms: rows });
        const listed = drain({ ...base, transport, vms: spelled });
        const strip = (r: HostEvacuationResult) => ({ ...r, schedule: r.schedule.map(({ vm: _vm, ...row }) => row) });
        expect(strip(counted)).toEqual(strip(listed));
      }),
      { numRuns: 60 },
    );
  });

  it('names the VMs of a row "name (i of N)" and keeps a single VM’s name as given', () => {
    const r = drain({
      vms: [
        { name: 'web', count: 3, memoryGiB: 4 },
        { name: 'dc01', memoryGiB: 4 },
      ],
    });
    expect(r.schedule.map((s) => s.vm)).toEqual(['web (1 of 3)', 'web (2 of 3)', 'web (3 of 3)', 'dc01']);
  });

  it('gives the same result with count 1 written out or left off (inputs from before count)', () => {
    const without = drain({
      vms: [
        { name: 'a', memoryGiB: 16, dirtyRateMBps: 50, hotSetGiB: 0.1 },
        { name: 'b', memoryGiB: 8 },
      ],
    });
    const withOne = drain({
      vms: [
        { name: 'a', count: 1, memoryGiB: 16, dirtyRateMBps: 50, hotSetGiB: 0.1 },
        { name: 'b', count: 1, memoryGiB: 8 },
      ],
    });
    expect(withOne).toEqual(without);
  });

  it('refuses a count that is not a whole number of at least 1, naming the row', () => {
    for (const count of [0, 2.5, -1]) {
      const o = evaluate(hostEvacuation, {
        vms: [
          { name: 'a', memoryGiB: 2 },
          { name: 'b', count, memoryGiB: 2 },
        ],
      });
      expect(o.ok).toBe(false);
      if (!o.ok) expect(o.issues[0]?.field).toBe('vms[1].count');
    }
  });

  it('refuses rows adding up to more than 1,000 VMs, and takes exactly 1,000', () => {
    const over = evaluate(hostEvacuation, {
      vms: [
        { name: 'a', count: 600, memoryGiB: 1 },
        { name: 'b', count: 401, memoryGiB: 1 },
      ],
    });
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.issues[0]).toEqual({ field: 'vms', message: 'the rows add up to 1,001 VMs; the planner schedules at most 1,000' });
    expect(
      drain({
        vms: [
          { name: 'a', count: 600, memoryGiB: 1, dirtyRateMBps: 0 },
          { name: 'b', count: 400, memoryGiB: 1, dirtyRateMBps: 0 },
        ],
        maxConcurrent: 8,
      }).schedule,
    ).toHaveLength(1000);
  });
});

describe('drainTimeByConcurrency', () => {
  it('is the drain time at 1 to 8 simultaneous migrations, each equal to a run with maxConcurrent set to it', () => {
    const input = { vms: [{ name: 'web', count: 10, memoryGiB: 8, dirtyRateMBps: 20, hotSetGiB: 0.05 }], networks: 2, transport: 'tcp', hostVersion: '2019' };
    const r = drain(input);
    expect(r.drainTimeByConcurrency.map((p) => p.concurrency)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of r.drainTimeByConcurrency) {
      const alone = drain({ ...input, maxConcurrent: p.concurrency });
      expect(p.totalSeconds).toBe(alone.totalSeconds);
      expect(p.notConverged).toBe(alone.notConverged);
    }
  });

  it('one at a time: 10 idle 1 GiB VMs take 10 × (setup + copy + clean-up), the sum of the single migrations', () => {
    // Hand check of the series' first point: with nothing dirtied, each VM moves alone and the
    // drain is the sum of ten identical single drains.
    const one = drain({ vms: [{ name: 'a', memoryGiB: 1, dirtyRateMBps: 0, hotSetGiB: 0 }], maxConcurrent: 1, transport: 'tcp' });
    const ten = drain({ vms: [{ name: 'a', count: 10, memoryGiB: 1, dirtyRateMBps: 0, hotSetGiB: 0 }], transport: 'tcp' });
    expect(ten.drainTimeByConcurrency[0]!.totalSeconds).toBeCloseTo(10 * one.totalSeconds, 0);
  });

  it('on Windows Server 2008 R2 every point is the one-at-a-time drain', () => {
    const r = drain({ vms: idleVms(4, 2), hostVersion: '2008r2', transport: 'tcp' });
    expect(new Set(r.drainTimeByConcurrency.map((p) => p.totalSeconds))).toEqual(new Set([r.totalSeconds]));
  });

  it('the planner’s default host: 100.1 s one at a time, 78.3 s two at a time (the article’s figures)', () => {
    const r = drain({});
    expect(r.drainTimeByConcurrency[0]!.totalSeconds).toBeCloseTo(100, -0.5);
    expect(r.drainTimeByConcurrency[1]!.totalSeconds).toBe(r.totalSeconds);
  });

  it('the article’s comparison: a second network changes nothing, a team of two members shortens the drain', () => {
    const two = drain({}).totalSeconds;
    expect(drain({ networks: 2 }).totalSeconds).toBe(two);
    const team = drain({ teamMembers: 2 }).totalSeconds;
    expect(team).toBeLessThan(two);
    // One migration per member: the drain is then roughly the one-at-a-time drain split over two members, about 55 s.
    expect(team).toBeCloseTo(55, -1);
  });
});

describe('count in URL state and the CLI', () => {
  it('round-trips through a link, and the built-in VMs (count 1 each) stay out of the query', () => {
    const vms = [{ name: 'web', count: 10, memoryGiB: 8, dirtyRateMBps: 20, hotSetGiB: 0.05 }];
    const query = writeScenario(hostEvacuationSchema, { vms });
    expect(readScenario(hostEvacuationSchema, query).values).toEqual({ vms });
    expect(writeScenario(hostEvacuationSchema, { vms: hostEvacuationSchema.vms.default })).toBe('');
  });
});
