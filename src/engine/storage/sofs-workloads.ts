/**
 * The workloads the Scale-Out File Server model knows, how Microsoft rates
 * each on SOFS, and a typical profile of each: the share of file operations
 * that are metadata operations and the average file size.
 *
 * The ratings are Microsoft's (ms-sofs-overview): Hyper-V and SQL Server are
 * "Yes" in its support table and IIS configuration and content and VMM
 * library shares are among its "practical applications"; home directories,
 * roaming profiles, folder redirection and Offline Files are "Not
 * recommended"; information workers generate "a high number of metadata
 * operations", which SOFS is not for.
 *
 * The profiles' numbers are this guide's estimates, not Microsoft's: Microsoft
 * gives no figure for any workload. Each says what it rests on, so a reader
 * with measurements (Perfmon, or an SMB server's per-share counters) replaces
 * them; the form lets every value be edited after a workload is chosen.
 */

export const workloadOptions = [
  { value: 'hyper-v', label: 'Hyper-V virtual machines (VHDX, configuration)' },
  { value: 'sql-server', label: 'SQL Server databases' },
  { value: 'vdi', label: 'VDI virtual desktops' },
  { value: 'iis', label: 'IIS shared configuration and content' },
  { value: 'vmm-library', label: 'VMM library share' },
  { value: 'home-folders', label: 'Home folders' },
  { value: 'roaming-profiles', label: 'Roaming user profiles' },
  { value: 'folder-redirection', label: 'Folder redirection' },
  { value: 'offline-files', label: 'Offline Files (client-side caching)' },
  { value: 'general-file-share', label: 'General file share (information workers)' },
] as const;

export type WorkloadId = (typeof workloadOptions)[number]['value'];

/** Workloads Microsoft lists as Yes for SOFS (the application rows and its practical applications). */
export const applicationWorkloads: ReadonlySet<WorkloadId> = new Set(['hyper-v', 'sql-server', 'vdi', 'iis', 'vmm-library']);
/** Workloads Microsoft marks "Not recommended" on SOFS because continuous availability writes through. */
export const userDataWorkloads: ReadonlySet<WorkloadId> = new Set(['home-folders', 'roaming-profiles', 'folder-redirection', 'offline-files']);

export interface WorkloadProfile {
  /** Typical share of file operations that are opens, closes, creates, renames and attribute changes, %. */
  metadataOpsPercent: number;
  /** Typical average file size, decimal MB. */
  avgFileSizeMB: number;
  /** What the estimate rests on. */
  basis: string;
}

/** Typical profiles: the guide's estimates (Microsoft publishes none), each with its reasoning. */
export const workloadProfiles: Readonly<Record<WorkloadId, WorkloadProfile>> = {
  'hyper-v': {
    metadataOpsPercent: 2,
    avgFileSizeMB: 40_000,
    basis:
      'a VHDX of tens of GB is opened when its VM starts and kept open for weeks; metadata work comes only with starts, checkpoints and a dynamic disk growing',
  },
  'sql-server': {
    metadataOpsPercent: 1,
    avgFileSizeMB: 50_000,
    basis: 'data and log files are opened when the database comes online and held open; files grow in large, preallocated steps',
  },
  vdi: {
    metadataOpsPercent: 3,
    avgFileSizeMB: 20_000,
    basis: 'desktop VHDX files, smaller than server VMs and started and stopped more often (boot storms, pooled desktops reset at logoff)',
  },
  iis: {
    metadataOpsPercent: 5,
    avgFileSizeMB: 2,
    basis:
      'web servers read the shared configuration and site content and keep what they served in their caches, so far fewer opens reach the share than requests reach the site',
  },
  'vmm-library': {
    metadataOpsPercent: 2,
    avgFileSizeMB: 10_000,
    basis: 'templates, ISO images and VHDX files of several GB, copied out whole when a VM is deployed',
  },
  'home-folders': {
    metadataOpsPercent: 30,
    avgFileSizeMB: 0.5,
    basis: 'documents of hundreds of KB, each opened, saved (often through a temporary file and a rename) and closed within minutes, by every user all day',
  },
  'roaming-profiles': {
    metadataOpsPercent: 40,
    avgFileSizeMB: 0.1,
    basis: 'thousands of small files (settings, caches) copied whole at every logon and logoff',
  },
  'folder-redirection': {
    metadataOpsPercent: 30,
    avgFileSizeMB: 0.5,
    basis: 'the same documents as home folders, plus desktop and AppData folders the shell enumerates and opens constantly',
  },
  'offline-files': {
    metadataOpsPercent: 35,
    avgFileSizeMB: 0.5,
    basis: 'client-side caching synchronises by enumerating folders and comparing file attributes, then copying changed documents whole',
  },
  'general-file-share': {
    metadataOpsPercent: 25,
    avgFileSizeMB: 1,
    basis:
      'shared documents and spreadsheets opened, locked, saved and closed by many users; Microsoft singles out information workers for their metadata operations',
  },
};

export const workloadLabel = (id: string): string => workloadOptions.find((o) => o.value === id)?.label ?? id;
