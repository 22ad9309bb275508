/** Every layout sized for the same targets, side by side. */
import { layoutIds, layouts } from '../layouts.ts';
import { diskPlan, groupSizeProblem } from '../raid-groups.ts';
import type { LayoutComparisonRow } from '../storage-iops.ts';
import { frontEndIops } from '../write-penalty.ts';
import type { IopsRequest } from './request.ts';
import { sizeLayout } from './sizing.ts';
import { targetsText } from './text.ts';

export function layoutComparison(r: IopsRequest): LayoutComparisonRow[] {
  return layoutIds.map((id) => {
    const other = layouts[id];
    const sized = sizeLayout(other, r);
    const base = { layout: id, layoutLabel: other.label, writePenalty: other.writePenalty };
    if (sized.disks === null) {
      return {
        ...base,
        disksNeeded: null,
        sizedBy: null,
        groups: null,
        frontEndIops: null,
        usableCapacityTB: null,
        totalCost: null,
        costPerIops: null,
        costPerUsableTB: null,
        note: groupSizeProblem(other, r.groupSize) ?? `${other.minRule}, too few for ${targetsText(r)}`,
      };
    }
    const plan = diskPlan(other, sized.disks, r.hotSpares, r.groupSize);
    const iops = frontEndIops(plan.activeDisks, r.driveIops, r.mix, other.writePenalty);
    const usable = r.driveCapacityTB === null ? null : plan.dataDisks * r.driveCapacityTB;
    const cost = r.drivePrice === null ? null : sized.disks * r.drivePrice;
    return {
      ...base,
      disksNeeded: sized.disks,
      sizedBy: sized.sizedBy,
      groups: plan.groups,
      frontEndIops: iops,
      usableCapacityTB: usable,
      totalCost: cost,
      costPerIops: cost === null ? null : cost / iops,
      costPerUsableTB: cost === null || usable === null ? null : cost / usable,
      note: '',
    };
  });
}
