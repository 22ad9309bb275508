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
 * operations"; the thresholds below are this guide's, and the result says so.
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema } from '../schema.ts';
import { applicationWorkloads, userDataWorkloads, workloadLabel, workloadOptions, workloadProfiles } from './sofs-workloads.ts';
import type { WorkloadId } from './sofs-workloads.ts';

/** Metadata share of operations above which this guide calls a workload metadata-heavy. */
const METADATA_HEAVY_PERCENT = 20;
/** Share above which it warns. */
const METADATA_NOTICEABLE_PERCENT = 5;
/** Average file size below which files are "small" (typical of documents, not VHDX or databases). */
const SMALL_FILE_MB = 1;

const featureOptions = [
  { value: 'dfsr', label: 'DFS Replication' },
  { value: 'dfsn-root', label: 'DFS Namespace root server' },
  { value: 'dfsn-folder-target', label: 'DFS Namespace folder target' },
  { value: 'fsrm', label: 'FSRM quotas and file screens' },
  { value: 'fci', label: 'File Classification Infrastructure' },
  { value: 'dac', label: 'Dynamic Access Control' },
  { value: 'branchcache', label: 'BranchCache' },
  { value: 'dedup', label: 'Data Deduplication' },
  { value: 'work-folders', label: 'Work Folders' },
  { value: 'nfs', label: 'NFS server' },
  { value: 'smb-multichannel', label: 'SMB Multichannel' },
  { value: 'smb-direct', label: 'SMB Direct (RDMA)' },
  { value: 'smb-encryption', label: 'SMB Encryption' },
] as const;

type FeatureId = (typeof featureOptions)[number]['value'];

/** Features marked "No" for SOFS in Microsoft's table (deduplication depends on version and workload). */
const unsupportedFeatures: ReadonlySet<FeatureId> = new Set(['dfsr', 'dfsn-root', 'fsrm', 'fci', 'dac', 'branchcache', 'work-folders', 'nfs']);

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

const featureLabel = (id: string): string => featureOptions.find((o) => o.value === id)?.label ?? id;

