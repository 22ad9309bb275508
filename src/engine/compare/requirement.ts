/**
 * Requirements on features, e.g. { "max-vm-memory": ">= 1024",
 * "shared-nothing-live-migration": true }: parsing each one against its
 * feature (so a bad one is reported with a reason, never guessed at) and
 * deciding whether a platform's cell meets it.
 *
 * Grammar, by feature kind:
 *  - limit: a number (meaning "at least"), or "<op> <number> [unit]" with op
 *    one of >=, <=, >, <, = and the unit, if given, the feature's own unit;
 *  - boolean: true or false (also "true"/"false"/"yes"/"no"), or one of the
 *    qualified strings some platform has for that feature ("partner");
 *  - text: a string, compared without regard to case.
 */
import type { Cell, Feature } from './matrix-data.ts';
import { displayWithUnit, featureById, formatNumber, isUnknown } from './matrix-data.ts';

export type ComparisonOperator = '>=' | '<=' | '>' | '<' | '=';

export type Requirement = { kind: 'compare'; op: ComparisonOperator; value: number } | { kind: 'flag'; value: boolean } | { kind: 'equals'; value: string };

export type Parsed = { ok: true; requirement: Requirement } | { ok: false; message: string };

const OPERATORS: readonly ComparisonOperator[] = ['>=', '<=', '>', '<', '='];
const COMPARISON = /^(>=|<=|>|<|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([a-z][a-z ]*)?$/i;
const OPERATOR_LIKE = /^\s*([<>=!~≥≤]+)/;

/** Parses one requirement against the feature it names. */
export function parseRequirement(feature: Feature, raw: unknown): Parsed {
  switch (feature.kind) {
    case 'limit':
      return parseLimit(feature, raw);
    case 'boolean':
      return parseFlag(feature, raw);
    case 'text':
      return typeof raw === 'string' && raw.trim() !== ''
        ? { ok: true, requirement: { kind: 'equals', value: raw.trim() } }
        : { ok: false, message: `${feature.id} is a text feature; give the text to match, not ${describe(raw)}` };
  }
}

function parseLimit(feature: Feature, raw: unknown): Parsed {
  const unit = feature.unit ?? '';
  const example = `">= ${exampleNumber(feature)}"`;
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: true, requirement: { kind: 'compare', op: '>=', value: raw } } : { ok: false, message: 'must be a finite number' };
  }
  if (typeof raw !== 'string') {
    return { ok: false, message: `${feature.id} is a limit in ${unit}; give a number or a comparison such as ${example}, not ${describe(raw)}` };
  }
  // Thousands separators as people type them ("1,024") are accepted.
  const text = raw.trim().replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  const match = COMPARISON.exec(text);
  if (!match) {
    const op = OPERATOR_LIKE.exec(text)?.[1];
    if (op && !OPERATORS.includes(op as ComparisonOperator)) {
      return { ok: false, message: `unknown operator "${op}"; use one of ${OPERATORS.join(', ')} followed by a number in ${unit}, e.g. ${example}` };
    }
    return {
      ok: false,
      message: `"${shorten(text)}" is not a comparison; write an operator (${OPERATORS.join(', ')}) and a number in ${unit}, e.g. ${example}`,
    };
  }
  const [, op = '>=', numberText = '', givenUnit] = match;
  if (givenUnit && givenUnit.trim().toLowerCase() !== unit.toLowerCase()) {
    return { ok: false, message: `the unit "${givenUnit.trim()}" is not this feature's unit; ${feature.id} is counted in ${unit}` };
  }
  const value = Number(numberText);
  if (!Number.isFinite(value)) return { ok: false, message: `"${shorten(numberText)}" is not a finite number` };
  return { ok: true, requirement: { kind: 'compare', op: op as ComparisonOperator, value } };
}

function parseFlag(feature: Feature, raw: unknown): Parsed {
  if (typeof raw === 'boolean') return { ok: true, requirement: { kind: 'flag', value: raw } };
  if (typeof raw === 'string') {
    const text = raw.trim().toLowerCase();
    if (text === 'true' || text === 'yes') return { ok: true, requirement: { kind: 'flag', value: true } };
    if (text === 'false' || text === 'no') return { ok: true, requirement: { kind: 'flag', value: false } };
    const qualified = qualifiedValues(feature);
    const found = qualified.find((q) => q.toLowerCase() === text);
    if (found) return { ok: true, requirement: { kind: 'equals', value: found } };
    const choices = ['true', 'false', ...qualified.map((q) => `"${q}"`)].join(', ');
    return { ok: false, message: `no platform has "${shorten(raw.trim())}" for ${feature.id}; use ${choices}` };
  }
  return { ok: false, message: `${feature.id} is a yes/no feature; give true or false, not ${describe(raw)}` };
}

