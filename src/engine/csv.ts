/**
 * CSV text for the islands' "Copy … as CSV" buttons, built one way.
 *
 * Quoting follows RFC 4180 §2.6–2.7: a cell holding a comma, a double quote,
 * CR or LF is enclosed in double quotes and each quote inside is doubled;
 * other cells are written bare. Rows end in LF, as the rest of the page's
 * copyable text does (RFC 4180 says CRLF; Excel, LibreOffice, Google Sheets
 * and PowerShell's ConvertFrom-Csv all read either).
 *
 * Formula injection: a spreadsheet runs a cell that begins with =, +, -
 * or @ as a formula, so a VM named `=HYPERLINK(…)` would become a live link.
 * A text cell that begins with one of those, or with tab, CR or LF (OWASP's
 * "CSV Injection" page) or NUL (OWASP ASVS 5.0, 1.2.10), gets a leading
 * apostrophe, which spreadsheets take as "this is text" (a plain CSV reader
 * keeps it as part of the value). Numbers stay numbers: a cell given as a number is written as
 * that number, and a text cell that is a plain decimal number ("-5", "+2.5")
 * is not guarded either, since a spreadsheet reads it as that number and
 * runs nothing.
 */

/** One cell: text, a number, a yes/no, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

/** First characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;
/** A plain decimal number, which a spreadsheet reads as a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Characters that oblige RFC 4180 quoting. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text: guarded against formula injection, then quoted if it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // A non-finite number has no CSV form a spreadsheet reads as a number; leave the cell empty.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const guarded = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** A header row and data rows as CSV text, one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n');
}
