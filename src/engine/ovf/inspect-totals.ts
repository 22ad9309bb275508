/** Totals over every system of an inspection, for a descriptor holding more systems than a page shows (counts and sums only). */
import type { InspectSystem } from './hyperv-mapping.ts';

export interface InspectTotals {
  gen1: number;
  gen2: number;
  cpus: number;
  memoryMiB: number;
  disks: number;
  /** Disks the plan converts to VHDX. */
  toConvert: number;
}

export function inspectTotals(systems: readonly InspectSystem[]): InspectTotals {
  const totals: InspectTotals = { gen1: 0, gen2: 0, cpus: 0, memoryMiB: 0, disks: 0, toConvert: 0 };
  for (const sys of systems) {
    if (sys.recommendedGeneration === 1) totals.gen1 += 1;
    else totals.gen2 += 1;
    totals.cpus += sys.cpus;
    totals.memoryMiB += sys.memoryMiB;
    totals.disks += sys.disks.length;
    totals.toConvert += sys.disks.filter((d) => d.needsConversion).length;
  }
  return totals;
}
