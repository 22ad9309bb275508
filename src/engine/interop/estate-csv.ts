/**
 * The estate planner's per-VM plan: one column list for the page's table of
 * VMs and for the CSV its "Download CSV" saves, one row per VM (through
 * toCsv, so names that hold commas or start like a formula are safe in a
 * spreadsheet). Unknown figures are empty cells. The CSV carries sizes in
 * MiB, as RVTools gives them; the table shows the same figures in GiB.
 */
import { count, gibFromMib } from '../../number-format.ts';
import { resultCsv, type ResultColumn } from '../result-columns.ts';
import type { PlannedVm } from './vm-plan.ts';

export const estateVmColumns: readonly ResultColumn<PlannedVm>[] = [
  { id: 'vm', header: 'VM', value: (vm) => vm.name, rowHeader: true },
  { id: 'vCenter', header: 'vCenter', value: (vm) => vm.vCenter, only: 'csv' },
  { id: 'cluster', header: 'Cluster', value: (vm) => vm.cluster },
  { id: 'powerState', header: 'Power state', value: (vm) => vm.powerState, only: 'csv' },
  { id: 'vCpus', header: 'vCPUs', value: (vm) => vm.cpus, format: count },
  { id: 'memoryMiB', header: 'Memory', unit: 'GiB', value: (vm) => vm.memoryMiB, format: gibFromMib },
  { id: 'diskCapacityMiB', header: 'Disks', unit: 'GiB', value: (vm) => vm.diskCapacityMiB, format: gibFromMib },
  { id: 'inUseMiB', header: 'In use', unit: 'MiB', value: (vm) => vm.inUseMiB, only: 'csv' },
  { id: 'firmware', header: 'Firmware', value: (vm) => vm.firmware, only: 'csv' },
  { id: 'generation', header: 'Generation', value: (vm) => vm.generation, format: count, missing: '?' },
  { id: 'guestOs', header: 'Guest OS', value: (vm) => vm.guestOs.name, only: 'csv' },
  { id: 'guestSupport', header: 'Guest support', value: (vm) => vm.guestOs.support, only: 'csv' },
  {
    id: 'disks',
    header: 'Disks',
    value: (vm) => (vm.disks ?? []).map((d) => `${d.label} ${d.vhdxSizeMiB} MiB ${d.hyperVSlot}`).join('; '),
    only: 'csv',
  },
  { id: 'nics', header: 'Network adapters', value: (vm) => (vm.nics ?? []).map((n) => `${n.adapter} → ${n.replacement}`).join('; '), only: 'csv' },
  { id: 'blockers', header: 'Findings', value: (vm) => vm.blockers.map((b) => `${b.kind}: ${b.reason}`).join(' | '), only: 'csv' },
  // The table names the kinds; the CSV's blockers column gives each with its reason.
  { id: 'findings', header: 'Findings', value: (vm) => vm.blockers.map((b) => b.kind).join(', ') || null, only: 'table' },
];

export function estateCsv(vms: readonly PlannedVm[]): string {
  return resultCsv(estateVmColumns, vms);
}

/** The file the CSV is saved as: the export's name without its extension, or "estate". */
export function estateCsvFileName(exportName: string): string {
  return `${(exportName || 'estate').replace(/\.[^.]+$/, '')}-hyper-v-plan.csv`;
}
