/**
 * From an Inventory to the estate plan: totals (all VMs, per vCenter and per
 * cluster), each VM mapped for Hyper-V (vm-plan.ts), the hosts and storage the
 * estate needs, and how long copying its disks takes, in waves. Pure and
 * cheap, so the page re-plans on every change of a sizing field while the
 * workbook itself is read once, in a Web Worker.
 *  - Hyper-V imposes no ratio of virtual processors to logical processors
 *    (ms-hyperv-scalability-2016-2019): the vCPU:core ratio is the reader's.
 *  - The copy rate is the link's line rate less Ethernet, IP and TCP framing
 *    (framingEfficiency, the migration models' link arithmetic), or a rate the
 *    reader measured.
 */
import { calculatorHomes } from '../../calculator-homes.ts';
import { framingEfficiency } from '../migration/link-rate.ts';
import type { Assumption } from '../model.ts';
import { S2D_NODES } from '../storage/s2d-nodes.ts';
import { GiB, gbpsToBytesPerSecond, MiB } from '../units.ts';
import type { Inventory, InventoryVm, JoinBasis } from './rvtools-inventory.ts';
import type { TargetVersion } from './target-limits.ts';
import { planVm, type Blocker, type BlockerKind, type PlannedVm } from './vm-plan.ts';

/** The S2D calculator's page, for the storage link (relative to the planner's page). */
const S2D_PAGE = calculatorHomes['s2d-capacity']![0]!;

export interface PlanOptions {
  targetVersion: TargetVersion;
  includePoweredOff: boolean;
  hostCores: number;
  hostMemoryGiB: number;
  vcpuPerCore: number;
  memoryHeadroomPercent: number;
  spareHosts: number;
  linkGbps: number;
  jumboFrames: boolean;
  effectiveGbps?: number | undefined;
  waveSizeVms: number;
}

export interface EstateTotals {
  vms: number;
  poweredOn: number;
  templates: number;
  srmPlaceholders: number;
  vCpus: number;
  memoryMiB: number;
  /** Sum of vDisk Capacity MiB (else vInfo Total disk capacity MiB); null when the export has neither. */
  diskCapacityMiB: number | null;
  /** Sum of vInfo Provisioned MiB: disks plus snapshots, swap and logs. */
  provisionedMiB: number | null;
  inUseMiB: number | null;
}

export interface GroupTotals extends Omit<EstateTotals, 'templates' | 'srmPlaceholders' | 'provisionedMiB'> {
  vCenter: string;
  cluster: string;
}

export interface Wave {
  wave: number;
  vms: number;
  copyGiB: number;
  copyHours: number;
  /** Hours from the start of the first wave to the end of this one. */
  endHours: number;
}

export interface EstatePlan {
  totals: EstateTotals;
  byVCenter: Omit<GroupTotals, 'cluster'>[];
  byCluster: GroupTotals[];
  firmware: { efi: number; bios: number; unknown: number };
  generations: { gen1: number; gen2: number; unknown: number };
  vmsWithSnapshots: number | null;
  blockers: Blocker[];
  blockerCounts: { kind: BlockerKind; vms: number; blocksCopy: boolean }[];
  vms: PlannedVm[];
  export: { source: string; rvtoolsVersion: string; sizeHeaderUnit: string; tabs: string[]; joins: Record<string, JoinBasis>; notes: string[] };
  sizing: {
    /** What one host takes: its cores times the vCPU:core ratio, and its memory less the share kept free. */
    vCpusPerHost: number;
    memoryGiBPerHost: number;
    vmsSized: number;
    vCpus: number;
    memoryGiB: number;
    hostsForCpu: number;
    hostsForMemory: number;
    spareHosts: number;
    hostsNeeded: number;
    storageCapacityGiB: number | null;
    storageInUseGiB: number | null;
    /** The node count the s2d-capacity link fills in: the hosts needed, within what S2D clusters allow. */
    s2dNodes: number;
    /** The s2d-capacity calculator's page with the node count filled in (relative to an interop page). */
    s2dLink: string;
  };
  copy: { rateGbps: number; totalGiB: number; totalHours: number; waves: Wave[] };
  warnings: string[];
  assumptions: Assumption[];
}

const sumOrNull = (values: (number | null)[]): number | null => (values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null);

