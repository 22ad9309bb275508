/**
 * The .xlsx reader on workbooks built by hand (build-xlsx.ts): what real
 * writers do (RVTools' x: prefixes, LibreOffice's declared 1,048,576 rows,
 * inline strings, booleans) and what hostile files do (zip bombs, huge shared
 * strings, deep nesting, DOCTYPE, too many rows), each refused with a message.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { XLSX_LIMITS, type XlsxLimits } from '../../../src/engine/xlsx/limits.ts';
import { readWorkbook } from '../../../src/engine/xlsx/workbook.ts';
import { buildXlsx } from './build-xlsx.ts';

const all = () => true;
const sheetOf = (bytes: Uint8Array, name: string) => {
  const read = readWorkbook(bytes, all);
  if (!read.ok) throw new Error(read.message);
  return read.workbook.sheets.get(name)!;
};
// How fast each is refused is a budget, measured by scripts/bench-rvtools.mjs, not asserted here.
const refusal = (bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS) => {
  const read = readWorkbook(bytes, all, { ...limits });
  expect(read.ok).toBe(false);
  return read.ok ? '' : read.message;
};
const worksheet = (body: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;

describe('xlsx reader: what real writers produce', () => {
  it('reads shared strings, numbers and booleans into text by column', () => {
    const sheet = sheetOf(
      buildXlsx({
        vInfo: [
          ['VM', 'CPUs', 'Template'],
          ['app01', 4, false],
          ['tpl', 2, true],
        ],
      }),
      'vInfo',
    );
    expect(sheet.rows).toEqual([
      ['VM', 'CPUs', 'Template'],
      ['app01', '4', 'False'],
      ['tpl', '2', 'True'],
    ]);
  });

  it('drops namespace prefixes (RVTools writes x:row, x:c) and reads inline strings', () => {
    const sheet = sheetOf(buildXlsx({ vInfo: [['VM'], ['a & b <c>']] }, { prefix: 'x', inlineStrings: true }), 'vInfo');
    expect(sheet.rows[1]).toEqual(['a & b <c>']);
  });

  it('stops at the last row with a value when the sheet declares 1,048,576 rows (LibreOffice)', () => {
    const sheet = sheetOf(buildXlsx({ vInfo: [['VM'], ['a'], ['b']] }, { emptyRowsTo: 1_048_576 }), 'vInfo');
    expect(sheet.rows).toHaveLength(3);
  });

  it('keeps a gap where a cell is empty, so columns stay where their header is', () => {
    const sheet = sheetOf(
      buildXlsx({
        s: [
          ['A', 'B', 'C'],
          ['1', null, '3'],
        ],
      }),
      's',
    );
    expect(sheet.rows[1]?.[2]).toBe('3');
    expect(sheet.rows[1]?.[1]).toBeUndefined();
  });

  it('joins the runs of a rich-text shared string and leaves out its phonetic reading', () => {
    const bytes = buildXlsx(
      { s: [['x']] },
      {
        parts: {
          'xl/sharedStrings.xml':
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Hard </t></r><r><t>disk 1</t></r><rPh><t>ignored</t></rPh></si></sst>',
        },
      },
    );
    expect(sheetOf(bytes, 's').rows[0]).toEqual(['Hard disk 1']);
  });

  it('inflates only the sheets asked for', () => {
    const bytes = buildXlsx({ vInfo: [['VM']], vPort: [['Port']] });
    const read = readWorkbook(bytes, (name) => name === 'vInfo');
    expect(read.ok && [...read.workbook.sheets.keys()]).toEqual(['vInfo']);
    expect(read.ok && read.workbook.sheetNames).toEqual(['vInfo', 'vPort']);
  });
});

describe('xlsx reader: refuses what is not a workbook, clearly', () => {
  it('a text file', () => expect(refusal(strToU8('VM,CPUs\n'))).toMatch(/not an \.xlsx workbook/));
  it('an old .xls or a password-protected .xlsx (OLE compound file)', () => {
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(40).fill(0)]))).toMatch(/OLE compound file/);
  });
  it('a zip without a workbook part', () => expect(refusal(zipSync({ 'a.txt': strToU8('hello') }))).toMatch(/no xl\/workbook\.xml/));
  it('a truncated workbook', () => {
    const bytes = buildXlsx({ vInfo: [['VM'], ['a']] });
    expect(refusal(bytes.subarray(0, bytes.length - 30))).toMatch(/damaged|truncated/);
  });
});

describe('xlsx reader: hostile workbooks are refused, saying why', () => {
  it('a zip bomb: 80 MiB of sheet XML in a few hundred KiB', () => {
    // 80 MiB of one repeated row compress to well under 1 MiB.
    const row = '<row><c><v>1</v></c></row>';
    const body = row.repeat(Math.ceil((80 * 2 ** 20) / row.length));
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="vInfo" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': [strToU8(worksheet(body)), { level: 1 }],
    });
    expect(bytes.length).toBeLessThan(4 * 2 ** 20);
    expect(refusal(bytes)).toMatch(/zip bomb/);
  });

  it('a part that inflates more than the ratio allows', () => {
    const body = '<row><c><v>1</v></c></row>'.repeat(100_000);
    const bytes = buildXlsx({ s: [['x']] }, { parts: { 'xl/worksheets/sheet1.xml': worksheet(body) } });
    expect(refusal(bytes, { ...XLSX_LIMITS, maxRatio: 20 })).toMatch(/inflates more than 20 times/);
  });

  it('the total inflated across parts', () => {
    const bytes = buildXlsx({ a: [['x'.repeat(20_000)]], b: [['y'.repeat(20_000)]] });
    expect(refusal(bytes, { ...XLSX_LIMITS, maxTotalBytes: 30_000 })).toMatch(/in all/);
  });

  it('a shared string longer than any cell can hold', () => {
    const bytes = buildXlsx({ s: [['x']] }, { parts: { 'xl/sharedStrings.xml': `<sst><si><t>${'A'.repeat(40_000)}</t></si></sst>` } });
    expect(refusal(bytes)).toMatch(/shared string longer than 32,767/);
  });

  it('too many shared strings', () => {
    const bytes = buildXlsx({ s: [['x']] }, { parts: { 'xl/sharedStrings.xml': `<sst>${'<si><t>a</t></si>'.repeat(1000)}</sst>` } });
    expect(refusal(bytes, { ...XLSX_LIMITS, maxSharedStrings: 999 })).toMatch(/more than 999 shared strings/);
  });

  it('XML nested deeper than the limit', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    const bytes = buildXlsx({ s: [['x']] }, { parts: { 'xl/worksheets/sheet1.xml': worksheet(deep) } });
    expect(refusal(bytes)).toMatch(/nests elements more than 64 deep/);
  });

  it('a DOCTYPE (entity expansion)', () => {
    const bytes = buildXlsx(
      { s: [['x']] },
      { parts: { 'xl/sharedStrings.xml': '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>' } },
    );
    expect(refusal(bytes)).toMatch(/DOCTYPE/);
  });

  it('more row elements than Excel allows', () => {
    const body = '<row/>'.repeat(2_000);
    const bytes = buildXlsx({ s: [['x']] }, { parts: { 'xl/worksheets/sheet1.xml': worksheet(body) } });
    expect(refusal(bytes, { ...XLSX_LIMITS, maxRowElements: 1_000 })).toMatch(/more than 1,000 rows/);
  });

  it('too many cells', () => {
    const rows = Array.from({ length: 50 }, () => Array.from({ length: 50 }, () => 1));
    expect(refusal(buildXlsx({ s: rows }), { ...XLSX_LIMITS, maxCells: 2_000 })).toMatch(/more than 2,000 cells/);
  });

  it('a cell reference past the last column', () => {
    const bytes = buildXlsx({ s: [['x']] }, { parts: { 'xl/worksheets/sheet1.xml': worksheet('<row><c r="ZZZZ1"><v>1</v></c></row>') } });
    expect(refusal(bytes)).toMatch(/past column 16,384/);
  });

  it('a workbook over the file-size cap', () => {
    expect(refusal(buildXlsx({ s: [['x'.repeat(5000)]] }), { ...XLSX_LIMITS, maxFileBytes: 100 })).toMatch(/the limit is 100/);
  });
});
