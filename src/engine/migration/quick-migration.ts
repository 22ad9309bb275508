/**
 * Quick migration, the Windows Server 2008 way to move a clustered VM: save
 * its memory to disk, fail the LUN over to the other node, restore it there.
 * The VM is down for all three steps (seed-001). Without a cluster file system
 * a LUN belonged to one node at a time, so every VM on the LUN had to move
 * with it (seed-001); failing a disk over takes a few seconds (seed-000).
 *
 * Saving writes the memory at the storage rate and restoring reads it back;
 * VMs sharing the LUN are saved and restored one after another, sharing that
 * rate.
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import { GiB, MB, round3 } from '../units.ts';

/** Disk resource failover when none is given: "a few seconds" (seed-000). */
export const DEFAULT_FAILOVER_SECONDS = 5;

export const quickMigrationSchema = defineSchema({
  memoryGiB: {
    kind: 'number',
    label: 'VM memory',
    help: 'Memory of the VM being moved; all of it is written to disk and read back.',
    unit: 'GiB',
    default: 4,
    min: 0,
    minExclusive: true,
    max: 16384,
  },
  storageMBps: {
    kind: 'number',
    label: 'Save and restore rate',
    help: 'Sequential rate at which the host writes the saved state to the LUN and reads it back.',
    unit: 'MB/s',
    default: 150,
    min: 1,
    max: 100000,
  },
  failoverSeconds: {
    kind: 'number',
    label: 'LUN failover time (optional)',
    help: 'Time to take the disk resource offline on one node and online on the other; a few seconds if left empty.',
    unit: 's',
    min: 0,
    max: 3600,
    optional: true,
  },
  vmsOnLun: {
    kind: 'number',
    label: 'VMs on the same LUN',
    help: 'VMs stored on the LUN, each of this memory size; without CSV they all move together.',
    unit: '',
    default: 1,
    min: 1,
    max: 256,
    integer: true,
  },
});

export interface QuickMigrationResult {
  downtimeSeconds: number;
  saveSeconds: number;
  failoverSeconds: number;
  restoreSeconds: number;
  warnings: string[];
  assumptions: Assumption[];
}

export const quickMigration = defineModel({
  id: 'quick-migration',
  title: 'Quick migration downtime',
  summary: 'How long a VM is down when Windows Server 2008 quick migration saves it to disk, fails the LUN over and restores it.',
  schema: quickMigrationSchema,
  compute(input): QuickMigrationResult {
    const bytes = input.memoryGiB * GiB * input.vmsOnLun;
    const rate = input.storageMBps * MB;
    const saveSeconds = bytes / rate;
    const restoreSeconds = bytes / rate;
    const failoverSeconds = input.failoverSeconds ?? DEFAULT_FAILOVER_SECONDS;
    const warnings: string[] = [];
    if (input.vmsOnLun > 1) {
      warnings.push(`All ${input.vmsOnLun} VMs on the LUN go down together: without Cluster Shared Volumes the LUN moves as one unit.`);
    }
    return {
      downtimeSeconds: round3(saveSeconds + failoverSeconds + restoreSeconds),
      saveSeconds: round3(saveSeconds),
      failoverSeconds: round3(failoverSeconds),
      restoreSeconds: round3(restoreSeconds),
      warnings,
      assumptions: [
        { text: 'Quick migration saves the VM to disk, moves the LUN to the other node and restores the VM; it is down throughout.', sources: ['seed-001'] },
        { text: 'Before CSV one node owned a LUN at a time, so all VMs on a LUN moved as a group.', sources: ['seed-001'] },
        {
          text:
            input.failoverSeconds === undefined
              ? `Moving the disk resource takes ${DEFAULT_FAILOVER_SECONDS} s ("a few seconds").`
              : 'The LUN failover time is the one you gave.',
          sources: input.failoverSeconds === undefined ? ['seed-000'] : [],
        },
        { text: 'Saving and restoring run at the storage rate you gave, one VM after another.', sources: [] },
      ],
    };
  },
});
