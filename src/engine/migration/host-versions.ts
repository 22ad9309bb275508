/**
 * What each Windows Server release changed in live migration, as far as the
 * models need it: how many pre-copy passes it makes, whether it sends idle
 * memory first, which transports it offers and whether it runs migrations
 * side by side.
 *
 * - 2008 R2 copies dirty pages for at most 10 passes (directions-2009-lm-switchover)
 *   and runs one live migration at a time per host (seed-003: simultaneous
 *   migrations arrive with Windows Server 2012).
 * - 2012 syncs idle memory first and still speaks of up to 10 passes (seed-000);
 *   several migrations run at once, 2 by default (seed-003, ms-msvm-migration-service-settings).
 * - 2012 R2 and later cap the memory copy at five passes (savill-2016-mastering-hyperv)
 *   and add compression (the default) and SMB transports (aidan-finn-2013-lm-improvements,
 *   ms-msvm-migration-service-settings).
 * - 2022 and 2025 clusters carry the cluster property MaximumParallelMigrations:
 *   the per-node limit on the live migrations a node takes part in, set once for
 *   the cluster and inherited by every node, 1 by default since the 2022-09
 *   cumulative update; it takes precedence over each host's Set-VMHost
 *   -MaximumVirtualMachineMigrations (ms-techcommunity-cluster-wide-lm-control-2023,
 *   ms-get-cluster-parallel-migrations, ms-set-vmhost). It limits each node, not the cluster.
 */

export const hostVersionOptions = [
  { value: '2008r2', label: 'Windows Server 2008 R2' },
  { value: '2012', label: 'Windows Server 2012' },
  { value: '2012r2', label: 'Windows Server 2012 R2' },
  { value: '2016', label: 'Windows Server 2016' },
  { value: '2019', label: 'Windows Server 2019' },
  { value: '2022', label: 'Windows Server 2022' },
  { value: '2025', label: 'Windows Server 2025' },
] as const;

export type HostVersion = (typeof hostVersionOptions)[number]['value'];

export interface HostVersionTraits {
  label: string;
  /** Pre-copy passes before Hyper-V pauses the VM regardless of what is left. */
  maxPasses: number;
  passesSource: string;
  /** Sends memory the guest is not writing before the active pages (WS2012+). */
  idleMemoryFirst: boolean;
  /** Offers compression and SMB (incl. SMB Direct) transports (WS2012 R2+). */
  compressionAndSmb: boolean;
  /** Runs several live migrations from one host at once (WS2012+). */
  simultaneousMigrations: boolean;
  /** Simultaneous live migrations when nobody changed the settings: standalone host, and cluster node. */
  defaultConcurrent: { standalone: number; cluster: number };
  /** The setting that governs simultaneous migrations on a cluster node. */
  clusterConcurrencySetting: 'host' | 'cluster';
}

const r2AndLater = {
  maxPasses: 5,
  passesSource: 'savill-2016-mastering-hyperv',
  idleMemoryFirst: true,
  compressionAndSmb: true,
  simultaneousMigrations: true,
  defaultConcurrent: { standalone: 2, cluster: 2 },
  clusterConcurrencySetting: 'host' as const,
};

const clusterGoverned = {
  ...r2AndLater,
  defaultConcurrent: { standalone: 2, cluster: 1 },
  clusterConcurrencySetting: 'cluster' as const,
};

export const hostVersionTraits: Record<HostVersion, HostVersionTraits> = {
  '2008r2': {
    label: 'Windows Server 2008 R2',
    maxPasses: 10,
    passesSource: 'directions-2009-lm-switchover',
    idleMemoryFirst: false,
    compressionAndSmb: false,
    simultaneousMigrations: false,
    defaultConcurrent: { standalone: 1, cluster: 1 },
    clusterConcurrencySetting: 'host',
  },
  '2012': {
    label: 'Windows Server 2012',
    maxPasses: 10,
    passesSource: 'seed-000',
    idleMemoryFirst: true,
    compressionAndSmb: false,
    simultaneousMigrations: true,
    defaultConcurrent: { standalone: 2, cluster: 2 },
    clusterConcurrencySetting: 'host',
  },
  '2012r2': { label: 'Windows Server 2012 R2', ...r2AndLater },
  '2016': { label: 'Windows Server 2016', ...r2AndLater },
  '2019': { label: 'Windows Server 2019', ...r2AndLater },
  '2022': { label: 'Windows Server 2022', ...clusterGoverned },
  '2025': { label: 'Windows Server 2025', ...clusterGoverned },
};