/** The distinct strings cells of a yes/no feature hold ("partner", "N/A"…). */
function qualifiedValues(feature: Feature): string[] {
  const seen = new Set<string>();
  for (const cell of Object.values(feature.values)) if (typeof cell.value === 'string') seen.add(cell.value);
  return [...seen];
}

/** Whether a platform meets a requirement: it does, it documentably does not, or the guide has no value to tell. */
export type RequirementStatus = 'meets' | 'fails' | 'unknown';

export interface Verdict {
  status: RequirementStatus;
  /** True only when the status is "meets"; an unknown value is neither met nor failed. */
  met: boolean;
  /** Why not, in words, when it fails or is unknown. */
  reason?: string;
}

const MET: Verdict = { status: 'meets', met: true };
const fails = (reason: string): Verdict => ({ status: 'fails', met: false, reason });

/** Whether one platform's cell meets a requirement. */
export function meets(cell: Cell, requirement: Requirement, unit = ''): Verdict {
  // No sourced value: unknown whatever the requirement, so it never counts as a failure (nor as met).
  if (isUnknown(cell)) return { status: 'unknown', met: false, reason: 'no sourced value' };
  const value = cell.value;
  const shown = displayWithUnit(cell, unit);
  switch (requirement.kind) {
    case 'compare': {
      const wanted = describeRequirement(requirement, unit);
      if (typeof value === 'number') {
        return compare(value, requirement.op, requirement.value) ? MET : fails(`${shown}, needs ${wanted}`);
      }
      if (cell.unbounded) {
        // No fixed maximum: larger than any number, so it meets "at least" but never "at most" or "exactly".
        return requirement.op === '>=' || requirement.op === '>' ? MET : fails(`${shown}, cannot be shown to be ${wanted}`);
      }
      return fails(`${shown}, needs ${wanted}`);
    }
    case 'flag': {
      if (requirement.value) {
        if (value === true) return MET;
        return fails(value === false ? 'not available' : `${shown} rather than built in`);
      }
      // "Must not have it": anything short of a plain yes qualifies.
      return value === true ? fails('has it; the requirement was that it does not') : MET;
    }
    case 'equals':
      return typeof value === 'string' && value.toLowerCase() === requirement.value.toLowerCase() ? MET : fails(`${shown}, needs "${requirement.value}"`);
  }
}

function compare(a: number, op: ComparisonOperator, b: number): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '=':
      return a === b;
  }
}

/** A requirement written back as text, e.g. ">= 1,024 GiB" or "yes". */
export function describeRequirement(requirement: Requirement, unit = ''): string {
  switch (requirement.kind) {
    case 'compare':
      return `${requirement.op} ${formatNumber(requirement.value)}${unit ? ` ${unit}` : ''}`;
    case 'flag':
      return requirement.value ? 'yes' : 'no';
    case 'equals':
      return `"${requirement.value}"`;
  }
}

/**
 * Field-level check for the `requirements` record: one message per bad key
 * (unknown feature id, bad operator, wrong type). Used by the model's schema.
 */
export function checkRequirements(value: Record<string, unknown>): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  for (const [key, raw] of Object.entries(value)) {
    const feature = featureById.get(key);
    if (!feature) {
      problems.push({ key, message: unknownFeatureMessage(key) });
      continue;
    }
    const parsed = parseRequirement(feature, raw);
    if (!parsed.ok) problems.push({ key, message: parsed.message });
  }
  return problems;
}

function unknownFeatureMessage(key: string): string {
  const needle = key.toLowerCase();
  const close = needle.length < 4 ? [] : [...featureById.keys()].filter((id) => id.includes(needle) || needle.includes(id.slice(0, 8))).slice(0, 4);
  const hint =
    close.length > 0
      ? `; did you mean ${close.join(', ')}?`
      : `; ids look like max-vm-memory or live-migration; the limits are ${[...featureById.values()]
          .filter((f) => f.kind === 'limit')
          .map((f) => f.id)
          .join(', ')} (every id is in the output's features[].id)`;
  return `unknown feature id "${shorten(key)}"${hint}`;
}

function exampleNumber(feature: Feature): string {
  return feature.unit === 'GiB' ? '1024' : '16';
}

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'string') return `"${shorten(raw)}"`;
  if (typeof raw === 'object') return 'an object';
  return String(raw);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
