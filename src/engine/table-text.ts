/**
 * Pasted table text split into a header and rows of cells. Four shapes are
 * recognised, as people paste them:
 *
 * - tab-separated: what Excel and Google Sheets put on the clipboard;
 * - comma- or semicolon-separated (CSV) with RFC 4180 quoting: a saved CSV
 *   file, or `Export-Csv` / `ConvertTo-Csv` output, whose `#TYPE` line
 *   (Windows PowerShell 5.1 without -NoTypeInformation) is skipped;
 * - the fixed-width table PowerShell prints (`Format-Table`, and `Get-VM |
 *   Select-Object …` at the console): a header line, a line of dashes under
 *   each header, and values in the columns the dashes mark;
 * - the list PowerShell prints (`Format-List`): one "Property : value" line
 *   per property, a blank line between objects.
 *
 * People copy the console with its prompt and command ("PS C:\> Get-VM |
 * Format-Table Name, State, …"), whose commas made the command line look like
 * a CSV header. So prompt lines are dropped wherever they are, and the header
 * is the first line that names a column the caller knows (`knows`): blank
 * lines, the command and any other text before it are preamble.
 */

export type TableFormat = 'tsv' | 'csv' | 'powershell-table' | 'powershell-list';

export interface TableRow {
  /** 1-based line of the pasted text the row starts on, for messages. */
  line: number;
  cells: string[];
}

export interface TableText {
  format: TableFormat;
  header: string[];
  /** 1-based line of the header (0 when there is none). */
  headerLine: number;
  /** Non-blank lines left out before the header and among the rows: prompts, the command, other text. */
  skippedLines: number[];
  rows: TableRow[];
}

/** The dash line under a PowerShell table header: dashes in runs, separated by spaces. */
const DASH_LINE = /^\s*-+(\s+-+)*\s*$/;
/**
 * A PowerShell prompt, with what was typed after it: "PS>", "PS C:\Users\admin>",
 * "[HV01]: PS C:\>" in a remote session, and ">>" continuing a command.
 */
const PROMPT_LINE = /^\s*(\[[^\]]*\]:\s*)?PS(\s[^>]*)?>|^\s*>>(\s|$)/;
/** A command without its prompt: a pipeline, or a line opening with a Verb-Noun cmdlet ("Get-VM -ComputerName HV01"). */
const COMMAND_LINE = /\|\s*[A-Za-z]|^\s*[A-Za-z]+-[A-Za-z]+(\s|$)/;
/** Export-Csv's type line in Windows PowerShell 5.1. */
const TYPE_LINE = /^\s*#TYPE\b/i;
/** One property of a Format-List object: the name padded with spaces, then " : " and the value. */
const LIST_LINE = /^(\S[^:\t]*?)\s+:(?:\s(.*))?$/;

const isBlank = (l: string) => l.trim() === '';

export function readTableText(text: string, knows: (header: string) => boolean = () => true): TableText {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const prompts: number[] = [];
  // Prompt lines become blank lines, so every other line keeps its number.
  const lines = raw.map((l, i) => {
    if (!PROMPT_LINE.test(l) && !TYPE_LINE.test(l)) return l;
    prompts.push(i + 1);
    return '';
  });
  let first = -1;
  let headerIndex = -1;
  for (let i = 0; i < lines.length && headerIndex < 0; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    if (first < 0) first = i;
    if (!COMMAND_LINE.test(l) && headerAt(lines, i).some(knows)) headerIndex = i;
  }
  // No line names a known column: read from the first line, so the message can say what the header holds.
  if (headerIndex < 0) headerIndex = first;
  if (headerIndex < 0) return { format: 'csv', header: [], headerLine: 0, skippedLines: prompts, rows: [] };
  // A Format-List object starts with its first property, known or not.
  if (shapeAt(lines, headerIndex) === 'list') while (headerIndex > 0 && LIST_LINE.test(lines[headerIndex - 1]!)) headerIndex--;
  const { after = [], ...table } = readFrom(lines, headerIndex);
  const before = lines.slice(0, headerIndex).flatMap((l, i) => (isBlank(l) ? [] : [i + 1]));
  return { ...table, skippedLines: [...prompts, ...before, ...after].sort((a, b) => a - b) };
}

