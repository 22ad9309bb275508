/** The words of the host-evacuation result: the warnings and the assumptions, from the figures the drain stage computed. */
import type { Assumption } from '../../model.ts';
import { round3 } from '../../units.ts';
import { timeScatter } from '../calibration.ts';
import type { HostEvacuationInput } from '../host-evacuation.ts';
import { hostVersionTraits } from '../host-versions.ts';
import { linkSetup } from '../link-fields.ts';
import { linkAssumptions, singleMigrationRate } from '../link-rate.ts';
import { rateWarnings } from '../live-migration.ts';
import { CLEANUP_SECONDS, SETUP_SECONDS } from '../pre-copy.ts';
import type { DrainFigures } from './drain.ts';
import { firstNetworkOnlyWarnings, usesSmb } from '../link-fields.ts';

export function evacuationWarnings(input: HostEvacuationInput, drain: DrainFigures): string[] {
  const traits = hostVersionTraits[input.hostVersion];
  const smb = usesSmb(input);
  const { limit, notConverged, longestDowntimeMs } = drain;
  const warnings: string[] = [];
  if (!traits.simultaneousMigrations && (input.maxConcurrent ?? 1) > 1) {
    warnings.push('Windows Server 2008 R2 live-migrates one VM at a time per host; the simultaneous setting applies from Windows Server 2012.');
  }
  warnings.push(...firstNetworkOnlyWarnings(input));
  if (!smb && limit > input.teamMembers) {
    warnings.push(
      `${limit} simultaneous TCP migrations share one network${input.teamMembers > 1 ? ` of ${input.teamMembers} team members` : ''} and split its bandwidth.`,
    );
  }
  if (notConverged > 0) {
    warnings.push(
      `${notConverged} VM(s) did not converge at the bandwidth they got; the longest pause is ${round3(longestDowntimeMs / 1000)} s. Fewer simultaneous migrations give each more bandwidth.`,
    );
  }
  if (traits.clusterConcurrencySetting === 'cluster' && input.clustered && input.maxConcurrent === undefined) {
    warnings.push(
      `One migration at a time from this node: on a ${traits.label} cluster (Get-Cluster).MaximumParallelMigrations, 1 by default, sets every node's limit and overrides each host's MaximumVirtualMachineMigrations. Raise it, e.g. (Get-Cluster).MaximumParallelMigrations = 2, to drain faster.`,
    );
  }
  warnings.push(...rateWarnings(input, singleMigrationRate(linkSetup(input))));
  return warnings;
}

export function evacuationAssumptions(input: HostEvacuationInput, drain: DrainFigures): Assumption[] {
  const traits = hostVersionTraits[input.hostVersion];
  const smb = usesSmb(input);
  const { limit } = drain;
  const concurrencySource =
    traits.clusterConcurrencySetting === 'cluster' && input.clustered
      ? ['ms-techcommunity-cluster-wide-lm-control-2023', 'ms-get-cluster-parallel-migrations', 'ms-set-vmhost']
      : traits.simultaneousMigrations
        ? ['seed-003', 'ms-msvm-migration-service-settings', 'ms-set-vmhost']
        : ['seed-003'];
  const concurrencyText =
    input.maxConcurrent !== undefined || !traits.simultaneousMigrations
      ? `Up to ${limit} migration(s) at once; the rest wait in the order given.`
      : traits.clusterConcurrencySetting === 'cluster' && input.clustered
        ? `Up to ${limit} migration(s) at once from the draining node: the default of the cluster property MaximumParallelMigrations, the per-node limit every node of a ${traits.label} cluster inherits in place of its own MaximumVirtualMachineMigrations.`
        : `Up to ${limit} migration(s) at once: the default of Set-VMHost -MaximumVirtualMachineMigrations on ${traits.label}.`;
  return [
    { text: concurrencyText, sources: concurrencySource },
    {
      text: smb
        ? 'Under SMB every migration uses all live-migration networks; simultaneous migrations share them.'
        : input.teamMembers > 1
          ? `Each TCP migration is one connection on the first live-migration network; simultaneous migrations spread over its ${input.teamMembers} team members and share them, one member per connection at most.`
          : 'Each TCP migration is one connection on the first live-migration network; simultaneous migrations share it.',
      sources: smb ? ['aidan-finn-2013-lm-improvements', 'savill-2015-when-smb-lm'] : ['vaneijk-2013-nic-teaming-traffic-classes', 'vanhoye-2013-teamed-lm'],
    },
    { text: 'Each VM’s pre-copy is planned at the bandwidth it gets when its copy starts.', sources: ['clark-2005'] },
    {
      text: `Setup (${SETUP_SECONDS} s) and clean-up (${CLEANUP_SECONDS} s) per VM, which hold a migration slot.`,
      sources: ['aidanfinn-2012-concurrent-lm'],
    },
    { text: `${traits.label} makes at most ${traits.maxPasses} copy passes per VM.`, sources: [traits.passesSource] },
    ...linkAssumptions(linkSetup(input), input.effectiveGbps !== undefined),
    ...(input.effectiveGbps === undefined
      ? [
          {
            text: `The range is the likely time × ${timeScatter(input.transport).low}–${timeScatter(input.transport).high}, the spread of the published measurements around the model${input.transport === 'smb-direct' ? ', raised at the top for SMB Direct’s start-up and its multi-port runs' : ''} (see the validation page).`,
            sources: input.transport === 'smb-direct' ? ['aidan-finn-2013-lm-transports', 'ms-smb-direct'] : [],
          },
        ]
      : []),
  ];
}
