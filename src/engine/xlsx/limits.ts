/**
 * What the workbook reader accepts before it refuses a file. These caps keep a
 * hostile or broken file (a zip bomb, a sheet of a million empty rows, a
 * shared string of a hundred megabytes, XML nested thousands deep) from
 * freezing the page or exhausting memory: the reader stops at the first cap
 * crossed and says which one. They are far above what a real export needs:
 * the synthetic 1,300-VM RVTools export of the benchmark is 1.6 MiB zipped and
 * about 20 MiB of XML.
 */
import { MiB } from '../units.ts';

export const XLSX_LIMITS = {
  /** The workbook file itself. */
  maxFileBytes: 32 * MiB,
  /** Entries in the zip's central directory. */
  maxEntries: 10_000,
  /** One part (a sheet's XML, the shared strings) once inflated. */
  maxEntryBytes: 64 * MiB,
  /** Every part the reader inflates, together. */
  maxTotalBytes: 192 * MiB,
  /**
   * Inflated ÷ compressed bytes above which a part is a zip bomb, checked as it
   * inflates once past 1 MiB. Real sheets inflate 5–12 times (RVTools, Excel
   * and LibreOffice files in the test corpus); deflate's ceiling is about 1,000.
   */
  maxRatio: 50,
  /** Element nesting; a worksheet needs 6 (worksheet, sheetData, row, c, is, t). */
  maxDepth: 64,
  /**
   * Row elements in one sheet, empty ones included. LibreOffice declares
   * 1,048,576 rows but writes row elements only for the formatted ones (about
   * a thousand in the corpus); 200,000 rows is a vDisk tab of some 100,000 VMs.
   */
  maxRowElements: 200_000,
  /** Non-empty cells read in the whole workbook. */
  maxCells: 8_000_000,
  /** Entries of the shared-strings table. */
  maxSharedStrings: 2_000_000,
  /** One shared string or cell: Excel holds at most 32,767 characters in a cell. */
  maxStringChars: 32_767,
  /** Columns: Excel's last column is XFD, the 16,384th. */
  maxColumns: 16_384,
} as const;

export type XlsxLimits = { -readonly [K in keyof typeof XLSX_LIMITS]: number };

/** A file the reader refuses, with a sentence for the reader of the page. */
export class XlsxRefusal extends Error {}
