/**
 * One column list per results table. A column says once where a figure comes
 * from (`value`), how the table writes it (`format`, a formatter from
 * src/number-format.ts) and what the CSV calls it (`id`);
 * src/components/frame/ResultTable.svelte renders the table from the list and `resultCsv` writes the CSV from the
 * same list, so a table and its CSV cannot disagree: the CSV carries the
 * figure, the table shows that figure formatted.
 */
import { toCsv } from './csv.ts';

/** A figure as the CSV carries it; null is a missing figure (an empty CSV cell). */
export type ColumnValue = string | number | boolean | null;

export interface ResultColumn<Row> {
  /** The CSV header and the cell's `data-cell` name: stable and machine-readable ("startSeconds"). */
  id: string;
  /** The table's header text, without the unit ("Starts"). */
  header: string;
  /** The unit the table shows the figure in, added to the header: "Starts (s)". */
  unit?: string;
  /** The figure. */
  value: (row: Row) => ColumnValue;
  /**
   * How the table writes a number (a formatter from src/number-format.ts).
   * A column with a format is numeric: right-aligned, in tabular figures.
   */
  format?: (value: number) => string;
  /** Table text for a missing figure; "—" unless given. */
  missing?: string;
  /** Text the table adds after the figure for this row (" (short)"); not in the CSV. */
  note?: (row: Row) => string;
  /** The row's name: a `<th scope="row">`. */
  rowHeader?: boolean;
  /** Shown as code (a MAC address, a network). */
  code?: boolean;
  /** Where the column appears: both (the default), or only one of them. */
  only?: 'table' | 'csv';
  /** A `data-output` name for the cell, when a test or the print view reads it. */
  output?: (row: Row) => string;
}

/** The table header of a column: its text, with the unit in brackets. */
export function headerText<Row>(column: ResultColumn<Row>): string {
  return column.unit ? `${column.header} (${column.unit})` : column.header;
}

/** Whether the table right-aligns the column: it holds formatted numbers. */
export function isNumeric<Row>(column: ResultColumn<Row>): boolean {
  return column.format !== undefined;
}

/** How the table writes one figure of a column (before any note). */
export function shownValue<Row>(column: ResultColumn<Row>, value: ColumnValue): string {
  if (value === null) return column.missing ?? '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return column.format ? column.format(value) : String(value);
  return value;
}

/** The text of one table cell: the figure as shown, then the row's note. */
export function cellText<Row>(column: ResultColumn<Row>, row: Row): string {
  return shownValue(column, column.value(row)) + (column.note?.(row) ?? '');
}

/** The columns the table shows, in order. */
// Generic over the column type so a page's richer columns (frame/table-column.ts) keep their extra fields;
// ResultColumn<never> admits a column of any row type, since rows only ever go into its functions.
export function tableColumns<Column extends ResultColumn<never>>(columns: readonly Column[]): Column[] {
  return columns.filter((c) => c.only !== 'csv');
}

/** The columns the CSV carries, in order. */
export function csvColumns<Row>(columns: readonly ResultColumn<Row>[]): ResultColumn<Row>[] {
  return columns.filter((c) => c.only !== 'table');
}

/** The rows as CSV text (header row of column ids), through `toCsv` and its formula guard. */
export function resultCsv<Row>(columns: readonly ResultColumn<Row>[], rows: readonly Row[]): string {
  const exported = csvColumns(columns);
  return toCsv(
    exported.map((c) => c.id),
    rows.map((row) => exported.map((c) => c.value(row))),
  );
}
