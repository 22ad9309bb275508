/** The words of the storage-iops result: the targets, the warnings and the assumptions, from figures the other stages computed. */
import type { Assumption } from '../../model.ts';
import { round3 } from '../../units.ts';
import { groupThousands } from '../drive-classes.ts';
import { shortfallOf } from './array-figures.ts';
import type { ArrayFigures } from './array-figures.ts';
import type { IopsRequest, StorageIopsInput } from './request.ts';
import type { TargetSizing } from './sizing.ts';

/**
 * The largest RAID 5 or RAID 6 group this model calls sensible: Dell's
 * PowerVault ME4 arrays allow at most 16 disks in a linear RAID 5 or 6 disk
 * group (dell-me4-admin-guide). Beyond that, one failed disk is rebuilt by
 * reading every other member, so a bigger group rebuilds longer and with more
 * disks that could fail meanwhile.
 */
export const SENSIBLE_PARITY_GROUP_MAX = 16;

/** "230,000 IOPS and 12 TB usable": the targets given, in words. */
export function targetsText(r: IopsRequest): string {
  return [r.targetIops !== null ? `${groupThousands(r.targetIops)} IOPS` : '', r.targetCapacityTB !== null ? `${round3(r.targetCapacityTB)} TB usable` : '']
    .filter(Boolean)
    .join(' and ');
}

const isStorageSpacesParity = (input: StorageIopsInput): boolean => input.layout === 'parity' || input.layout === 'dual-parity';
const isHardwareParity = (input: StorageIopsInput): boolean => input.layout === 'raid5' || input.layout === 'raid6';

export function iopsWarnings(input: StorageIopsInput, r: IopsRequest, sized: TargetSizing, array: ArrayFigures): string[] {
  const { layout, preset } = r;
  const { plan } = array;
  const { disks, frontEndIops: front } = array.figures;
  const capacity = r.driveCapacityTB;
  const warnings: string[] = [];
  if (sized.largestBuild) {
    const largest = sized.largestBuild;
    warnings.push(
      `${layout.label} cannot reach ${targetsText(r)}: it is limited to ${largest.disks} disks, which carry ${groupThousands(largest.frontEndIops)} IOPS${largest.usableCapacityTB !== null ? ` and hold ${round3(largest.usableCapacityTB)} TB` : ''}. Use raid10 for more disks.`,
    );
  }
  const short = shortfallOf(r, array);
  if (input.disks !== undefined && sized.disksNeeded !== null && (short.iops || short.capacity)) {
    const shortOf = [
      short.iops ? `${groupThousands(front)} IOPS, short of the ${groupThousands(r.targetIops ?? 0)} IOPS target` : '',
      short.capacity && capacity !== null ? `${round3(plan.dataDisks * capacity)} TB usable, short of the ${round3(r.targetCapacityTB ?? 0)} TB target` : '',
    ]
      .filter(Boolean)
      .join(', and ');
    warnings.push(`${disks} disks give ${shortOf}; ${sized.disksNeeded} are needed.`);
  }
  if (input.driveIops === undefined && preset.solidState && r.mix.readFraction < 1) {
    warnings.push(
      `The ${preset.label} preset is a random-read figure; SSDs sustain fewer random writes than reads, so with ${100 - input.readPercent}% writes the result is optimistic. Enter the drive's steady-state mixed IOPS to correct it.`,
    );
  }
  if (isStorageSpacesParity(input)) {
    warnings.push(
      'Not for VM disks: Microsoft recommends mirror spaces for virtual machines and other random-I/O workloads and parity only for highly sequential ones such as archive and backup. ' +
        "Parity spaces journal their writes, so small random writes run far slower than this RAID-style estimate (Microsoft rates dual parity at about a tenth of a mirror's performance). Size VM storage with mirror-2way or mirror-3way.",
    );
  }
  if (input.layout === 'raid0') warnings.push('RAID 0 has no redundancy: one failed disk loses the whole array.');
  if (isHardwareParity(input) && plan.largestGroup > SENSIBLE_PARITY_GROUP_MAX) {
    warnings.push(
      `A ${layout.label} group of ${plan.largestGroup} disks is larger than the ${SENSIBLE_PARITY_GROUP_MAX} disks arrays such as Dell's PowerVault ME4 allow in one RAID 5 or 6 group; rebuilding one failed disk reads all the others. Set a RAID group size of ${SENSIBLE_PARITY_GROUP_MAX} or fewer (RAID ${input.layout === 'raid5' ? '50' : '60'}), which costs one parity ${input.layout === 'raid5' ? 'disk' : 'pair'} per group.`,
    );
  }
  if (r.groupSize !== undefined && layout.parityPerGroup === undefined && input.layout !== 'raid0') {
    warnings.push(`The RAID group size does not change a mirror's capacity: ${layout.label} keeps a copy of every disk whatever the grouping.`);
  }
  if (r.drivePrice !== null && capacity === null) warnings.push('Enter the drive capacity as well to get the cost per usable TB.');
  return warnings;
}

export function iopsAssumptions(input: StorageIopsInput, r: IopsRequest, array: ArrayFigures): Assumption[] {
  const { layout, driveIops, hotSpares } = r;
  const { plan } = array;
  const { disks, activeDisks, usableFraction } = array.figures;
  const groupsText =
    layout.parityPerGroup !== undefined && plan.groups > 1
      ? ` in ${plan.groups} groups of up to ${plan.largestGroup}, each with ${layout.parityPerGroup} disk${layout.parityPerGroup === 1 ? '' : 's'}' worth of parity`
      : '';
  const sparesText = hotSpares > 0 ? `; ${hotSpares} hot spare${hotSpares === 1 ? '' : 's'} add${hotSpares === 1 ? 's' : ''} no IOPS or capacity` : '';
  return [
    {
      text: `${layout.label}: each front-end write costs ${layout.writePenalty} back-end disk operation${layout.writePenalty === 1 ? '' : 's'}, so one front-end I/O costs R + W × ${layout.writePenalty} disk operations.`,
      sources: layout.sources,
    },
    {
      text:
        input.driveIops === undefined ? `Drive IOPS ${groupThousands(driveIops)}: ${r.preset.basis}.` : `Drive IOPS ${groupThousands(driveIops)} as entered.`,
      sources: input.driveIops === undefined ? r.driveSources : [],
    },
    {
      text: `${layout.minRule}; with ${activeDisks} active disks${groupsText}${sparesText}, ${round3(plan.dataDisks)} disks' worth hold data: ${round3(usableFraction * 100)}% of the ${disks} disks' raw capacity.`,
      sources: layout.sources,
    },
    {
      text: 'Small random I/O only: controller and fabric limits, queue depth, full-stripe writes and destaging of write-back caches are not modelled.',
      sources: [],
    },
    ...(isHardwareParity(input)
      ? [
          {
            text: `A RAID 5 or 6 group of more than ${SENSIBLE_PARITY_GROUP_MAX} disks draws a warning: Dell's PowerVault ME4 arrays allow at most ${SENSIBLE_PARITY_GROUP_MAX} disks in one such group.`,
            sources: ['dell-me4-admin-guide'],
          },
        ]
      : []),
    ...(isStorageSpacesParity(input)
      ? [
          {
            text: 'Storage Spaces mirror is for most deployments, VM storage included; parity is for highly sequential workloads and is much slower at random writes than mirror.',
            sources: ['ms-storage-spaces-standalone', 'ms-s2d-plan-volumes'],
          },
        ]
      : []),
  ];
}
