/**
 * A pasted table turned into rows of a list field (the VMs of a host drain,
 * say). Each header is matched, ignoring case, spaces and punctuation, to an
 * item field by its name ("memoryGiB"), its label ("Memory"), its label with
 * its unit ("Memory (GiB)") or a header the list declares for it
 * (`importColumns`, e.g. PowerShell's MemoryAssigned in bytes, scaled to
 * GiB). Headers that match nothing, or a field another column gives under a
 * better name, are ignored and named; fields no column gives take their default;
 * a line whose values cannot be read is left out and named with its reason.
 */
import type { ImportColumn, ListField, ScalarField } from './schema.ts';
import { readTableText, type TableFormat } from './table-text.ts';
import { parseFieldText } from './field-text.ts';
import { checkScalar } from './validate.ts';

/** The most text read: far beyond 1,000 rows of a wide Get-VM table, short of freezing a page. */
export const MAX_IMPORT_CHARS = 2_000_000;

export interface MappedColumn {
  header: string;
  field: string;
  /** The column's unit when it is converted ("bytes"). */
  fromUnit?: string;
}

export interface ImportError {
  /** 1-based line of the pasted text (0 for the text as a whole). */
  line: number;
  message: string;
}

export interface TableImport {
  format: TableFormat;
  /** One record per data line that could be read, every item field set. */
  rows: Record<string, unknown>[];
  mapped: MappedColumn[];
  /** Headers not used, in the order pasted, each with why. */
  ignored: { header: string; reason: string }[];
  /** Item fields no column gave: each row has the field's default. */
  defaulted: string[];
  errors: ImportError[];
}

const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Every header that names `key`, normalised, with how to convert its values. */
function headersFor(key: string, field: ScalarField, declared: readonly ImportColumn[]): Map<string, ImportColumn> {
  const unit = field.kind === 'number' ? field.unit : '';
  const own: ImportColumn[] = [{ header: key }, { header: field.label }, ...(unit ? [{ header: `${field.label} (${unit})` }] : [])];
  return new Map([...own, ...declared].map((c) => [normal(c.header), c]));
}

/** "8,589,934,592" as a spreadsheet may copy it: commas only as thousands groups. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Scaled values keep six decimals: a MiB is 0.000977 GiB, so whole MiB survive. */
const tidy = (x: number) => Number(x.toFixed(6));

export function importTable(text: string, list: ListField): TableImport {
  const empty: TableImport = { format: 'csv', rows: [], mapped: [], ignored: [], defaulted: [], errors: [] };
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ...empty,
      errors: [{ line: 0, message: `The text is ${text.length.toLocaleString('en')} characters, over the ${MAX_IMPORT_CHARS.toLocaleString('en')} read.` }],
    };
  }
  const table = readTableText(text);
  if (table.header.length === 0) return { ...empty, errors: [{ line: 0, message: 'Nothing to import: paste a table with a header line.' }] };

  const fields = Object.entries(list.item);
  const lookup = fields.map(([key, field]) => ({ key, field, headers: headersFor(key, field, list.importColumns?.[key] ?? []) }));
  // Each header's field and rank (the field's own names first, then its declared headers in order).
  const matches = table.header.map((header) => {
    for (const l of lookup) {
      const rank = [...l.headers.keys()].indexOf(normal(header));
      if (rank >= 0) return { key: l.key, label: l.field.label, rank, column: l.headers.get(normal(header))! };
    }
    return undefined;
  });
  // Where two columns name one field, the better-ranked one is read (MemoryAssigned before MemoryStartup).
  const columnOf = new Map<string, { index: number; column: ImportColumn }>();
  matches.forEach((m, index) => {
    if (!m) return;
    const held = columnOf.get(m.key);
    if (!held || m.rank < matches[held.index]!.rank) columnOf.set(m.key, { index, column: m.column });
  });
  const mapped: MappedColumn[] = [];
  const ignored: TableImport['ignored'] = [];
  table.header.forEach((header, index) => {
    const m = matches[index];
    if (!m) ignored.push({ header, reason: 'not a column this list knows' });
    else if (columnOf.get(m.key)!.index !== index) ignored.push({ header, reason: `${m.label} comes from ${table.header[columnOf.get(m.key)!.index]}` });
    else mapped.push({ header, field: m.key, ...(m.column.unit ? { fromUnit: m.column.unit } : {}) });
  });
  const base = { format: table.format, mapped, ignored, defaulted: fields.filter(([key]) => !columnOf.has(key)).map(([key]) => key) };
  if (mapped.length === 0) {
    const known = fields.map(([, f]) => f.label).join(', ');
    return { ...base, rows: [], errors: [{ line: 0, message: `No column was recognised; the list takes ${known}.` }] };
  }

  const rows: Record<string, unknown>[] = [];
  const errors: ImportError[] = [];
  for (const { line, cells } of table.rows) {
    if (rows.length >= list.maxItems) {
      errors.push({ line, message: `The list holds at most ${list.maxItems.toLocaleString('en')} rows; this line and the ones after it were left out.` });
      break;
    }
    const problems: string[] = [];
    const record = Object.fromEntries(
      fields.map(([key, field]) => {
        const source = columnOf.get(key);
        const cell = source ? (cells[source.index] ?? '').trim() : '';
        if (cell === '') return [key, field.default];
        const value = readCell(field, cell, source!.column.scale ?? 1);
        if (!value.ok) problems.push(`${field.label} ${JSON.stringify(cell)} ${value.message}`);
        return [key, value.ok ? value.value : undefined];
      }),
    );
    if (problems.length > 0) errors.push({ line, message: problems.join('; ') });
    else rows.push(record);
  }
  return { ...base, rows, errors };
}

function readCell(field: ScalarField, cell: string, scale: number): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = field.kind === 'number' && GROUPED.test(cell) ? cell.replaceAll(',', '') : cell;
  const parsed = parseFieldText(field, text);
  if (!parsed.ok) return parsed;
  const value = field.kind === 'number' && scale !== 1 ? tidy((parsed.value as number) * scale) : parsed.value;
  const checked = checkScalar('', field, value);
  if ('issues' in checked) return { ok: false, message: checked.issues[0]?.message ?? 'is not valid' };
  return { ok: true, value: checked.value };
}
