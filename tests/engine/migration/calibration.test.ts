/**
 * What changed with the per-version calibration (each Windows Server release its own defaults), each against the
 * document that says how Hyper-V behaves or against hand arithmetic:
 * - simultaneous migrations per version (ms-set-vmhost, ms-get-cluster-parallel-migrations,
 *   ms-techcommunity-cluster-wide-lm-control-2023: MaximumParallelMigrations, 1 by default, a per-node limit every node inherits, overrides
 *   each host's MaximumVirtualMachineMigrations on 2022/2025 clusters);
 * - SMB Multichannel connections per RSS-capable NIC, not by speed (ms-smb-troubleshooting);
 * - compression limited by spare cores (armstrong-2013-lm-compression; ms-set-vmhost: compression for
 *   constrained networks, SMB for the highest throughput);
 * - warnings where no measurement exists, and the low–high range.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { hostEvacuation } from '../../../src/engine/migration/host-evacuation.ts';
import { linkEfficiency } from '../../../src/engine/migration/link-efficiency.ts';
import { liveMigration } from '../../../src/engine/migration/live-migration.ts';
import { sharedNothingMigration } from '../../../src/engine/migration/shared-nothing-migration.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const drain = (input: Record<string, unknown>) => resultOf(hostEvacuation, input);
const live = (input: Record<string, unknown>) => resultOf(liveMigration, input);
const link = (input: Record<string, unknown>) => resultOf(linkEfficiency, input);
const vms = Array.from({ length: 4 }, (_, i) => ({ name: `vm${i}`, memoryGiB: 4, dirtyRateMBps: 5, hotSetGiB: 0.02 }));

describe('simultaneous migrations: the version default applies when maxConcurrent is not given', () => {
  it.each([
    ['2008r2', true, 1],
    ['2012', true, 2],
    ['2012r2', true, 2],
    ['2019', true, 2],
    ['2022', true, 1],
    ['2025', true, 1],
    ['2022', false, 2],
    ['2025', false, 2],
  ] as const)('%s, clustered %s: %s at a time', (hostVersion, clustered, expected) => {
    const transport = hostVersion === '2008r2' || hostVersion === '2012' ? 'tcp' : 'compression';
    const r = drain({ vms, hostVersion, clustered, transport });
    expect(r.concurrencyUsed).toBe(expected);
  });

  it('on a 2022 cluster the default 1 is named, with the command that raises it', () => {
    const r = drain({ vms, hostVersion: '2022' });
    expect(r.warnings.join(' ')).toContain('MaximumParallelMigrations');
    expect(r.assumptions.some((a) => a.sources.includes('ms-get-cluster-parallel-migrations'))).toBe(true);
  });

  it('a given maxConcurrent is used on every version that runs migrations side by side', () => {
    expect(drain({ vms, hostVersion: '2022', maxConcurrent: 3 }).concurrencyUsed).toBe(3);
    expect(drain({ vms, hostVersion: '2008r2', transport: 'tcp', maxConcurrent: 3 }).concurrencyUsed).toBe(1);
  });

  it('one at a time takes longer than two (same VMs, 2022 cluster default against maxConcurrent 2)', () => {
    expect(drain({ vms, hostVersion: '2022' }).totalSeconds).toBeGreaterThan(drain({ vms, hostVersion: '2022', maxConcurrent: 2 }).totalSeconds);
  });
});

describe('SMB Multichannel: connections per RSS-capable NIC, not by link speed', () => {
  it('a 1 GbE RSS-capable NIC gets four connections, so tuned-down cores still fill it', () => {
    // 4 connections × 2.15 Gbps (2008 R2-era balanced ceiling; 2012 R2 scales it further) ≫ 0.949 Gbps of payload.
    const r = link({ linkGbps: 1, transport: 'smb', hostVersion: '2012r2' });
    expect(r.linkSharePercent).toBeGreaterThan(90);
  });
  it('without RSS one connection per NIC carries less than four', () => {
    const withRss = link({ linkGbps: 25, transport: 'smb', hostVersion: '2012r2', rssCapable: true }).wireGbps;
    const withoutRss = link({ linkGbps: 25, transport: 'smb', hostVersion: '2012r2', rssCapable: false }).wireGbps;
    expect(withoutRss).toBeLessThan(withRss);
  });
});

describe('compression is limited by the spare cores', () => {
  const base = { memoryGiB: 32, dirtyRateMBps: 10, hotSetGiB: 0.05, hostVersion: '2019' };
  it('with no spare CPU it is plain TCP and says so', () => {
    const tcp = live({ ...base, transport: 'tcp' });
    const busy = live({ ...base, transport: 'compression', cpuHeadroom: 'busy' });
    expect(busy.totalSeconds).toBe(tcp.totalSeconds);
    expect(busy.warnings.join(' ')).toContain('backs off');
  });
  it('on a fast link with two spare cores it is slower than TCP and says so', () => {
    // Two cores × 4 Gbps = 8 Gbps of memory; one TCP connection on 25 GbE (2012 R2 calibration) moves more.
    const tcp = live({ ...base, linkGbps: 25, transport: 'tcp' });
    const squeezed = live({ ...base, linkGbps: 25, transport: 'compression', compressionCores: 2 });
    expect(squeezed.effectiveGbps).toBeCloseTo(8, 6);
    expect(squeezed.totalSeconds).toBeGreaterThan(tcp.totalSeconds);
    expect(squeezed.warnings.join(' ')).toContain('slower than plain TCP');
  });
  it('simultaneous compressed migrations share the spare cores across networks (drain)', () => {
    // Two migrations on two 25 GbE networks, 2 cores × 4 Gbps = 8 Gbps of memory for both together,
    // i.e. at most 4 Gbps on the wire at 2:1 (hand arithmetic).
    const big = Array.from({ length: 2 }, (_, i) => ({ name: `vm${i}`, memoryGiB: 32, dirtyRateMBps: 0, hotSetGiB: 0 }));
    const r = drain({ vms: big, maxConcurrent: 2, networks: 2, linkGbps: 25, transport: 'compression', compressionCores: 2, hostVersion: '2019' });
    expect(r.peakGbps).toBeLessThanOrEqual(4 + 1e-6);
    expect(r.peakGbps).toBeGreaterThan(3.9);
  });
  it('on 10 GbE with an idle host it carries the full compression ratio', () => {
    const tcp = live({ ...base, linkGbps: 10, transport: 'tcp' });
    const idle = live({ ...base, linkGbps: 10, transport: 'compression' });
    expect(idle.effectiveGbps / tcp.effectiveGbps).toBeCloseTo(2, 1); // results carry 3 significant digits
  });
});

describe('where nobody has measured', () => {
  it('25 GbE TCP on 2022 warns twice and invites a measured effectiveGbps', () => {
    const warnings = live({ memoryGiB: 16, linkGbps: 25, transport: 'tcp', hostVersion: '2022' }).warnings.join(' ');
    expect(warnings).toContain('faster than 10 GbE');
    expect(warnings).toContain('Windows Server 2022');
    expect(warnings).toContain('effectiveGbps');
  });
  it('2012 R2 on 10 GbE over TCP, which was measured, raises no such warning', () => {
    const warnings = live({ memoryGiB: 16, linkGbps: 10, transport: 'tcp', hostVersion: '2012r2' }).warnings.join(' ');
    expect(warnings).not.toContain('No published');
  });
  it('a measured rate silences them', () => {
    const warnings = live({ memoryGiB: 16, linkGbps: 25, transport: 'tcp', hostVersion: '2022', effectiveGbps: 12 }).warnings.join(' ');
    expect(warnings).not.toContain('No published');
  });
});

describe('low–high range', () => {
  it('brackets the likely time in all three time models, and collapses with a measured rate', () => {
    const r = live({ memoryGiB: 16 });
    expect(r.totalSecondsLow).toBeLessThan(r.totalSeconds);
    expect(r.totalSecondsHigh).toBeGreaterThan(r.totalSeconds);
    const m = live({ memoryGiB: 16, effectiveGbps: 5 });
    expect(m.totalSecondsLow).toBe(m.totalSeconds);
    expect(m.totalSecondsHigh).toBe(m.totalSeconds);
    const d = drain({ vms });
    expect(d.totalSecondsLow).toBeLessThan(d.totalSeconds);
    expect(d.totalSecondsHigh).toBeGreaterThan(d.totalSeconds);
    const s = resultOf(sharedNothingMigration, {});
    expect(s.totalSecondsLow).toBeLessThan(s.totalSeconds);
    expect(s.totalSecondsHigh).toBeGreaterThan(s.totalSeconds);
  });
});

describe('SMB Direct: a peak-rate model with a wider range above it', () => {
  it('raises the top of the range to 1.5 × the likely time, enough for runs reported 29 % and 48 % slower than line rate', () => {
    const r = live({ memoryGiB: 55, dirtyRateMBps: 1, transport: 'smb-direct', networks: 2, hostVersion: '2012r2' });
    expect(r.totalSecondsHigh / r.totalSeconds).toBeCloseTo(1.5, 2);
    expect(r.totalSecondsHigh).toBeGreaterThanOrEqual(1.48 * r.totalSeconds);
    expect(r.totalSecondsLow / r.totalSeconds).toBeCloseTo(0.75, 2);
    // TCP keeps the fitted 0.75–1.3.
    const tcp = live({ memoryGiB: 55, dirtyRateMBps: 1, transport: 'tcp', hostVersion: '2012r2' });
    expect(tcp.totalSecondsHigh / tcp.totalSeconds).toBeCloseTo(1.3, 2);
  });

  it('says on the result that the rate is a peak, and where no measurement covers the version or the ports', () => {
    const measured = live({ memoryGiB: 16, transport: 'smb-direct', networks: 1, hostVersion: '2012r2' }).warnings;
    expect(measured.some((w) => w.startsWith('SMB Direct is modelled at line rate'))).toBe(true);
    expect(measured.some((w) => w.includes('RDMA ports'))).toBe(false);
    const newer = live({ memoryGiB: 16, transport: 'smb-direct', networks: 2, linkGbps: 100, hostVersion: '2025' }).warnings;
    expect(newer.some((w) => w.includes('No published SMB Direct live-migration measurement on Windows Server 2025'))).toBe(true);
    expect(newer.some((w) => w.includes('over 2 RDMA ports'))).toBe(true);
    expect(newer.some((w) => w.includes('links faster than 10 GbE'))).toBe(true);
  });

  it('refuses SMB Direct through a NIC team: a teamed RDMA NIC loses RDMA (ms-smb-direct)', () => {
    const o = evaluate(liveMigration, { transport: 'smb-direct', teamMembers: 2, hostVersion: '2019' });
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.issues[0]?.field).toBe('teamMembers');
  });
});

describe('assumptions', () => {
  it('never list a source twice in one assumption (islands key the list by id)', () => {
    for (const hostVersion of ['2008r2', '2012', '2012r2', '2025'] as const) {
      for (const transport of ['tcp', 'compression', 'smb', 'smb-direct'] as const) {
        if ((hostVersion === '2008r2' || hostVersion === '2012') && transport !== 'tcp') continue;
        for (const a of live({ memoryGiB: 8, hostVersion, transport }).assumptions) expect(new Set(a.sources).size).toBe(a.sources.length);
      }
    }
  });
});
