/** Copy time of each migration wave, from the estate planner's result; the tooltip formats as the waves table does. */
import type { VmwareEstateResult } from '../engine/interop/estate-schema.ts';
import { count, decimals } from '../number-format.ts';
import { marginForValues } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';

export const vmwareEstateWavesChart: ChartBuilder<VmwareEstateResult> = (Plot, result) => {
  const waves = result.copy.waves;
  return {
    ariaLabel: `Hours to copy each of ${waves.length} waves of VMs over a ${Number(result.copy.rateGbps.toFixed(2))} Gbps copy rate`,
    marginLeft: marginForValues(Math.max(1, ...waves.map((w) => w.copyHours))),
    x: { label: 'Wave', type: 'band' },
    y: { label: 'Copy time (hours)', grid: true, zero: true },
    marks: [
      Plot.barY(waves, {
        x: 'wave',
        y: 'copyHours',
        fill: 'currentColor',
        tip: true,
        title: (w: (typeof waves)[number]) => `Wave ${count(w.wave)}: ${count(w.vms)} VMs, ${decimals(w.copyGiB, 1)} GiB, ${decimals(w.copyHours, 1)} h`,
      }),
      Plot.ruleY([0]),
    ],
  };
};
