/**
 * Builds small .xlsx workbooks in memory for the reader's tests: the parts an
 * .xlsx needs (ECMA-376: workbook, its relationships, one part per sheet,
 * shared strings), written by hand so each test controls exactly what the
 * reader meets (namespace prefixes, inline strings, empty rows, hostile parts).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export type CellValue = string | number | boolean | null;

export interface BuildOptions {
  /** Element prefix, as RVTools' OpenXML SDK writes it ("x"). */
  prefix?: string;
  /** Write strings inline (<is>) instead of in the shared-strings part. */
  inlineStrings?: boolean;
  /** Empty, formatted row elements after the data, up to this row number (LibreOffice writes up to 1,048,576). */
  emptyRowsTo?: number;
  /** Extra or replacement parts, by path. */
  parts?: Record<string, string | Uint8Array>;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function buildXlsx(sheets: Record<string, CellValue[][]>, options: BuildOptions = {}): Uint8Array {
  const p = options.prefix ? `${options.prefix}:` : '';
  const ns = options.prefix ? `xmlns:${options.prefix}` : 'xmlns';
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const files: Zippable = {};
  const names = Object.keys(sheets);
  names.forEach((name, si) => {
    const rows = sheets[name]!;
    const xmlRows = rows.map((row, ri) => {
      const cells = row
        .map((value, ci) => {
          if (value === null) return '';
          const r = `${column(ci)}${ri + 1}`;
          if (typeof value === 'number') return `<${p}c r="${r}"><${p}v>${value}</${p}v></${p}c>`;
          if (typeof value === 'boolean') return `<${p}c r="${r}" t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
          if (options.inlineStrings) return `<${p}c r="${r}" t="inlineStr"><${p}is><${p}t>${escape(value)}</${p}t></${p}is></${p}c>`;
          let index = sharedIndex.get(value);
          if (index === undefined) {
            index = shared.length;
            shared.push(value);
            sharedIndex.set(value, index);
          }
          return `<${p}c r="${r}" t="s"><${p}v>${index}</${p}v></${p}c>`;
        })
        .join('');
      return `<${p}row r="${ri + 1}">${cells}</${p}row>`;
    });
    if (options.emptyRowsTo) {
      for (let r = rows.length + 1; r <= Math.min(options.emptyRowsTo, rows.length + 50); r++)
        xmlRows.push(`<${p}row r="${r}" ht="12.75" customHeight="true"></${p}row>`);
      xmlRows.push(`<${p}row r="${options.emptyRowsTo}" ht="12.75"/>`);
    }
    const dimension = options.emptyRowsTo ? `<${p}dimension ref="A1:Z${options.emptyRowsTo}"/>` : '';
    files[`xl/worksheets/sheet${si + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension}<${p}sheetData>${xmlRows.join('')}</${p}sheetData></${p}worksheet>`,
    );
  });
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets>${names
      .map((n, i) => `<${p}sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</${p}sheets></${p}workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">${shared
      .map((s) => `<${p}si><${p}t>${escape(s)}</${p}t></${p}si>`)
      .join('')}</${p}sst>`,
  );
  for (const [path, content] of Object.entries(options.parts ?? {})) files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}
