/** The two designs compared, each sized for the load: one SAN tier for every VM, or one local host per VM. */
import type { InputOf } from '../../schema.ts';
import { round3 } from '../../units.ts';
import { driveClasses, driveClassIds } from '../drive-classes.ts';
import type { DriveClass, DriveClassId } from '../drive-classes.ts';
import { layouts } from '../layouts.ts';
import type { Layout, LayoutId } from '../layouts.ts';
import type { ScenarioDesign, StorageScenarioResult, TierOption, storageScenarioSchema } from '../storage-scenario.ts';
import { disksForTarget, frontEndIops } from '../write-penalty.ts';
import type { ScenarioLoad } from './load.ts';

export type StorageScenarioInput = InputOf<typeof storageScenarioSchema>;

/** One design as the reader specified it, before sizing. */
export interface DesignSpec {
  design: 'san' | 'local';
  driveClass: DriveClassId;
  preset: DriveClass;
  driveIops: number;
  /** Whether the reader entered the drive IOPS instead of taking the preset's. */
  iopsEntered: boolean;
  layout: Layout;
  drivePrice: number | null;
  /** Fixed costs of the whole design (per host × hosts for the local one). */
  fixedCost: number;
  /** One unit per host (local) or one for all (SAN). */
  perHost: boolean;
}

export function designSpecs(input: StorageScenarioInput): { san: DesignSpec; local: DesignSpec } {
  return {
    san: designSpec('san', input.sanDriveClass, input.sanDriveIops, input.sanLayout, input.sanDrivePrice, input.sanFixedCost ?? 0),
    local: designSpec(
      'local',
      input.localDriveClass,
      input.localDriveIops,
      input.localLayout,
      input.localDrivePrice,
      input.hosts * (input.localFixedCostPerHost ?? 0),
    ),
  };
}

/** One design's spec from its fields; a drive IOPS left empty takes the drive class's preset. */
function designSpec(
  design: DesignSpec['design'],
  driveClass: DriveClassId,
  enteredIops: number | undefined,
  layout: LayoutId,
  drivePrice: number | undefined,
  fixedCost: number,
): DesignSpec {
  const preset = driveClasses[driveClass];
  return {
    design,
    driveClass,
    preset,
    driveIops: enteredIops ?? preset.iops,
    iopsEntered: enteredIops !== undefined,
    layout: layouts[layout],
    drivePrice: drivePrice ?? null,
    fixedCost,
    perHost: design === 'local',
  };
}

/** The drives a design needs for the load (capped at a size-limited layout's largest build), what they deliver and what they cost. */
export function sizeDesign(spec: DesignSpec, label: string, load: ScenarioLoad, hosts: number): ScenarioDesign {
  const { layout } = spec;
  const unitTarget = spec.perHost ? load.requiredIops / hosts : load.requiredIops;
  let unitDrives = disksForTarget(unitTarget, spec.driveIops, load.mix, layout);
  let targetMet = true;
  if (layout.maxDisks !== undefined && unitDrives > layout.maxDisks) {
    unitDrives = layout.maxDisks;
    targetMet = false;
  }
  const units = spec.perHost ? hosts : 1;
  const drives = unitDrives * units;
  const deliveredIops = frontEndIops(unitDrives, spec.driveIops, load.mix, layout.writePenalty) * units;
  const totalCost = spec.drivePrice === null ? null : drives * spec.drivePrice + spec.fixedCost;
  return {
    design: spec.design,
    label,
    driveClass: spec.driveClass,
    driveIops: spec.driveIops,
    layout: layout.id,
    drives,
    drivesPerHost: spec.perHost ? unitDrives : null,
    deliveredIops,
    requiredIops: load.requiredIops,
    targetMet,
    totalCost,
    costPerIops: totalCost === null ? null : totalCost / deliveredIops,
  };
}

/** Long-form rows for the grouped chart: drives, and cost when priced, per design. */
export function chartRowsOf(designs: readonly ScenarioDesign[]): StorageScenarioResult['chartRows'] {
  const rows: StorageScenarioResult['chartRows'] = [];
  for (const d of designs) {
    const name = d.design === 'san' ? 'SAN tier' : 'Local SSD hosts';
    rows.push({ design: name, metric: 'drives', value: d.drives });
    if (d.totalCost !== null) rows.push({ design: name, metric: 'cost', value: round3(d.totalCost) });
  }
  return rows;
}

/** SAN drives each drive class needs for the whole load in the SAN layout: "how many SSDs or spinning disks". */
export function tierOptions(san: DesignSpec, load: ScenarioLoad): TierOption[] {
  return driveClassIds.map((id) => {
    const iops = id === san.driveClass ? san.driveIops : driveClasses[id].iops;
    const needed = disksForTarget(load.requiredIops, iops, load.mix, san.layout);
    return {
      driveClass: id,
      label: driveClasses[id].label,
      driveIops: iops,
      drivesNeeded: san.layout.maxDisks !== undefined ? Math.min(needed, san.layout.maxDisks) : needed,
    };
  });
}
