/**
 * Validation of raw input (JSON from the CLI, a batch line, the island's form)
 * against a model's schema. Never throws: returns the typed value or a list of
 * issues, each naming its field. Unknown fields are issues too, naming the
 * field most likely meant, so a typo in a script or an article is caught
 * instead of silently ignored.
 */
import { unknownFieldMessage } from './closest-name.ts';
import type { Field, InputOf, Issue, ListField, Schema, ScalarField } from './schema.ts';
import { unhandledKind } from './schema.ts';

export type Validated<S extends Schema> = { ok: true; value: InputOf<S> } | { ok: false; issues: Issue[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Describes a value briefly for an error message, without echoing huge or hostile text. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') {
    const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return JSON.stringify(shown);
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}

/**
 * A name the user gave (an unknown key, flag or id) as an error shows it: cut
 * to 60 characters so a 100 kB key is not echoed back, and quoted as JSON
 * unless `quoted` is false (for the `field` of an issue).
 */
export function shownName(name: string, quoted = true): string {
  const cut = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return quoted ? JSON.stringify(cut) : cut;
}

export function validate<S extends Schema>(schema: S, raw: unknown): Validated<S> {
  if (!isPlainObject(raw)) {
    return { ok: false, issues: [{ field: '(input)', message: 'the input must be a JSON object of field names and values' }] };
  }
  const issues: Issue[] = [];
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(schema, key)) {
      issues.push({ field: shownName(key, false), message: unknownFieldMessage(key, Object.keys(schema)) });
    }
  }
  for (const [name, field] of Object.entries(schema)) {
    const given = Object.hasOwn(raw, name) ? raw[name] : undefined;
    const checked = checkField(name, field, given);
    if ('issues' in checked) issues.push(...checked.issues);
    else value[name] = checked.value;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value as InputOf<S> };
}

export type Checked = { value: unknown } | { issues: Issue[] };

/** Checks one field's value alone (as a URL parameter or form control is checked). */
export function checkField(name: string, field: Field, given: unknown): Checked {
  if (given === undefined || given === null) {
    if (field.default !== undefined) return { value: structuredClone(field.default) };
    if (field.optional) return { value: undefined };
    return { issues: [{ field: name, message: 'is required' }] };
  }
  switch (field.kind) {
    case 'multi': {
      if (!Array.isArray(given)) return fail(name, 'must be a list of values');
      const allowed = new Set(field.options.map((o) => o.value));
      const bad = given.filter((v) => typeof v !== 'string' || !allowed.has(v));
      if (bad.length > 0) {
        return fail(name, `unknown value ${describeValue(bad[0])}; allowed: ${[...allowed].join(', ')}`);
      }
      if (new Set(given).size !== given.length) return fail(name, 'lists a value more than once');
      if (field.minItems !== undefined && given.length < field.minItems) {
        return fail(name, `needs at least ${field.minItems} value(s)`);
      }
      return { value: [...given] };
    }
    case 'list':
      return checkList(name, field, given);
    case 'record': {
      if (!isPlainObject(given)) return fail(name, 'must be a JSON object');
      if (Object.keys(given).length > field.maxKeys) return fail(name, `has more than ${field.maxKeys} keys`);
      const problems = field.check(given);
      if (problems.length > 0) {
        return { issues: problems.map((p) => ({ field: `${name}.${shownName(p.key, false)}`, message: p.message })) };
      }
      return { value: structuredClone(given) };
    }
    case 'number':
    case 'boolean':
    case 'enum':
    case 'string':
      return checkScalar(name, field, given);
    default:
      return unhandledKind(field);
  }
}

function fail(field: string, message: string): Checked {
  return { issues: [{ field, message }] };
}

export function checkScalar(name: string, field: ScalarField, given: unknown): Checked {
  switch (field.kind) {
    case 'number': {
      if (typeof given !== 'number') return fail(name, `must be a number${field.unit ? ` in ${field.unit}` : ''}, not ${describeValue(given)}`);
      if (!Number.isFinite(given)) return fail(name, 'must be a finite number');
      if (field.integer && !Number.isInteger(given)) return fail(name, `must be a whole number, not ${given}`);
      const unit = field.unit ? ` ${field.unit}` : '';
      if (field.min !== undefined) {
        if (field.minExclusive ? given <= field.min : given < field.min) {
          return fail(name, `must be ${field.minExclusive ? 'greater than' : 'at least'} ${field.min}${unit}, not ${given}`);
        }
      }
      if (field.max !== undefined && given > field.max) return fail(name, `must be at most ${field.max}${unit}, not ${given}`);
      return { value: given };
    }
    case 'boolean':
      return typeof given === 'boolean' ? { value: given } : fail(name, `must be true or false, not ${describeValue(given)}`);
    case 'enum': {
      const allowed = field.options.map((o) => o.value);
      return typeof given === 'string' && allowed.includes(given)
        ? { value: given }
        : fail(name, `must be one of ${allowed.join(', ')}, not ${describeValue(given)}`);
    }
    case 'string': {
      if (typeof given !== 'string') return fail(name, `must be text, not ${describeValue(given)}`);
      if (given.length > field.maxLength) return fail(name, `is longer than ${field.maxLength} characters`);
      if (field.pattern && !field.pattern.regex.test(given)) return fail(name, field.pattern.message);
      return { value: given };
    }
    default:
      return unhandledKind(field);
  }
}

function checkList(name: string, field: ListField, given: unknown): Checked {
  if (!Array.isArray(given)) return fail(name, 'must be a list');
  if (given.length > field.maxItems) return fail(name, `has more than ${field.maxItems} entries`);
  if (field.minItems !== undefined && given.length < field.minItems) {
    return fail(name, `needs at least ${field.minItems} entr${field.minItems === 1 ? 'y' : 'ies'}`);
  }
  const issues: Issue[] = [];
  const items: Record<string, unknown>[] = [];
  given.forEach((entry, index) => {
    const at = `${name}[${index}]`;
    if (!isPlainObject(entry)) {
      issues.push({ field: at, message: 'must be an object' });
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!Object.hasOwn(field.item, key)) {
        issues.push({ field: `${at}.${shownName(key, false)}`, message: unknownFieldMessage(key, Object.keys(field.item)) });
      }
    }
    const item: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(field.item)) {
      const raw = Object.hasOwn(entry, key) ? entry[key] : undefined;
      const checked: Checked =
        raw === undefined || raw === null
          ? sub.default !== undefined
            ? { value: sub.default }
            : sub.optional
              ? { value: undefined }
              : { issues: [{ field: `${at}.${key}`, message: 'is required' }] }
          : checkScalar(`${at}.${key}`, sub, raw);
      if ('issues' in checked) issues.push(...checked.issues);
      else item[key] = checked.value;
    }
    items.push(item);
  });
  return issues.length > 0 ? { issues } : { value: items };
}
