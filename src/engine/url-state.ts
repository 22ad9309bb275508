/**
 * A scenario in the URL query (?memoryGiB=64&linkGbps=10): read and written
 * from the model's schema. Reading is forgiving by design: a parameter that is
 * malformed, out of range or repeated falls back to the field's default and
 * the reason is reported for that field, so a bad link never blanks an island.
 * Nothing the link sets is ignored without a word: a query too long to read
 * is reported for each field it names, and readModelScenario also applies the
 * model's own checks, so a text field is treated like a numeric one.
 */
import { formatFieldText, parseFieldText } from './field-text.ts';
import type { AnyModel } from './model.ts';
import type { Field, Issue, Schema } from './schema.ts';
import { checkField, describeValue, validate } from './validate.ts';

export interface ReadScenario {
  /** Values taken from the URL, by field (only fields present and valid). */
  values: Record<string, unknown>;
  /** Why a present parameter was not used, by field. */
  fallbacks: Record<string, string>;
}

const MAX_PARAM_LENGTH = 100_000;
/** Far above what browsers put in a URL (Chromium: 2 MB); a longer query is not parsed at all. */
export const MAX_QUERY_LENGTH = 4 * 1024 * 1024;

const shownDefaultOf = (field: Field): string => (field.default === undefined ? 'no value' : `the default, ${formatFieldText(field, field.default)}`);

export function readScenario(schema: Schema, search: string): ReadScenario {
  const values: Record<string, unknown> = {};
  const fallbacks: Record<string, string> = {};
  if (search.length > MAX_QUERY_LENGTH) {
    // Not parsed, but never dropped in silence: each field the query seems to set is told.
    for (const [name, field] of Object.entries(schema)) {
      if (search.includes(`${name}=`)) {
        fallbacks[name] =
          `The link's query is ${search.length.toLocaleString('en')} characters, over the ${MAX_QUERY_LENGTH.toLocaleString('en')} this page reads, so it was ignored; using ${shownDefaultOf(field)}.`;
      }
    }
    return { values, fallbacks };
  }
  const params = new URLSearchParams(search);
  for (const [name, field] of Object.entries(schema)) {
    const all = params.getAll(name);
    if (all.length === 0) continue;
    const shownDefault = shownDefaultOf(field);
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

/**
 * readScenario plus the model's own checks: a value that passes its field's
 * type and range but that the model refuses (a text field holding no IP
 * address, say) falls back to its default and says why, as a malformed
 * number does. Only fields the link set are reset. Given only a schema (a
 * calculator whose model runs in a Web Worker), it applies the fields' checks.
 */
export function readModelScenario(model: AnyModel | Pick<AnyModel, 'schema'>, search: string): ReadScenario {
  const read = readScenario(model.schema, search);
  const fromLink = Object.keys(read.values);
  if (fromLink.length === 0) return read;
  const validated = validate(model.schema, read.values);
  let issues: Issue[];
  try {
    const rules = 'compute' in model ? model : undefined;
    issues = validated.ok ? (rules?.check?.(validated.value, rules.prepare?.(validated.value, {})) ?? []) : validated.issues;
  } catch {
    issues = [];
  }
  const values = { ...read.values };
  const fallbacks = { ...read.fallbacks };
  for (const issue of issues) {
    const name = issue.field.split(/[.[]/, 1)[0] ?? '';
    if (!Object.hasOwn(values, name) || fallbacks[name]) continue;
    const field = model.schema[name] as Field;
    fallbacks[name] =
      `The link set ${name} to ${describeValue(formatFieldText(field, values[name]))}, which was refused (${issue.message}); using ${shownDefaultOf(field)}.`;
    delete values[name];
  }
  return { values, fallbacks };
}

/**
 * The query string for a scenario: only fields that differ from the baseline,
 * in schema order. The baseline is what a page shows before reading the query
 * (its article's initial values); fields it does not set fall back to their
 * defaults, so without one the query holds what differs from the defaults.
 */
export function writeScenario(schema: Schema, values: Record<string, unknown>, baseline: Record<string, unknown> = {}): string {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(schema)) {
    const value = values[name];
    if (value === undefined) continue;
    const text = formatFieldText(field, value);
    const base = Object.hasOwn(baseline, name) ? baseline[name] : field.default;
    if (base !== undefined && text === formatFieldText(field, base)) continue;
    params.set(name, text);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
