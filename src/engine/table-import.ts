/**
 * A pasted table turned into rows of a list field (the VMs of a host drain,
 * say). Each header is matched, ignoring case, spaces and punctuation, to an
 * item field by its name ("memoryGiB"), its label ("Memory"), its label with
 * its unit ("Memory (GiB)") or a header the list declares for it
 * (`importColumns`, e.g. PowerShell's MemoryAssigned in bytes, scaled to
 * GiB). Headers that match nothing, or a field another column gives under a
 * better name, are ignored and named; fields no column gives take their default;
 * a line whose values cannot be read is left out and named with its reason; a
 * row the list declares not to import (a VM that is off) is skipped and named.
 *
 * Nothing here replaces anything: the caller shows `previewOf` and lets the
 * reader confirm. A paste that cannot be what it seems (a "CSV" whose rows
 * never split) is refused whole, so a wrong table never becomes a plausible
 * wrong answer.
 */
import type { ImportColumn, ListField, ScalarField } from './schema.ts';
import { readTableText, type TableFormat } from './table-text.ts';
import { parseFieldText } from './field-text.ts';
import { checkScalar } from './validate.ts';
import { GiB, KiB, MiB, TiB } from './units.ts';

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

/** A row left out on purpose, as the list declares (`zeroSkips`): not an error. */
export interface SkippedRow {
  line: number;
  /** The row's name (its first text column), or "line N". */
  name: string;
  reason: string;
}

export interface TableImport {
  format: TableFormat;
  /** 1-based line of the header (0 when there is none). */
  headerLine: number;
  /** Non-blank lines read past: prompts, the command, text before the header or after the table. */
  skippedLines: number[];
  /** One record per data line that could be read, every item field set. */
  rows: Record<string, unknown>[];
  mapped: MappedColumn[];
  /** Headers not used, in the order pasted, each with why. */
  ignored: { header: string; reason: string }[];
  /** Item fields no column gave: each row has the field's default. */
  defaulted: string[];
  skipped: SkippedRow[];
  /** Values written with their own unit ("8 GB"), read in that unit. */
  unitValues: number;
  /** Names that end in "..." or "…": PowerShell cut them to fit a column. */
  cutNames: string[];
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

/**
 * Sizes in bytes by the unit a cell may carry. Windows writes memory and
 * disk sizes in binary units whatever the label ("8 GB" in Hyper-V Manager
 * is 8 × 2^30 bytes), so KB, MB, GB and TB are read as KiB, MiB, GiB, TiB.
 */
const SIZE_UNITS: Record<string, number> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: KiB,
  kib: KiB,
  mb: MiB,
  mib: MiB,
  gb: GiB,
  gib: GiB,
  tb: TiB,
  tib: TiB,
};
const SIZED = /^([+-]?[\d,]*\.?\d+)\s*([a-z]+)$/i;

/** Scaled values keep six decimals: a MiB is 0.000977 GiB, so whole MiB survive. */
const tidy = (x: number) => Number(x.toFixed(6));

const EMPTY: Omit<TableImport, 'errors'> = {
  format: 'csv',
  headerLine: 0,
  skippedLines: [],
  rows: [],
  mapped: [],
  ignored: [],
  defaulted: [],
  skipped: [],
  unitValues: 0,
  cutNames: [],
};

