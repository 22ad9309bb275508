/**
 * The SAN-versus-local-SSD whiteboard (seed-002, "Shared Nothing Live
 * Migration White Board Time – Scenario I"): a few very demanding VMs (the
 * seed's SQL Server nodes) each get a non-clustered Hyper-V host of their own
 * with local SSDs, instead of a tier of a shared SAN sized for all of them.
 * High availability then comes from the application's own replicas, and
 * shared-nothing live migration (Windows Server 2012) moves a VM back to the
 * SAN or to another host when the need passes (seed-002, seed-004).
 *
 * Both designs are sized with the write-penalty model (write-penalty.ts):
 * the SAN tier must carry every host's load at once; each local host must
 * carry its own. The target is the larger of the IOPS target and the IOPS the
 * throughput target needs at the given I/O size.
 *
 * Not modelled: SAN controller, port and fabric limits (often the real
 * ceiling of a tier), server and licence costs beyond the fixed costs the
 * reader enters, and the capacity each VM needs.
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import { KiB, MB, round3 } from '../units.ts';
import { driveClasses, driveClassIds, driveClassOptions, groupThousands } from './drive-classes.ts';
import type { DriveClassId } from './drive-classes.ts';
import { layoutOptions, layouts } from './layouts.ts';
import type { Layout, LayoutId } from './layouts.ts';
import { disksForTarget, frontEndIops } from './write-penalty.ts';
import type { IoMix } from './write-penalty.ts';

export const storageScenarioSchema = defineSchema({
  hosts: {
    kind: 'number',
    label: 'Demanding VMs (one host each)',
    help: 'VMs that each need the target below. The local design gives each its own non-clustered host; the SAN tier must serve all of them at once. The whiteboard blog post used 3.',
    unit: '',
    default: 3,
    min: 1,
    max: 64,
    integer: true,
  },
  targetIopsPerVm: {
    kind: 'number',
    label: 'Target IOPS per VM',
    help: 'Front-end IOPS one VM needs. The blog post settled on 250,000.',
    unit: 'IOPS',
    default: 250_000,
    min: 1,
    max: 10_000_000,
  },
  targetThroughputMBpsPerVm: {
    kind: 'number',
    label: 'Target throughput per VM',
    help: 'Decimal MB/s one VM needs (1 MB = 10^6 bytes). If the IOPS target at this I/O size falls short of it, the designs are sized for the throughput instead. The blog post settled on 2,500 MB/s.',
    unit: 'MB/s',
    default: 2_500,
    min: 0,
    max: 1_000_000,
  },
  readPercent: {
    kind: 'number',
    label: 'Reads',
    help: 'Share of front-end I/Os that are reads. The blog post gives none; 70% is a common OLTP planning figure, so measure yours.',
    unit: '%',
    default: 70,
    min: 0,
    max: 100,
  },
  ioSizeKiB: {
    kind: 'number',
    label: 'I/O size',
    help: 'Average I/O size; links IOPS to throughput (SQL Server pages are 8 KiB).',
    unit: 'KiB',
    default: 8,
    min: 0.5,
    max: 16_384,
  },
  sanDriveClass: {
    kind: 'enum',
    label: 'SAN tier drives',
    help: 'Drive class of the SAN tier that would serve these VMs.',
    options: driveClassOptions,
    default: 'sas-ssd',
  },
  sanDriveIops: {
    kind: 'number',
    label: 'SAN drive IOPS (override)',
    help: 'Random IOPS of one SAN drive; overrides the preset.',
    unit: 'IOPS',
    optional: true,
    min: 1,
    max: 10_000_000,
  },
  sanLayout: {
    kind: 'enum',
    label: 'SAN tier layout',
    help: 'RAID level of the SAN tier.',
    options: layoutOptions,
    default: 'raid10',
  },
  sanDrivePrice: {
    kind: 'number',
    label: 'SAN drive price',
    help: 'Price of one SAN drive (any currency). SAN drives usually cost more than the same drive bought for a server.',
    unit: 'currency',
    optional: true,
    min: 0,
    max: 10_000_000,
  },
  sanFixedCost: {
    kind: 'number',
    label: 'SAN fixed cost',
    help: 'Shelves, controllers, licences and support for the tier, added once.',
    unit: 'currency',
    optional: true,
    min: 0,
    max: 1_000_000_000,
  },
  localDriveClass: {
    kind: 'enum',
    label: 'Local drives',
    help: 'Drive class in each non-clustered host.',
    options: driveClassOptions,
    default: 'sata-ssd',
  },
  localDriveIops: {
    kind: 'number',
    label: 'Local drive IOPS (override)',
    help: 'Random IOPS of one local drive; overrides the preset.',
    unit: 'IOPS',
    optional: true,
    min: 1,
    max: 10_000_000,
  },
  localLayout: {
    kind: 'enum',
    label: 'Local layout',
    help: 'Storage Spaces on a plain SAS HBA, or a RAID level on a RAID HBA (the blog post allows either).',
    options: layoutOptions,
    default: 'mirror-2way',
  },
  localDrivePrice: {
    kind: 'number',
    label: 'Local drive price',
    help: 'Price of one local drive (any currency).',
    unit: 'currency',
    optional: true,
    min: 0,
    max: 10_000_000,
  },
  localFixedCostPerHost: {
    kind: 'number',
    label: 'Local fixed cost per host',
    help: 'HBA, drive cages or the host itself if it is bought for this purpose, added once per host.',
    unit: 'currency',
    optional: true,
    min: 0,
    max: 100_000_000,
  },
  localMaxDrivesPerHost: {
    kind: 'number',
    label: 'Drive bays per host',
    help: 'Drive bays a host offers; a warning appears when a host needs more.',
    unit: '',
    optional: true,
    min: 1,
    max: 1_000,
    integer: true,
  },
});

export interface ScenarioDesign {
  design: 'san' | 'local';
  label: string;
  driveClass: DriveClassId;
  driveIops: number;
  layout: LayoutId;
  /** Drives in the whole design. */
  drives: number;
  /** Drives per host (local design), null for the SAN tier. */
  drivesPerHost: number | null;
  /** Front-end IOPS the sized design carries in total. */
  deliveredIops: number;
  /** Front-end IOPS the design must carry in total. */
  requiredIops: number;
  targetMet: boolean;
  totalCost: number | null;
  costPerIops: number | null;
}

