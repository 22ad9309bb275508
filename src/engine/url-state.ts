/**
 * A scenario in the URL query (?memoryGiB=64&linkGbps=10): read and written
 * from the model's schema. Reading is forgiving by design: a parameter that is
 * malformed, out of range or repeated falls back to the field's default and
 * the reason is reported for that field, so a bad link never blanks an island.
 */
import { formatFieldText, parseFieldText } from './field-text.ts';
import type { Schema } from './schema.ts';
import { checkField, describeValue } from './validate.ts';

export interface ReadScenario {
  /** Values taken from the URL, by field (only fields present and valid). */
  values: Record<string, unknown>;
  /** Why a present parameter was not used, by field. */
  fallbacks: Record<string, string>;
}

const MAX_PARAM_LENGTH = 100_000;

export function readScenario(schema: Schema, search: string): ReadScenario {
  const values: Record<string, unknown> = {};
  const fallbacks: Record<string, string> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_PARAM_LENGTH * 4 ? '' : search);
  } catch {
    return { values, fallbacks };
  }
  for (const [name, field] of Object.entries(schema)) {
    const all = params.getAll(name);
    if (all.length === 0) continue;
    const shownDefault = field.default === undefined ? 'no value' : `the default, ${formatFieldText(field, field.default)}`;
    if (all.length > 1) {
      fallbacks[name] = `The link gives ${name} ${all.length} times; using ${shownDefault}.`;
      continue;
    }
    const text = all[0] ?? '';
    if (text.length > MAX_PARAM_LENGTH) {
      fallbacks[name] = `The link's ${name} is too long; using ${shownDefault}.`;
      continue;
    }
    const parsed = parseFieldText(field, text);
    const checked = parsed.ok ? checkField(name, field, parsed.value) : { issues: [{ field: name, message: parsed.message }] };
    if ('issues' in checked) {
      const reason = checked.issues[0]?.message ?? 'is not valid';
      fallbacks[name] = `The link set ${name} to ${describeValue(text)}, which ${reason.replace(/^is /, 'is ')}; using ${shownDefault}.`;
      continue;
    }
    values[name] = checked.value;
  }
  return { values, fallbacks };
}

/** The query string for a scenario: only fields that differ from their default, in schema order. */
export function writeScenario(schema: Schema, values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(schema)) {
    const value = values[name];
    if (value === undefined) continue;
    const text = formatFieldText(field, value);
    if (field.default !== undefined && text === formatFieldText(field, field.default)) continue;
    params.set(name, text);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
