/** One row per feature of the shown categories: each chosen platform's cell, and whether the known cells differ. */
import type { FeatureRow } from '../feature-matrix.ts';
import type { Cell, CellValue } from '../matrix-data.ts';
import { categories, displayValue, features, isSecondary, isUnknown } from '../matrix-data.ts';

export const categoryLabel = new Map(categories.map((c) => [c.id, c.label]));

export function featureRows(chosenIds: readonly string[], shownCategoryIds: readonly string[]): FeatureRow[] {
  return features
    .filter((f) => shownCategoryIds.includes(f.category))
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
}

/** "Only differences" hides the rows the chosen platforms agree on; with fewer than two platforms there is nothing to compare, so every row stays. */
export const canShowOnlyDifferences = (chosenCount: number): boolean => chosenCount >= 2;

export function shownRows(rows: FeatureRow[], onlyDifferences: boolean, chosenCount: number): FeatureRow[] {
  return onlyDifferences && canShowOnlyDifferences(chosenCount) ? rows.filter((r) => r.differs) : rows;
}
