/**
 * What the planner reads from an RVTools export, tab by tab, before any
 * judgement: one record per vInfo row (templates and SRM placeholders
 * included, flagged) and the disk, NIC, snapshot, USB and Tools rows joined to
 * it. Plain JSON, so the island's Web Worker can hand it to the page.
 */

export type JoinBasis = 'vi-sdk-uuid+vm-uuid' | 'vm-uuid' | 'vm-name';

export interface InventoryDisk {
  label: string;
  capacityMiB: number;
  thin: boolean | null;
  raw: boolean;
  rawMode: string;
  diskMode: string;
  sharingMode: string;
  sharedBus: string;
  controller: string;
  busNumber: number | null;
  unitNumber: number | null;
}

export interface InventoryNic {
  label: string;
  adapter: string;
  network: string;
  macType: string;
}

export interface InventorySnapshot {
  name: string;
  sizeMiB: number | null;
}

export interface InventoryVm {
  name: string;
  powerState: string;
  template: boolean;
  srmPlaceholder: boolean;
  cpus: number;
  memoryMiB: number;
  provisionedMiB: number | null;
  inUseMiB: number | null;
  /** vInfo "Total disk capacity MiB" (4.x). */
  totalDiskCapacityMiB: number | null;
  firmware: 'efi' | 'bios' | null;
  secureBoot: boolean | null;
  ftState: string;
  consolidationNeeded: boolean;
  cluster: string;
  vCenter: string;
  os: string;
  vmUuid: string;
  /** Rows of the other tabs, null where the tab is absent from the export. */
  disks: InventoryDisk[] | null;
  nics: InventoryNic[] | null;
  snapshots: InventorySnapshot[] | null;
  usbDevices: string[] | null;
  tools: { status: string; version: string } | null;
}

export interface Inventory {
  source: 'xlsx' | 'csv';
  /** vMetaData "RVTools version", or the generation the headers show ("3.x"). */
  rvtoolsVersion: string;
  /** "MiB" (4.x headers) or "MB" (3.x headers; the same binary unit). */
  sizeHeaderUnit: 'MiB' | 'MB' | '';
  tabs: string[];
  /** How each joined tab was matched to vInfo. */
  joins: Record<string, JoinBasis>;
  vms: InventoryVm[];
  /** Reasons the workbook is not a consistent RVTools export (empty when it is). */
  inconsistencies: string[];
  notes: string[];
}
