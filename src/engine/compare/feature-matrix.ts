/**
 * Feature matrix: Hyper-V releases from Windows Server 2008 to 2025,
 * vSphere 5.0 (free and Enterprise Plus), 7.0 U3 and 8.0 U3, limit by limit and
 * feature by feature, every cell with the sources it rests on
 * (src/content/compare/features.json, read through matrix-data.ts).
 *
 * Every cell is in one of three states: a value, a documented "no" (or a
 * qualified answer such as "partner"), or unknown: the guide has no sourced
 * value. Filters choose platforms and categories and can hide features on which
 * the chosen platforms agree; an unknown cell is never a difference.
 * Requirements ("max-vm-memory": ">= 1024", "shared-nothing-live-migration":
 * true) are checked against every chosen platform: each platform meets them
 * all, lacks some (a documented value falls short), or is unknown on some it
 * does not fail. An unknown value never counts as meeting nor as failing.
 *
 * Assumptions: Microsoft's "TB" in its scalability tables is binary (TiB), so
 * 1 TB = 1,024 GiB (ms-hyperv-scalability-ws); where a seed quoted a
 * pre-release figure, the released one is used and the cell says so
 * (seed-000, seed-001, ms-hyperv-scalability-2012).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import type { Cell, CellValue, FeatureKind, Platform } from './matrix-data.ts';
import { categories, displayValue, featureById, features, isSecondary, isUnknown, platforms, UNKNOWN_TEXT } from './matrix-data.ts';
import type { RequirementStatus } from './requirement.ts';
import { checkRequirements, describeRequirement, meets, parseRequirement } from './requirement.ts';

const limitFeatures = features.filter((f) => f.kind === 'limit');

export const featureMatrixSchema = defineSchema({
  platforms: {
    kind: 'multi',
    label: 'Platforms',
    help: 'Which hypervisor releases to compare. Hyper-V values are for the Windows Server release (2008 R2 with SP1); vSphere is 5.0 (free and Enterprise Plus), 7.0 U3 and 8.0 U3.',
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
    help: 'List only the features on which the chosen platforms have different known values (needs at least two platforms); an unknown value is not a difference.',
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
  /** Where to check what the guide has no value for. */
  unknownHint?: string;
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
  /** The same values as a reader sees them (1,024 · 4 PiB · Yes · N/A · unknown). */
  display: Record<string, string>;
  /** The unit a column header should name, or null when the cells carry their own (sizes: 64 GiB, 4 PiB) or there is none. */
  displayUnit: string | null;
  /** Chosen platforms whose cell is unknown (no sourced value), in platform order. */
  unknown: string[];
  /** Chosen platforms whose value rests on secondary sources only (not the vendor's documents). */
  secondary: string[];
  /** Notes on particular cells, keyed by platform id. */
  notes: Record<string, string>;
  /** Source ids behind each cell, keyed by platform id. */
  sources: Record<string, string[]>;
  /** True when the chosen platforms' known values are not all the same; unknown cells never make a difference. */
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
  /** Whether each chosen platform meets it, keyed by platform id: false for both a failure and an unknown (see status). */
  met: Record<string, boolean>;
  /** Each chosen platform's answer, keyed by platform id: meets, fails (a documented value falls short) or unknown. */
  status: Record<string, RequirementStatus>;
}

/** One platform's answer to all the requirements together. */
export interface PlatformVerdict {
  platform: string;
  short: string;
  /** meets: every requirement met; fails: at least one documented shortfall; unknown: none failed, at least one unknown. */
  status: RequirementStatus;
  /** The verdict in words: "WS2025 meets every requirement", "vSphere 8 unknown on Running VMs per host: check …". */
  text: string;
}