type Shape = 'list' | 'fixed' | 'delimited';

function shapeAt(lines: string[], index: number): Shape {
  const line = lines[index]!;
  if (LIST_LINE.test(line)) return 'list';
  const next = nextLine(lines, index);
  if (!line.includes('\t') && next >= 0 && DASH_LINE.test(lines[next]!)) return 'fixed';
  return 'delimited';
}

/** The index of the next non-blank line after `index`, or -1. */
function nextLine(lines: string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) if (!isBlank(lines[i]!)) return i;
  return -1;
}

/** The dash runs of a PowerShell table's underline: where each column's header text is. */
const dashRuns = (dashes: string) => [...dashes.matchAll(/-+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** The header text above each dash run (a header may hold spaces: "Memory (GB)"). */
const headerCells = (header: string, runs: { start: number }[]) => runs.map((run, i) => header.slice(run.start, runs[i + 1]?.start ?? header.length).trim());

/** The header cells a line would give if the table started there (cheap: the line and the next only). */
function headerAt(lines: string[], index: number): string[] {
  const line = lines[index]!;
  switch (shapeAt(lines, index)) {
    case 'list':
      return [LIST_LINE.exec(line)![1]!.trim()];
    case 'fixed':
      return headerCells(line, dashRuns(lines[nextLine(lines, index)]!));
    case 'delimited':
      return splitDelimited(line, delimiterOf(line)).map((c) => c.trim());
  }
}

type Read = Omit<TableText, 'skippedLines'> & { after?: number[] };

function readFrom(lines: string[], index: number): Read {
  switch (shapeAt(lines, index)) {
    case 'list':
      return readPowerShellList(lines, index);
    case 'fixed':
      return readPowerShellTable(lines, index);
    case 'delimited': {
      const delimiter = delimiterOf(lines[index]!);
      const records = readDelimited(lines.slice(index).join('\n'), delimiter, index + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
      const [head, ...rows] = records;
      return { format: delimiter === '\t' ? 'tsv' : 'csv', header: (head?.cells ?? []).map((h) => h.trim()), headerLine: index + 1, rows };
    }
  }
}

const delimiterOf = (line: string) => (line.includes('\t') ? '\t' : count(line, ';') > count(line, ',') ? ';' : ',');
const count = (s: string, ch: string) => s.split(ch).length - 1;
const splitDelimited = (line: string, delimiter: string) => readDelimited(line, delimiter, 1)[0]?.cells ?? [];

/**
 * RFC 4180: a quoted cell may hold the delimiter, line breaks and doubled
 * quotes; spaces before the opening quote are dropped. Cells are sliced out of
 * the text, not built a character at a time, so a 2 MB paste reads in
 * milliseconds.
 */
function readDelimited(text: string, delimiter: string, firstLine: number): TableRow[] {
  const n = text.length;
  /** Where the unquoted text from `from` ends: at the delimiter, a line break or the text's end. */
  const stop = (from: number) => {
    let j = from;
    while (j < n && text[j] !== delimiter && text[j] !== '\n') j++;
    return j;
  };
  /** The cell starting at `from`, and where it ends. */
  const cellAt = (from: number): { cell: string; end: number } => {
    let k = from;
    while (text[k] === ' ' || (text[k] === '\t' && delimiter !== '\t')) k++;
    if (text[k] !== '"') {
      const end = stop(from);
      return { cell: text.slice(from, end), end };
    }
    let cell = '';
    let next = k + 1;
    for (;;) {
      const quote = text.indexOf('"', next);
      if (quote < 0) return { cell: cell + text.slice(next), end: n };
      cell += text.slice(next, quote);
      next = quote + 1;
      if (text[next] !== '"') break;
      cell += '"';
      next++;
    }
    // Text after the closing quote, up to the delimiter, stays part of the cell.
    const end = stop(next);
    return { cell: cell + text.slice(next, end), end };
  };
  const rows: TableRow[] = [];
  let i = 0;
  let line = firstLine;
  for (;;) {
    const row: TableRow = { line, cells: [] };
    let end: number;
    do {
      const read = cellAt(i);
      row.cells.push(read.cell);
      line += read.cell.split('\n').length - 1;
      end = read.end;
      i = end + 1;
    } while (end < n && text[end] === delimiter);
    rows.push(row);
    if (end >= n) return rows;
    line++;
  }
}

/**
 * Columns are where the dash runs are, and the dashes underline only the
 * header's text. Text is left-aligned: its cells start at their dashes and may
 * run on to the right. Numbers are right-aligned: their cells end where their
 * dashes end and may start to the left of them ("Id" over "12345"). A cell
 * therefore runs from its column's start to the next column's, where a
 * right-aligned column starts at the space before its value. PowerShell cuts
 * (with "..." or "…") what does not fit.
 */
function readPowerShellTable(lines: string[], headerIndex: number): Read {
  const dashIndex = nextLine(lines, headerIndex);
  const runs = dashRuns(lines[dashIndex]!);
  const body = lines.map((text, i) => ({ line: i + 1, text })).slice(dashIndex + 1);
  // The table ends at the first blank line after its rows (PowerShell prints one after every table).
  const firstRow = body.findIndex((l) => !isBlank(l.text));
  const end = firstRow < 0 ? -1 : body.findIndex((l, i) => i > firstRow && isBlank(l.text));
  const rowLines = (end < 0 ? body : body.slice(0, end)).filter((l) => !isBlank(l.text));
  const after = end < 0 ? [] : body.slice(end).flatMap((l) => (isBlank(l.text) ? [] : [l.line]));
  const rightAligned = runs.map(
    (run) => rowLines.length > 0 && rowLines.every((l) => isBlank(l.text.slice(run.start, run.end)) || numberEndsAt(l.text, run.end)),
  );
  const slice = (l: string) => {
    const starts = runs.map((run, i) => (i > 0 && rightAligned[i] ? valueStart(l, run.end, runs[i - 1]!.start) : run.start));
    return runs.map((_, i) => l.slice(i === 0 ? 0 : starts[i], starts[i + 1] ?? l.length).trim());
  };
  return {
    format: 'powershell-table',
    header: headerCells(lines[headerIndex]!, runs),
    headerLine: headerIndex + 1,
    rows: rowLines.map((l) => ({ line: l.line, cells: slice(l.text) })),
    after,
  };
}

/** Whether a number ends at `end`, as a right-aligned value does: digits just before it, a space or the line's end after. */
function numberEndsAt(l: string, end: number): boolean {
  if ((l[end] ?? ' ') !== ' ') return false;
  const token = /\S+$/.exec(l.slice(0, end))?.[0] ?? '';
  return /^[-+]?[\d.,]*\d$/.test(token);
}

/** Where a right-aligned value ending at `end` starts: after the last space before it, but not before the previous column. */
function valueStart(l: string, end: number, floor: number): number {
  let i = Math.min(end, l.length);
  while (i > floor + 1 && l[i - 1] !== ' ') i--;
  return i;
}

/**
 * Format-List: "Name : value" lines, padded so the colons line up; a value
 * too long for the console continues on indented lines. An object ends at a
 * blank line, or where a property it already has appears again.
 */
function readPowerShellList(lines: string[], startIndex: number): Read {
  const header: string[] = [];
  const objects: { line: number; values: Map<string, string> }[] = [];
  let current: { line: number; values: Map<string, string> } | undefined;
  let lastKey = '';
  let end = lines.length;
  for (let i = startIndex; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) {
      current = undefined;
      continue;
    }
    const m = LIST_LINE.exec(l);
    if (!m) {
      // An indented continuation of the last value; anything else after the list ends it.
      if (current && /^\s/.test(l)) current.values.set(lastKey, `${current.values.get(lastKey) ?? ''} ${l.trim()}`.trim());
      else {
        end = i;
        break;
      }
      continue;
    }
    const key = m[1]!.trim();
    if (!current || current.values.has(key)) {
      current = { line: i + 1, values: new Map() };
      objects.push(current);
    }
    if (!header.includes(key)) header.push(key);
    current.values.set(key, (m[2] ?? '').trim());
    lastKey = key;
  }
  return {
    format: 'powershell-list',
    header,
    headerLine: startIndex + 1,
    rows: objects.map((o) => ({ line: o.line, cells: header.map((h) => o.values.get(h) ?? '') })),
    after: lines.slice(end).flatMap((l, i) => (isBlank(l) ? [] : [end + i + 1])),
  };
}
