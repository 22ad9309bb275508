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
 *
 * The compute is a list of stages in matrix/: the feature rows (rows), the
 * requirements checked (requirements), the chart of one limit (chart), then
 * the words: verdicts, warnings, assumptions (text).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import type { CellValue, FeatureKind } from './matrix-data.ts';
import { categories, platforms } from './matrix-data.ts';
import type { RequirementStatus } from './requirement.ts';
import { checkRequirements } from './requirement.ts';
import { limitChart, limitFeatures } from './matrix/chart.ts';
import { checkChosen } from './matrix/requirements.ts';
import { featureRows, shownRows } from './matrix/rows.ts';
import { matrixAssumptions, matrixWarnings, platformVerdicts, verdictSentence } from './matrix/text.ts';

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
    // Keep the data's order whatever order the ids were given in.
    const chosen = platforms.filter((p) => input.platforms.includes(p.id));
    const chosenIds = chosen.map((p) => p.id);
    const rows = featureRows(chosenIds, input.categories);
    const shown = shownRows(rows, input.onlyDifferences, chosen.length);
    const check = checkChosen(input.requirements, chosenIds);
    const verdicts = platformVerdicts(chosen, check);
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
      categories: categories
        .filter((c) => input.categories.includes(c.id))
        .map((c) => ({ id: c.id, label: c.label, featureCount: shown.filter((r) => r.category === c.id).length })),
      features: shown,
      featureCount: shown.length,
      differingCount: rows.filter((r) => r.differs).length,
      requirements: check.rows,
      meetsAll: check.meetsAll,
      lacks: check.lacks,
      unknown: check.unknownFor,
      verdicts,
      verdict: verdictSentence(verdicts),
      unknownPlatforms: check.unknownPlatforms,
      chart: limitChart(chosen, input.chartFeature),
      warnings: matrixWarnings(input, chosen.length, check, verdicts),
      assumptions: matrixAssumptions(shown, check, chosenIds),
    };
  },
});
