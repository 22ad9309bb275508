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
 *
 * The compute is a list of stages in scenario/: the load per VM (load), each
 * design sized and costed, the SAN tier per drive class and the chart rows
 * (designs), then the words (text).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import { driveClassOptions } from './drive-classes.ts';
import type { DriveClassId } from './drive-classes.ts';
import { ioFields } from './io-fields.ts';
import { layoutOptions } from './layouts.ts';
import type { LayoutId } from './layouts.ts';
import { chartRowsOf, designSpecs, sizeDesign, tierOptions } from './scenario/designs.ts';
import { scenarioLoad } from './scenario/load.ts';
import { localLabel, sanLabel, scenarioAssumptions, scenarioWarnings } from './scenario/text.ts';

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
    ...ioFields.readPercent,
    help: 'Share of front-end I/Os that are reads. The blog post gives none; 70% is a common OLTP planning figure, so measure yours.',
  },
  ioSizeKiB: { ...ioFields.ioSizeKiB, help: 'Average I/O size; links IOPS to throughput (SQL Server pages are 8 KiB).' },
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

export const storageScenario = defineModel({
  id: 'storage-scenario',
  title: 'SAN tier versus local SSD hosts',
  summary: 'Drives, cost and cost per IOPS of a SAN tier against non-clustered Hyper-V hosts with local SSDs, for the same demanding VMs.',
  schema: storageScenarioSchema,
  compute(input): StorageScenarioResult {
    const load = scenarioLoad(input);
    const specs = designSpecs(input);
    const designs = {
      san: sizeDesign(specs.san, sanLabel(specs.san), load, input.hosts),
      local: sizeDesign(specs.local, localLabel(specs.local, input.hosts), load, input.hosts),
    };
    return {
      sizedIopsPerVm: load.sizedIopsPerVm,
      sizedForThroughput: load.sizedForThroughput,
      impliedThroughputMBpsPerVm: load.impliedThroughputMBpsPerVm,
      designs: [designs.san, designs.local],
      tierOptions: tierOptions(specs.san, load),
      chartRows: chartRowsOf([designs.san, designs.local]),
      warnings: scenarioWarnings(input, load, specs, designs),
      assumptions: scenarioAssumptions(input.hosts, load, specs),
    };
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
