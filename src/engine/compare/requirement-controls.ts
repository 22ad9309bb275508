/**
 * The feature explorer's requirements as form controls: one row per
 * requirement with a feature, a comparison valid for that feature's kind and
 * a value. Rows are read from, and written back to, the model's public
 * `requirements` record ({ "max-vm-memory": ">= 1024", "live-migration": true }),
 * so links and CLI inputs written by hand keep their meaning: a row the reader
 * has not edited is written back exactly as it was given.
 */
import type { Feature } from './matrix-data.ts';
import { categories, featureById, features, UNKNOWN_VALUE } from './matrix-data.ts';
import { parseRequirement, type ComparisonOperator } from './requirement.ts';

/** What a comparison needs beside the feature: a number in the feature's unit, a text, or nothing. */
export type ValueKind = 'number' | 'text' | 'none';

export interface ComparisonChoice {
  /** Stable id for the select: an operator (">="), "yes", "no", or "is:<qualified value>". */
  id: string;
  label: string;
  value: ValueKind;
}

export interface RequirementRowInput {
  feature: string;
  comparison: string;
  /** The number or text typed; ignored for comparisons that take none. */
  value: string;
  /** The entry exactly as a link or the CLI gave it; written back unchanged until the row is edited. */
  original?: unknown;
}

export interface FeatureGroup {
  label: string;
  features: { id: string; label: string }[];
}

/** Features by category, in the matrix's order, for a grouped select. */
export const requirementFeatureGroups: readonly FeatureGroup[] = categories
  .map((c) => ({
    label: c.label,
    features: features.filter((f) => f.category === c.id).map((f) => ({ id: f.id, label: f.unit ? `${f.label} (${f.unit})` : f.label })),
  }))
  .filter((g) => g.features.length > 0);

const LIMIT_COMPARISONS: readonly ComparisonChoice[] = [
  { id: '>=', label: 'at least', value: 'number' },
  { id: '<=', label: 'at most', value: 'number' },
  { id: '>', label: 'more than', value: 'number' },
  { id: '<', label: 'less than', value: 'number' },
  { id: '=', label: 'exactly', value: 'number' },
];

/** Cell strings that describe the absence of data, not an answer a reader would ask for. */
const NOT_AN_ANSWER = new Set([UNKNOWN_VALUE]);

/** The comparisons that make sense for a feature, given its kind (and, for yes/no, the qualified answers some platform has). */
export function comparisonsFor(featureId: string): ComparisonChoice[] {
  const feature = featureById.get(featureId);
  if (!feature) return [];
  switch (feature.kind) {
    case 'limit':
      return [...LIMIT_COMPARISONS];
    case 'text':
      return [{ id: 'is', label: 'is', value: 'text' }];
    case 'boolean':
      return [
        { id: 'yes', label: 'is supported', value: 'none' },
        { id: 'no', label: 'is not supported', value: 'none' },
        ...qualifiedAnswers(feature).map((q) => ({ id: `is:${q}`, label: `is “${q}”`, value: 'none' as const })),
      ];
  }
}

function qualifiedAnswers(feature: Feature): string[] {
  const seen = new Set<string>();
  for (const cell of Object.values(feature.values)) {
    if (typeof cell.value === 'string' && !NOT_AN_ANSWER.has(cell.value)) seen.add(cell.value);
  }
  return [...seen];
}

/** The unit a row's number is in ("GiB"), or '' when it takes none. */
export function unitFor(featureId: string): string {
  return featureById.get(featureId)?.unit ?? '';
}

/**
 * A new row for a feature not yet required: memory per VM (the limit readers
 * ask about most) if it is free, else the first free feature in list order;
 * its first comparison ("at least", "is supported") and no number yet.
 */
export function newRequirementRow(used: Iterable<string> = []): RequirementRowInput {
  const taken = new Set(used);
  const free = requirementFeatureGroups
    .flatMap((g) => g.features)
    .map((f) => f.id)
    .filter((id) => !taken.has(id));
  const featureId = free.includes('max-vm-memory') ? 'max-vm-memory' : (free[0] ?? 'max-vm-memory');
  return { feature: featureId, comparison: comparisonsFor(featureId)[0]?.id ?? '', value: '' };
}

/**
 * The row after the reader picks another feature: the comparison is kept when
 * the new feature offers it (a limit's "at least" stays "at least"), and the
 * number too, so switching between limits does not wipe what was typed.
 */
