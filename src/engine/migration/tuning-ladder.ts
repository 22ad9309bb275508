/**
 * The seed-003 tuning ladder: how much of a 1 GbE and a 10 GbE link one TCP
 * live migration on Windows Server 2008 R2 uses, and how long it takes, as the
 * host settings climb from the defaults to jumbo frames with C-states and C1E
 * off (seed-003). Each point is the live-migration model run for one VM; the
 * link and host settings are the rungs.
 */
import { evaluate } from '../evaluate.ts';
import type { Outcome } from '../evaluate.ts';
import { liveMigration } from './live-migration.ts';

export interface LadderRung {
  /** The rung's name, as the chart and the table show it. */
  setting: string;
  powerProfile: 'balanced' | 'high-performance' | 'c-states-disabled';
  jumboFrames: boolean;
}

/** The rungs in the order seed-003 climbs them. */
export const tuningRungs: readonly LadderRung[] = [
  { setting: 'Defaults', powerProfile: 'balanced', jumboFrames: false },
  { setting: 'Jumbo frames', powerProfile: 'balanced', jumboFrames: true },
  { setting: 'Jumbo + High performance', powerProfile: 'high-performance', jumboFrames: true },
  { setting: 'Jumbo + C-states/C1E off', powerProfile: 'c-states-disabled', jumboFrames: true },
];

/** The link speeds seed-003 measured, Gbps. */
export const ladderLinksGbps: readonly number[] = [1, 10];

export interface LadderPoint {
  setting: string;
  /** "1 GbE" or "10 GbE". */
  link: string;
  linkSharePercent: number;
  totalSeconds: number;
}

/** The VM that climbs the ladder: the live-migration model's memory fields. */
export interface LadderVm {
  memoryGiB: number;
  dirtyRateMBps: number;
  hotSetGiB: number;
}

/** Every rung on each link, 1 GbE first; the model's issues if it refuses the VM. */
export function tuningLadder(vm: LadderVm): Outcome<LadderPoint[]> {
  const points: LadderPoint[] = [];
  for (const linkGbps of ladderLinksGbps) {
    for (const rung of tuningRungs) {
      const outcome = evaluate(liveMigration, {
        ...vm,
        linkGbps,
        transport: 'tcp',
        hostVersion: '2008r2',
        powerProfile: rung.powerProfile,
        jumboFrames: rung.jumboFrames,
      });
      if (!outcome.ok) return outcome;
      points.push({
        setting: rung.setting,
        link: `${linkGbps} GbE`,
        linkSharePercent: outcome.result.linkSharePercent,
        totalSeconds: outcome.result.totalSeconds,
      });
    }
  }
  return { ok: true, result: points };
}
