/**
 * Pasted tables into list rows, so a long VM list need not be typed: CSV, spreadsheet TSV and the
 * fixed-width tables PowerShell prints. The fixtures are written by hand in
 * the shapes those tools produce; expected values are worked out in each test.
 */
import { describe, expect, it } from 'vitest';
import { hostEvacuationSchema } from '../../src/engine/migration/host-evacuation.ts';
import { importTable } from '../../src/engine/table-import.ts';
import { readTableText } from '../../src/engine/table-text.ts';

const vms = hostEvacuationSchema.vms;
// The item fields' defaults, for the columns a table leaves out.
const DIRTY = 20;
const HOT = 0.05;

describe('readTableText', () => {
  it('reads CSV with quoted cells holding commas, doubled quotes and line breaks', () => {
    const t = readTableText('Name,Note\n"web, 01","says ""hi"""\n"multi\nline",x\n');
    expect(t.format).toBe('csv');
    expect(t.header).toEqual(['Name', 'Note']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['web, 01', 'says "hi"'] },
      { line: 3, cells: ['multi\nline', 'x'] },
    ]);
  });

  it('skips the #TYPE line of Windows PowerShell 5.1 Export-Csv and a byte-order mark', () => {
    const t = readTableText('\uFEFF#TYPE Selected.Microsoft.HyperV.PowerShell.VirtualMachine\r\n"Name","MemoryAssigned"\r\n"dc01","4294967296"\r\n');
    expect(t.header).toEqual(['Name', 'MemoryAssigned']);
    expect(t.rows).toEqual([{ line: 3, cells: ['dc01', '4294967296'] }]);
  });

  it('reads semicolon CSV (European spreadsheets) and tab-separated text from Excel', () => {
    expect(readTableText('Name;Memory\nweb;8\n').rows[0]?.cells).toEqual(['web', '8']);
    const tsv = readTableText('Name\tMemory (GiB)\tCount\r\nweb\t8\t3\r\n');
    expect(tsv.format).toBe('tsv');
    expect(tsv.rows[0]?.cells).toEqual(['web', '8', '3']);
  });

  it('cuts a PowerShell table at its dash runs: text left-aligned, numbers right-aligned, names with spaces', () => {
    const text = [
      '',
      'Name            MemoryAssigned State',
      '----            -------------- -----',
      'Ubuntu (bionic)     2147483648 Running',
      'dc01                4294967296 Off',
      '',
    ].join('\n');
    const t = readTableText(text);
    expect(t.format).toBe('powershell-table');
    expect(t.header).toEqual(['Name', 'MemoryAssigned', 'State']);
    expect(t.rows).toEqual([
      { line: 4, cells: ['Ubuntu (bionic)', '2147483648', 'Running'] },
      { line: 5, cells: ['dc01', '4294967296', 'Off'] },
    ]);
  });
});

