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
 *    answer ("partner", "vShield/partner", "DirectPath I/O", "not compared");
 *  - `text` features hold short strings.
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
}

// The JSON's inferred types are wider than these (strings for unions); the data test checks the shape.
export const platforms: readonly Platform[] = (platformData as unknown as { platforms: Platform[] }).platforms;
export const categories: readonly Category[] = (featureData as unknown as { categories: Category[] }).categories;
export const features: readonly Feature[] = (featureData as unknown as { features: Feature[] }).features;

export const featureById: ReadonlyMap<string, Feature> = new Map(features.map((f) => [f.id, f]));
export const platformIds: readonly string[] = platforms.map((p) => p.id);
export const categoryIds: readonly string[] = categories.map((c) => c.id);

/** A cell's value as a reader sees it: 1,024 · Yes · No · the string itself. */
export function displayValue(cell: Cell): string {
  const v = cell.value;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'string') return v;
  return formatNumber(v);
}

/** Thousands separators and at most two decimals, without depending on the runtime's locale data. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
