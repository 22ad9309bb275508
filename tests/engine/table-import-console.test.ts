/**
 * Pastes as administrators make them: copied from the PowerShell console with
 * the prompt and the command, from Format-List, from an Export-Csv file with
 * its #TYPE line, from a spreadsheet with sizes written "8 GB". Every fixture
 * is written by hand in the shape the tool prints (said above each one); the
 * expected VM counts, memory and drain times are worked out in the comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostEvacuation, hostEvacuationSchema } from '../../src/engine/migration/host-evacuation.ts';
import { importTable } from '../../src/engine/table-import.ts';
import { readTableText } from '../../src/engine/table-text.ts';
import { FORMAT_TABLE_WITH_PROMPT, RUNNING } from '../fixtures/get-vm-pastes.ts';
import { resultOf } from '../helpers/evaluate.ts';

const vms = hostEvacuationSchema.vms;

const namesAndMemory = (rows: Record<string, unknown>[]) => rows.map((r) => [r.name, r.memoryGiB]);

/**
 * One migration at a time over a measured 1 GiB/s (2^30 × 8 bits = 8.589934592 Gbps), nothing
 * dirtied: each VM takes 1.5 s of setup + its GiB at 1 GiB/s + 1 s of clean-up.
 */
function drainOneAtATime(rows: Record<string, unknown>[]): number {
  const idle = rows.map((r) => ({ ...r, dirtyRateMBps: 0, hotSetGiB: 0 }));
  return resultOf(hostEvacuation, { vms: idle, maxConcurrent: 1, effectiveGbps: 8.589934592 }).totalSeconds;
}