describe('importTable with the drain planner’s VM list', () => {
  it('maps Get-VM | Select-Object Name, MemoryAssigned, State: bytes to GiB, State ignored, the rest defaulted', () => {
    // 8589934592 = 8 × 2^30 → 8 GiB; 4294967296 = 4 × 2^30 → 4 GiB; 3221225472 = 3 × 2^30 → 3 GiB.
    const text = [
      'Name  MemoryAssigned State',
      '----  -------------- -----',
      'web01     8589934592 Running',
      'dc01      4294967296 Running',
      'app01     3221225472 Running',
    ].join('\n');
    const r = importTable(text, vms);
    expect(r.errors).toEqual([]);
    expect(r.mapped).toEqual([
      { header: 'Name', field: 'name' },
      { header: 'MemoryAssigned', field: 'memoryGiB', fromUnit: 'bytes' },
    ]);
    expect(r.ignored).toEqual([{ header: 'State', reason: 'not a column this list knows' }]);
    expect(r.defaulted).toEqual(['count', 'dirtyRateMBps', 'hotSetGiB']);
    expect(r.rows).toEqual([
      { name: 'web01', count: 1, memoryGiB: 8, dirtyRateMBps: DIRTY, hotSetGiB: HOT },
      { name: 'dc01', count: 1, memoryGiB: 4, dirtyRateMBps: DIRTY, hotSetGiB: HOT },
      { name: 'app01', count: 1, memoryGiB: 3, dirtyRateMBps: DIRTY, hotSetGiB: HOT },
    ]);
  });

  it('reads the default Get-VM view, MemoryAssigned(M) in MiB: 2048 MiB = 2 GiB, 1536 MiB = 1.5 GiB', () => {
    const text = [
      'Name   State   CPUUsage(%) MemoryAssigned(M) Uptime           Status             Version',
      '----   -----   ----------- ----------------- ------           ------             -------',
      'sql01  Running 3           2048              12.03:11:45.1230 Operating normally 10.0',
      'web01  Running 0           1536              12.03:11:40.5510 Operating normally 10.0',
    ].join('\n');
    const r = importTable(text, vms);
    expect(r.rows.map((x) => [x.name, x.memoryGiB])).toEqual([
      ['sql01', 2],
      ['web01', 1.5],
    ]);
    expect(r.ignored.map((i) => i.header)).toEqual(['State', 'CPUUsage(%)', 'Uptime', 'Status', 'Version']);
  });

  it('prefers MemoryAssigned over MemoryStartup whatever the column order, and says which it ignored', () => {
    // Dynamic memory: started with 2 GiB (2147483648), now holds 6 GiB (6442450944 = 6 × 2^30).
    const r = importTable('"Name","MemoryStartup","MemoryAssigned"\n"vdi01","2147483648","6442450944"\n', vms);
    expect(r.rows[0]?.memoryGiB).toBe(6);
    expect(r.ignored).toEqual([{ header: 'MemoryStartup', reason: 'Memory comes from MemoryAssigned' }]);
  });

  it('matches the planner’s own headers in any case and spacing, with count, from a spreadsheet', () => {
    const text = 'name\tCOUNT\tMemory (GiB)\tdirty rate (MB/s)\tHot set (GiB)\tOwner\nweb\t12\t8\t25\t0.1\tteam a\n';
    const r = importTable(text, vms);
    expect(r.rows).toEqual([{ name: 'web', count: 12, memoryGiB: 8, dirtyRateMBps: 25, hotSetGiB: 0.1 }]);
    expect(r.ignored.map((i) => i.header)).toEqual(['Owner']);
    expect(r.defaulted).toEqual([]);
  });

  it('reads thousands-grouped numbers a spreadsheet copies ("8,589,934,592" bytes = 8 GiB)', () => {
    const r = importTable('Name\tMemoryAssigned\nweb\t8,589,934,592\n', vms);
    expect(r.rows[0]?.memoryGiB).toBe(8);
  });

  it('leaves out a line it cannot read, naming the line, field and reason, and keeps the others', () => {
    const text = 'Name,Memory,Count\nok1,8,1\nbad1,eight,1\nbad2,8,2.5\nbad3,0,1\nok2,4,2\n';
    const r = importTable(text, vms);
    expect(r.rows.map((x) => x.name)).toEqual(['ok1', 'ok2']);
    expect(r.errors).toEqual([
      { line: 3, message: 'Memory "eight" is not a number in GiB' },
      { line: 4, message: 'Count "2.5" must be a whole number, not 2.5' },
      { line: 5, message: 'Memory "0" must be greater than 0 GiB, not 0' },
    ]);
  });

  it('says so when no column is recognised, or there is nothing to read', () => {
    expect(importTable('Foo,Bar\n1,2\n', vms).errors[0]?.message).toBe('No column was recognised; the list takes Name, Count, Memory, Dirty rate, Hot set.');
    expect(importTable('  \n\n', vms).errors[0]?.message).toBe('Nothing to import: paste a table with a header line.');
  });

  it('stops at the list’s 1,000 rows and says where', () => {
    const text = ['Name,Memory', ...Array.from({ length: 1002 }, (_, i) => `vm${i},1`)].join('\n');
    const r = importTable(text, vms);
    expect(r.rows).toHaveLength(1000);
    // Header on line 1, row 1,001 on line 1,002.
    expect(r.errors).toEqual([{ line: 1002, message: 'The list holds at most 1,000 rows; this line and the ones after it were left out.' }]);
  });
});
