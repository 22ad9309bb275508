/**
 * What a form control holds for each field kind, and the conversion to the
 * raw input the engine validates. Controls hold text so that a half-typed
 * number ("1e", "") is kept as typed and reported, never silently replaced.
 */
import { formatFieldText, parseFieldText } from '../../engine/field-text.ts';
import type { Field, Issue, RecordField, Schema, ScalarField } from '../../engine/schema.ts';
import { unhandledKind } from '../../engine/schema.ts';

export type RowValue = Record<string, string | boolean>;
export type FormValue = string | boolean | string[] | RowValue[];
export type FormValues = Record<string, FormValue>;

function scalarToForm(field: ScalarField, value: unknown): string | boolean {
  switch (field.kind) {
    case 'boolean':
      return value === true;
    case 'number':
    case 'enum':
    case 'string':
      return value === undefined || value === null ? '' : String(value);
    default:
      return unhandledKind(field);
  }
}

export function toFormValue(field: Field, value: unknown): FormValue {
  switch (field.kind) {
    case 'multi':
      return Array.isArray(value) ? value.map(String) : [];
    case 'list':
      return Array.isArray(value)
        ? value.map((row: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(field.item).map(([k, f]) => [k, scalarToForm(f, row?.[k] ?? f.default)])),
          )
        : [];
    case 'record':
      return value === undefined ? '' : formatFieldText(field, value);
    case 'number':
    case 'boolean':
    case 'enum':
    case 'string':
      return scalarToForm(field, value);
    default:
      return unhandledKind(field);
  }
}

export function formFromValues(schema: Schema, values: Record<string, unknown>): FormValues {
  return Object.fromEntries(Object.entries(schema).map(([name, field]) => [name, toFormValue(field, name in values ? values[name] : field.default)]));
}

export function emptyRow(field: Extract<Field, { kind: 'list' }>): RowValue {
  return Object.fromEntries(Object.entries(field.item).map(([k, f]) => [k, scalarToForm(f, f.default)]));
}

function scalarFromForm(name: string, field: ScalarField, held: string | boolean, issues: Issue[]): unknown {
  const text = String(held);
  switch (field.kind) {
    case 'boolean':
      return held === true;
    case 'string':
      // Text is taken as typed; only an empty optional field means "not given".
      return text === '' && field.optional ? undefined : text;
    case 'number':
    case 'enum': {
      if (text.trim() === '') {
        if (!field.optional) issues.push({ field: name, message: 'needs a value' });
        return undefined;
      }
      const parsed = parseFieldText(field, text);
      if (!parsed.ok) {
        issues.push({ field: name, message: parsed.message });
        return undefined;
      }
      return parsed.value;
    }
    default:
      return unhandledKind(field);
  }
}

/** A record field's JSON text as the engine's raw value; blank means not given. */
function recordFromForm(name: string, field: RecordField, text: string, issues: Issue[]): unknown {
  if (text.trim() === '') return undefined;
  const parsed = parseFieldText(field, text);
  if (parsed.ok) return parsed.value;
  issues.push({ field: name, message: parsed.message });
  return undefined;
}

function fieldFromForm(name: string, field: Field, value: FormValue, issues: Issue[]): unknown {
  switch (field.kind) {
    case 'multi':
      return value;
    case 'list':
      return (value as RowValue[]).map((row, i) =>
        Object.fromEntries(
          Object.entries(field.item)
            .map(([k, f]) => [k, scalarFromForm(`${name}[${i}].${k}`, f, row[k] ?? '', issues)] as const)
            .filter(([, v]) => v !== undefined),
        ),
      );
    case 'record':
      return recordFromForm(name, field, String(value), issues);
    case 'number':
    case 'boolean':
    case 'enum':
    case 'string':
      return scalarFromForm(name, field, value as string | boolean, issues);
    default:
      return unhandledKind(field);
  }
}

/** The raw input for the engine, plus issues for controls whose text cannot be read. */
export function rawFromForm(schema: Schema, form: FormValues): { raw: Record<string, unknown>; issues: Issue[] } {
  const raw: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [name, field] of Object.entries(schema)) {
    const value = form[name];
    if (value === undefined) continue;
    const converted = fieldFromForm(name, field, value, issues);
    if (converted !== undefined) raw[name] = converted;
  }
  return { raw, issues };
}

/** A list's rows as values, cells that cannot be read left out (for the list's summary while the reader types). */
export function listValuesFromForm(field: Extract<Field, { kind: 'list' }>, rows: RowValue[]): Record<string, unknown>[] {
  return fieldFromForm('', field, rows, []) as Record<string, unknown>[];
}
