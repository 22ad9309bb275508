/** The file-server features a reader can require, and which of them Microsoft's table marks "No" for a Scale-Out File Server (ms-sofs-overview). */

export const featureOptions = [
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

export type FeatureId = (typeof featureOptions)[number]['value'];

/** Features marked "No" for SOFS in Microsoft's table (deduplication depends on version and workload). */
export const unsupportedFeatures: ReadonlySet<FeatureId> = new Set(['dfsr', 'dfsn-root', 'fsrm', 'fci', 'dac', 'branchcache', 'work-folders', 'nfs']);

export const featureLabel = (id: string): string => featureOptions.find((o) => o.value === id)?.label ?? id;
