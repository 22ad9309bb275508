/** The words of the SAN-versus-local result: the design labels, the warnings and the assumptions. */
import type { Assumption } from '../../model.ts';
import { groupThousands } from '../drive-classes.ts';
import { layouts } from '../layouts.ts';
import type { ScenarioDesign } from '../storage-scenario.ts';
import type { DesignSpec, StorageScenarioInput } from './designs.ts';
import type { ScenarioLoad } from './load.ts';

export const sanLabel = (san: DesignSpec): string => `SAN tier: ${san.preset.label}, ${san.layout.label}`;

export const localLabel = (local: DesignSpec, hosts: number): string =>
  `${hosts} non-clustered host${hosts === 1 ? '' : 's'}: ${local.preset.label}, ${local.layout.label}`;

export function scenarioWarnings(
  input: StorageScenarioInput,
  load: ScenarioLoad,
  specs: { san: DesignSpec; local: DesignSpec },
  designs: { san: ScenarioDesign; local: ScenarioDesign },
): string[] {
  const warnings: string[] = [];
  if (load.sizedForThroughput) {
    warnings.push(
      `${groupThousands(input.targetIopsPerVm)} IOPS of ${input.ioSizeKiB} KiB move only ${groupThousands(load.impliedThroughputMBpsPerVm)} MB/s; reaching ${groupThousands(input.targetThroughputMBpsPerVm)} MB/s takes ${groupThousands(load.sizedIopsPerVm)} IOPS at this size (or larger I/Os), so both designs are sized for that.`,
    );
  }
  for (const d of [designs.san, designs.local]) {
    if (!d.targetMet)
      warnings.push(
        `${layouts[d.layout].label} is limited to ${layouts[d.layout].maxDisks} disks and cannot reach the target; choose raid10 or a mirror space.`,
      );
  }
  const perHost = designs.local.drivesPerHost;
  if (input.localMaxDrivesPerHost !== undefined && perHost !== null && perHost > input.localMaxDrivesPerHost) {
    warnings.push(`Each host needs ${perHost} drives but offers ${input.localMaxDrivesPerHost} bays: add an external JBOD, faster drives or more hosts.`);
  }
  for (const [where, spec] of [
    ['SAN', specs.san],
    ['local', specs.local],
  ] as const) {
    if (!spec.iopsEntered && spec.preset.solidState && input.readPercent < 100) {
      warnings.push(
        `The ${where} ${spec.preset.label} preset is a random-read figure; with writes in the mix the drive count is optimistic. Enter steady-state mixed IOPS from the datasheet.`,
      );
    }
  }
  if (designs.san.totalCost === null || designs.local.totalCost === null) {
    warnings.push(
      'Enter drive prices (and fixed costs) for both designs to compare cost and cost per IOPS; the guide ships no prices because they date quickly.',
    );
  }
  return warnings;
}

export function scenarioAssumptions(hosts: number, load: ScenarioLoad, specs: { san: DesignSpec; local: DesignSpec }): Assumption[] {
  const { san, local } = specs;
  const drivesText = (spec: DesignSpec): string => `${groupThousands(spec.driveIops)} IOPS each${spec.iopsEntered ? ' as entered' : ` (${spec.preset.basis})`}`;
  return [
    {
      text: `The SAN tier must carry all ${hosts} VMs at once (${groupThousands(load.requiredIops)} IOPS); each local host carries only its own VM (${groupThousands(load.sizedIopsPerVm)} IOPS).`,
      sources: ['seed-002'],
    },
    {
      text: 'Without shared storage the VMs rely on their application\u2019s own replicas for availability, and on shared-nothing live migration (Windows Server 2012 and later) to move between the local hosts and the SAN.',
      sources: ['seed-002', 'seed-004'],
    },
    {
      text: `SAN drives: ${drivesText(san)}; local drives: ${drivesText(local)}.`,
      sources: [...new Set([...(san.iopsEntered ? [] : san.preset.sources), ...(local.iopsEntered ? [] : local.preset.sources)])],
    },
    {
      text: `Write penalties: ${san.layout.label} ${san.layout.writePenalty}, ${local.layout.label} ${local.layout.writePenalty}.`,
      sources: [...new Set([...san.layout.sources, ...local.layout.sources])],
    },
    { text: 'SAN controller, port and fabric limits are not modelled; they often cap a tier below what its drives could deliver.', sources: [] },
  ];
}
