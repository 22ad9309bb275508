/**
 * CLI fuzz for every model: argument lists, --input JSON and batch lines made
 * of the model's own field names mixed with names of built-in object members
 * (`__proto__`, `constructor`, `toString`…), as model ids, flags and JSON keys,
 * with hostile values. Whatever comes in, the CLI never throws, exits 0 or 2,
 * and prints JSON only: one answer, or one {"error", "issues"} object whose
 * issues each name a field. Seeded so a failure replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { models } from '../../src/engine/index.ts';
import { calc } from './run-cli.ts';

const BUILT_IN = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupSetter__',
  'toLocaleString',
  'propertyIsEnumerable',
];
const VALUES = [
  '',
  '0',
  '-1',
  '1e400',
  'NaN',
  '0x10',
  'true',
  '@',
  '@@x',
  '@missing',
  '@__proto__',
  '{}',
  '[]',
  '{"__proto__":{"x":1}}',
  '\u0000',
  '\u001b[2J',
  'x'.repeat(300),
];
const RUNS = 60;

function checkOutput(result: { code: number; stdout: string }, lines = 1): void {
  expect([0, 2]).toContain(result.code);
  const out = result.stdout.trimEnd().split('\n');
  expect(out).toHaveLength(lines);
  for (const line of out) {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    if ('error' in parsed) {
      expect(Array.isArray(parsed.issues)).toBe(true);
      for (const issue of parsed.issues as { field: unknown; message: unknown }[]) {
        expect(typeof issue.field).toBe('string');
        expect(typeof issue.message).toBe('string');
        expect(issue.message).not.toMatch(/internal error/);
      }
    }
  }
  if (result.code === 2) expect(JSON.parse(out[0] ?? '')).toHaveProperty('error');
}

describe.each(models.map((m) => [m.id, m] as const))('CLI fuzz: %s', (id, model) => {
  const names = fc.constantFrom(...Object.keys(model.schema), ...BUILT_IN, 'input', 'batch');
  const values = fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 20 }));

  it(`flags named like built-in members: ${RUNS} argument lists`, async () => {
    const flag = fc.tuple(names, values, fc.boolean()).map(([n, v, joined]) => (joined ? [`--${n}=${v}`] : [`--${n}`, v]));
    await fc.assert(
      fc.asyncProperty(fc.array(flag, { maxLength: 4 }), async (flags) => {
        const args = flags.flat().filter((a) => a !== '--batch' && a !== '--help');
        checkOutput(await calc([id, ...args]));
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });

  it(`JSON keys named like built-in members: ${RUNS} --input objects and batch lines`, async () => {
    const entry = fc.tuple(names, fc.oneof(values, fc.integer(), fc.constant(null), fc.constant({}), fc.constant([])));
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 4 }), async (entries) => {
        // Built as text so "__proto__" is an own key, as JSON.parse makes it.
        const json = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
        checkOutput(await calc([id, '--input', json]));
        checkOutput(await calc([id, '--batch', 'b'], { b: `${json}\n${json}\n` }), 2);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });
});

describe('CLI fuzz: model ids', () => {
  it(`built-in member names and random text as ids: ${RUNS * 4} cases`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...BUILT_IN), fc.string({ maxLength: 30 })), async (id) => {
        if (['list', 'help', '--help', '-h'].includes(id) || models.some((m) => m.id === id)) return;
        const result = await calc([id, '--input', '{}']);
        expect(result.code).toBe(2);
        expect(JSON.parse(result.stdout).error).toBe('unknown model');
      }),
      { numRuns: RUNS * 4, seed: 13 },
    );
  });
});
