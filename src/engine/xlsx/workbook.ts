/**
 * An .xlsx workbook's bytes to its sheets' cells: pure (bytes in, sheets out),
 * synchronous and bounded by XLSX_LIMITS. Only the sheets the caller asks for
 * are inflated and read. Every cell comes back as text, the way the workbook
 * stores it: numbers in their stored digits, shared and inline strings
 * decoded, booleans as "True"/"False" (what RVTools writes as text anyway).
 * Rows with no value are skipped, so a sheet that declares 1,048,576 rows
 * (LibreOffice writes one empty row element per formatted row) costs only its
 * rows with data; nothing is ever sized from the declared dimension.
 */
import { XLSX_LIMITS, XlsxRefusal, type XlsxLimits } from './limits.ts';
import { elementCounter } from './element-count.ts';
import { attribute, scanXml, type XmlHandler } from './xml-scan.ts';
import { readZipDirectory, readZipEntry, type InflateBudget, type ZipEntry } from './zip.ts';

export interface Sheet {
  name: string;
  /** Non-empty rows in order; cells by column index (0 = A), undefined where empty. */
  rows: (string | undefined)[][];
}

export interface Workbook {
  /** Every sheet's name, in the workbook's order. */
  sheetNames: string[];
  /** The sheets asked for that exist, by their name as written. */
  sheets: Map<string, Sheet>;
}

export type WorkbookRead = { ok: true; workbook: Workbook } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8');

/**
 * Reads the sheets whose names `wanted` accepts (case as written in the
 * workbook). A refusal's message completes "The file …".
 */
export function readWorkbook(bytes: Uint8Array, wanted: (sheetName: string) => boolean, limits: XlsxLimits = XLSX_LIMITS): WorkbookRead {
  try {
    return { ok: true, workbook: read(bytes, wanted, limits) };
  } catch (error) {
    if (error instanceof XlsxRefusal) return { ok: false, message: error.message };
    if (error instanceof RangeError) return { ok: false, message: `could not be read within this page's memory (${error.message}).` };
    throw error;
  }
}

function read(bytes: Uint8Array, wanted: (sheetName: string) => boolean, limits: XlsxLimits): Workbook {
  const entries = readZipDirectory(bytes, limits);
  const budget: InflateBudget = { usedBytes: 0 };
  const part = (name: string, watch?: (chunk: Uint8Array) => void): string | undefined => {
    const entry = entries.get(name);
    return entry ? utf8.decode(readZipEntry(bytes, entry, limits, budget, watch)) : undefined;
  };
  const workbookXml = part('xl/workbook.xml');
  if (workbookXml === undefined) throw new XlsxRefusal('is a zip archive but not an .xlsx workbook (no xl/workbook.xml).');
  const sheetRefs = readSheetList(workbookXml, limits);
  const targets = readRelationships(part('xl/_rels/workbook.xml.rels') ?? '', limits);
  const toRead = sheetRefs.filter((s) => wanted(s.name));
  const sharedStrings = toRead.length > 0 ? readSharedStrings(part(sharedStringsPath(entries)) ?? '', limits) : [];
  const cells = { count: 0 };
  const sheets = new Map<string, Sheet>();
  for (const ref of toRead) {
    const target = targets.get(ref.relationshipId);
    // Row elements are counted as the sheet inflates, so a sheet of a million of them is refused early.
    const rowCounter = elementCounter('row', limits.maxRowElements, () => {
      throw tooManyRows(ref.name, limits);
    });
    const xml = target === undefined ? undefined : part(target, rowCounter);
    if (xml === undefined) throw new XlsxRefusal(`lists sheet "${ref.name}" but its part is missing.`);
    sheets.set(ref.name, { name: ref.name, rows: readSheetRows(xml, sharedStrings, limits, cells, ref.name) });
  }
  return { sheetNames: sheetRefs.map((s) => s.name), sheets };
}

const sharedStringsPath = (entries: Map<string, ZipEntry>): string => (entries.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : 'xl/sharedstrings.xml');

/** Handler defaults: no text wanted, tags ignored. */
const quiet = { open() {}, close() {}, text() {}, wantsText: () => false } satisfies XmlHandler;

function readSheetList(xml: string, limits: XlsxLimits): { name: string; relationshipId: string }[] {
  const sheets: { name: string; relationshipId: string }[] = [];
  scanXml(
    xml,
    {
      ...quiet,
      open(name, attributes) {
        if (name !== 'sheet') return;
        sheets.push({ name: attribute(attributes, 'name') ?? '', relationshipId: attribute(attributes, 'id') ?? '' });
      },
    },
    limits.maxDepth,
    'xl/workbook.xml',
  );
  return sheets;
}

