/**
 * Feature matrix: Hyper-V releases from Windows Server 2008 to 2025,
 * vSphere 5.0 (free and Enterprise Plus) and vSphere 8.0, limit by limit and
 * feature by feature, every cell with the sources it rests on
 * (src/content/compare/features.json, read through matrix-data.ts).
 *
 * Filters choose platforms and categories and can hide features on which the
 * chosen platforms agree. Requirements ("max-vm-memory": ">= 1024",
 * "shared-nothing-live-migration": true) are checked against every chosen
 * platform: the result says which platforms meet all of them and, for the
 * others, what each lacks. Cells the guide could not source ("not compared")
 * never count as meeting a requirement.
 *
 * Assumptions: Microsoft's "TB" in its scalability tables is binary (TiB), so
 * 1 TB = 1,024 GiB (ms-hyperv-scalability-ws); where a seed quoted a
 * pre-release figure, the released one is used and the cell says so
 * (seed-000, seed-001, ms-hyperv-scalability-2012).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import type { Cell, CellValue, FeatureKind } from './matrix-data.ts';
import { categories, displayValue, featureById, features, platforms } from './matrix-data.ts';
import { checkRequirements, describeRequirement, meets, parseRequirement } from './requirement.ts';

const limitFeatures = features.filter((f) => f.kind === 'limit');

export const featureMatrixSchema = defineSchema({
  platforms: {
    kind: 'multi',
    label: 'Platforms',
    help: 'Which hypervisor releases to compare. Hyper-V values are for the Windows Server release (2008 R2 with SP1); vSphere is 5.0 (free and Enterprise Plus) and 8.0.',
    options: platforms.map((p) => ({ value: p.id, label: p.label })),
    default: platforms.map((p) => p.id),
    minItems: 1,
  },
  categories: {
    kind: 'multi',
    label: 'Categories',
    help: 'Which groups of features to list. Requirements are checked whatever the categories shown.',
    options: categories.map((c) => ({ value: c.id, label: c.label })),
    default: categories.map((c) => c.id),
    minItems: 1,
  },
  onlyDifferences: {
    kind: 'boolean',
    label: 'Only differences',
    help: 'List only the features on which the chosen platforms do not all have the same value (needs at least two platforms).',
    default: false,
  },
  requirements: {
    kind: 'record',
    label: 'Requirements (JSON)',
    help: 'Feature ids mapped to what you need, e.g. {"max-vm-memory": ">= 1024", "shared-nothing-live-migration": true}. Limits take a number (meaning at least) or an operator >=, <=, >, <, = and a number in the feature\'s unit (memory in GiB).',
    default: {},
    maxKeys: 40,
    check: checkRequirements,
  },
  chartFeature: {
    kind: 'enum',
    label: 'Limit to chart',
    help: 'The limit plotted across releases on a logarithmic scale.',
    options: limitFeatures.map((f) => ({ value: f.id, label: `${f.label} (${f.unit ?? ''})` })),
    default: 'max-vm-memory',
  },
});

export interface PlatformRow {
  id: string;
  label: string;
  short: string;
  family: 'hyper-v' | 'vsphere';
  year: number;
  note?: string;
}

export interface FeatureRow {
  id: string;
  category: string;
  categoryLabel: string;
  label: string;
  kind: FeatureKind;
  /** Unit of a limit's numbers; null for yes/no features. */
  unit: string | null;
  description: string;
  /** Raw values keyed by platform id: numbers in `unit`, booleans, or short strings. */
  values: Record<string, CellValue>;
  /** The same values as a reader sees them (1,024 · Yes · N/A). */
  display: Record<string, string>;
  /** Notes on particular cells, keyed by platform id. */
  notes: Record<string, string>;
  /** Source ids behind each cell, keyed by platform id. */
  sources: Record<string, string[]>;
  /** True when the chosen platforms do not all show the same value. */
  differs: boolean;
}

export interface Shortfall {
  feature: string;
  label: string;
  requirement: string;
  value: string;
  reason: string;
}

export interface RequirementRow {
  feature: string;
  label: string;
  requirement: string;
  /** Whether each chosen platform meets it, keyed by platform id. */
  met: Record<string, boolean>;
}

