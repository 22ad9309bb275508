/**
 * The pool of a Storage Spaces Direct cluster: raw capacity, the reserve left
 * for in-place repair, and what each resiliency type makes usable of the rest
 * (ms-s2d-plan-volumes), with the volumes suggested for the chosen type.
 */
import type { InputOf } from '../../schema.ts';
import type { ResiliencyComparisonRow, s2dCapacitySchema } from '../s2d-capacity.ts';
import { efficiencyOf, nodeCountProblem, resiliencyIds, resiliencyTypes } from '../s2d-resiliency.ts';
import type { Efficiency, ResiliencyId } from '../s2d-resiliency.ts';
import { planVolumes } from '../s2d-volumes.ts';
import type { VolumePlan } from '../s2d-volumes.ts';

export type S2dCapacityInput = InputOf<typeof s2dCapacitySchema>;

/** Microsoft's reserve recommendation: one capacity drive per server, at most four (ms-s2d-plan-volumes). */
export const recommendedReserveDrives = (nodes: number): number => Math.min(nodes, 4);

/** The reason a resiliency type cannot be built on this hardware, or undefined. */
export function buildProblem(
  id: ResiliencyId,
  input: Pick<S2dCapacityInput, 'nodes' | 'capacityDrivesPerNode'>,
): { field: string; message: string } | undefined {
  const nodeProblem = nodeCountProblem(resiliencyTypes[id], input.nodes);
  if (nodeProblem) return { field: 'resiliency', message: nodeProblem };
  if (id === 'nested-mirror-accelerated-parity' && input.capacityDrivesPerNode < 4) {
    return { field: 'capacityDrivesPerNode', message: 'Nested mirror-accelerated parity needs at least 4 capacity drives per server for its parity part.' };
  }
  return undefined;
}

export interface PoolFigures {
  /** nodes × capacityDrivesPerNode × capacityDriveTB, decimal TB. */
  rawTB: number;
  recommendedReserve: number;
  reserveDrives: number;
  reserveTB: number;
  poolAvailableTB: number;
  /** The chosen resiliency's efficiency, parity layout and usable TB. */
  chosen: Efficiency & { usableTB: number };
  /** Every resiliency type this hardware can build, side by side. */
  comparison: ResiliencyComparisonRow[];
  volumes: VolumePlan;
}

export function poolFigures(input: S2dCapacityInput): PoolFigures {
  const rawTB = input.nodes * input.capacityDrivesPerNode * input.capacityDriveTB;
  const recommendedReserve = recommendedReserveDrives(input.nodes);
  const reserveDrives = input.reserveDrives ?? recommendedReserve;
  const reserveTB = reserveDrives * input.capacityDriveTB;
  const poolAvailableTB = rawTB - reserveTB;

  const usableAt = (id: ResiliencyId) => {
    const e = efficiencyOf(id, input.nodes, input.capacityMediaType, input.capacityDrivesPerNode, input.mirrorPercent / 100);
    return { ...e, usableTB: poolAvailableTB * e.efficiency };
  };
  const chosen = usableAt(input.resiliency);
  const comparison = resiliencyIds
    .filter((id) => buildProblem(id, input) === undefined)
    .map((id) => {
      const row = usableAt(id);
      return {
        resiliency: id,
        label: resiliencyTypes[id].label,
        shortLabel: resiliencyTypes[id].shortLabel,
        efficiencyPercent: row.efficiency * 100,
        usableTB: row.usableTB,
        faultsTolerated: resiliencyTypes[id].faultsTolerated,
      };
    });

  return {
    rawTB,
    recommendedReserve,
    reserveDrives,
    reserveTB,
    poolAvailableTB,
    chosen,
    comparison,
    volumes: planVolumes(chosen.usableTB, input.nodes, input.volumeBackup),
  };
}
