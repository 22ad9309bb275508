/** The reader's requirements checked against every chosen platform: met, failed (a documented value falls short) or unknown. */
import type { RequirementRow, Shortfall } from '../feature-matrix.ts';
import type { Cell } from '../matrix-data.ts';
import { displayValue, featureById } from '../matrix-data.ts';
import type { RequirementStatus } from '../requirement.ts';
import { describeRequirement, meets, parseRequirement } from '../requirement.ts';

export interface RequirementCheck {
  rows: RequirementRow[];
  /** Per platform, the requirements a documented value fails. */
  lacks: Record<string, Shortfall[]>;
  /** Per platform, the requirements the guide has no value to decide. */
  unknownFor: Record<string, Shortfall[]>;
  /** Platforms with no failure and no unknown. */
  meetsAll: string[];
  /** Platforms with at least one unknown, when there are requirements. */
  unknownPlatforms: string[];
}

export function checkChosen(requirements: Record<string, unknown>, chosenIds: readonly string[]): RequirementCheck {
  // The record field's check has already refused unknown ids and bad values.
  const rows: RequirementRow[] = [];
  const lacks: Record<string, Shortfall[]> = Object.fromEntries(chosenIds.map((id) => [id, [] as Shortfall[]]));
  const unknownFor: Record<string, Shortfall[]> = Object.fromEntries(chosenIds.map((id) => [id, [] as Shortfall[]]));
  for (const [featureId, raw] of Object.entries(requirements)) {
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
    rows.push({ feature: feature.id, label: feature.label, requirement: text, met, status });
  }
  return {
    rows,
    lacks,
    unknownFor,
    meetsAll: chosenIds.filter((id) => (lacks[id]?.length ?? 0) === 0 && (unknownFor[id]?.length ?? 0) === 0),
    unknownPlatforms: rows.length === 0 ? [] : chosenIds.filter((id) => (unknownFor[id]?.length ?? 0) > 0),
  };
}
