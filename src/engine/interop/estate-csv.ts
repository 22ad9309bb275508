/**
 * The estate planner's per-VM plan as CSV, one row per VM: what the page's
 * "Download CSV" saves (through toCsv, so names that hold commas or start
 * like a formula are safe in a spreadsheet). Unknown figures are empty cells.
 */
import { toCsv } from '../csv.ts';
import type { PlannedVm } from './vm-plan.ts';

const HEADER = [
  'vm',
  'vCenter',
  'cluster',
  'powerState',
  'vCpus',
  'memoryMiB',
  'diskCapacityMiB',
  'inUseMiB',
  'firmware',
  'generation',
  'guestOs',
  'guestSupport',
  'disks',
  'nics',
  'blockers',
] as const;

export function estateCsv(vms: readonly PlannedVm[]): string {
  return toCsv(
    HEADER,
    vms.map((vm) => [
      vm.name,
      vm.vCenter,
      vm.cluster,
      vm.powerState,
      vm.cpus,
      vm.memoryMiB,
      vm.diskCapacityMiB ?? '',
      vm.inUseMiB ?? '',
      vm.firmware ?? '',
      vm.generation ?? '',
      vm.guestOs.name,
      vm.guestOs.support,
      (vm.disks ?? []).map((d) => `${d.label} ${d.vhdxSizeMiB} MiB ${d.hyperVSlot}`).join('; '),
      (vm.nics ?? []).map((n) => `${n.adapter} → ${n.replacement}`).join('; '),
      vm.blockers.map((b) => `${b.kind}: ${b.reason}`).join(' | '),
    ]),
  );
}

/** The file the CSV is saved as: the export's name without its extension, or "estate". */
export function estateCsvFileName(exportName: string): string {
  return `${(exportName || 'estate').replace(/\.[^.]+$/, '')}-hyper-v-plan.csv`;
}
