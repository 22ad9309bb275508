/**
 * The decision without its words: how SOFS supports each required feature,
 * what kind of workload it is, how heavy its metadata load, and the verdict
 * these add up to.
 */
import type { Verdict } from '../sofs-suitability.ts';
import { applicationWorkloads, userDataWorkloads } from '../sofs-workloads.ts';
import type { WorkloadId } from '../sofs-workloads.ts';
import { unsupportedFeatures } from './features.ts';
import type { FeatureId } from './features.ts';

/** Metadata share of operations above which this guide calls a workload metadata-heavy. */
export const METADATA_HEAVY_PERCENT = 20;
/** Share above which it warns. */
export const METADATA_NOTICEABLE_PERCENT = 5;
/** Average file size below which files are "small" (typical of documents, not VHDX or databases). */
export const SMALL_FILE_MB = 1;

export type WindowsVersion = '2012' | '2012r2' | '2016-or-later';

/** How a Scale-Out File Server supports one feature, in Microsoft's table. */
export type FeatureSupport =
  | 'unsupported'
  /** Data Deduplication on Windows Server 2012. */
  | 'dedup-unsupported'
  /** Data Deduplication from 2012 R2 for a workload other than VDI. */
  | 'dedup-vdi-only'
  /** Data Deduplication from 2012 R2 for VDI. */
  | 'dedup-supported'
  /** A namespace folder target, not a root. */
  | 'folder-target'
  | 'supported';

export function featureSupport(feature: FeatureId, version: WindowsVersion, workload: WorkloadId): FeatureSupport {
  if (unsupportedFeatures.has(feature)) return 'unsupported';
  if (feature === 'dedup') return version === '2012' ? 'dedup-unsupported' : workload !== 'vdi' ? 'dedup-vdi-only' : 'dedup-supported';
  if (feature === 'dfsn-folder-target') return 'folder-target';
  return 'supported';
}

/** Whether the support stops SOFS from serving the shares at all. */
export const blocks = (support: FeatureSupport): boolean => support === 'unsupported' || support === 'dedup-unsupported' || support === 'dedup-vdi-only';

/** Server application data (SOFS's case), user data (continuous availability hurts it) or information-worker shares (metadata-heavy). */
export type WorkloadKind = 'application' | 'user-data' | 'information-worker';

export function workloadKind(workload: WorkloadId): WorkloadKind {
  if (applicationWorkloads.has(workload)) return 'application';
  if (userDataWorkloads.has(workload)) return 'user-data';
  return 'information-worker';
}

export type MetadataLoad = 'heavy' | 'noticeable' | 'light';

export function metadataLoad(metadataOpsPercent: number): MetadataLoad {
  if (metadataOpsPercent > METADATA_HEAVY_PERCENT) return 'heavy';
  if (metadataOpsPercent > METADATA_NOTICEABLE_PERCENT) return 'noticeable';
  return 'light';
}

export interface Assessment {
  features: { feature: FeatureId; support: FeatureSupport }[];
  /** Required features SOFS cannot offer, in the order the reader chose them. */
  blocking: FeatureId[];
  workloadKind: WorkloadKind;
  metadataLoad: MetadataLoad;
  smallFiles: boolean;
  verdict: Verdict;
}

export function assess(input: {
  workload: WorkloadId;
  requiredFeatures: FeatureId[];
  windowsVersion: WindowsVersion;
  metadataOpsPercent: number;
  avgFileSizeMB: number;
}): Assessment {
  const features = input.requiredFeatures.map((feature) => ({ feature, support: featureSupport(feature, input.windowsVersion, input.workload) }));
  const blocking = features.filter((f) => blocks(f.support)).map((f) => f.feature);
  const kind = workloadKind(input.workload);
  const load = metadataLoad(input.metadataOpsPercent);
  const smallFiles = input.avgFileSizeMB < SMALL_FILE_MB;
  return { features, blocking, workloadKind: kind, metadataLoad: load, smallFiles, verdict: verdictOf(blocking, kind, load, smallFiles) };
}

/** Unsupported when a feature blocks; not recommended for user or information-worker data, a heavy metadata load or small files. */
export function verdictOf(blocking: readonly FeatureId[], kind: WorkloadKind, load: MetadataLoad, smallFiles: boolean): Verdict {
  if (blocking.length > 0) return 'unsupported';
  return kind !== 'application' || load === 'heavy' || smallFiles ? 'not-recommended' : 'recommended';
}
