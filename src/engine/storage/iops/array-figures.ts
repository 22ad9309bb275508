/** The array the result describes (entered, sized for the targets, or the default): its IOPS, throughput, capacity and cost. */
import { KiB, MB } from '../../units.ts';
import { diskPlan } from '../raid-groups.ts';
import type { DiskPlan } from '../raid-groups.ts';
import type { StorageIopsResult } from '../storage-iops.ts';
import { backEndPerFrontEnd, frontEndIops } from '../write-penalty.ts';
import type { IopsRequest } from './request.ts';
import { DEFAULT_DISKS } from './sizing.ts';
import type { TargetSizing } from './sizing.ts';

/** The result's figures for the described array, in the order the result lists them. */
export type ArrayFigureFields = Omit<StorageIopsResult, 'layoutComparison' | 'curve' | 'warnings' | 'assumptions'>;

export interface ArrayFigures {
  plan: DiskPlan;
  figures: ArrayFigureFields;
}

export function arrayFigures(r: IopsRequest, sized: TargetSizing, enteredDisks: number | undefined, ioSizeKiB: number): ArrayFigures {
  const { layout, driveIops, mix } = r;
  const disksSource: StorageIopsResult['disksSource'] = enteredDisks !== undefined ? 'input' : sized.disksNeeded !== null ? 'sized-for-target' : 'default';
  const disks = enteredDisks ?? sized.disksNeeded ?? DEFAULT_DISKS;
  const plan = diskPlan(layout, disks, r.hotSpares, r.groupSize);
  const active = plan.activeDisks;
  const perFrontEnd = backEndPerFrontEnd(mix, layout.writePenalty);
  const front = frontEndIops(active, driveIops, mix, layout.writePenalty);
  const load = r.targetIops ?? front;
  const capacity = r.driveCapacityTB;
  const rawCapacityTB = capacity === null ? null : disks * capacity;
  const usableCapacityTB = capacity === null ? null : plan.dataDisks * capacity;
  const totalCost = r.drivePrice === null ? null : disks * r.drivePrice;
  return {
    plan,
    figures: {
      layout: layout.id,
      layoutLabel: layout.label,
      writePenalty: layout.writePenalty,
      disks,
      disksSource,
      hotSpares: r.hotSpares,
      activeDisks: active,
      raidGroups: plan.groups,
      driveIops,
      driveIopsSource: r.driveIopsSource,
      backEndPerFrontEnd: perFrontEnd,
      rawIops: active * driveIops,
      frontEndIops: front,
      backEndIops: load * perFrontEnd,
      throughputMBps: (front * ioSizeKiB * KiB) / MB,
      targetIops: r.targetIops,
      targetCapacityTB: r.targetCapacityTB,
      disksNeeded: sized.disksNeeded,
      targetMet: sized.targetMet,
      usableFraction: plan.dataDisks / disks,
      usableCapacityTB,
      rawCapacityTB,
      totalCost,
      costPerIops: totalCost === null ? null : totalCost / front,
      costPerUsableTB: totalCost === null || usableCapacityTB === null ? null : totalCost / usableCapacityTB,
    },
  };
}

/** Where an entered disk count falls short of the targets it was sized against. */
export interface Shortfall {
  iops: boolean;
  capacity: boolean;
}

export function shortfallOf(r: IopsRequest, array: ArrayFigures): Shortfall {
  const capacity = r.driveCapacityTB;
  return {
    iops: r.targetIops !== null && array.figures.frontEndIops < r.targetIops,
    capacity: r.targetCapacityTB !== null && capacity !== null && array.plan.dataDisks * capacity < r.targetCapacityTB * (1 - 1e-12),
  };
}