function totalsOf(vms: PlannedVm[]): Omit<EstateTotals, 'templates' | 'srmPlaceholders' | 'provisionedMiB'> {
  return {
    vms: vms.length,
    poweredOn: vms.filter((v) => v.powerState === 'poweredOn').length,
    vCpus: vms.reduce((a, v) => a + v.cpus, 0),
    memoryMiB: vms.reduce((a, v) => a + v.memoryMiB, 0),
    diskCapacityMiB: sumOrNull(vms.map((v) => v.diskCapacityMiB)),
    inUseMiB: sumOrNull(vms.map((v) => v.inUseMiB)),
  };
}

function groupBy<K extends string>(vms: PlannedVm[], key: (vm: PlannedVm) => K): Map<K, PlannedVm[]> {
  const groups = new Map<K, PlannedVm[]>();
  for (const vm of vms) {
    const k = key(vm);
    const list = groups.get(k);
    if (list) list.push(vm);
    else groups.set(k, [vm]);
  }
  return groups;
}

const ASSUMPTIONS: Assumption[] = [
  {
    text: 'Sizes read from RVTools are taken as binary, 2^20 bytes, and none is rescaled: the exports the guide tests against say "MB" in RVTools 3.x headers and "MiB" in 4.x headers, and no RVTools or VMware document read for the guide defines the unit.',
    sources: [],
  },
  {
    text: 'Disk capacity is the sum of vDisk "Capacity MiB" (each disk\'s virtual size, the VHDX to create), not vInfo "Provisioned MiB", which adds snapshots, swap and logs.',
    sources: [],
  },
  {
    text: 'EFI firmware maps to Generation 2 and BIOS to Generation 1; the generation cannot be changed once the VM exists.',
    // The generation rule, and Microsoft's VMM converter mapping BIOS to 1 and EFI to 2.
    sources: ['ms-hyperv-generation-1-or-2', 'ms-vmm-convert-vmware'],
  },
  {
    text: 'Per-VM maximums of the target: virtual processors and memory per generation from Microsoft\'s scalability pages (its "TB" read as TiB).',
    sources: ['ms-hyperv-scalability-ws', 'ms-hyperv-scalability-2016-2019', 'ms-supported-windows-guests'],
  },
  {
    text: 'Hyper-V imposes no ratio of virtual to logical processors: the vCPU:core ratio is a planning choice.',
    sources: ['ms-hyperv-scalability-2016-2019'],
  },
  {
    text: 'The copy moves each VM\'s "In Use MiB" (thin disks at their used size, plus snapshots and swap) where the export has it, else its disk capacity, over the link at its line rate less Ethernet, IP and TCP framing, one VM after another.',
    sources: [],
  },
];