export function withFeature(row: RequirementRowInput, featureId: string): RequirementRowInput {
  const choices = comparisonsFor(featureId);
  const kept = choices.find((c) => c.id === row.comparison);
  const comparison = kept ?? choices[0];
  return { feature: featureId, comparison: comparison?.id ?? '', value: kept && kept.value !== 'none' ? row.value : '' };
}

/** Rows for a requirements record, in its key order. Entries the controls cannot show keep their original for the engine to report. */
export function rowsFromRequirements(requirements: Record<string, unknown>): RequirementRowInput[] {
  return Object.entries(requirements).map(([featureId, raw]) => rowFromEntry(featureId, raw));
}

function rowFromEntry(featureId: string, raw: unknown): RequirementRowInput {
  const feature = featureById.get(featureId);
  const fallback = { feature: featureId, comparison: '', value: typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? ''), original: raw };
  if (!feature) return fallback;
  const parsed = parseRequirement(feature, raw);
  if (!parsed.ok) return fallback;
  const r = parsed.requirement;
  switch (r.kind) {
    case 'compare':
      return { feature: featureId, comparison: r.op, value: String(r.value), original: raw };
    case 'flag':
      return { feature: featureId, comparison: r.value ? 'yes' : 'no', value: '', original: raw };
    case 'equals':
      return feature.kind === 'text'
        ? { feature: featureId, comparison: 'is', value: r.value, original: raw }
        : { feature: featureId, comparison: `is:${r.value}`, value: '', original: raw };
  }
}

export interface RowProblem {
  /** Index of the row in the list. */
  row: number;
  message: string;
}

export interface RowsAsRequirements {
  /** The record for the model's `requirements` field. */
  requirements: Record<string, unknown>;
  /** Rows left out of the record, with why: no number yet, a number that is not one, a feature already required above. */
  problems: RowProblem[];
}

/**
 * The requirements record for a list of rows. A row with a problem is left
 * out (and reported) rather than guessed at, so a half-typed number never
 * changes the verdict; an unedited row is written back as it was given.
 */
export function requirementsFromRows(rows: readonly RequirementRowInput[]): RowsAsRequirements {
  const requirements: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    const feature = featureById.get(row.feature);
    if (Object.hasOwn(requirements, row.feature)) {
      problems.push({ row: index, message: `${feature?.label ?? row.feature} is already required above; this row is not counted.` });
      return;
    }
    if ('original' in row) {
      requirements[row.feature] = row.original;
      return;
    }
    if (!feature) {
      problems.push({ row: index, message: 'Choose a feature; this row is not counted.' });
      return;
    }
    const entry = entryFor(feature, row);
    if (entry.ok) requirements[row.feature] = entry.entry;
    else problems.push({ row: index, message: entry.problem });
  });
  return { requirements, problems };
}

type Entry = { ok: true; entry: unknown } | { ok: false; problem: string };

/** The record entry for an edited row, in the grammar of requirement.ts, or why there is none. */
function entryFor(feature: Feature, row: RequirementRowInput): Entry {
  const choice = comparisonsFor(feature.id).find((c) => c.id === row.comparison);
  if (!choice) return { ok: false, problem: `Choose a comparison for ${feature.label}; this row is not counted.` };
  if (choice.id === 'yes') return { ok: true, entry: true };
  if (choice.id === 'no') return { ok: true, entry: false };
  if (choice.id.startsWith('is:')) return { ok: true, entry: choice.id.slice(3) };
  const text = row.value.trim();
  if (choice.value === 'text') {
    return text === '' ? { ok: false, problem: `Type the text ${feature.label} must match; this row is not counted.` } : { ok: true, entry: text };
  }
  // A number, checked with the model's own parser so the controls accept what the field does ("1,024" too), but no unit words.
  const unit = feature.unit ?? '';
  if (text === '') return { ok: false, problem: `Give a number of ${unit}; this row is not counted until you do.` };
  const entry = `${choice.id as ComparisonOperator} ${text}`;
  const parsed = parseRequirement(feature, entry);
  return parsed.ok && parsed.requirement.kind === 'compare' && !/[a-z]/i.test(text.replace(/e[+-]?\d+$/i, ''))
    ? { ok: true, entry }
    : { ok: false, problem: `“${text}” is not a number of ${unit}; this row is not counted.` };
}
