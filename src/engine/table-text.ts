/**
 * Pasted table text split into a header and rows of cells. Three shapes are
 * recognised, as people paste them:
 *
 * - tab-separated: what Excel and Google Sheets put on the clipboard;
 * - comma- or semicolon-separated (CSV) with RFC 4180 quoting: a saved CSV
 *   file, or `Export-Csv` / `ConvertTo-Csv` output, whose `#TYPE` line
 *   (Windows PowerShell 5.1 without -NoTypeInformation) is skipped;
 * - the fixed-width table PowerShell prints (`Format-Table`, and `Get-VM |
 *   Select-Object …` at the console): a header line, a line of dashes under
 *   each header, and values in the columns the dashes mark.
 */

export type TableFormat = 'tsv' | 'csv' | 'powershell-table';

export interface TableRow {
  /** 1-based line of the pasted text the row starts on, for messages. */
  line: number;
  cells: string[];
}

export interface TableText {
  format: TableFormat;
  header: string[];
  rows: TableRow[];
}

/** The dash line under a PowerShell table header: dashes in runs, separated by spaces. */
const DASH_LINE = /^\s*-+(\s+-+)*\s*$/;

export function readTableText(text: string): TableText {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const firstIndex = lines.findIndex((l) => l.trim() !== '' && !/^#TYPE\b/i.test(l.trim()));
  if (firstIndex < 0) return { format: 'csv', header: [], rows: [] };
  const first = lines[firstIndex]!;
  const second = lines.slice(firstIndex + 1).find((l) => l.trim() !== '');
  if (!first.includes('\t') && second !== undefined && DASH_LINE.test(second)) return readPowerShellTable(lines, firstIndex);
  const delimiter = first.includes('\t') ? '\t' : count(first, ';') > count(first, ',') ? ';' : ',';
  const records = readDelimited(lines.slice(firstIndex).join('\n'), delimiter, firstIndex + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = records;
  return { format: delimiter === '\t' ? 'tsv' : 'csv', header: (head?.cells ?? []).map((h) => h.trim()), rows };
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** RFC 4180: a quoted cell may hold the delimiter, line breaks and doubled quotes. */
function readDelimited(text: string, delimiter: string, firstLine: number): TableRow[] {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = firstLine;
  let rowLine = firstLine;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  cells.push(cell);
  rows.push({ line: rowLine, cells });
  return rows;
}

/**
 * Columns are where the dash runs are. A cell runs from its column's first
 * dash to the next column's: PowerShell left-aligns text and right-aligns
 * numbers within the dashes, and cuts (with "…") what does not fit.
 */
function readPowerShellTable(lines: string[], headerIndex: number): TableText {
  const dashIndex = lines.findIndex((l, i) => i > headerIndex && l.trim() !== '');
  const starts = [...lines[dashIndex]!.matchAll(/-+/g)].map((m) => m.index);
  const slice = (l: string) => starts.map((start, i) => l.slice(start, starts[i + 1] ?? l.length).trim());
  const rows = lines
    .map((l, i) => ({ line: i + 1, text: l }))
    .slice(dashIndex + 1)
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ line: l.line, cells: slice(l.text) }));
  return { format: 'powershell-table', header: slice(lines[headerIndex]!), rows };
}
