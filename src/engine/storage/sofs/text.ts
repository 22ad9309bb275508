/** The verdict in words, the warnings, the alternatives and the assumptions of the SOFS suitability result. */
import type { Assumption } from '../../model.ts';
import type { Alternative, Verdict } from '../sofs-suitability.ts';
import { workloadLabel, workloadProfiles } from '../sofs-workloads.ts';
import type { WorkloadId } from '../sofs-workloads.ts';
import { METADATA_HEAVY_PERCENT, METADATA_NOTICEABLE_PERCENT, SMALL_FILE_MB } from './assessment.ts';
import type { Assessment, WindowsVersion } from './assessment.ts';
import { featureLabel } from './features.ts';

export interface VerdictWords {
  verdictText: string;
  verdictLabel: string;
  /** The reason, capitalised to stand alone. */
  verdictReason: string;
}

export function verdictWords(a: Assessment): VerdictWords {
  const verdictLabel = a.verdict === 'unsupported' ? 'Unsupported' : a.verdict === 'not-recommended' ? 'Not recommended' : 'Recommended';
  const verdictReason =
    a.verdict === 'unsupported'
      ? `${a.blocking.map(featureLabel).join(', ')} cannot run on a Scale-Out File Server.`
      : a.verdict === 'not-recommended'
        ? 'this workload belongs on a general-use clustered file server.'
        : 'server application data with few metadata operations is what a Scale-Out File Server is for.';
  return {
    verdictText: `${verdictLabel}: ${verdictReason}`,
    verdictLabel,
    verdictReason: verdictReason.charAt(0).toUpperCase() + verdictReason.slice(1),
  };
}

export function sofsWarnings(input: { metadataOpsPercent: number; windowsVersion: WindowsVersion }, a: Assessment): string[] {
  const warnings: string[] = [];
  if (a.metadataLoad === 'noticeable') {
    warnings.push(
      `${input.metadataOpsPercent}% metadata operations is more than a VM or database workload usually makes; measure it before committing (this guide's ${METADATA_NOTICEABLE_PERCENT}% line).`,
    );
  }
  if (input.windowsVersion === '2016-or-later') {
    warnings.push(
      'Microsoft\u2019s support table was written for Windows Server 2012 and 2012 R2; this model applies the 2012 R2 column to later versions. Check the current documentation for the feature you depend on.',
    );
  }
  return warnings;
}

export function alternativesFor(verdict: Verdict): Alternative[] {
  if (verdict === 'recommended') {
    return [
      {
        option: 'Hyper-V or SQL Server over SMB 3 to the Scale-Out File Server',
        why: 'Every node serves every share, and SMB transparent failover keeps handles open across a node failure.',
        sources: ['ms-sofs-overview'],
      },
    ];
  }
  return [
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
}

export function sofsAssumptions(workload: WorkloadId): Assumption[] {
  const profile = workloadProfiles[workload];
  return [
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
  ];
}
