/**
 * Scale-Out File Server suitability: Microsoft's guidance as a decision.
 *
 * A Scale-Out File Server (Windows Server 2012 and later) shares folders from
 * every cluster node at once, from Cluster Shared Volumes, through SMB 3
 * continuously available shares. Three mechanisms decide where it fits:
 *  - CSV sends metadata operations (create, open, close, rename, extend) from
 *    every node over SMB to the one coordinator node of the volume, while
 *    reads and writes go straight to storage (ms-csv-use, seed-001);
 *  - continuous availability makes writes go through to disk before they are
 *    acknowledged, so a node failure loses nothing, at a cost in throughput
 *    (ms-sofs-overview, ms-filecab-to-scale-out);
 *  - several file-server features are not supported on scale-out shares
 *    (ms-sofs-overview's table).
 * Microsoft: do not use SOFS for workloads with many metadata operations, such
 * as information workers'; use it for server application data, and only when
 * every technology you need is supported (ms-sofs-overview).
 *
 * Microsoft gives no numeric threshold for "a high number of metadata
 * operations"; the thresholds (sofs/assessment.ts) are this guide's, and the
 * result says so.
 *
 * The compute is a list of stages in sofs/: the decision without words
 * (assessment), then the reasons, verdict text, warnings, alternatives and
 * assumptions it is explained with (reasons, text).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import { workloadOptions } from './sofs-workloads.ts';
import type { WorkloadId } from './sofs-workloads.ts';
import { assess } from './sofs/assessment.ts';
import { featureLabel, featureOptions } from './sofs/features.ts';
import type { FeatureId } from './sofs/features.ts';
import { sofsReasons } from './sofs/reasons.ts';
import { alternativesFor, sofsAssumptions, sofsWarnings, verdictWords } from './sofs/text.ts';

export const sofsSuitabilitySchema = defineSchema({
  workload: {
    kind: 'enum',
    label: 'Workload',
    help: 'What the shares will hold. Choosing one fills in its typical metadata share and file size (this guide\u2019s estimates); edit them with your own measurements.',
    options: workloadOptions,
    default: 'hyper-v',
  },
  requiredFeatures: {
    kind: 'multi',
    label: 'Required features',
    help: 'File-server technologies the shares must offer.',
    options: featureOptions,
    default: [],
  },
  windowsVersion: {
    kind: 'enum',
    label: 'Windows Server version',
    help: 'Version of the file server cluster. Microsoft\u2019s support table covers 2012 and 2012 R2; later versions are judged by the 2012 R2 column.',
    options: [
      { value: '2012', label: 'Windows Server 2012' },
      { value: '2012r2', label: 'Windows Server 2012 R2' },
      { value: '2016-or-later', label: 'Windows Server 2016 or later' },
    ],
    default: '2012r2',
  },
  metadataOpsPercent: {
    kind: 'number',
    label: 'Metadata operations',
    help: 'Share of file operations that are opens, closes, creates, renames, deletes or attribute changes rather than reads and writes. A VM keeps its VHDX open for weeks; a user opening documents does it all day.',
    unit: '%',
    default: 2,
    min: 0,
    max: 100,
  },
  avgFileSizeMB: {
    kind: 'number',
    label: 'Average file size',
    help: 'Average size of the files on the shares, decimal MB. VHDX and database files run to gigabytes; documents to kilobytes or a few megabytes.',
    unit: 'MB',
    default: 40_000,
    min: 0,
    minExclusive: true,
    max: 100_000_000,
  },
});

export const sofsSuitability = defineModel({
  id: 'sofs-suitability',
  title: 'Scale-Out File Server suitability',
  summary: 'Whether a Scale-Out File Server is recommended, not recommended or unsupported for a workload, with reasons citing Microsoft and the alternatives.',
  schema: sofsSuitabilitySchema,
  compute(input): SofsSuitabilityResult {
    const facts = { ...input, workload: input.workload as WorkloadId, requiredFeatures: input.requiredFeatures as FeatureId[] };
    const assessment = assess(facts);
    return {
      verdict: assessment.verdict,
      ...verdictWords(assessment),
      reasons: sofsReasons(facts, assessment),
      blockingFeatures: assessment.blocking.map(featureLabel),
      alternatives: alternativesFor(assessment.verdict),
      warnings: sofsWarnings(facts, assessment),
      assumptions: sofsAssumptions(facts.workload),
    };
  },
});

export type Verdict = 'recommended' | 'not-recommended' | 'unsupported';

export interface Reason {
  text: string;
  /** What the reason does to the verdict. */
  effect: 'blocks' | 'against' | 'for' | 'note';
  sources: string[];
}

export interface Alternative {
  option: string;
  why: string;
  sources: string[];
}

export interface SofsSuitabilityResult {
  verdict: Verdict;
  verdictText: string;
  /** The verdict in words ("Not recommended"), for a label that does not rely on colour. */
  verdictLabel: string;
  /** verdictText without its leading label. */
  verdictReason: string;
  reasons: Reason[];
  /** Features the shares need that SOFS does not offer. */
  blockingFeatures: string[];
  alternatives: Alternative[];
  warnings: string[];
  assumptions: Assumption[];
}