export function importTable(text: string, list: ListField): TableImport {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ...EMPTY,
      errors: [{ line: 0, message: `The text is ${text.length.toLocaleString('en')} characters, over the ${MAX_IMPORT_CHARS.toLocaleString('en')} read.` }],
    };
  }
  const fields = Object.entries(list.item);
  const lookup = fields.map(([key, field]) => ({ key, field, headers: headersFor(key, field, list.importColumns?.[key] ?? []) }));
  const known = new Set(lookup.flatMap((l) => [...l.headers.keys()]));
  const table = readTableText(text, (header) => known.has(normal(header)));
  const read = { ...EMPTY, format: table.format, headerLine: table.headerLine, skippedLines: table.skippedLines };
  if (table.header.length === 0) return { ...read, errors: [{ line: 0, message: 'Nothing to import: paste a table with a header line.' }] };

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
  const base = { ...read, mapped, ignored, defaulted: fields.filter(([key]) => !columnOf.has(key)).map(([key]) => key) };
  if (mapped.length === 0) {
    const known = fields.map(([, f]) => f.label).join(', ');
    return { ...base, errors: [{ line: 0, message: `No column was recognised; the list takes ${known}.` }] };
  }
  const delimited = table.format === 'csv' || table.format === 'tsv';
  const unsplit = (cells: string[]) => delimited && table.header.length > 1 && cells.length === 1;
  if (table.rows.length > 0 && table.rows.every((r) => unsplit(r.cells))) {
    const lines = table.rows.length.toLocaleString('en');
    return {
      ...base,
      mapped: [],
      errors: [
        {
          line: table.headerLine,
          message: `This line reads as ${table.header.length} columns, but none of the ${lines} lines under it has more than one, so this is not a ${table.format === 'tsv' ? 'tab-separated' : 'CSV'} table and nothing was imported. Paste the table from its header line (with the dashes under it, for a table PowerShell printed).`,
        },
      ],
    };
  }

  const nameKey = fields.find(([, f]) => f.kind === 'string')?.[0];
  const rows: Record<string, unknown>[] = [];
  const skipped: SkippedRow[] = [];
  const errors: ImportError[] = [];
  let unitValues = 0;
  const cutNames: string[] = [];
  for (const { line, cells } of table.rows) {
    if (unsplit(cells)) {
      errors.push({ line, message: `has one cell where the header has ${table.header.length}` });
      continue;
    }
    const problems: string[] = [];
    let skip = '';
    const record = Object.fromEntries(
      fields.map(([key, field]) => {
        const source = columnOf.get(key);
        const cell = source ? (cells[source.index] ?? '').trim() : '';
        if (cell === '') return [key, field.default];
        const value = readCell(field, cell, source!.column);
        if (value.ok && value.sized) unitValues++;
        if (value.ok && value.skip) skip = value.skip;
        else if (!value.ok) problems.push(`${field.label} ${JSON.stringify(cell)} ${value.message}`);
        return [key, value.ok ? value.value : undefined];
      }),
    );
    if (skip) {
      const name = nameKey ? String(record[nameKey] ?? '').trim() : '';
      skipped.push({ line, name: name || `line ${line}`, reason: skip });
    } else if (problems.length > 0) errors.push({ line, message: problems.join('; ') });
    else if (rows.length >= list.maxItems) {
      errors.push({ line, message: `The list holds at most ${list.maxItems.toLocaleString('en')} rows; this line and the ones after it were left out.` });
      break;
    } else {
      rows.push(record);
      if (nameKey && /(\.\.\.|…)$/.test(String(record[nameKey]))) cutNames.push(String(record[nameKey]));
    }
  }
  return { ...base, rows, skipped, unitValues, cutNames, errors };
}

type Cell = { ok: true; value: unknown; sized: boolean; skip?: string } | { ok: false; message: string };

function readCell(field: ScalarField, cell: string, column: ImportColumn): Cell {
  let value: unknown = field.kind === 'number' ? readSize(cell, field.unit) : undefined;
  const sized = value !== undefined;
  if (!sized) {
    const parsed = parseFieldText(field, field.kind === 'number' && GROUPED.test(cell) ? cell.replaceAll(',', '') : cell);
    if (!parsed.ok) return parsed;
    value = field.kind === 'number' && column.scale !== undefined && column.scale !== 1 ? tidy((parsed.value as number) * column.scale) : parsed.value;
  }
  if (value === 0 && column.zeroSkips) return { ok: true, value, sized, skip: column.zeroSkips };
  const checked = checkScalar('', field, value);
  if ('issues' in checked) return { ok: false, message: checked.issues[0]?.message ?? 'is not valid' };
  return { ok: true, value: checked.value, sized };
}

/** "8 GB", "8192 MB", "137,438,953,472 bytes" in the field's size unit; undefined if the cell has no size unit or the field is not a size. */
function readSize(cell: string, fieldUnit: string): number | undefined {
  const to = SIZE_UNITS[fieldUnit.toLowerCase()];
  const m = SIZED.exec(cell);
  const from = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!to || !m || !from) return undefined;
  const number = m[1]!.includes(',') && GROUPED.test(m[1]!) ? m[1]!.replaceAll(',', '') : m[1]!;
  const value = Number(number);
  return Number.isFinite(value) ? tidy((value * from) / to) : undefined;
}