describe('a Format-Table paste with its prompt and command', () => {
  it('reads six running VMs, 252 GiB, skips the two that are off, and names what it left out', () => {
    const r = importTable(FORMAT_TABLE_WITH_PROMPT, vms);
    expect(r.format).toBe('powershell-table');
    expect(r.headerLine).toBe(3);
    // The prompt and command (line 1) and the closing prompt (line 15).
    expect(r.skippedLines).toEqual([1, 15]);
    expect(namesAndMemory(r.rows)).toEqual(RUNNING);
    expect(r.skipped).toEqual([
      { line: 11, name: 'TEMPLATE-2022', reason: 'not running (0 bytes of memory assigned)' },
      { line: 12, name: 'OLD APP', reason: 'not running (0 bytes of memory assigned)' },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.ignored.map((i) => i.header)).toEqual(['State', 'CPUUsage', 'Uptime', 'Status']);
  });

  it('gives the hand-worked drain time: 6 × 2.5 s + 252 GiB at 1 GiB/s = 267 s, not the 10 × 10.5 s = 105 s of ten "vm" rows at 8 GiB', () => {
    expect(drainOneAtATime(importTable(FORMAT_TABLE_WITH_PROMPT, vms).rows)).toBeCloseTo(267, 6);
  });

  it('reads the same with a remote-session prompt, a bare PS> and a >> continuation line', () => {
    const table = FORMAT_TABLE_WITH_PROMPT.split('\n').slice(2).join('\n');
    const text = `[HV01]: PS C:\\> Get-VM |\n>> Format-Table Name, State, CPUUsage, MemoryAssigned, Uptime, Status\n${table}\nPS>`;
    expect(namesAndMemory(importTable(text, vms).rows)).toEqual(RUNNING);
  });

  it('reads the same when the command was copied without its prompt', () => {
    const text = FORMAT_TABLE_WITH_PROMPT.replace('PS C:\\Users\\admin> ', '');
    expect(namesAndMemory(importTable(text, vms).rows)).toEqual(RUNNING);
  });
});

describe('refusing a table that cannot be what it seems', () => {
  it('refuses a "CSV" whose lines never split against a six-column header, and imports nothing', () => {
    // The table without its dash line, under a header someone typed with commas.
    const text = [
      'Name, State, CPUUsage, MemoryAssigned, Uptime, Status',
      'SQL-PRD-01    Running        7   137438953472 41.06:12:09.1230000 Operating normally',
      'DC01          Running        0     4294967296 41.06:13:01.7700000 Operating normally',
    ].join('\n');
    const r = importTable(text, vms);
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(1);
    expect(r.errors[0]!.message).toMatch(
      /^This line reads as 6 columns, but none of the 2 lines under it has more than one, so this is not a CSV table and nothing was imported\./,
    );
  });

  it('refuses one unsplit line among good ones instead of giving it the default 8 GiB', () => {
    const r = importTable('Name,MemoryAssigned\nweb01,8589934592\nstray text\n', vms);
    expect(namesAndMemory(r.rows)).toEqual([['web01', 8]]);
    expect(r.errors).toEqual([{ line: 3, message: 'has one cell where the header has 2' }]);
  });

  it('a 0 in a column people type ("Memory (GiB)") is still an error: only Get-VM’s MemoryAssigned means "off"', () => {
    const r = importTable('Name\tMemory (GiB)\nweb\t0\n', vms);
    expect(r.skipped).toEqual([]);
    expect(r.errors).toEqual([{ line: 2, message: 'Memory "0" must be greater than 0 GiB, not 0' }]);
  });
});

describe('other shapes an administrator pastes', () => {
  it('Format-List: `Get-VM | Format-List Name, State, MemoryAssigned`, names padded to the colon, a blank line between VMs', () => {
    // 3 VMs listed; TEMPLATE-2022 is off (0 bytes) and skipped: 2 VMs, 128 + 4 = 132 GiB.
    const text = [
      'PS C:\\> Get-VM | Format-List Name, State, MemoryAssigned',
      '',
      '',
      'Name           : SQL-PRD-01',
      'State          : Running',
      'MemoryAssigned : 137438953472',
      '',
      'Name           : DC01',
      'State          : Running',
      'MemoryAssigned : 4294967296',
      '',
      'Name           : TEMPLATE-2022',
      'State          : Off',
      'MemoryAssigned : 0',
      '',
      '',
      '',
    ].join('\n');
    const r = importTable(text, vms);
    expect(r.format).toBe('powershell-list');
    expect(namesAndMemory(r.rows)).toEqual([
      ['SQL-PRD-01', 128],
      ['DC01', 4],
    ]);
    expect(r.skipped.map((s) => s.name)).toEqual(['TEMPLATE-2022']);
    expect(r.ignored.map((i) => i.header)).toEqual(['State']);
  });

  it('Export-Csv of whole Get-VM objects (Windows PowerShell 5.1: #TYPE line, every value quoted): 2 columns used, 22 ignored', () => {
    // 24 of the VirtualMachine object's properties, as Export-Csv heads its columns. Name is read
    // (VMName is the same), MemoryAssigned (MemoryStartup ignored): 64 GiB + 8 GiB = 72 GiB.
    const header =
      '"VMName","VMId","Id","Name","State","CPUUsage","MemoryAssigned","MemoryDemand","MemoryStatus","Uptime","Status","ReplicationState","Generation","Version","Path","ProcessorCount","DynamicMemoryEnabled","MemoryMinimum","MemoryMaximum","MemoryStartup","Notes","ComputerName","IsClustered","Heartbeat"';
    const row = (name: string, id: string, bytes: string) =>
      `"${name}","${id}","${id}","${name}","Running","2","${bytes}","${bytes}","","12.02:45:10.0020000","Operating normally","Disabled","2","10.0","C:\\ClusterStorage\\Volume1\\${name}","4","False","536870912","1099511627776","${bytes}","","HV01","True","OkApplicationsUnknown"`;
    const text = [
      '#TYPE Microsoft.HyperV.PowerShell.VirtualMachine',
      header,
      row('APP-01', '5c9f6a0e-3c52-4a5b-9d3e-0a1b2c3d4e5f', '68719476736'),
      row('APP 02', '0d2e1f3a-7b6c-4d5e-8f90-a1b2c3d4e5f6', '8589934592'),
    ].join('\r\n');
    const r = importTable(text, vms);
    expect(r.format).toBe('csv');
    expect(namesAndMemory(r.rows)).toEqual([
      ['APP-01', 64],
      ['APP 02', 8],
    ]);
    expect(r.mapped.map((m) => m.header)).toEqual(['Name', 'MemoryAssigned']);
    expect(r.ignored).toHaveLength(22);
    expect(r.ignored.find((i) => i.header === 'VMName')?.reason).toBe('Name comes from Name');
    expect(r.ignored.find((i) => i.header === 'MemoryStartup')?.reason).toBe('Memory comes from MemoryAssigned');
  });

  it('sizes written with a unit in a spreadsheet column, read in binary units as Windows writes them', () => {
    // "8 GB" = 8 GiB; "16384 MB" = 16384 / 1024 = 16 GiB; "0.5 GB" = 0.5 GiB; "512 MiB" = 0.5 GiB;
    // "1 TB" = 1024 GiB; a bare 4 in "Memory (GiB)" = 4 GiB. Copied from Excel: tab-separated.
    const text = 'VM name\tMemory (GiB)\tOwner\nA 1\t8 GB\tops\nB-2\t16384 MB\tops\nc3\t0.5 GB\tdev\nd4\t512 MiB\tdev\ne5\t1 TB\tdba\nf6\t4\tdba\n';
    const r = importTable(text, vms);
    expect(r.format).toBe('tsv');
    expect(namesAndMemory(r.rows)).toEqual([
      ['A 1', 8],
      ['B-2', 16],
      ['c3', 0.5],
      ['d4', 0.5],
      ['e5', 1024],
      ['f6', 4],
    ]);
    expect(r.unitValues).toBe(5);
  });

  it('a unit in the cell wins over the column’s: "8 GB" under MemoryAssigned is 8 GiB, not 8 bytes', () => {
    expect(importTable('Name,MemoryAssigned\nweb,8 GB\n', vms).rows[0]?.memoryGiB).toBe(8);
  });

  it('a title line and a blank line above a CSV header are preamble', () => {
    const text = 'VM inventory for HV01, exported 2026-12-01\n\nName,Memory (GiB)\nweb,8\n';
    const r = importTable(text, vms);
    expect(r.headerLine).toBe(3);
    expect(r.skippedLines).toEqual([1]);
    expect(namesAndMemory(r.rows)).toEqual([['web', 8]]);
  });
});

describe('what Get-VM prints without being asked for columns', () => {
  it('the default view (MemoryAssigned(M) in MiB, left-aligned): an Off VM with 0 is skipped, names cut with "…" are flagged', () => {
    // Get-VM's own table view at the console; a narrow window cuts a long name with "…" (PowerShell 7)
    // or "..." (Windows PowerShell 5.1). 16384 MiB = 16 GiB, 4096 MiB = 4 GiB.
    const text = [
      'PS C:\\> Get-VM',
      '',
      'Name            State   CPUUsage(%) MemoryAssigned(M) Uptime           Status             Version',
      '----            -----   ----------- ----------------- ------           ------             -------',
      'SQL-REPORTING-… Running 2           16384             5.02:11:09.1120  Operating normally 10.0',
      'DC02            Running 0           4096              5.02:11:20.0040  Operating normally 10.0',
      'LAB-OLD-SERV... Off     0           0                 00:00:00         Operating normally 9.0',
      '',
    ].join('\n');
    const r = importTable(text, vms);
    expect(namesAndMemory(r.rows)).toEqual([
      ['SQL-REPORTING-…', 16],
      ['DC02', 4],
    ]);
    expect(r.skipped.map((s) => s.name)).toEqual(['LAB-OLD-SERV...']);
    expect(r.cutNames).toEqual(['SQL-REPORTING-…']);
    expect(r.errors).toEqual([]);
  });
});

describe('readTableText: PowerShell’s fixed-width columns', () => {
  it('a right-aligned number wider than its header starts left of its dashes (`Get-Process | Format-Table Name, Id`)', () => {
    // "Id" is two characters; the ids are five, right-aligned under it.
    const text = ['Name                    Id', '----                    --', 'ApplicationFrameHost 12345', 'svchost                 88'].join('\n');
    expect(readTableText(text).rows.map((r) => r.cells)).toEqual([
      ['ApplicationFrameHost', '12345'],
      ['svchost', '88'],
    ]);
  });

  it('a header with a space ("Memory (GB)", a calculated property) is one column', () => {
    const text = ['Name  Memory (GB)', '----  -----------', 'web             8', 'sql           128'].join('\n');
    const t = readTableText(text);
    expect(t.header).toEqual(['Name', 'Memory (GB)']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['web', '8'],
      ['sql', '128'],
    ]);
  });
});

