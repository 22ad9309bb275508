/**
 * fast-check generators derived from a model's schema: inputs the schema
 * admits (to prove a model never throws or returns NaN for them) and inputs it
 * does not (to prove each is refused naming the field).
 */
import fc from 'fast-check';
import type { Field, Schema, ScalarField } from '../../src/engine/schema.ts';
import { unhandledKind } from '../../src/engine/schema.ts';

function scalarArbitrary(field: ScalarField): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'number': {
      const min = field.min ?? -1e6;
      const max = field.max ?? Math.max(min + 1, 1e6);
      if (field.integer) {
        const lo = Math.ceil(field.minExclusive ? min + 1e-9 : min);
        return fc.integer({ min: lo, max: Math.floor(max) });
      }
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((x) => !(field.minExclusive && x <= min));
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...field.options.map((o) => o.value));
    case 'string':
      // Free text is model-specific (an IP, an XML document); the model's own tests cover its grammar.
      return fc.oneof(fc.constant(field.default ?? ''), fc.string({ maxLength: Math.min(field.maxLength, 64) }));
    default:
      return unhandledKind(field);
  }
}

function fieldArbitrary(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'multi':
      return fc.subarray(
        field.options.map((o) => o.value),
        { minLength: field.minItems ?? 0 },
      );
    case 'list': {
      const item = fc.record(Object.fromEntries(Object.entries(field.item).map(([k, f]) => [k, scalarArbitrary(f)])));
      return fc.array(item, { minLength: field.minItems ?? 0, maxLength: Math.min(field.maxItems, 8) });
    }
    case 'record':
      return fc.constant(field.default ?? {});
    case 'number':
    case 'boolean':
    case 'enum':
    case 'string':
      return scalarArbitrary(field);
    default:
      return unhandledKind(field);
  }
}

/** Inputs every field of which the schema admits (cross-field rules may still refuse some). */
export function validInput(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(schema).map(([name, field]) => [name, fieldArbitrary(field)] as const);
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
}

/** Values of the wrong type or out of range for one field. */
function badValues(field: Field): unknown[] {
  const wrongType = [{ nested: true }, [1, 2, 3], NaN, Infinity];
  switch (field.kind) {
    case 'number': {
      const bad: unknown[] = [...wrongType, '12', true];
      if (field.min !== undefined) bad.push(field.min - 1);
      if (field.max !== undefined) bad.push(field.max + 1);
      if (field.integer) bad.push((field.min ?? 0) + 0.5);
      return bad;
    }
    case 'boolean':
      return [...wrongType, 'yes', 1];
    case 'enum':
    case 'multi':
      return [...wrongType, 'not-an-option', 42];
    case 'string':
      return [...wrongType, 42, 'x'.repeat(field.maxLength + 1)];
    case 'list':
      return [...wrongType, 'not a list', [42]];
    case 'record':
      return [[1, 2, 3], 'text', 42];
    default:
      return unhandledKind(field);
  }
}

/** Values of the wrong type or out of range for a field, paired with that field's name. */
export function invalidFieldValue(schema: Schema): fc.Arbitrary<{ field: string; value: unknown }> {
  const options = Object.entries(schema).map(([name, field]) => fc.constantFrom(...badValues(field)).map((value) => ({ field: name, value })));
  return fc.oneof(...options);
}
