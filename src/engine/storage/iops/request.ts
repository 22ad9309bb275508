/** The storage-iops input resolved into the figures every stage works from: the layout, the drive, the I/O mix and the targets. */
import type { InputOf } from '../../schema.ts';
import { driveClasses } from '../drive-classes.ts';
import type { DriveClass } from '../drive-classes.ts';
import { layouts } from '../layouts.ts';
import type { Layout } from '../layouts.ts';
import type { storageIopsSchema } from '../storage-iops.ts';
import type { IoMix } from '../write-penalty.ts';

export type StorageIopsInput = InputOf<typeof storageIopsSchema>;

export interface IopsRequest {
  layout: Layout;
  /** The drive-class preset, whether or not the reader overrode its IOPS. */
  preset: DriveClass;
  driveIops: number;
  driveIopsSource: string;
  /** The preset's sources; none when the reader entered the IOPS. */
  driveSources: string[];
  mix: IoMix;
  targetIops: number | null;
  targetCapacityTB: number | null;
  driveCapacityTB: number | null;
  drivePrice: number | null;
  hotSpares: number;
  groupSize: number | undefined;
  /** Disks' worth of data the capacity target needs (0 without one or without the drive capacity). */
  dataDisksNeeded: number;
}

export function requestOf(input: StorageIopsInput): IopsRequest {
  const preset = driveClasses[input.driveClass];
  const overridden = input.driveIops !== undefined;
  const targetCapacityTB = input.targetCapacityTB ?? null;
  const driveCapacityTB = input.driveCapacityTB ?? null;
  return {
    layout: layouts[input.layout],
    preset,
    driveIops: input.driveIops ?? preset.iops,
    driveIopsSource: overridden ? 'entered' : `${preset.label} preset`,
    driveSources: overridden ? [] : preset.sources,
    mix: {
      readFraction: input.readPercent / 100,
      readHitFraction: (input.readCacheHitPercent ?? 0) / 100,
      writeHitFraction: (input.writeCacheHitPercent ?? 0) / 100,
    },
    targetIops: input.targetIops ?? null,
    targetCapacityTB,
    driveCapacityTB,
    drivePrice: input.drivePrice ?? null,
    hotSpares: input.hotSpares ?? 0,
    groupSize: input.raidGroupSize,
    dataDisksNeeded: targetCapacityTB !== null && driveCapacityTB !== null ? targetCapacityTB / driveCapacityTB : 0,
  };
}

/** Whether the reader gave an IOPS or a capacity target to size for. */
export const hasTargets = (request: IopsRequest): boolean => request.targetIops !== null || request.targetCapacityTB !== null;
