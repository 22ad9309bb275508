/**
 * The requirement grammar on its own: operators, units, thousands separators,
 * yes/no spellings, and that a requirement written back as text parses to the
 * same requirement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureById } from '../../../src/engine/compare/matrix-data.ts';
import { checkRequirements, describeRequirement, meets, parseRequirement } from '../../../src/engine/compare/requirement.ts';

const memory = featureById.get('max-vm-memory')!;
const nodes = featureById.get('max-cluster-nodes')!;
const live = featureById.get('live-migration')!;

describe('parseRequirement', () => {
  it('reads every operator, with or without spaces', () => {
    for (const op of ['>=', '<=', '>', '<', '='] as const) {
      expect(parseRequirement(memory, `${op}64`)).toEqual({ ok: true, requirement: { kind: 'compare', op, value: 64 } });
      expect(parseRequirement(memory, ` ${op} 64 GiB `)).toEqual({ ok: true, requirement: { kind: 'compare', op, value: 64 } });
    }
  });

  it('treats a bare number, in JSON or as text, as a minimum', () => {
    expect(parseRequirement(nodes, 16)).toEqual({ ok: true, requirement: { kind: 'compare', op: '>=', value: 16 } });
    expect(parseRequirement(nodes, '16')).toEqual({ ok: true, requirement: { kind: 'compare', op: '>=', value: 16 } });
    expect(parseRequirement(memory, '>= 245,760')).toEqual({ ok: true, requirement: { kind: 'compare', op: '>=', value: 245760 } });
  });

  it('refuses look-alike operators and foreign units by name', () => {
    for (const bad of ['=> 1', '=< 1', '!= 1', '~ 1', '≥ 1', '== 1']) {
      const parsed = parseRequirement(memory, bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message, bad).toMatch(/unknown operator/);
    }
    const unit = parseRequirement(memory, '>= 1 TB');
    expect(unit.ok).toBe(false);
  });

  it('reads yes/no spellings for yes/no features', () => {
    for (const [text, value] of [
      ['true', true],
      ['Yes', true],
      ['false', false],
      ['NO', false],
    ] as const) {
      expect(parseRequirement(live, text)).toEqual({ ok: true, requirement: { kind: 'flag', value } });
    }
  });

  it('round-trips a comparison through its description', () => {
    fc.assert(
      fc.property(fc.constantFrom('>=', '<=', '>', '<', '=' as const), fc.integer({ min: 0, max: 10_000_000 }), (op, n) => {
        const first = parseRequirement(memory, `${op} ${n}`);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseRequirement(memory, describeRequirement(first.requirement, memory.unit));
        expect(again).toEqual(first);
      }),
    );
  });
});

describe('meets', () => {
  it('compares numbers as written (64 GiB against >= 64 and > 64)', () => {
    const cell = { value: 64, sources: ['ms-hyperv-limits-2008r2'] };
    expect(meets(cell, { kind: 'compare', op: '>=', value: 64 }, 'GiB').met).toBe(true);
    expect(meets(cell, { kind: 'compare', op: '>', value: 64 }, 'GiB')).toEqual({ status: 'fails', met: false, reason: '64 GiB, needs > 64 GiB' });
  });

  it('never lets a string cell meet a numeric requirement', () => {
    expect(meets({ value: 'N/A', sources: ['seed-000'] }, { kind: 'compare', op: '<=', value: 1e9 })).toMatchObject({ status: 'fails', met: false });
  });

  it('answers "unknown" for a cell without a sourced value, whatever is asked: never "fails", never "meets"', () => {
    const unknown = { value: 'not compared', sources: ['vmware-vsphere-8-config-max'] };
    const asks = [
      { kind: 'compare', op: '>=', value: 1000 },
      { kind: 'compare', op: '<=', value: 1 },
      { kind: 'flag', value: true },
      // "Must not have it" used to pass anything short of yes; an unknown cell may well have it.
      { kind: 'flag', value: false },
      { kind: 'equals', value: 'partner' },
    ] as const;
    for (const ask of asks) expect(meets(unknown, ask, 'VMs'), JSON.stringify(ask)).toEqual({ status: 'unknown', met: false, reason: 'no sourced value' });
  });

  it('a documented "no" fails a "yes" requirement and an N/A limit fails a minimum: both are answers, not unknowns', () => {
    expect(meets({ value: false, sources: ['seed-000'] }, { kind: 'flag', value: true }).status).toBe('fails');
    expect(meets({ value: 'N/A', sources: ['seed-000'] }, { kind: 'compare', op: '>=', value: 1 }, 'nodes')).toEqual({
      status: 'fails',
      met: false,
      reason: 'N/A, needs >= 1 nodes',
    });
  });
});

describe('checkRequirements', () => {
  it('reports each bad key once and passes good ones', () => {
    const problems = checkRequirements({ 'max-vm-memory': '>= 1024', nope: 1, 'live-migration': 'maybe' });
    expect(problems.map((p) => p.key)).toEqual(['nope', 'live-migration']);
  });
});
