/**
 * One column list draws a results table and writes its CSV
 * (src/engine/result-columns.ts, drawn by ResultTable.svelte). What the table shows in a
 * cell and what the CSV carries come from the same column: read the CSV back
 * with the tests' own RFC 4180 reader, write each figure with its column's
 * formatter, and the table's cell text must come out, cell by cell, for any
 * row. The formula guard of src/engine/csv.ts applies to the CSV (OWASP "CSV
 * Injection": a leading apostrophe on a cell that begins with =, +, -, @)
 * while the table shows the name as typed; headers carry their units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  csvColumns,
  headerText,
  isNumeric,
  resultCsv,
  shownValue,
  tableColumns,
  type ColumnValue,
  type ResultColumn,
} from '../../src/engine/result-columns.ts';
import { count, duration, gibFromMib, places, significant } from '../../src/number-format.ts';
import { parseCsv } from '../helpers/csv-reader.ts';

/** A row shaped like a drain schedule's, with a size in MiB and a cost that may be missing. */
interface Row {
  vm: string;
  startSeconds: number;
  memoryMiB: number;
  costPerIops: number | null;
  converged: boolean;
  guestOs: string;
}

const columns: ResultColumn<Row>[] = [
  { id: 'vm', header: 'VM', value: (r) => r.vm, rowHeader: true },
  { id: 'startSeconds', header: 'Starts', unit: 's', value: (r) => r.startSeconds, format: places(1) },
  { id: 'totalSeconds', header: 'Drain time', value: (r) => r.startSeconds, format: duration },
  { id: 'memoryMiB', header: 'Memory', unit: 'GiB', value: (r) => r.memoryMiB, format: gibFromMib },
  { id: 'costPerIops', header: 'Cost per IOPS', value: (r) => r.costPerIops, format: significant, note: (r) => (r.converged ? '' : ' (short)') },
  { id: 'converged', header: 'Converged', value: (r) => r.converged },
  { id: 'vCpus', header: 'vCPUs', value: (r) => Math.round(r.memoryMiB / 4096), format: count },
  { id: 'guestOs', header: 'Guest OS', value: (r) => r.guestOs, only: 'csv' },
  { id: 'findings', header: 'Findings', value: (r) => (r.converged ? null : 'not converged'), only: 'table' },
];

/** A CSV cell read back as the figure it was written from: CSV has no types, so the column's figure says which it was. */
function readBack(cell: string, original: ColumnValue): ColumnValue {
  if (cell === '') return typeof original === 'string' ? '' : null;
  if (typeof original === 'number') return Number(cell);
  if (typeof original === 'boolean') return cell === 'true';
  // The guard's apostrophe is the CSV's, not the figure's.
  return typeof original === 'string' && cell === `'${original}` ? original : cell;
}

const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  vm: fc.oneof(fc.string({ maxLength: 16 }), fc.constantFrom('=HYPERLINK("http://x")', '+1', '-sum', '@cmd', 'a "quoted", name', 'line\nbreak')),
  startSeconds: fc.double({ min: 0, max: 1e6, noNaN: true }),
  memoryMiB: fc.integer({ min: 0, max: 4_194_304 }),
  costPerIops: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }),
  converged: fc.boolean(),
  guestOs: fc.string({ maxLength: 12 }),
});

describe('a row rendered and exported agree cell by cell', () => {
  it('holds for any rows: each CSV figure, written with its column formatter, is the table cell', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 5 }), (rows) => {
        const [header, ...lines] = parseCsv(resultCsv(columns, rows));
        const exported = csvColumns(columns);
        expect(header).toEqual(exported.map((c) => c.id));
        expect(lines).toHaveLength(rows.length);
        rows.forEach((row, r) => {
          for (const column of tableColumns(exported)) {
            const cell = lines[r]?.[exported.indexOf(column)] ?? '';
            const figure = readBack(cell, column.value(row));
            expect(shownValue(column, figure) + (column.note?.(row) ?? '')).toBe(cellText(column, row));
          }
        });
      }),
    );
  });

  it('writes one worked row as expected by hand', () => {
    const row: Row = { vm: 'sql-01', startSeconds: 125.04, memoryMiB: 1536, costPerIops: null, converged: false, guestOs: 'Windows' };
    // Table: 125.04 s to one place is 125; as a duration 125 = 2 × 60 + 5; 1,536 MiB = 1.5 GiB; no cost, short; 1,536 / 4,096 rounds to 0 vCPUs.
    expect(tableColumns(columns).map((c) => cellText(c, row))).toEqual(['sql-01', '125', '125 s (2 min 5 s)', '1.5', '— (short)', 'no', '0', 'not converged']);
    // CSV: the figures themselves, no formatting; an empty cell for the missing cost; the guest OS, which only the CSV carries.
    expect(resultCsv(columns, [row])).toBe(
      'vm,startSeconds,totalSeconds,memoryMiB,costPerIops,converged,vCpus,guestOs\nsql-01,125.04,125.04,1536,,false,0,Windows',
    );
  });
});

describe('the formula guard applies to the CSV, not to the table', () => {
  it('makes a formula-like VM name inert in the CSV and shows it as typed in the table', () => {
    const row: Row = { vm: '=HYPERLINK("http://x")', startSeconds: 0, memoryMiB: 0, costPerIops: 0.013, converged: true, guestOs: '@SUM(A1)' };
    const vm = tableColumns(columns)[0];
    expect(vm && cellText(vm, row)).toBe('=HYPERLINK("http://x")');
    // By hand (RFC 4180 §2.7, OWASP): apostrophe first, then quotes doubled inside a quoted field.
    const line = resultCsv(columns, [row]).split('\n')[1] ?? '';
    expect(line.startsWith('"\'=HYPERLINK(""http://x"")",')).toBe(true);
    expect(line.endsWith(",'@SUM(A1)")).toBe(true);
  });
});

describe('headers and columns', () => {
  it('puts the unit in brackets after the header text, and only where there is one', () => {
    expect(tableColumns(columns).map((c) => headerText(c))).toEqual([
      'VM',
      'Starts (s)',
      'Drain time',
      'Memory (GiB)',
      'Cost per IOPS',
      'Converged',
      'vCPUs',
      'Findings',
    ]);
  });
  it('keeps a CSV-only column out of the table and a table-only one out of the CSV', () => {
    expect(tableColumns(columns).map((c) => c.id)).not.toContain('guestOs');
    expect(csvColumns(columns).map((c) => c.id)).not.toContain('findings');
  });
  it('right-aligns the columns that hold formatted numbers, and only those', () => {
    expect(
      tableColumns(columns)
        .filter((c) => isNumeric(c))
        .map((c) => c.id),
    ).toEqual(['startSeconds', 'totalSeconds', 'memoryMiB', 'costPerIops', 'vCpus']);
  });
  it('writes a missing figure as the column says, a dash by default', () => {
    const column: ResultColumn<{ generation: number | null }> = {
      id: 'generation',
      header: 'Generation',
      value: (r) => r.generation,
      format: count,
      missing: '?',
    };
    expect(cellText(column, { generation: null })).toBe('?');
    expect(cellText({ ...column, missing: undefined }, { generation: null })).toBe('—');
    expect(cellText(column, { generation: 2 })).toBe('2');
  });
});
