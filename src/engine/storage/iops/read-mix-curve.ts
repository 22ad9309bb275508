/** Front-end IOPS against the read percentage for every layout buildable from the same active disks, for the chart. */
import { layoutDiskProblem, layoutIds, layouts } from '../layouts.ts';
import type { LayoutCurvePoint } from '../storage-iops.ts';
import { frontEndIops } from '../write-penalty.ts';
import type { IopsRequest } from './request.ts';

export function readMixCurve(r: IopsRequest, activeDisks: number): LayoutCurvePoint[] {
  // Whole IOPS, as the key figures show them: a table cell rounded to 3 significant digits (231,000) read as a different answer from the figure above it (230,769).
  const curve: LayoutCurvePoint[] = [];
  for (const id of layoutIds) {
    const other = layouts[id];
    if (layoutDiskProblem(other, activeDisks)) continue;
    for (let readPercent = 0; readPercent <= 100; readPercent += 10) {
      const pointMix = { ...r.mix, readFraction: readPercent / 100 };
      curve.push({
        layout: id,
        layoutLabel: other.label,
        readPercent,
        frontEndIops: Math.round(frontEndIops(activeDisks, r.driveIops, pointMix, other.writePenalty)),
      });
    }
  }
  return curve;
}