export function planEstate(inventory: Inventory, options: PlanOptions): EstatePlan {
  const warnings: string[] = [];
  const real = inventory.vms.filter((v) => !v.template && !v.srmPlaceholder);
  const vms = real.map((vm) => planVm(vm, options.targetVersion));
  const templates = inventory.vms.filter((v) => v.template).length;
  const srmPlaceholders = inventory.vms.filter((v) => !v.template && v.srmPlaceholder).length;
  const base = totalsOf(vms);
  const totals: EstateTotals = { ...base, templates, srmPlaceholders, provisionedMiB: sumOrNull(real.map((v: InventoryVm) => v.provisionedMiB)) };
  if (totals.diskCapacityMiB === null && vms.length > 0)
    warnings.push('The export has no vDisk tab and no "Total disk capacity MiB" column: disk capacity is unknown (RVTools 3.x or a partial export).');

  const byVCenter = [...groupBy(vms, (v) => v.vCenter)].map(([vCenter, list]) => ({ vCenter, ...totalsOf(list) }));
  const byCluster = [...groupBy(vms, (v) => `${v.vCenter}\u0000${v.cluster}`)].map(([, list]) => ({
    vCenter: list[0]!.vCenter,
    cluster: list[0]!.cluster,
    ...totalsOf(list),
  }));

  const blockers = vms.flatMap((v) => v.blockers);
  const kinds = new Map<BlockerKind, { vms: Set<PlannedVm>; blocksCopy: boolean }>();
  for (const vm of vms) {
    for (const b of vm.blockers) {
      const entry = kinds.get(b.kind) ?? { vms: new Set<PlannedVm>(), blocksCopy: b.blocksCopy };
      entry.vms.add(vm);
      entry.blocksCopy ||= b.blocksCopy;
      kinds.set(b.kind, entry);
    }
  }

  const sized = options.includePoweredOff ? vms : vms.filter((v) => v.powerState === 'poweredOn');
  const sizedCpus = sized.reduce((a, v) => a + v.cpus, 0);
  const sizedMemoryMiB = sized.reduce((a, v) => a + v.memoryMiB, 0);
  const usableHostMiB = (options.hostMemoryGiB * GiB * (1 - options.memoryHeadroomPercent / 100)) / MiB;
  const hostsForCpu = sized.length === 0 ? 0 : Math.ceil(sizedCpus / (options.hostCores * options.vcpuPerCore));
  const hostsForMemory = sized.length === 0 ? 0 : Math.ceil(sizedMemoryMiB / usableHostMiB);
  const spareHosts = sized.length === 0 ? 0 : options.spareHosts;
  const hostsNeeded = Math.max(hostsForCpu, hostsForMemory) + spareHosts;
  const tooBig = sized.filter((v) => v.memoryMiB > usableHostMiB);
  if (tooBig.length > 0) warnings.push(`${tooBig.length} VM(s) need more memory than one host offers after headroom (${tooBig[0]!.name} first).`);
  const capacity = sumOrNull(sized.map((v) => v.diskCapacityMiB));
  const inUse = sumOrNull(sized.map((v) => v.inUseMiB));
  const s2dNodes = Math.min(Math.max(hostsNeeded, S2D_NODES.min), S2D_NODES.max);
  if (hostsNeeded > S2D_NODES.max) {
    warnings.push(`${hostsNeeded} hosts are more than one Storage Spaces Direct cluster holds (${S2D_NODES.max}); the storage link fills in ${S2D_NODES.max}.`);
  }

  const rateGbps = options.effectiveGbps ?? options.linkGbps * framingEfficiency(options.jumboFrames);
  const bytesPerSecond = gbpsToBytesPerSecond(rateGbps);
  const ordered = [...sized].sort((a, b) => a.vCenter.localeCompare(b.vCenter) || a.cluster.localeCompare(b.cluster) || a.name.localeCompare(b.name));
  const waves: Wave[] = [];
  let elapsedHours = 0;
  for (let i = 0; i < ordered.length; i += options.waveSizeVms) {
    const group = ordered.slice(i, i + options.waveSizeVms);
    const mib = group.reduce((a, v) => a + (v.inUseMiB ?? v.diskCapacityMiB ?? 0), 0);
    const copyHours = (mib * MiB) / bytesPerSecond / 3600;
    elapsedHours += copyHours;
    waves.push({ wave: waves.length + 1, vms: group.length, copyGiB: (mib * MiB) / GiB, copyHours, endHours: elapsedHours });
  }
  const totalGiB = waves.reduce((a, w) => a + w.copyGiB, 0);

  return {
    totals,
    byVCenter,
    byCluster,
    firmware: {
      efi: vms.filter((v) => v.firmware === 'efi').length,
      bios: vms.filter((v) => v.firmware === 'bios').length,
      unknown: vms.filter((v) => v.firmware === null).length,
    },
    generations: {
      gen1: vms.filter((v) => v.generation === 1).length,
      gen2: vms.filter((v) => v.generation === 2).length,
      unknown: vms.filter((v) => v.generation === null).length,
    },
    vmsWithSnapshots: inventory.vms.some((v) => v.snapshots !== null) ? vms.filter((v) => (v.snapshots ?? 0) > 0).length : null,
    blockers,
    blockerCounts: [...kinds].map(([kind, e]) => ({ kind, vms: e.vms.size, blocksCopy: e.blocksCopy })),
    vms,
    export: {
      source: inventory.source,
      rvtoolsVersion: inventory.rvtoolsVersion,
      sizeHeaderUnit: inventory.sizeHeaderUnit,
      tabs: inventory.tabs,
      joins: inventory.joins,
      notes: inventory.notes,
    },
    sizing: {
      vCpusPerHost: options.hostCores * options.vcpuPerCore,
      memoryGiBPerHost: (usableHostMiB * MiB) / GiB,
      vmsSized: sized.length,
      vCpus: sizedCpus,
      memoryGiB: (sizedMemoryMiB * MiB) / GiB,
      hostsForCpu,
      hostsForMemory,
      spareHosts,
      hostsNeeded,
      storageCapacityGiB: capacity === null ? null : (capacity * MiB) / GiB,
      storageInUseGiB: inUse === null ? null : (inUse * MiB) / GiB,
      s2dNodes,
      s2dLink: `../../${S2D_PAGE}?nodes=${s2dNodes}`,
    },
    copy: { rateGbps, totalGiB, totalHours: elapsedHours, waves },
    warnings: [...warnings, ...inventory.notes],
    assumptions: ASSUMPTIONS,
  };
}
