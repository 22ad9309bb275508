/**
 * What the import says before it replaces the list: the preview, the columns
 * ignored as a count, the VMs skipped by name. Figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { describeVm, hostEvacuationSchema, summarizeVms } from '../../src/engine/migration/host-evacuation.ts';
import { importTable } from '../../src/engine/table-import.ts';
import { previewOf, reportImport } from '../../src/engine/table-import-report.ts';
import type { ListField } from '../../src/engine/schema.ts';
import { clusterNetworkNamesSchema } from '../../src/engine/network/cluster-network-names.ts';
import { FORMAT_TABLE_WITH_PROMPT } from '../fixtures/get-vm-pastes.ts';

const vms = hostEvacuationSchema.vms;

describe('the drain planner’s VM summary', () => {
  it('counts each row’s VMs: 10 × 8 + 10 × 16 + 6 × 32 + 4 × 4 = 448 GiB over 30 VMs', () => {
    const rows = [
      { name: 'web', count: 10, memoryGiB: 8 },
      { name: 'app', count: 10, memoryGiB: 16 },
      { name: 'sql', count: 6, memoryGiB: 32 },
      { name: 'dc', count: 4, memoryGiB: 4 },
    ];
    expect(summarizeVms(rows)).toBe('30 VMs, 448 GiB');
    expect(describeVm(rows[0]!)).toBe('web 10 × 8 GiB');
    expect(summarizeVms([{ name: 'a', count: 1, memoryGiB: 1.25 }])).toBe('1 VM, 1.3 GiB');
    // 1,000 VMs of 16 GiB: 16,000 GiB, grouped.
    expect(summarizeVms([{ name: 'a', count: 1000, memoryGiB: 16 }])).toBe('1,000 VMs, 16,000 GiB');
  });
});

describe('reportImport', () => {
  it('the prompt-line Format-Table paste: preview, where it was read, 4 other columns ignored, 2 VMs skipped by name', () => {
    const report = reportImport(vms, importTable(FORMAT_TABLE_WITH_PROMPT, vms));
    // 6 running VMs, 128 + 64 + 32 + 16 + 8 + 4 = 252 GiB; the first three named.
    expect(report.preview).toBe('6 VMs, 252 GiB: SQL-PRD-01 128 GiB, SQL-PRD-02 64 GiB, EXCH 01 32 GiB, …');
    expect(report.source).toBe(
      'Read a PowerShell table with its header on line 3. 1 line before it (a prompt, the command or other text) was left out. 1 line after the table was left out.',
    );
    expect(report.used).toBe('Columns used: Name as Name, MemoryAssigned (bytes) as Memory (GiB).');
    expect(report.ignored).toEqual({
      summary: 'Ignored 4 other columns',
      items: [
        'State: not a column this list knows',
        'CPUUsage: not a column this list knows',
        'Uptime: not a column this list knows',
        'Status: not a column this list knows',
      ],
    });
    expect(report.defaulted).toBe('Not in the table, so the default is used: Count 1, Dirty rate 20 MB/s, Hot set 0.05 GiB.');
    expect(report.skipped).toEqual({ summary: 'Skipped 2 VMs not running (0 bytes of memory assigned)', items: ['TEMPLATE-2022', 'OLD APP'] });
    expect(report.errors).toEqual([]);
  });

  it('names PowerShell cut to fit its column are pointed out with how to get them whole', () => {
    const report = reportImport(vms, importTable('Name,MemoryAssigned\nSQL-REPORTING-…,8589934592\nDC01,4294967296\n', vms));
    expect(report.cutNames).toBe(
      '1 name ends in "..." or "…" (SQL-REPORTING-…): PowerShell cut it to fit the column. For whole names, paste what Format-Table -AutoSize or Export-Csv writes.',
    );
  });

  it('a refused paste has no preview, only its reason', () => {
    const report = reportImport(vms, importTable('Name, MemoryAssigned\nweb01 8589934592\ndc01 4294967296\n', vms));
    expect(report.preview).toBe('');
    expect(report.used).toBe('');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/^Line 1: This line reads as 2 columns, but none of the 2 lines under it has more than one/);
  });

  it('two rows name no more than themselves, without an ellipsis; a list without a summary counts rows', () => {
    expect(
      previewOf(vms, [
        { name: 'a', count: 1, memoryGiB: 2 },
        { name: 'b', count: 3, memoryGiB: 4 },
      ]),
    ).toBe('4 VMs, 14 GiB: a 2 GiB, b 3 × 4 GiB');
    const networks: ListField = clusterNetworkNamesSchema.networks;
    expect(networks.summarize).toBeUndefined();
    expect(previewOf(networks, [{}, {}])).toBe('2 rows');
  });
});