/** Relationship id → part path inside the zip (targets are relative to xl/ unless absolute). */
function readRelationships(xml: string, limits: XlsxLimits): Map<string, string> {
  const targets = new Map<string, string>();
  scanXml(
    xml,
    {
      ...quiet,
      open(name, attributes) {
        if (name !== 'Relationship') return;
        const id = attribute(attributes, 'Id');
        const target = attribute(attributes, 'Target');
        if (id === undefined || target === undefined) return;
        targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
      },
    },
    limits.maxDepth,
    'xl/_rels/workbook.xml.rels',
  );
  return targets;
}

function readSharedStrings(xml: string, limits: XlsxLimits): string[] {
  const strings: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = '';
  scanXml(
    xml,
    {
      open(name) {
        if (name === 'si') {
          inItem = true;
          current = '';
        } else if (name === 'rPh') phonetic += 1;
        else if (name === 't') inText = inItem && phonetic === 0;
      },
      close(name) {
        if (name === 'si') {
          if (strings.length >= limits.maxSharedStrings)
            throw new XlsxRefusal(`has more than ${limits.maxSharedStrings.toLocaleString('en')} shared strings: refused.`);
          strings.push(current);
          inItem = false;
        } else if (name === 'rPh') phonetic -= 1;
        else if (name === 't') inText = false;
      },
      text(value) {
        current += value;
        if (current.length > limits.maxStringChars) {
          throw new XlsxRefusal(
            `holds a shared string longer than ${limits.maxStringChars.toLocaleString('en')} characters, more than any cell can hold: refused.`,
          );
        }
      },
      wantsText: () => inText,
    },
    limits.maxDepth,
    'xl/sharedStrings.xml',
  );
  return strings;
}

const tooManyRows = (sheetName: string, limits: XlsxLimits): XlsxRefusal =>
  new XlsxRefusal(`Sheet "${sheetName}" has more than ${limits.maxRowElements.toLocaleString('en')} rows: refused.`);

/** "BC12" → 54 (0-based column); undefined when the reference is not a cell reference. */
function columnOf(reference: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return i === 0 ? undefined : column - 1;
}

function readSheetRows(xml: string, sharedStrings: string[], limits: XlsxLimits, cells: { count: number }, sheetName: string): (string | undefined)[][] {
  const rows: (string | undefined)[][] = [];
  let rowElements = 0;
  let row: (string | undefined)[] | undefined;
  let rowHasValue = false;
  let column = -1;
  let type = '';
  let value = '';
  let inValue = false;
  let inInline = false;
  let inInlineText = false;
  const where = `Sheet "${sheetName}"`;
  scanXml(
    xml,
    {
      open(name, attributes) {
        switch (name) {
          case 'row':
            rowElements += 1;
            if (rowElements > limits.maxRowElements) throw tooManyRows(sheetName, limits);
            row = [];
            rowHasValue = false;
            column = -1;
            break;
          case 'c': {
            const reference = attribute(attributes, 'r');
            const at = reference === undefined ? undefined : columnOf(reference);
            column = at ?? column + 1;
            if (column >= limits.maxColumns) throw new XlsxRefusal(`${where} has a cell past column ${limits.maxColumns.toLocaleString('en')}: refused.`);
            type = attribute(attributes, 't') ?? 'n';
            value = '';
            break;
          }
          case 'v':
            inValue = true;
            break;
          case 'is':
            inInline = true;
            break;
          case 't':
            inInlineText = inInline;
            break;
          default:
        }
      },
      close(name) {
        switch (name) {
          case 'v':
            inValue = false;
            break;
          case 'is':
            inInline = false;
            break;
          case 't':
            inInlineText = false;
            break;
          case 'c':
            if (row) storeCell(row, column, cellText(type, value, sharedStrings, where));
            break;
          case 'row':
            if (row && rowHasValue) rows.push(row);
            row = undefined;
            break;
          default:
        }
      },
      text(text) {
        value += text;
        if (value.length > limits.maxStringChars)
          throw new XlsxRefusal(`${where} has a cell longer than ${limits.maxStringChars.toLocaleString('en')} characters: refused.`);
      },
      wantsText: () => inValue || inInlineText,
      wantsAttributes: (name) => name === 'c',
    },
    limits.maxDepth,
    `Sheet "${sheetName}"`,
  );
  return rows;

  function storeCell(target: (string | undefined)[], at: number, text: string | undefined): void {
    if (text === undefined || text === '') return;
    cells.count += 1;
    if (cells.count > limits.maxCells) throw new XlsxRefusal(`has more than ${limits.maxCells.toLocaleString('en')} cells with values: refused.`);
    target[at] = text;
    rowHasValue = true;
  }
}

function cellText(type: string, raw: string, sharedStrings: string[], where: string): string | undefined {
  switch (type) {
    case 's': {
      const index = Number(raw);
      if (!Number.isInteger(index) || index < 0 || index >= sharedStrings.length)
        throw new XlsxRefusal(`${where} refers to shared string ${raw}, which does not exist.`);
      return sharedStrings[index];
    }
    case 'b':
      return raw === '1' ? 'True' : raw === '0' ? 'False' : raw;
    case 'e':
      return undefined;
    default:
      return raw;
  }
}
