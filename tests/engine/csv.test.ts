/**
 * CSV text for the "Copy … as CSV" buttons: RFC 4180
 * quoting and the guard against spreadsheet formula injection. Expected
 * strings are written out by hand from RFC 4180 §2.6–2.7 (enclose a field
 * holding a comma, quote, CR or LF in quotes; double a quote inside) and
 * OWASP's CSV Injection page (a leading apostrophe on a cell that begins with
 * =, +, -, @, tab, CR or LF).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/engine/csv.ts';
import { parseCsv } from '../helpers/csv-reader.ts';

describe('csvCell: RFC 4180 quoting', () => {
  it('writes a plain name bare', () => {
    expect(csvCell('sql-01')).toBe('sql-01');
  });
  it('quotes a name holding a double quote and doubles the quote', () => {
    // a "quoted", name → the field is enclosed and each " becomes "".
    expect(csvCell('a "quoted", name')).toBe('"a ""quoted"", name"');
  });
  it('quotes a name holding a comma', () => {
    expect(csvCell('web, front end')).toBe('"web, front end"');
  });
  it('quotes a name holding a line break, keeping the break inside the quotes', () => {
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });
  it('writes an absent value as an empty cell and a yes/no as true/false', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('csvCell: formula injection guard', () => {
  it('puts an apostrophe before text that starts with =, +, -, @, tab, CR or LF', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\tvm')).toBe("'\tvm");
    // CR and LF also force quoting; the apostrophe goes inside the quotes.
    expect(csvCell('\rvm')).toBe('"\'\rvm"');
    expect(csvCell('\nvm')).toBe('"\'\nvm"');
  });
  it('guards and quotes a formula holding a quote and a comma', () => {
    // =HYPERLINK("http://x","y") → '=HYPERLINK(""http://x"",""y"") inside quotes.
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
  it('leaves numbers as numbers: -5 given as a number or as the text "-5"', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+2.5')).toBe('+2.5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(1e21)).toBe('1e+21');
  });
  it('writes a number that is not finite as an empty cell', () => {
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
  it('does not guard a hyphen or equals sign inside a name', () => {
    expect(csvCell('vm-01=a')).toBe('vm-01=a');
  });
});

describe('toCsv', () => {
  it('writes a header and one line per row', () => {
    const text = toCsv(
      ['vm', 'startSeconds', 'converged'],
      [
        ['a "quoted", name', 0, true],
        ['=cmd', -5, false],
      ],
    );
    expect(text).toBe('vm,startSeconds,converged\n"a ""quoted"", name",0,true\n\'=cmd,-5,false');
  });

  it('round-trips any text through an RFC 4180 reader (with the apostrophe on guarded cells)', () => {
    const cell = fc.string({ unit: 'binary', maxLength: 24 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const width = rows[0]?.length ?? 2;
        const table = rows.map((r) => r.slice(0, width).concat(Array(Math.max(0, width - r.length)).fill('')));
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        const read = parseCsv(toCsv(header, table));
        const guarded = (s: string) => /^[=+\-@\t\r\n\0]/.test(s) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s);
        expect(read).toEqual([header, ...table.map((r) => r.map((s) => (guarded(s) ? `'${s}` : s)))]);
      }),
    );
  });

  it('round-trips finite numbers as the same numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 5 }), (values) => {
        const read = parseCsv(
          toCsv(
            values.map((_, i) => `n${i}`),
            [values],
          ),
        );
        expect(read[1]?.map(Number)).toEqual(values.map((v) => (Object.is(v, -0) ? 0 : v)));
      }),
    );
  });
});
