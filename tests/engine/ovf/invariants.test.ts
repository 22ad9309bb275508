/**
 * Properties that hold for every descriptor: damaged or mutated input is read
 * or refused with an issue on `descriptor`, never thrown; every finding cites
 * source ids that exist; conversion follows the format rules
 * (ms-convert-vhd: Hyper-V attaches VHD/VHDX only; ms-hyperv-generation-1-or-2:
 * Generation 2 boots VHDX from SCSI).
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { ovfInspect } from '../../../src/engine/ovf/ovf-inspect.ts';
import { fixture, inspect } from './helpers.ts';

const fixtures = readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => f.endsWith('.ovf'));
const sourceIds = new Set(readdirSync('src/content/sources').map((f) => f.replace(/\.yaml$/, '')));

describe('ovf-inspect invariants', () => {
  it('never throws on any prefix or single-character corruption of a real-shaped descriptor', () => {
    const texts = fixtures.map(fixture);
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ maxLength: 3 }),
        fc.boolean(),
        (i, where, junk, cut) => {
          const text = texts[i] ?? '';
          const at = Math.floor(where * text.length);
          const mutated = cut ? text.slice(0, at) : text.slice(0, at) + junk + text.slice(at + 1);
          const outcome = evaluate(ovfInspect, { descriptor: mutated });
          if (!outcome.ok) {
            expect(outcome.issues.every((x) => x.field === 'descriptor' && x.message.length > 0)).toBe(true);
          } else {
            expect(outcome.result.systems.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each(fixtures)('%s: findings cite existing sources and conversions follow the format rules', (name) => {
    const r = inspect(fixture(name));
    for (const f of [...r.findings, ...r.systems.flatMap((s) => s.findings)]) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const id of f.sources) expect(sourceIds.has(id), id).toBe(true);
    }
    for (const s of r.systems) {
      for (const d of s.disks) {
        if (['vmdk', 'qcow2', 'vdi', 'raw', 'unknown'].includes(d.format) && !d.blank) expect(d.needsConversion).toBe(true);
        if (d.format === 'vhdx') expect(d.needsConversion).toBe(false);
        if (d.needsConversion) expect(d.targetFileName).toMatch(/\.vhdx$/);
        if (s.recommendedGeneration === 2) expect(d.target.controllerType).toBe('SCSI');
      }
      expect(s.disks.filter((d) => d.boot).length).toBeLessThanOrEqual(1);
    }
  });
});
