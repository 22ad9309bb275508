/**
 * URL fuzz for every model: hostile and malformed query strings built from
 * the model's own schema (wrong types, huge and negative numbers, NaN, script
 * fragments, repeated keys, unicode). Reading never throws, each bad field is
 * reported with a fallback, and the scenario that results still evaluates
 * without throwing. 200 queries per model, seeded so a failure replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, findNonFinite } from '../../src/engine/evaluate.ts';
import { models } from '../../src/engine/index.ts';
import { unhandledKind, type Field } from '../../src/engine/schema.ts';
import { readScenario } from '../../src/engine/url-state.ts';

const HOSTILE = [
  'NaN',
  'Infinity',
  '-1e309',
  '1e400',
  '-5',
  '99999999999999999999',
  '0x10',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%00',
  '\u202e\u0000',
  '💥',
  '１２',
  'true false',
  '[]',
  '{"__proto__":{"x":1}}',
  ' ',
];

/**
 * Whether the URL must refuse this text for this field. Every kind has its
 * case: a kind added to Field without one is a compile error here (the
 * `never` default), so a new kind cannot slip through the fuzz unchecked.
 */
function badText(field: Field, text: string): boolean {
  switch (field.kind) {
    case 'number':
      return (
        !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ||
        !Number.isFinite(Number(text)) ||
        (field.min !== undefined && Number(text) < field.min) ||
        (field.max !== undefined && Number(text) > field.max)
      );
    case 'boolean':
      return !['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(text.trim().toLowerCase());
    case 'enum':
      return !field.options.some((o) => o.value === text.trim());
    case 'string':
      return text.length > field.maxLength || (field.pattern !== undefined && !field.pattern.regex.test(text));
    case 'multi': {
      // Written as a comma-separated list of option values, each once.
      const parts = text.trim() === '' ? [] : text.split(',').map((part) => part.trim());
      const allowed = new Set(field.options.map((o) => o.value));
      return parts.some((part) => !allowed.has(part)) || new Set(parts).size !== parts.length || parts.length < (field.minItems ?? 0);
    }
    case 'list':
    case 'record':
      // Written as JSON: text that is not JSON must be refused (valid JSON is held to the field's own checks elsewhere).
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    default:
      return unhandledKind(field);
  }
}

it('has a refusal rule for every field kind (an unknown kind throws rather than passing unchecked)', () => {
  expect(() => badText({ kind: 'file', label: 'Export' } as never, 'x')).toThrow(/no case for kind "file"/);
});

describe.each(models.map((m) => [m.id, m] as const))('URL fuzz: %s', (_id, model) => {
  const names = Object.keys(model.schema);

  it('never throws, names each bad parameter, and the scenario still evaluates', () => {
    const param = fc.tuple(fc.constantFrom(...names), fc.oneof(fc.constantFrom(...HOSTILE), fc.string(), fc.double().map(String)));
    fc.assert(
      fc.property(fc.array(param, { minLength: 1, maxLength: 6 }), (pairs) => {
        const query = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const { values, fallbacks } = readScenario(model.schema, query);
        for (const [name, text] of pairs) {
          const field = model.schema[name] as Field;
          const repeated = pairs.filter(([k]) => k === name).length > 1;
          if (repeated || badText(field, text)) {
            expect(fallbacks[name], `${name}=${text}`).toMatch(/using/);
            expect(values).not.toHaveProperty(name);
          }
        }
        const outcome = evaluate(model, values);
        if (outcome.ok) expect(findNonFinite(outcome.result, 'result')).toBeUndefined();
        else for (const issue of outcome.issues) expect(issue.field).not.toMatch(/^\((model|result)\)$/);
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });
});
