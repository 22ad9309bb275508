/**
 * link-efficiency through its public model id, against the published 10 GbE
 * and 1 GbE tuning ladder of seed-003 (one TCP live migration, Windows Server
 * 2008 R2): about 20 % of 10 GbE untuned, 35–45 % with jumbo frames and the
 * high-performance plan, 55–65 % with C-states and C1E disabled; 75–80 % of
 * 1 GbE untuned. Tolerance: the published ranges (±3 points around "about 20 %").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { linkEfficiency } from '../../../src/engine/migration/link-efficiency.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const share = (input: Record<string, unknown>) => resultOf(linkEfficiency, { hostVersion: '2008r2', transport: 'tcp', ...input }).linkSharePercent;

describe('link-efficiency reproduces the seed-003 ladder', () => {
  it('10 GbE untuned ≈ 20 %', () => expect(share({ linkGbps: 10 })).toBeGreaterThanOrEqual(17));
  it('10 GbE untuned is not above about 20 %', () => expect(share({ linkGbps: 10 })).toBeLessThanOrEqual(23));
  it('10 GbE, jumbo frames + high performance: 35–45 %', () => {
    const s = share({ linkGbps: 10, jumboFrames: true, powerProfile: 'high-performance' });
    expect(s).toBeGreaterThanOrEqual(35);
    expect(s).toBeLessThanOrEqual(45);
  });
  it('10 GbE, jumbo frames + C-states/C1E disabled: 55–65 %', () => {
    const s = share({ linkGbps: 10, jumboFrames: true, powerProfile: 'c-states-disabled' });
    expect(s).toBeGreaterThanOrEqual(55);
    expect(s).toBeLessThanOrEqual(65);
  });
  it('1 GbE untuned: 75–80 %', () => {
    const s = share({ linkGbps: 1 });
    expect(s).toBeGreaterThanOrEqual(75);
    expect(s).toBeLessThanOrEqual(80);
  });
  it('refuses SMB on 2008 R2, naming transport', () => {
    const outcome = evaluate(linkEfficiency, { hostVersion: '2008r2', transport: 'smb' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]?.field).toBe('transport');
  });
  it('a faster link never gives a slower migration (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 200, noNaN: true }), fc.double({ min: 1, max: 2, noNaN: true }), fc.boolean(), (gbps, factor, jumbo) => {
        const rate = (linkGbps: number) => {
          const o = evaluate(linkEfficiency, { linkGbps, jumboFrames: jumbo, transport: 'tcp' });
          return o.ok ? o.result.effectiveGbps : NaN;
        };
        expect(rate(gbps * factor)).toBeGreaterThanOrEqual(rate(gbps) - 1e-9);
      }),
    );
  });
});
