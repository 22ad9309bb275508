/**
 * The comparison data, typed: platforms (Hyper-V releases, vSphere 5.0
 * editions) and features, each cell with its value, the source ids it rests
 * on and an optional note. The JSON lives in src/content/compare/ so editors
 * find it next to the other content; it is imported here (not through Astro)
 * so that the CLI, the tests and the islands read the same file.
 *
 * Value conventions (checked by tests/engine/compare/data.test.ts):
 *  - `limit` features hold numbers in the feature's `unit` (memory in GiB;
 *    Microsoft's "TB" is read as TiB), or a short string such as "N/A" or
 *    "no fixed limit" (then `unbounded: true` says it is larger than any number);
 *  - `boolean` features hold true/false, or a short string that qualifies the
 *    answer ("partner", "vShield/partner", "DirectPath I/O");
 *  - `text` features hold short strings;
 *  - any cell may hold "not compared": the guide has no sourced value, so the
 *    answer is unknown (never a "no"); readers see it as "unknown".
 * A cell whose value rests only on sources other than the vendor's own
 * documents says so with `evidence: "secondary"`.
 */
import featureData from '../../content/compare/features.json' with { type: 'json' };
import platformData from '../../content/compare/platforms.json' with { type: 'json' };

export type CellValue = number | boolean | string;
export type FeatureKind = 'limit' | 'boolean' | 'text';

export interface Cell {
  value: CellValue;
  /** Ids in src/content/sources/ that this value rests on. */
  sources: string[];
  note?: string;
  /** A limit with no fixed maximum ("no fixed limit"): satisfies any "at least". */
  unbounded?: boolean;
  /** "secondary" when no vendor document states the value and it rests on others' (partners, blogs, pull requests). */
  evidence?: 'primary' | 'secondary';
}

/** The value a cell holds when the guide has no source for it: unknown, not "no". */
export const UNKNOWN_VALUE = 'not compared';

/** What readers see for such a cell. */
export const UNKNOWN_TEXT = 'unknown';

/** Whether a cell is unknown (no sourced value) rather than a value or a documented "no". */
export function isUnknown(cell: Cell): boolean {
  return cell.value === UNKNOWN_VALUE;
}

/** Whether a cell's value rests on secondary sources only. */
export function isSecondary(cell: Cell): boolean {
  return cell.evidence === 'secondary';
}

export interface Feature {
  id: string;
  category: string;
  label: string;
  kind: FeatureKind;
  /** Unit of a limit's numbers, e.g. "GiB" or "nodes"; absent for yes/no features. */
  unit?: string;
  description: string;
  /** One cell per platform id. */
  values: Record<string, Cell>;
}

export interface Category {
  id: string;
  label: string;
}

export interface Platform {
  id: string;
  label: string;
  short: string;
  family: 'hyper-v' | 'vsphere';
  windowsVersion?: string;
  year: number;
  sources: string[];
  note?: string;
  /** Where to look for what the guide has no value for, said once in a verdict ("check VMware's Configuration Maximums"). */
  unknownHint?: string;
}

// The JSON's inferred types are wider than these (strings for unions); the data test checks the shape.
export const platforms: readonly Platform[] = (platformData as unknown as { platforms: Platform[] }).platforms;
export const categories: readonly Category[] = (featureData as unknown as { categories: Category[] }).categories;
export const features: readonly Feature[] = (featureData as unknown as { features: Feature[] }).features;

export const featureById: ReadonlyMap<string, Feature> = new Map(features.map((f) => [f.id, f]));
export const platformIds: readonly string[] = platforms.map((p) => p.id);
export const categoryIds: readonly string[] = categories.map((c) => c.id);

/**
 * A cell's value as a reader sees it: 1,024 · Yes · No · unknown · the string
 * itself. Memory and disk sizes (unit GiB) carry their unit, in the largest
 * binary unit that keeps them whole: 64 GiB, 240 TiB, 4 PiB.
 */
export function displayValue(cell: Cell, unit?: string): string {
  const v = cell.value;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'string') return v === UNKNOWN_VALUE ? UNKNOWN_TEXT : v;
  return unit === 'GiB' ? formatGiB(v) : formatNumber(v);
}

/** A value with its unit, for sentences: "32 GiB", "64 nodes", "unknown". */
export function displayWithUnit(cell: Cell, unit?: string): string {
  const shown = displayValue(cell, unit);
  return typeof cell.value === 'number' && unit && unit !== 'GiB' ? `${shown} ${unit}` : shown;
}

const GiB_PER_TiB = 1024;
const GiB_PER_PiB = 1024 * 1024;

/** A size in GiB written in PiB or TiB when it is a whole number of them, else in GiB. */
export function formatGiB(gib: number): string {
  if (gib >= GiB_PER_PiB && Number.isInteger(gib / GiB_PER_PiB)) return `${formatNumber(gib / GiB_PER_PiB)} PiB`;
  if (gib >= GiB_PER_TiB && Number.isInteger(gib / GiB_PER_TiB)) return `${formatNumber(gib / GiB_PER_TiB)} TiB`;
  return `${formatNumber(gib)} GiB`;
}

/** Thousands separators and at most two decimals, without depending on the runtime's locale data. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
