/** The reasons behind the verdict, in words with their sources: the features first, then the workload, its metadata load and its file size. */
import type { Reason } from '../sofs-suitability.ts';
import { workloadLabel } from '../sofs-workloads.ts';
import type { WorkloadId } from '../sofs-workloads.ts';
import { METADATA_HEAVY_PERCENT } from './assessment.ts';
import type { Assessment, FeatureSupport } from './assessment.ts';
import { featureLabel } from './features.ts';
import type { FeatureId } from './features.ts';

function featureReason(feature: FeatureId, support: FeatureSupport): Reason {
  switch (support) {
    case 'unsupported':
      return {
        text: `${featureLabel(feature)} is not supported on a Scale-Out File Server (it needs a general-use clustered file server).`,
        effect: 'blocks',
        sources: ['ms-sofs-overview'],
      };
    case 'dedup-unsupported':
      return {
        text: 'Data Deduplication is not supported on a Scale-Out File Server in Windows Server 2012.',
        effect: 'blocks',
        sources: ['ms-sofs-overview'],
      };
    case 'dedup-vdi-only':
      return {
        text: 'From Windows Server 2012 R2, Data Deduplication on a Scale-Out File Server is supported for VDI only.',
        effect: 'blocks',
        sources: ['ms-sofs-overview'],
      };
    case 'dedup-supported':
      return {
        text: 'Data Deduplication of VDI desktops on CSV is supported from Windows Server 2012 R2.',
        effect: 'for',
        sources: ['ms-sofs-overview', 'ms-csv-use'],
      };
    case 'folder-target':
      return {
        text: 'A scale-out share can be a DFS Namespace folder target (but not a namespace root server).',
        effect: 'note',
        sources: ['ms-sofs-overview'],
      };
    case 'supported':
      return { text: `${featureLabel(feature)} works on scale-out shares as on any SMB 3 share.`, effect: 'note', sources: ['ms-sofs-overview'] };
  }
}

function workloadReason(workload: WorkloadId, a: Assessment): Reason {
  switch (a.workloadKind) {
    case 'application':
      return {
        text: `${workloadLabel(workload)} is server application data that keeps a few large files open for long periods, the case Scale-Out File Server was built for; it is the recommended file server type for Hyper-V and SQL Server over SMB.`,
        effect: 'for',
        sources: ['ms-sofs-overview'],
      };
    case 'user-data':
      return {
        text: `${workloadLabel(workload)} is not recommended on scale-out shares: it generates many writes that continuously available shares must write through to disk without buffering, and Offline Files may take 3–6 minutes to go offline when the share disappears.`,
        effect: 'against',
        sources: ['ms-sofs-overview'],
      };
    case 'information-worker':
      return {
        text: 'Information-worker file shares generate many metadata operations (open, close, create, rename); Microsoft recommends a general-use clustered file server for them, not SOFS.',
        effect: 'against',
        sources: ['ms-sofs-overview'],
      };
  }
}

/** The metadata load as a reason; none when it is only noticeable (that is a warning). */
function metadataReason(metadataOpsPercent: number, a: Assessment): Reason[] {
  if (a.metadataLoad === 'heavy') {
    return [
      {
        text: `${metadataOpsPercent}% of operations are metadata operations. On CSV every one of them travels over SMB to the volume's coordinator node, which serialises them; Microsoft advises against SOFS for metadata-heavy workloads (the ${METADATA_HEAVY_PERCENT}% line is this guide's, not Microsoft's).`,
        effect: 'against',
        sources: ['ms-sofs-overview', 'ms-csv-use'],
      },
    ];
  }
  if (a.metadataLoad === 'light') {
    return [
      {
        text: `${metadataOpsPercent}% metadata operations: nearly all I/O is reads and writes, which each node sends straight to storage (direct I/O) rather than through the coordinator.`,
        effect: 'for',
        sources: ['ms-csv-use', 'seed-001'],
      },
    ];
  }
  return [];
}

function fileSizeReasons(avgFileSizeMB: number, a: Assessment): Reason[] {
  const reasons: Reason[] = [];
  if (a.smallFiles) {
    reasons.push({
      text: `An average file of ${avgFileSizeMB} MB points to many small files, opened and closed often: the access pattern CSV was not designed for (it assumes data I/O far outnumbers metadata I/O).`,
      effect: 'against',
      sources: ['seed-001', 'ms-sofs-overview'],
    });
  }
  if (a.workloadKind !== 'application' || a.smallFiles) {
    reasons.push({
      text: 'Continuous availability writes data through to disk to survive a node failure, so users copying large files see markedly slower copies than on a general-purpose share.',
      effect: 'note',
      sources: ['ms-sofs-overview', 'ms-filecab-to-scale-out'],
    });
  }
  return reasons;
}

export function sofsReasons(input: { workload: WorkloadId; metadataOpsPercent: number; avgFileSizeMB: number }, a: Assessment): Reason[] {
  return [
    ...a.features.map(({ feature, support }) => featureReason(feature, support)),
    workloadReason(input.workload, a),
    ...metadataReason(input.metadataOpsPercent, a),
    ...fileSizeReasons(input.avgFileSizeMB, a),
  ];
}