export interface ChartPoint {
  platform: string;
  short: string;
  family: 'hyper-v' | 'vsphere';
  year: number;
  value: number;
}

export interface FeatureMatrixResult {
  platforms: PlatformRow[];
  categories: { id: string; label: string; featureCount: number }[];
  features: FeatureRow[];
  featureCount: number;
  differingCount: number;
  requirements: RequirementRow[];
  /** Platform ids (among those chosen) that meet every requirement; all of them when there are none. */
  meetsAll: string[];
  /** For each chosen platform, the requirements it does not meet. */
  lacks: Record<string, Shortfall[]>;
  /** The charted limit: points oldest release first; cells without a positive number are listed as omitted. */
  chart: { feature: string; label: string; unit: string; points: ChartPoint[]; omitted: { platform: string; value: string }[] };
  warnings: string[];
  assumptions: Assumption[];
}

export const featureMatrix = defineModel({
  id: 'feature-matrix',
  title: 'Hyper-V and vSphere feature matrix',
  summary:
    'Limits and features of Hyper-V from Windows Server 2008 to 2025 and vSphere 5.0 and 8.0, with a source per cell, and which platforms meet your requirements.',
  schema: featureMatrixSchema,
  compute(input): FeatureMatrixResult {
    const warnings: string[] = [];
    // Keep the data's order whatever order the ids were given in.
    const chosen = platforms.filter((p) => input.platforms.includes(p.id));
    const chosenIds = chosen.map((p) => p.id);
    const shownCategories = categories.filter((c) => input.categories.includes(c.id));
    const categoryLabel = new Map(categories.map((c) => [c.id, c.label]));

    const rows: FeatureRow[] = features
      .filter((f) => input.categories.includes(f.category))
      .map((f) => {
        // Plain loops: this runs for every feature × platform on each keystroke.
        const values: Record<string, CellValue> = {};
        const display: Record<string, string> = {};
        const notes: Record<string, string> = {};
        const sources: Record<string, string[]> = {};
        let first: string | undefined;
        let differs = false;
        for (const id of chosenIds) {
          const cell = f.values[id] as Cell;
          const shownValue = displayValue(cell);
          values[id] = cell.value;
          display[id] = shownValue;
          if (cell.note) notes[id] = cell.note;
          sources[id] = cell.sources.slice();
          if (first === undefined) first = shownValue;
          else if (shownValue !== first) differs = true;
        }
        return {
          id: f.id,
          category: f.category,
          categoryLabel: categoryLabel.get(f.category) ?? f.category,
          label: f.label,
          kind: f.kind,
          unit: f.unit ?? null,
          description: f.description,
          values,
          display,
          notes,
          sources,
          differs,
        };
      });

    let shown = rows;
    if (input.onlyDifferences) {
      if (chosen.length < 2) warnings.push('Only differences needs at least two platforms to compare; all features are listed.');
      else shown = rows.filter((r) => r.differs);
    }

    // Requirements: the record field's check has already refused unknown ids and bad values.
    const requirementRows: RequirementRow[] = [];
    const lacks: Record<string, Shortfall[]> = Object.fromEntries(chosenIds.map((id) => [id, [] as Shortfall[]]));
    for (const [featureId, raw] of Object.entries(input.requirements)) {
      const feature = featureById.get(featureId);
      if (!feature) continue;
      const parsed = parseRequirement(feature, raw);
      if (!parsed.ok) continue;
      const text = describeRequirement(parsed.requirement, feature.unit);
      const met: Record<string, boolean> = {};
      for (const id of chosenIds) {
        const cell = feature.values[id] as Cell;
        const verdict = meets(cell, parsed.requirement, feature.unit);
        met[id] = verdict.met;
        if (!verdict.met) {
          lacks[id]?.push({ feature: feature.id, label: feature.label, requirement: text, value: displayValue(cell), reason: verdict.reason ?? 'not met' });
        }
      }
      requirementRows.push({ feature: feature.id, label: feature.label, requirement: text, met });
      if (!input.categories.includes(feature.category)) {
        warnings.push(`${feature.label} is required but its category (${categoryLabel.get(feature.category)}) is hidden; it still counts.`);
      }
      const unknown = chosenIds.filter((id) => (feature.values[id] as Cell).value === 'not compared');
      if (unknown.length > 0) {
        warnings.push(`${feature.label}: the guide has no sourced value for ${unknown.join(', ')}, which therefore count as not meeting the requirement.`);
      }
    }
    const meetsAll = chosenIds.filter((id) => (lacks[id]?.length ?? 0) === 0);
    if (requirementRows.length > 0 && meetsAll.length === 0) warnings.push('No chosen platform meets every requirement; see what each lacks.');

    const chartFeature = featureById.get(input.chartFeature) ?? limitFeatures[0];
    const points: ChartPoint[] = [];
    const omitted: { platform: string; value: string }[] = [];
    for (const p of chosen) {
      const cell = chartFeature?.values[p.id];
      if (cell && typeof cell.value === 'number' && cell.value > 0) {
        points.push({ platform: p.id, short: p.short, family: p.family, year: p.year, value: cell.value });
      } else if (cell) omitted.push({ platform: p.id, value: displayValue(cell) });
    }
    // Release order, oldest first (vSphere 5.0 between 2008 R2 and 2012); a stable sort keeps same-year editions in the data's order.
    points.sort((a, b) => a.year - b.year);

    const citedHere = new Set<string>();
    for (const r of shown) for (const ids of Object.values(r.sources)) for (const id of ids) citedHere.add(id);
    for (const r of requirementRows) for (const id of chosenIds) for (const s of featureById.get(r.feature)?.values[id]?.sources ?? []) citedHere.add(s);

    return {
      platforms: chosen.map((p) => ({ id: p.id, label: p.label, short: p.short, family: p.family, year: p.year, ...(p.note ? { note: p.note } : {}) })),
      categories: shownCategories.map((c) => ({ id: c.id, label: c.label, featureCount: shown.filter((r) => r.category === c.id).length })),
      features: shown,
      featureCount: shown.length,
      differingCount: rows.filter((r) => r.differs).length,
      requirements: requirementRows,
      meetsAll,
      lacks,
      chart: { feature: chartFeature?.id ?? '', label: chartFeature?.label ?? '', unit: chartFeature?.unit ?? '', points, omitted },
      warnings,
      assumptions: [
        {
          text: 'Memory limits are in GiB; Microsoft\'s "TB" in its scalability tables is read as TiB (1 TB = 1,024 GiB).',
          sources: ['ms-hyperv-scalability-ws', 'ms-hyperv-scalability-2016-2019'],
        },
        {
          text: 'Where a 2009–2012 blog post quoted a pre-release figure (Windows Server 2012 at 4,000 VMs per cluster, 2008 R2 at 32 logical processors), the released figure is used and the cell notes the change.',
          sources: ['seed-000', 'seed-001', 'ms-hyperv-scalability-2012', 'erickraus-2012-ws2012-scalability'],
        },
        {
          text: 'Hyper-V figures are for generation 2 VMs where generations differ, and for 2008 R2 with Service Pack 1.',
          sources: ['ms-hyperv-scalability-ws', 'ms-hyperv-limits-2008r2'],
        },
        {
          text: "vSphere 5.0 limits are VMware's configuration maximums; the free edition's memory and vCPU limits are licence caps.",
          sources: ['vmware-vsphere-50-config-max', 'vcapdcd-2013-vsphere-hypervisor', 'vmware-hypervisor-vcpu-limit'],
        },
        {
          text: 'vSphere 8.0 values come from VMware\'s 8.0 documentation (virtual CPUs per VM, Storage vMotion, HA, FT); its configuration maximums were not available to the guide, so its other cells are "not compared".',
          sources: ['vmware-vsphere-8-vm-cpu', 'vmware-vsphere-8-config-max'],
        },
        { text: '"not compared" marks a cell the guide has not sourced: unknown, not "no". It never meets a requirement.', sources: ['seed-000'] },
        ...(citedHere.size > 0 ? [{ text: 'Every value shown comes from the sources listed with its cell.', sources: [...citedHere].sort() }] : []),
      ],
    };
  },
});