export interface TierOption {
  driveClass: DriveClassId;
  label: string;
  driveIops: number;
  /** Drives a SAN tier of this class needs in the chosen SAN layout. */
  drivesNeeded: number;
}

export interface StorageScenarioResult {
  /** IOPS each VM is sized for: max(IOPS target, throughput target / I/O size). */
  sizedIopsPerVm: number;
  sizedForThroughput: boolean;
  /** Throughput the IOPS target alone would give at this I/O size, decimal MB/s. */
  impliedThroughputMBpsPerVm: number;
  designs: ScenarioDesign[];
  /** SAN drives needed per drive class, for "how many SSDs or spinning disks". */
  tierOptions: TierOption[];
  /** Long-form rows for a grouped chart: one row per design and metric. */
  chartRows: { design: string; metric: 'drives' | 'cost'; value: number }[];
  warnings: string[];
  assumptions: Assumption[];
}

function sizeDesign(
  design: 'san' | 'local',
  label: string,
  drivesNeededFor: (target: number) => number,
  layout: Layout,
  driveClass: DriveClassId,
  driveIops: number,
  mix: IoMix,
  required: number,
  perHost: boolean,
  hosts: number,
): Omit<ScenarioDesign, 'totalCost' | 'costPerIops'> {
  const unitTarget = perHost ? required / hosts : required;
  let unitDrives = drivesNeededFor(unitTarget);
  let targetMet = true;
  if (layout.maxDisks !== undefined && unitDrives > layout.maxDisks) {
    unitDrives = layout.maxDisks;
    targetMet = false;
  }
  const units = perHost ? hosts : 1;
  return {
    design,
    label,
    driveClass,
    driveIops,
    layout: layout.id,
    drives: unitDrives * units,
    drivesPerHost: perHost ? unitDrives : null,
    deliveredIops: frontEndIops(unitDrives, driveIops, mix, layout.writePenalty) * units,
    requiredIops: required,
    targetMet,
  };
}