export interface ChartPoint {
  platform: string;
  short: string;
  family: 'hyper-v' | 'vsphere';
  year: number;
  value: number;
  /** The value rests on secondary sources only. */
  secondary: boolean;
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
  /** For each chosen platform, the requirements a documented value of it falls short of (never an unknown one). */
  lacks: Record<string, Shortfall[]>;
  /** For each chosen platform, the requirements the guide has no sourced value to decide. */
  unknown: Record<string, Shortfall[]>;
  /** Each chosen platform's answer to the requirements taken together (empty without requirements). */
  verdicts: PlatformVerdict[];
  /** The verdicts in one sentence: "WS2025 meets every requirement; vSphere 8 unknown: check VMware's Configuration Maximums." */
  verdict: string;
  /** Platform ids whose cell for some required feature is unknown: the caveat a page states once, not in every cell. */
  unknownPlatforms: string[];
  /**
   * The charted limit: points oldest release first; cells without a positive number are listed as omitted, with
   * why (unknown, or a documented non-number such as N/A); `releases` names, in release order, every release
   * charted or unknown, so the chart can mark the unknown ones in place.
   */
  chart: {
    feature: string;
    label: string;
    unit: string;
    points: ChartPoint[];
    omitted: { platform: string; value: string; status: 'unknown' | 'not a number' }[];
    releases: { platform: string; short: string; unknown: boolean }[];
  };
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
        const unknown: string[] = [];
        const secondary: string[] = [];
        let firstKnown: string | undefined;
        let differs = false;
        for (const id of chosenIds) {
          const cell = f.values[id] as Cell;
          const shownValue = displayValue(cell, f.unit);
          values[id] = cell.value;
          display[id] = shownValue;
          if (cell.note) notes[id] = cell.note;
          sources[id] = cell.sources.slice();
          if (isSecondary(cell)) secondary.push(id);
          // Unknown is not a value: it can neither agree nor differ.
          if (isUnknown(cell)) unknown.push(id);
          else if (firstKnown === undefined) firstKnown = shownValue;
          else if (shownValue !== firstKnown) differs = true;
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
          displayUnit: f.unit && f.unit !== 'GiB' ? f.unit : null,
          unknown,
          secondary,
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
    const unknownFor: Record<string, Shortfall[]> = Object.fromEntries(chosenIds.map((id) => [id, [] as Shortfall[]]));
    for (const [featureId, raw] of Object.entries(input.requirements)) {
      const feature = featureById.get(featureId);
      if (!feature) continue;
      const parsed = parseRequirement(feature, raw);
      if (!parsed.ok) continue;
      const text = describeRequirement(parsed.requirement, feature.unit);
      const met: Record<string, boolean> = {};
      const status: Record<string, RequirementStatus> = {};
      for (const id of chosenIds) {
        const cell = feature.values[id] as Cell;
        const verdict = meets(cell, parsed.requirement, feature.unit);
        met[id] = verdict.met;
        status[id] = verdict.status;
        const shortfall = {
          feature: feature.id,
          label: feature.label,
          requirement: text,
          value: displayValue(cell, feature.unit),
          reason: verdict.reason ?? '',
        };
        if (verdict.status === 'fails') lacks[id]?.push(shortfall);
        else if (verdict.status === 'unknown') unknownFor[id]?.push(shortfall);
      }
      requirementRows.push({ feature: feature.id, label: feature.label, requirement: text, met, status });
      if (!input.categories.includes(feature.category)) {
        warnings.push(`${feature.label} is required but its category (${categoryLabel.get(feature.category)}) is hidden; it still counts.`);
      }
    }
    const meetsAll = chosenIds.filter((id) => (lacks[id]?.length ?? 0) === 0 && (unknownFor[id]?.length ?? 0) === 0);
    const verdicts: PlatformVerdict[] = requirementRows.length === 0 ? [] : chosen.map((p) => platformVerdict(p, lacks[p.id] ?? [], unknownFor[p.id] ?? []));
    const unknownPlatforms = verdicts.filter((v) => (unknownFor[v.platform]?.length ?? 0) > 0).map((v) => v.platform);
    if (requirementRows.length > 0 && meetsAll.length === 0) {
      warnings.push(
        verdicts.some((v) => v.status === 'unknown')
          ? 'No chosen platform is known to meet every requirement; some may, where the guide has no value (see the verdict).'
          : 'No chosen platform meets every requirement; see what each lacks.',
      );
    }

    const chartFeature = featureById.get(input.chartFeature) ?? limitFeatures[0];
    const points: ChartPoint[] = [];
    const omitted: FeatureMatrixResult['chart']['omitted'] = [];
    const releases: (FeatureMatrixResult['chart']['releases'][number] & { year: number })[] = [];
    for (const p of chosen) {
      const cell = chartFeature?.values[p.id];
      if (!cell) continue;
      if (typeof cell.value === 'number' && cell.value > 0) {
        points.push({ platform: p.id, short: p.short, family: p.family, year: p.year, value: cell.value, secondary: isSecondary(cell) });
        releases.push({ platform: p.id, short: p.short, unknown: false, year: p.year });
      } else {
        const unknown = isUnknown(cell);
        omitted.push({ platform: p.id, value: displayValue(cell, chartFeature?.unit), status: unknown ? 'unknown' : 'not a number' });
        if (unknown) releases.push({ platform: p.id, short: p.short, unknown: true, year: p.year });
      }
    }
    // Release order, oldest first (vSphere 5.0 between 2008 R2 and 2012); a stable sort keeps same-year editions in the data's order.
    points.sort((a, b) => a.year - b.year);
    releases.sort((a, b) => a.year - b.year);

    const citedHere = new Set<string>();
    for (const r of shown) for (const ids of Object.values(r.sources)) for (const id of ids) citedHere.add(id);
    for (const r of requirementRows) for (const id of chosenIds) for (const s of featureById.get(r.feature)?.values[id]?.sources ?? []) citedHere.add(s);

    return {
      platforms: chosen.map((p) => ({
        id: p.id,
        label: p.label,
        short: p.short,
        family: p.family,
        year: p.year,
        ...(p.note ? { note: p.note } : {}),
        ...(p.unknownHint ? { unknownHint: p.unknownHint } : {}),
      })),
      categories: shownCategories.map((c) => ({ id: c.id, label: c.label, featureCount: shown.filter((r) => r.category === c.id).length })),
      features: shown,
      featureCount: shown.length,
      differingCount: rows.filter((r) => r.differs).length,
      requirements: requirementRows,
      meetsAll,
      lacks,
      unknown: unknownFor,
      verdicts,
      verdict: verdictSentence(verdicts),
      unknownPlatforms,
      chart: {
        feature: chartFeature?.id ?? '',
        label: chartFeature?.label ?? '',
        unit: chartFeature?.unit ?? '',
        points,
        omitted,
        releases: releases.map(({ platform, short, unknown }) => ({ platform, short, unknown })),
      },
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
          text: "vSphere 7.0 U3 and 8.0 U3: VMware's configuration maximums were not available to the guide. Values from VMware's own 7.0 and 8.0 documents (VM compatibility tables, Fault Tolerance, HA, Storage vMotion) are primary; values only partners, pull requests or articles give are marked secondary, and a low-confidence one is used only where a second source agrees. VMware's GB and TB for memory and disks are read as GiB and TiB.",
          sources: ['vmware-vsphere-8-vm-compat', 'vmware-vsphere-7-vm-compat', 'vmware-vsphere-8-config-max', 'vmware-vsphere-7-config-max'],
        },
        {
          text: 'An unknown cell ("not compared" in the data) is one the guide has no sourced value for: not "no". It neither meets nor lacks a requirement, and it is never counted as a difference.',
          sources: ['vmware-vsphere-8-config-max'],
        },
        ...(citedHere.size > 0 ? [{ text: 'Every value shown comes from the sources listed with its cell.', sources: [...citedHere].sort() }] : []),
      ],
    };
  },
});

