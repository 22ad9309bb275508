/**
 * RVTools-shaped rows for the planner's tests and its benchmark
 * (scripts/bench-rvtools.mjs): the vInfo and vDisk columns the planner reads,
 * in the order an RVTools 4.x export has them, and rows built by column name,
 * so each test says which value it puts in which column.
 */
import type { CellValue } from '../xlsx/build-xlsx.ts';

/** vInfo columns the planner reads, in RVTools 4.x order (an export has many more between them). */
export const VINFO_COLUMNS = [
  'VM',
  'Powerstate',
  'Template',
  'SRM Placeholder',
  'CPUs',
  'Memory',
  'Provisioned MiB',
  'In Use MiB',
  'Total disk capacity MiB',
  'FT State',
  'EFI Secure boot',
  'Firmware',
  'Annotation',
  'Datacenter',
  'Cluster',
  'Host',
  'OS according to the configuration file',
  'VM UUID',
  'VI SDK Server',
  'VI SDK UUID',
] as const;

/** vDisk columns the planner reads, with the disk's own neighbours, in RVTools 4.x order. */
export const VDISK_COLUMNS = [
  'VM',
  'Powerstate',
  'Template',
  'Disk',
  'Disk Key',
  'Capacity MiB',
  'Raw',
  'Disk Mode',
  'Sharing mode',
  'Thin',
  'Eagerly Scrub',
  'Controller',
  'SCSI Unit #',
  'Unit #',
  'Shared Bus',
  'Raw Comp. Mode',
  'VM UUID',
  'VI SDK UUID',
] as const;

/** A header with custom attribute columns where RVTools writes them: after Annotation. */
export function withCustomAttributes(header: readonly string[], ...attributes: string[]): string[] {
  const at = header.indexOf('Annotation') + 1;
  return [...header.slice(0, at), ...attributes, ...header.slice(at)];
}

/** One row of `header` from values named by column; a column not named is a blank cell. Throws on a name the header lacks. */
export function rowOf(header: readonly string[], values: Readonly<Record<string, CellValue>>): CellValue[] {
  for (const name of Object.keys(values)) if (!header.includes(name)) throw new Error(`no column "${name}" in the header`);
  return header.map((name) => values[name] ?? null);
}