export const sofsSuitability = defineModel({
  id: 'sofs-suitability',
  title: 'Scale-Out File Server suitability',
  summary: 'Whether a Scale-Out File Server is recommended, not recommended or unsupported for a workload, with reasons citing Microsoft and the alternatives.',
  schema: sofsSuitabilitySchema,
  compute(input): SofsSuitabilityResult {
    const reasons: Reason[] = [];
    const warnings: string[] = [];
    const blocking: string[] = [];
    const workload = input.workload as WorkloadId;

    for (const feature of input.requiredFeatures as FeatureId[]) {
      if (unsupportedFeatures.has(feature)) {
        blocking.push(feature);
        reasons.push({
          text: `${featureLabel(feature)} is not supported on a Scale-Out File Server (it needs a general-use clustered file server).`,
          effect: 'blocks',
          sources: ['ms-sofs-overview'],
        });
      } else if (feature === 'dedup') {
        if (input.windowsVersion === '2012') {
          blocking.push(feature);
          reasons.push({
            text: 'Data Deduplication is not supported on a Scale-Out File Server in Windows Server 2012.',
            effect: 'blocks',
            sources: ['ms-sofs-overview'],
          });
        } else if (workload !== 'vdi') {
          blocking.push(feature);
          reasons.push({
            text: 'From Windows Server 2012 R2, Data Deduplication on a Scale-Out File Server is supported for VDI only.',
            effect: 'blocks',
            sources: ['ms-sofs-overview'],
          });
        } else {
          reasons.push({
            text: 'Data Deduplication of VDI desktops on CSV is supported from Windows Server 2012 R2.',
            effect: 'for',
            sources: ['ms-sofs-overview', 'ms-csv-use'],
          });
        }
      } else if (feature === 'dfsn-folder-target') {
        reasons.push({
          text: 'A scale-out share can be a DFS Namespace folder target (but not a namespace root server).',
          effect: 'note',
          sources: ['ms-sofs-overview'],
        });
      } else {
        reasons.push({ text: `${featureLabel(feature)} works on scale-out shares as on any SMB 3 share.`, effect: 'note', sources: ['ms-sofs-overview'] });
      }
    }

    let against = false;
    if (applicationWorkloads.has(workload)) {
      reasons.push({
        text: `${workloadLabel(workload)} is server application data that keeps a few large files open for long periods, the case Scale-Out File Server was built for; it is the recommended file server type for Hyper-V and SQL Server over SMB.`,
        effect: 'for',
        sources: ['ms-sofs-overview'],
      });
    } else if (userDataWorkloads.has(workload)) {
      against = true;
      reasons.push({
        text: `${workloadLabel(workload)} is not recommended on scale-out shares: it generates many writes that continuously available shares must write through to disk without buffering, and Offline Files may take 3–6 minutes to go offline when the share disappears.`,
        effect: 'against',
        sources: ['ms-sofs-overview'],
      });
    } else {
      against = true;
      reasons.push({
        text: 'Information-worker file shares generate many metadata operations (open, close, create, rename); Microsoft recommends a general-use clustered file server for them, not SOFS.',
        effect: 'against',
        sources: ['ms-sofs-overview'],
      });
    }

    if (input.metadataOpsPercent > METADATA_HEAVY_PERCENT) {
      against = true;
      reasons.push({
        text: `${input.metadataOpsPercent}% of operations are metadata operations. On CSV every one of them travels over SMB to the volume's coordinator node, which serialises them; Microsoft advises against SOFS for metadata-heavy workloads (the ${METADATA_HEAVY_PERCENT}% line is this guide's, not Microsoft's).`,
        effect: 'against',
        sources: ['ms-sofs-overview', 'ms-csv-use'],
      });
    } else if (input.metadataOpsPercent > METADATA_NOTICEABLE_PERCENT) {
      warnings.push(
        `${input.metadataOpsPercent}% metadata operations is more than a VM or database workload usually makes; measure it before committing (this guide's ${METADATA_NOTICEABLE_PERCENT}% line).`,
      );
    } else {
      reasons.push({
        text: `${input.metadataOpsPercent}% metadata operations: nearly all I/O is reads and writes, which each node sends straight to storage (direct I/O) rather than through the coordinator.`,
        effect: 'for',
        sources: ['ms-csv-use', 'seed-001'],
      });
    }

    if (input.avgFileSizeMB < SMALL_FILE_MB) {
      reasons.push({
        text: `An average file of ${input.avgFileSizeMB} MB points to many small files, opened and closed often: the access pattern CSV was not designed for (it assumes data I/O far outnumbers metadata I/O).`,
        effect: 'against',
        sources: ['seed-001', 'ms-sofs-overview'],
      });
      against = true;
    }
    if (!applicationWorkloads.has(workload) || input.avgFileSizeMB < SMALL_FILE_MB) {
      reasons.push({
        text: 'Continuous availability writes data through to disk to survive a node failure, so users copying large files see markedly slower copies than on a general-purpose share.',
        effect: 'note',
        sources: ['ms-sofs-overview', 'ms-filecab-to-scale-out'],
      });
    }

    if (input.windowsVersion === '2016-or-later') {
      warnings.push(
        'Microsoft\u2019s support table was written for Windows Server 2012 and 2012 R2; this model applies the 2012 R2 column to later versions. Check the current documentation for the feature you depend on.',
      );
    }

    const verdict: Verdict = blocking.length > 0 ? 'unsupported' : against ? 'not-recommended' : 'recommended';
    const verdictLabel = verdict === 'unsupported' ? 'Unsupported' : verdict === 'not-recommended' ? 'Not recommended' : 'Recommended';
    const verdictReason =
      verdict === 'unsupported'
        ? `${blocking.map(featureLabel).join(', ')} cannot run on a Scale-Out File Server.`
        : verdict === 'not-recommended'
          ? 'this workload belongs on a general-use clustered file server.'
          : 'server application data with few metadata operations is what a Scale-Out File Server is for.';
    const verdictText = `${verdictLabel}: ${verdictReason}`;
    const profile = workloadProfiles[workload];

    const alternatives: Alternative[] =
      verdict === 'recommended'
        ? [
            {
              option: 'Hyper-V or SQL Server over SMB 3 to the Scale-Out File Server',
              why: 'Every node serves every share, and SMB transparent failover keeps handles open across a node failure.',
              sources: ['ms-sofs-overview'],
            },
          ]
        : [
            {
              option: 'A general-use clustered file server (active-passive) on the same cluster',
              why: 'Supports DFS Replication, FSRM, BranchCache, Work Folders, NFS and the rest; its shares need not be continuously available, so writes are buffered.',
              sources: ['ms-sofs-overview', 'ms-filecab-to-scale-out'],
            },
            {
              option: 'A file-server VM whose VHDX lives on the Scale-Out File Server',
              why: 'The SOFS serves one large, long-open file (what it is good at), and the VM runs the user-facing features and metadata load inside its own NTFS volume.',
              sources: ['ms-sofs-overview'],
            },
            {
              option: 'Shares without continuous availability for user data',
              why: 'Avoids write-through for information-worker data when the small failover pause is acceptable.',
              sources: ['ms-sofs-overview', 'ms-filecab-to-scale-out'],
            },
          ];

    return {
      verdict,
      verdictText,
      verdictLabel,
      verdictReason: verdictReason.charAt(0).toUpperCase() + verdictReason.slice(1),
      reasons,
      blockingFeatures: blocking.map(featureLabel),
      alternatives,
      warnings,
      assumptions: [
        {
          text: 'Feature support follows Microsoft\u2019s table comparing a general-use file server cluster with a Scale-Out File Server (Windows Server 2012 and 2012 R2).',
          sources: ['ms-sofs-overview'],
        },
        {
          text: 'On CSV, metadata operations go over SMB to the coordinator node; reads and writes go directly to storage.',
          sources: ['ms-csv-use', 'seed-001'],
        },
        {
          text: `Microsoft gives no number for "a high number of metadata operations"; this model calls more than ${METADATA_HEAVY_PERCENT}% heavy, warns above ${METADATA_NOTICEABLE_PERCENT}%, and treats files under ${SMALL_FILE_MB} MB as small. These lines are the guide's judgement.`,
          sources: [],
        },
        {
          text: `Typical for ${workloadLabel(workload)}: ${profile.metadataOpsPercent}% metadata operations and ${profile.avgFileSizeMB.toLocaleString('en-US')} MB files, the values the form fills in when the workload is chosen. This guide's estimate, not Microsoft's: ${profile.basis}.`,
          sources: [],
        },
      ],
    };
  },
});