/** One platform's answer to every requirement, in words: a shortfall decides it; otherwise an unknown leaves it open. */
function platformVerdict(platform: Platform, lacks: readonly Shortfall[], unknown: readonly Shortfall[]): PlatformVerdict {
  const labels = (list: readonly Shortfall[]) => list.map((s) => s.label).join(', ');
  const hint = platform.unknownHint ? `: ${platform.unknownHint}` : '';
  if (lacks.length > 0) {
    const open = unknown.length > 0 ? ` (${UNKNOWN_TEXT}: ${labels(unknown)}${hint})` : '';
    return { platform: platform.id, short: platform.short, status: 'fails', text: `${platform.short} lacks ${labels(lacks)}${open}` };
  }
  if (unknown.length > 0) {
    return { platform: platform.id, short: platform.short, status: 'unknown', text: `${platform.short} ${UNKNOWN_TEXT} (${labels(unknown)})${hint}` };
  }
  return { platform: platform.id, short: platform.short, status: 'meets', text: `${platform.short} meets every requirement` };
}

/** The verdicts as one sentence, the platforms that meet everything named together: "WS2022, WS2025 meet every requirement; vSphere 8 unknown (…)". */
function verdictSentence(verdicts: readonly PlatformVerdict[]): string {
  if (verdicts.length === 0) return '';
  const meeting = verdicts.filter((v) => v.status === 'meets').map((v) => v.short);
  const clauses = meeting.length > 1 ? [`${meeting.join(', ')} meet every requirement`] : verdicts.filter((v) => v.status === 'meets').map((v) => v.text);
  for (const v of verdicts) if (v.status !== 'meets') clauses.push(v.text);
  return `${clauses.join('; ')}.`;
}