describe('properties', () => {
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,11}$/);
  const vm = fc.record({ name, gib: fc.integer({ min: 1, max: 512 }) });
  const table = fc.array(vm, { minLength: 1, maxLength: 12 });
  /** Lines people copy above a table: blank lines, prompts with commands, bare prompts. */
  const preambleLine = fc.constantFrom(
    '',
    '   ',
    'PS>',
    'PS C:\\> Get-VM | Format-Table Name, State, CPUUsage, MemoryAssigned, Uptime, Status',
    '[HV01]: PS C:\\Users\\admin> Get-VM | Select-Object Name, MemoryAssigned',
    'Get-VM -ComputerName HV01, HV02 | Format-Table Name, MemoryAssigned',
  );
  const shapes = {
    csv: (rows: { name: string; gib: number }[]) => ['Name,MemoryAssigned', ...rows.map((r) => `${r.name},${r.gib * 2 ** 30}`)].join('\n'),
    tsv: (rows: { name: string; gib: number }[]) => ['Name\tMemory (GiB)\tOwner', ...rows.map((r) => `${r.name}\t${r.gib}\tops`)].join('\n'),
    table: (rows: { name: string; gib: number }[]) =>
      [
        `${'Name'.padEnd(12)} ${'MemoryAssigned'.padStart(14)}`,
        `${'----'.padEnd(12)} ${'--------------'.padStart(14)}`,
        ...rows.map((r) => `${r.name.padEnd(12)} ${String(r.gib * 2 ** 30).padStart(14)}`),
      ].join('\n'),
    list: (rows: { name: string; gib: number }[]) => rows.map((r) => `Name           : ${r.name}\nMemoryAssigned : ${r.gib * 2 ** 30}`).join('\n\n'),
  };
  /** Lines people copy below a table: the next prompt, blank lines. */
  const trailingLine = fc.constantFrom('', '  ', 'PS>', 'PS C:\\Users\\admin> ');
  const shape = fc.constantFrom(...(Object.keys(shapes) as (keyof typeof shapes)[]));

  it('prompt, command and blank lines before a table, and prompts and blank lines after it, never change the rows read', () => {
    fc.assert(
      fc.property(table, shape, fc.array(preambleLine, { maxLength: 5 }), fc.array(trailingLine, { maxLength: 3 }), (rows, s, before, after) => {
        const text = shapes[s](rows);
        const plain = importTable(text, vms);
        const wrapped = importTable([...before, text, ...after].join('\n'), vms);
        expect(wrapped.rows).toEqual(plain.rows);
        expect(wrapped.errors).toEqual([]);
        expect(namesAndMemory(plain.rows)).toEqual(rows.map((r) => [r.name, r.gib]));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('every VM read carries its own name and memory: a row never silently takes the default name or 8 GiB', () => {
    fc.assert(
      fc.property(table, shape, fc.array(preambleLine, { maxLength: 3 }), (rows, s, before) => {
        const r = importTable([...before, shapes[s](rows)].join('\n'), vms);
        expect(r.rows.map((x) => x.name)).toEqual(rows.map((x) => x.name));
        expect(r.rows.reduce((sum, x) => sum + (x.memoryGiB as number), 0)).toBe(rows.reduce((sum, x) => sum + x.gib, 0));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
