/**
 * The estate planner's inputs and how an inventory becomes its result, apart
 * from the model file so that the page's island can plan an inventory its Web
 * Worker read without loading the workbook reader itself (vmware-estate.ts
 * adds the reading, for the CLI and the tests).
 */
import { linkFields } from '../migration/link-fields.ts';
import { defineSchema, type InputOf } from '../schema.ts';
import { XLSX_LIMITS } from '../xlsx/limits.ts';
import { planEstate, type EstatePlan } from './estate-plan.ts';
import type { Inventory } from './rvtools-inventory.ts';
import { targetVersionOptions } from './target-limits.ts';

/** Base64 of the largest workbook the reader accepts. */
const EXPORT_MAX_CHARS = Math.ceil(XLSX_LIMITS.maxFileBytes / 3) * 4;

export const vmwareEstateSchema = defineSchema({
  export: {
    kind: 'string',
    binary: true,
    label: 'RVTools export',
    help: 'The .xlsx RVTools wrote (all tabs), or its vInfo tab saved as CSV. In the browser it is read on this device only; on the CLI give @path to the file.',
    default: '',
    maxLength: EXPORT_MAX_CHARS,
  },
  fileName: {
    kind: 'string',
    label: 'File name',
    help: 'The export’s file name, for messages.',
    default: '',
    maxLength: 255,
  },
  targetVersion: {
    kind: 'enum',
    label: 'Target Windows Server',
    help: 'The Hyper-V release the VMs move to: it sets the per-VM processor and memory maximums.',
    options: targetVersionOptions,
    default: 'ws2025',
  },
  includePoweredOff: {
    kind: 'boolean',
    label: 'Size for powered-off VMs too',
    help: 'Count powered-off VMs in the hosts, storage and copy plan (templates and SRM placeholders never are).',
    default: true,
  },
  hostCores: {
    kind: 'number',
    label: 'Physical cores per host',
    help: 'Cores (not threads) of one new Hyper-V host.',
    unit: 'cores',
    default: 64,
    min: 1,
    max: 2048,
    integer: true,
  },
  hostMemoryGiB: {
    kind: 'number',
    label: 'Memory per host',
    help: 'Physical memory of one new host.',
    unit: 'GiB',
    default: 1024,
    min: 1,
    max: 4_194_304,
  },
  vcpuPerCore: {
    kind: 'number',
    label: 'vCPUs per physical core',
    help: 'Consolidation: virtual processors you accept per physical core. Hyper-V sets no ratio; read yours from the current estate’s load.',
    unit: ':1',
    default: 4,
    min: 0.1,
    max: 64,
  },
  memoryHeadroomPercent: {
    kind: 'number',
    label: 'Memory kept free per host',
    help: 'Share of each host’s memory left for the host itself and for growth.',
    unit: '%',
    default: 10,
    min: 0,
    max: 90,
  },
  spareHosts: {
    kind: 'number',
    label: 'Spare hosts (N+1)',
    help: 'Hosts added so the estate still fits with that many hosts down (1 = N+1).',
    unit: 'hosts',
    default: 1,
    min: 0,
    max: 16,
    integer: true,
  },
  linkGbps: { ...linkFields.linkGbps, label: 'Copy link speed', help: 'Line rate of the network the disks are copied over.' },
  jumboFrames: linkFields.jumboFrames,
  effectiveGbps: { ...linkFields.effectiveGbps, help: 'A copy rate you measured; it replaces the line-rate estimate.' },
  waveSizeVms: {
    kind: 'number',
    label: 'VMs per wave',
    help: 'How many VMs move in one wave (one change window).',
    unit: 'VMs',
    default: 25,
    min: 1,
    max: 100_000,
    integer: true,
  },
});

export type VmwareEstateInput = InputOf<typeof vmwareEstateSchema>;

export interface VmwareEstateResult extends EstatePlan {
  /** False when no export was given: every figure is zero. */
  read: boolean;
}

/** Why an inventory cannot be planned, as one message, or undefined. */
export function inconsistencyMessage(inventory: Inventory): string | undefined {
  if (inventory.inconsistencies.length === 0) return undefined;
  return `This workbook is not a consistent RVTools export, so its figures are not trusted: ${inventory.inconsistencies.slice(0, 3).join(' ')} Was it written by RVTools itself? Export again with RVTools and choose that file.`;
}

const EMPTY_INVENTORY: Inventory = { source: 'xlsx', rvtoolsVersion: '', sizeHeaderUnit: '', tabs: [], joins: {}, vms: [], inconsistencies: [], notes: [] };

/** The plan of an inventory (or of nothing, when no export was given). */
export function estateResult(inventory: Inventory | undefined, input: VmwareEstateInput): VmwareEstateResult {
  const plan = planEstate(inventory ?? EMPTY_INVENTORY, input);
  if (!inventory) plan.warnings.unshift('No RVTools export given: choose the .xlsx RVTools wrote (or its vInfo CSV).');
  return { read: inventory !== undefined, ...plan };
}
