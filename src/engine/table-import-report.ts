/**
 * What a pasted-table import says to the reader before the list is replaced:
 * a preview of the rows ("29 VMs, 983 GiB: SQL-PRD-01 128 GiB, …"), where the
 * table was read from, the columns used, ignored (counted, listed on demand),
 * left at their defaults, and the rows skipped or refused. The import form
 * renders these sentences as they are.
 */
import type { ListField } from './schema.ts';
import type { TableImport } from './table-import.ts';

/** Rows named in the preview after its summary. */
export const PREVIEW_ITEMS = 3;

export interface ImportReport {
  /** "29 VMs, 983 GiB: SQL-PRD-01 128 GiB, DC01 4 GiB, WEB-01 8 GiB, …"; empty when no row was read. */
  preview: string;
  /** "Read a PowerShell table with its header on line 3; 2 lines before it were not part of the table." */
  source: string;
  /** "Columns used: Name as Name, MemoryAssigned (bytes) as Memory (GiB)." */
  used: string;
  /** "Ignored 21 other columns", and each with its reason, for a disclosure. */
  ignored?: { summary: string; items: string[] };
  /** "Not in the table, so the default is used: Count 1, Dirty rate 20 MB/s." */
  defaulted?: string;
  /** "Skipped 3 VMs not running (0 bytes of memory assigned)", and their names. */
  skipped?: { summary: string; items: string[] };
  /** "2 values carried their own unit ("8 GB"): read as binary units, as Windows writes them." */
  units?: string;
  /** "2 names end in "…": …", when PowerShell cut names to fit its columns. */
  cutNames?: string;
  /** One sentence per line refused, "Line 7: Memory "x" is not a number in GiB". */
  errors: string[];
}

const FORMAT_NAMES: Record<TableImport['format'], string> = {
  csv: 'CSV',
  tsv: 'tab-separated table',
  'powershell-table': 'PowerShell table',
  'powershell-list': 'PowerShell list (Format-List)',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The list's rows in a few words: its own summary ("29 VMs, 983 GiB") or a count of rows. */
export function summarizeRows(list: ListField, rows: readonly Record<string, unknown>[]): string {
  return list.summarize ? list.summarize(rows) : plural(rows.length, 'row');
}

export function previewOf(list: ListField, rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const summary = summarizeRows(list, rows);
  if (!list.describeItem) return summary;
  const named = rows.slice(0, PREVIEW_ITEMS).map((row) => list.describeItem!(row));
  return `${summary}: ${named.join(', ')}${rows.length > PREVIEW_ITEMS ? ', …' : ''}`;
}

/** A field as a header names it: "Memory (GiB)". */
function labelOf(list: ListField, key: string): string {
  const item = list.item[key];
  if (!item) return key;
  return item.kind === 'number' && item.unit ? `${item.label} (${item.unit})` : item.label;
}

function defaultOf(list: ListField, key: string): string {
  const item = list.item[key];
  if (item?.default === undefined) return 'empty';
  return `${String(item.default)}${item.kind === 'number' && item.unit ? ` ${item.unit}` : ''}`;
}

export function reportImport(list: ListField, result: TableImport): ImportReport {
  const before = result.skippedLines.filter((n) => n < result.headerLine).length;
  const after = result.skippedLines.length - before;
  const source = [
    result.headerLine > 0 ? `Read a ${FORMAT_NAMES[result.format]} with its header on line ${result.headerLine}.` : '',
    before > 0 ? `${plural(before, 'line')} before it (a prompt, the command or other text) ${before === 1 ? 'was' : 'were'} left out.` : '',
    after > 0 ? `${plural(after, 'line')} after the table ${after === 1 ? 'was' : 'were'} left out.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const used =
    result.mapped.length > 0
      ? `Columns used: ${result.mapped.map((m) => `${m.header}${m.fromUnit ? ` (${m.fromUnit})` : ''} as ${labelOf(list, m.field)}`).join(', ')}.`
      : '';
  const things = list.itemLabel ? `${list.itemLabel}s` : 'rows';
  const reasons = [...new Set(result.skipped.map((s) => s.reason))];
  return {
    preview: previewOf(list, result.rows),
    source,
    used,
    ...(result.ignored.length > 0 && {
      ignored: {
        summary: `Ignored ${plural(result.ignored.length, result.mapped.length > 0 ? 'other column' : 'column')}`,
        items: result.ignored.map((i) => `${i.header}: ${i.reason}`),
      },
    }),
    ...(result.defaulted.length > 0 &&
      result.mapped.length > 0 && {
        defaulted: `Not in the table, so the default is used: ${result.defaulted.map((k) => `${list.item[k]?.label ?? k} ${defaultOf(list, k)}`).join(', ')}.`,
      }),
    ...(result.skipped.length > 0 && {
      skipped: {
        summary: `Skipped ${result.skipped.length === 1 ? `1 ${list.itemLabel ?? 'row'}` : `${result.skipped.length.toLocaleString('en')} ${things}`} ${reasons.join('; ')}`,
        items: result.skipped.map((s) => s.name),
      },
    }),
    ...(result.unitValues > 0 && {
      units: `${plural(result.unitValues, 'value')} carried ${result.unitValues === 1 ? 'its' : 'their'} own unit ("8 GB", "8192 MB"): KB, MB, GB and TB are read as KiB, MiB, GiB and TiB, as Windows writes memory.`,
    }),
    ...(result.cutNames.length > 0 && {
      cutNames: `${plural(result.cutNames.length, 'name')} ${result.cutNames.length === 1 ? 'ends' : 'end'} in "..." or "…" (${result.cutNames.slice(0, 3).join(', ')}${result.cutNames.length > 3 ? ', …' : ''}): PowerShell cut ${result.cutNames.length === 1 ? 'it' : 'them'} to fit the column. For whole names, paste what Format-Table -AutoSize or Export-Csv writes.`,
    }),
    errors: result.errors.map((e) => (e.line > 0 ? `Line ${e.line}: ${e.message}` : e.message)),
  };
}
