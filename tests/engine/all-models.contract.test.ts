/**
 * The engine contract, checked for every registered model: defaults evaluate,
 * any schema-admitted input yields a finite JSON result or named issues (never
 * a throw), invalid values are refused naming their field, unknown fields are
 * refused, every cited source id exists, and results survive JSON.
 *
 * Runs FUZZ_RUNS cases per property (default 300; npm test runs 10,000 per model, about 30 s in all).
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, findNonFinite } from '../../src/engine/evaluate.ts';
import { models } from '../../src/engine/index.ts';
import type { Field } from '../../src/engine/schema.ts';
import { invalidFieldValue, validInput } from './arbitraries.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const sourceIds = new Set(readdirSync('src/content/sources').map((f) => f.replace(/\.yaml$/, '')));

describe.each(models.map((m) => [m.id, m] as const))('%s', (_id, model) => {
  it('has a unique kebab-case id, a title and a summary', () => {
    expect(model.id).toMatch(/^[a-z0-9]+(-[a-z0-9.]+)*$/);
    expect(models.filter((m) => m.id === model.id)).toHaveLength(1);
    expect(model.title.length).toBeGreaterThan(3);
    expect(model.summary.length).toBeGreaterThan(10);
  });

  it('describes every field with a label and help text', () => {
    for (const [name, field] of Object.entries(model.schema) as [string, Field][]) {
      expect(field.label, name).not.toBe('');
      expect(field.help.length, name).toBeGreaterThan(10);
    }
  });

  it('evaluates its defaults to a JSON-safe result citing known sources', () => {
    const outcome = evaluate(model, {});
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    expect(JSON.parse(JSON.stringify(outcome.result))).toEqual(outcome.result);
    expect(outcome.result.assumptions.length).toBeGreaterThan(0);
    for (const a of outcome.result.assumptions) {
      for (const id of a.sources) expect(sourceIds.has(id), `unknown source id ${id}`).toBe(true);
    }
  });

  it('never throws, never returns a non-finite number and cites only known sources for schema-admitted input', () => {
    fc.assert(
      fc.property(validInput(model.schema), (input) => {
        const outcome = evaluate(model, input);
        if (outcome.ok) {
          expect(findNonFinite(outcome.result, 'result')).toBeUndefined();
          // Every branch a model takes must cite sources the islands can name.
          for (const a of outcome.result.assumptions) {
            for (const id of a.sources) expect(sourceIds.has(id), `unknown source id ${id}`).toBe(true);
          }
        } else {
          expect(outcome.issues.length).toBeGreaterThan(0);
          for (const issue of outcome.issues) {
            expect(issue.field).not.toMatch(/^\((model|result)\)$/);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('refuses an invalid value naming its field', () => {
    fc.assert(
      fc.property(invalidFieldValue(model.schema), ({ field, value }) => {
        const outcome = evaluate(model, { [field]: value });
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.issues.some((i) => i.field === field || i.field.startsWith(`${field}[`) || i.field.startsWith(`${field}.`))).toBe(true);
      }),
      { numRuns: Math.min(runs, 200) },
    );
  });

  it('refuses an unknown field by name', () => {
    const outcome = evaluate(model, { notAField: 1 });
    expect(outcome).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'notAField' })] });
  });
});
