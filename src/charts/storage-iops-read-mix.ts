/** Front-end IOPS against read percentage, one line per layout buildable from the same disks. */
import type { StorageIopsResult } from '../engine/storage/storage-iops.ts';
import type { ChartBuilder } from './types.ts';

export const storageIopsReadMixChart: ChartBuilder<StorageIopsResult> = (Plot, result) => ({
  ariaLabel: `Front-end IOPS of ${result.disks} disks against read percentage, per layout`,
  x: { label: 'Reads (%)', domain: [0, 100] },
  y: { label: 'Front-end IOPS', grid: true, zero: true },
  color: { legend: true, label: 'Layout' },
  marks: [
    Plot.ruleY([0]),
    Plot.line(result.curve, { x: 'readPercent', y: 'frontEndIops', stroke: 'layoutLabel', strokeWidth: 2 }),
    Plot.dot(result.curve.filter((p) => p.layout === result.layout), { x: 'readPercent', y: 'frontEndIops', fill: 'layoutLabel', r: 3 }),
  ],
});
