/**
 * The link-efficiency model on its own: what share of the live-migration
 * link one migration really gets, and how much memory per second that moves.
 * The physics is in link-rate.ts and its calibration per version in
 * calibration.ts; the four migration models use the same functions.
 */
import { defineModel } from '../model.ts';
import { defineSchema } from '../schema.ts';
import { coverageWarnings } from './calibration.ts';
import { linkAssumptions, singleMigrationRate } from './link-rate.ts';
import { linkFields, linkSetup, singleStreamWarnings, transportIssues } from './link-fields.ts';
import { GiB, gbpsToBytesPerSecond } from '../units.ts';

const { effectiveGbps: _measured, ...fields } = linkFields;
export const linkEfficiencySchema = defineSchema(fields);

export interface LinkEfficiencyResult {
  /** TCP or RDMA payload on the wire for one migration alone. */
  wireGbps: number;
  /** Memory moved per second (wire × compression gain). */
  effectiveGbps: number;
  /** Wire payload as a percentage of the line rate of the NICs the migration uses. */
  linkSharePercent: number;
  nicsUsed: number;
  compressionGain: number;
  /** Seconds to copy 1 GiB of memory once at this rate (setup and clean-up excluded). */
  secondsPerGiB: number;
  warnings: string[];
  assumptions: { text: string; sources: string[] }[];
}

export const linkEfficiency = defineModel({
  id: 'link-efficiency',
  title: 'Live-migration link efficiency',
  summary: 'The share of the link one live migration gets, by link speed, MTU, power profile, transport and version.',
  schema: linkEfficiencySchema,
  check: (input) => transportIssues({ ...input, effectiveGbps: undefined }),
  compute(input): LinkEfficiencyResult {
    const setup = linkSetup({ ...input, effectiveGbps: undefined });
    const rate = singleMigrationRate(setup);
    const warnings: string[] = [];
    warnings.push(...singleStreamWarnings(input));
    if (input.transport === 'compression' && rate.memoryGbps < rate.tcpGbps * 0.999) {
      warnings.push(
        `Compression is slower than plain TCP here: the spare cores compress ${rate.memoryGbps.toFixed(2)} Gbps of memory, TCP alone would move ${rate.tcpGbps.toFixed(2)} Gbps.`,
      );
    }
    warnings.push(...coverageWarnings(setup));
    if (rate.linkShare < 0.5 && input.transport === 'tcp') {
      warnings.push(
        'Less than half the link: one core, not the wire, limits this migration. Jumbo frames, the high-performance power plan with C-states disabled, compression or SMB Direct raise it.',
      );
    }
    return {
      wireGbps: rate.wireGbps,
      effectiveGbps: rate.memoryGbps,
      linkSharePercent: rate.linkShare * 100,
      nicsUsed: rate.nicsUsed,
      compressionGain: rate.compressionGain,
      secondsPerGiB: GiB / gbpsToBytesPerSecond(rate.memoryGbps),
      warnings,
      assumptions: linkAssumptions(setup, false),
    };
  },
});
