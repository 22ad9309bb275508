/**
 * What a form control holds for each field kind, and the conversion to the
 * raw input the engine validates. Controls hold text so that a half-typed
 * number ("1e", "") is kept as typed and reported, never silently replaced.
 */
import { formatFieldText, parseFieldText } from '../../engine/field-text.ts';
import type { Field, Issue, Schema, ScalarField } from '../../engine/schema.ts';

export type RowValue = Record<string, string | boolean>;
export type FormValue = string | boolean | string[] | RowValue[];
export type FormValues = Record<string, FormValue>;

function scalarToForm(field: ScalarField, value: unknown): string | boolean {
  if (field.kind === 'boolean') return value === true;
  return value === undefined || value === null ? '' : String(value);
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
    default:
      return scalarToForm(field, value);
  }
}

export function formFromValues(schema: Schema, values: Record<string, unknown>): FormValues {
  return Object.fromEntries(
    Object.entries(schema).map(([name, field]) => [name, toFormValue(field, name in values ? values[name] : field.default)]),
  );
}

export function emptyRow(field: Extract<Field, { kind: 'list' }>): RowValue {
  return Object.fromEntries(Object.entries(field.item).map(([k, f]) => [k, scalarToForm(f, f.default)]));
}

function scalarFromForm(name: string, field: ScalarField, text: string | boolean, issues: Issue[]): unknown {
  if (field.kind === 'boolean') return text === true;
  const s = String(text);
  if (s.trim() === '' && field.kind !== 'string') {
    if (!field.optional) issues.push({ field: name, message: 'needs a value' });
    return undefined;
  }
  if (s === '' && field.kind === 'string' && field.optional) return undefined;
  const parsed = parseFieldText(field, s);
  if (!parsed.ok) {
    issues.push({ field: name, message: parsed.message });
    return undefined;
  }
  return parsed.value;
}

/** The raw input for the engine, plus issues for controls whose text cannot be read. */
export function rawFromForm(schema: Schema, form: FormValues): { raw: Record<string, unknown>; issues: Issue[] } {
  const raw: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [name, field] of Object.entries(schema)) {
    const value = form[name];
    if (value === undefined) continue;
    let converted: unknown;
    if (field.kind === 'multi') converted = value;
    else if (field.kind === 'list') {
      converted = (value as RowValue[]).map((row, i) =>
        Object.fromEntries(
          Object.entries(field.item)
            .map(([k, f]) => [k, scalarFromForm(`${name}[${i}].${k}`, f, row[k] ?? '', issues)] as const)
            .filter(([, v]) => v !== undefined),
        ),
      );
    } else if (field.kind === 'record') {
      const text = String(value);
      if (text.trim() === '') converted = undefined;
      else {
        const parsed = parseFieldText(field, text);
        if (parsed.ok) converted = parsed.value;
        else issues.push({ field: name, message: parsed.message });
      }
    } else converted = scalarFromForm(name, field, value as string | boolean, issues);
    if (converted !== undefined) raw[name] = converted;
  }
  return { raw, issues };
}