export const storageScenario = defineModel({
  id: 'storage-scenario',
  title: 'SAN tier versus local SSD hosts',
  summary: 'Drives, cost and cost per IOPS of a SAN tier against non-clustered Hyper-V hosts with local SSDs, for the same demanding VMs.',
  schema: storageScenarioSchema,
  compute(input): StorageScenarioResult {
    const mix: IoMix = { readFraction: input.readPercent / 100, readHitFraction: 0, writeHitFraction: 0 };
    const ioBytes = input.ioSizeKiB * KiB;
    const iopsForThroughput = (input.targetThroughputMBpsPerVm * MB) / ioBytes;
    const sizedIopsPerVm = Math.max(input.targetIopsPerVm, iopsForThroughput);
    const sizedForThroughput = iopsForThroughput > input.targetIopsPerVm;
    const required = sizedIopsPerVm * input.hosts;

    const sanLayout = layouts[input.sanLayout];
    const localLayout = layouts[input.localLayout];
    const sanPreset = driveClasses[input.sanDriveClass];
    const localPreset = driveClasses[input.localDriveClass];
    const sanIops = input.sanDriveIops ?? sanPreset.iops;
    const localIops = input.localDriveIops ?? localPreset.iops;

    const sanBase = sizeDesign(
      'san',
      `SAN tier: ${sanPreset.label}, ${sanLayout.label}`,
      (t) => disksForTarget(t, sanIops, mix, sanLayout),
      sanLayout,
      input.sanDriveClass,
      sanIops,
      mix,
      required,
      false,
      input.hosts,
    );
    const localBase = sizeDesign(
      'local',
      `${input.hosts} non-clustered host${input.hosts === 1 ? '' : 's'}: ${localPreset.label}, ${localLayout.label}`,
      (t) => disksForTarget(t, localIops, mix, localLayout),
      localLayout,
      input.localDriveClass,
      localIops,
      mix,
      required,
      true,
      input.hosts,
    );

    const sanCost = input.sanDrivePrice === undefined ? null : sanBase.drives * input.sanDrivePrice + (input.sanFixedCost ?? 0);
    const localCost = input.localDrivePrice === undefined ? null : localBase.drives * input.localDrivePrice + input.hosts * (input.localFixedCostPerHost ?? 0);
    const designs: ScenarioDesign[] = [
      { ...sanBase, totalCost: sanCost, costPerIops: sanCost === null ? null : sanCost / sanBase.deliveredIops },
      { ...localBase, totalCost: localCost, costPerIops: localCost === null ? null : localCost / localBase.deliveredIops },
    ];

    const tierOptions: TierOption[] = driveClassIds.map((id) => {
      const iops = id === input.sanDriveClass ? sanIops : driveClasses[id].iops;
      const needed = disksForTarget(required, iops, mix, sanLayout);
      return {
        driveClass: id,
        label: driveClasses[id].label,
        driveIops: iops,
        drivesNeeded: sanLayout.maxDisks !== undefined ? Math.min(needed, sanLayout.maxDisks) : needed,
      };
    });

    const chartRows: StorageScenarioResult['chartRows'] = [];
    for (const d of designs) {
      const name = d.design === 'san' ? 'SAN tier' : 'Local SSD hosts';
      chartRows.push({ design: name, metric: 'drives', value: d.drives });
      if (d.totalCost !== null) chartRows.push({ design: name, metric: 'cost', value: round3(d.totalCost) });
    }

    const warnings: string[] = [];
    const impliedThroughputMBpsPerVm = (input.targetIopsPerVm * ioBytes) / MB;
    if (sizedForThroughput) {
      warnings.push(
        `${groupThousands(input.targetIopsPerVm)} IOPS of ${input.ioSizeKiB} KiB move only ${groupThousands(impliedThroughputMBpsPerVm)} MB/s; reaching ${groupThousands(input.targetThroughputMBpsPerVm)} MB/s takes ${groupThousands(sizedIopsPerVm)} IOPS at this size (or larger I/Os), so both designs are sized for that.`,
      );
    }
    for (const d of designs) {
      if (!d.targetMet)
        warnings.push(
          `${layouts[d.layout].label} is limited to ${layouts[d.layout].maxDisks} disks and cannot reach the target; choose raid10 or a mirror space.`,
        );
    }
    if (input.localMaxDrivesPerHost !== undefined && localBase.drivesPerHost !== null && localBase.drivesPerHost > input.localMaxDrivesPerHost) {
      warnings.push(
        `Each host needs ${localBase.drivesPerHost} drives but offers ${input.localMaxDrivesPerHost} bays: add an external JBOD, faster drives or more hosts.`,
      );
    }
    for (const [where, preset, override] of [
      ['SAN', sanPreset, input.sanDriveIops],
      ['local', localPreset, input.localDriveIops],
    ] as const) {
      if (override === undefined && preset.solidState && input.readPercent < 100) {
        warnings.push(
          `The ${where} ${preset.label} preset is a random-read figure; with writes in the mix the drive count is optimistic. Enter steady-state mixed IOPS from the datasheet.`,
        );
      }
    }
    if (sanCost === null || localCost === null) {
      warnings.push(
        'Enter drive prices (and fixed costs) for both designs to compare cost and cost per IOPS; the guide ships no prices because they date quickly.',
      );
    }

    return {
      sizedIopsPerVm,
      sizedForThroughput,
      impliedThroughputMBpsPerVm,
      designs,
      tierOptions,
      chartRows,
      warnings,
      assumptions: [
        {
          text: `The SAN tier must carry all ${input.hosts} VMs at once (${groupThousands(required)} IOPS); each local host carries only its own VM (${groupThousands(sizedIopsPerVm)} IOPS).`,
          sources: ['seed-002'],
        },
        {
          text: 'Without shared storage the VMs rely on their application\u2019s own replicas for availability, and on shared-nothing live migration (Windows Server 2012 and later) to move between the local hosts and the SAN.',
          sources: ['seed-002', 'seed-004'],
        },
        {
          text: `SAN drives: ${groupThousands(sanIops)} IOPS each${input.sanDriveIops === undefined ? ` (${sanPreset.basis})` : ' as entered'}; local drives: ${groupThousands(localIops)} IOPS each${input.localDriveIops === undefined ? ` (${localPreset.basis})` : ' as entered'}.`,
          sources: [
            ...new Set([...(input.sanDriveIops === undefined ? sanPreset.sources : []), ...(input.localDriveIops === undefined ? localPreset.sources : [])]),
          ],
        },
        {
          text: `Write penalties: ${sanLayout.label} ${sanLayout.writePenalty}, ${localLayout.label} ${localLayout.writePenalty}.`,
          sources: [...new Set([...sanLayout.sources, ...localLayout.sources])],
        },
        { text: 'SAN controller, port and fabric limits are not modelled; they often cap a tier below what its drives could deliver.', sources: [] },
      ],
    };
  },
});
