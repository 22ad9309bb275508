/**
 * A results-table column with what only a page can draw: a cell whose
 * content is richer than its figure (citations, a badge, notes, a list of
 * paragraphs), the cell's own class and attributes, and a header tooltip.
 * The figure itself, and so the CSV, still come from the engine's column
 * (`ResultColumn.value`): the cell snippet is handed that figure as the
 * table writes it, so the table and the CSV cannot disagree. Kept out of
 * src/engine because a snippet is Svelte's, and the engine runs without it.
 */
import type { Snippet } from 'svelte';
import type { ResultColumn } from '../../engine/result-columns.ts';

/** What a cell snippet draws from: the row, the figure as the table writes it, and the column's id. */
export interface CellContent<Row> {
  row: Row;
  /** The cell's text as a plain column would show it (`cellText`): the figure the CSV carries, formatted. */
  text: string;
  /** The column's id, so one snippet can draw several columns (one per platform). */
  column: string;
}

/**
 * Attributes of one cell: its class (a tone such as "matrix-no"), a tooltip, and its state as
 * `data-state` for tests. Fixed names, not a spread: spreading attributes would add Svelte's
 * attribute-diffing code (about 2 KB gzip) to every calculator page.
 */
export interface CellAttributes {
  class?: string;
  title?: string;
  state?: string;
}

export interface TableColumn<Row> extends ResultColumn<Row> {
  /** Draws the cell instead of its text; the CSV still carries `value`. */
  cell?: Snippet<[CellContent<Row>]>;
  /** The cell's class and attributes for this row. */
  cellAttributes?: (row: Row) => CellAttributes;
  /** The header's tooltip: the full name behind a short header ("vSphere 8.0 Update 3" behind "vSphere 8"). */
  title?: string;
}
