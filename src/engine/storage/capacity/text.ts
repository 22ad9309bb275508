/** The words of the s2d-capacity result: Microsoft's advice as warnings, and the arithmetic as assumptions, from figures the other stages computed. */
import type { Assumption } from '../../model.ts';
import { resiliencyTypes } from '../s2d-resiliency.ts';
import type { ResiliencyId } from '../s2d-resiliency.ts';
import { MAX_VOLUMES_PER_CLUSTER } from '../s2d-volumes.ts';
import { CACHE_METADATA_GIB_PER_TB } from './cache.ts';
import type { CacheFigures } from './cache.ts';
import type { PoolFigures, S2dCapacityInput } from './pool.ts';

/** Minimum capacity drives per server on Windows Server (Azure Local accepts 2 all-flash) (ms-s2d-hardware-requirements). */
const MIN_CAPACITY_DRIVES_WINDOWS_SERVER = 4;
/** Raw capacity limits from Windows Server 2019 (2016: 100 TB and 1 PB) (ms-s2d-hardware-requirements, ms-s2d-choose-drives). */
const MAX_RAW_TB_PER_SERVER = 400;
const MAX_POOL_TB = 4000;

const fmt = (x: number, digits = 2): string => Number(x.toFixed(digits)).toLocaleString('en-US');

/** Resiliency advice Microsoft gives for the chosen type and server count. */
function resiliencyWarnings(input: S2dCapacityInput): string[] {
  const warnings: string[] = [];
  if (input.resiliency === 'two-way-mirror' && input.nodes > 2) {
    warnings.push(
      `With ${input.nodes} servers Microsoft recommends three-way mirror over two-way mirror: a two-way mirror goes offline if a second drive or server fails while one is down (for example during an update).`,
    );
  }
  if (input.resiliency === 'two-way-mirror' && input.nodes === 2) {
    warnings.push(
      'On a two-server cluster Microsoft recommends nested resiliency for production: a two-way mirror goes offline if a drive fails in one server while the other is restarting.',
    );
  }
  if (input.resiliency === 'dual-parity' || input.resiliency === 'mirror-accelerated-parity' || input.resiliency === 'nested-mirror-accelerated-parity') {
    warnings.push(
      'Parity costs CPU and write latency: Microsoft recommends mirror volumes for performance-sensitive VMs and databases, and parity or mirror-accelerated parity for large sequential writes such as backup and archive.',
    );
  }
  return warnings;
}

/** Drive rules (Windows Server hardware requirements and drive choice). */
function driveWarnings(input: S2dCapacityInput, pool: PoolFigures, cache: CacheFigures): string[] {
  const { cacheDrives, cachePercent, cacheTBPerNode, capacityTBPerNode, suggested } = cache;
  const { reserveDrives, recommendedReserve } = pool;
  const warnings: string[] = [];
  if (input.capacityDrivesPerNode < MIN_CAPACITY_DRIVES_WINDOWS_SERVER) {
    warnings.push(
      `Windows Server needs at least ${MIN_CAPACITY_DRIVES_WINDOWS_SERVER} capacity drives per server; ${input.capacityDrivesPerNode} is accepted only by Azure Local with all-flash drives.`,
    );
  }
  if (cacheDrives >= 2 && input.capacityDrivesPerNode % cacheDrives !== 0) {
    warnings.push(
      `${input.capacityDrivesPerNode} capacity drives are not a whole multiple of ${cacheDrives} cache drives: cache drives bind to capacity drives, so performance is more even with a whole multiple (for example ${Math.ceil(input.capacityDrivesPerNode / cacheDrives) * cacheDrives}).`,
    );
  }
  if (cachePercent !== null && cachePercent < suggested) {
    warnings.push(
      `Cache is ${fmt(cachePercent, 1)}% of capacity per server (${fmt(cacheTBPerNode)} TB for ${fmt(capacityTBPerNode)} TB), below the ${suggested}% Microsoft suggests as a starting point for ${input.capacityMediaType === 'hdd' ? 'hard-disk' : 'all-flash'} capacity. Size the cache to hold the workloads' working set: reads and writes beyond it go to the capacity drives.`,
    );
  }
  if (capacityTBPerNode > MAX_RAW_TB_PER_SERVER) {
    warnings.push(
      `${fmt(capacityTBPerNode)} TB per server is over the ${MAX_RAW_TB_PER_SERVER} TB raw capacity per server supported from Windows Server 2019 (100 TB on 2016); resyncs after a restart also take longer.`,
    );
  }
  if (pool.rawTB > MAX_POOL_TB) {
    warnings.push(`${fmt(pool.rawTB)} TB raw is over the ${MAX_POOL_TB} TB (4 PB) pool limit from Windows Server 2019 (1 PB on 2016).`);
  }
  if (reserveDrives < recommendedReserve) {
    warnings.push(
      `A reserve of ${reserveDrives} drive${reserveDrives === 1 ? '' : 's'} is below Microsoft\u2019s recommendation of ${recommendedReserve} (one per server, up to four): after a drive fails the pool may not be able to repair in place until it is replaced.`,
    );
  }
  return warnings;
}

function volumeWarnings(input: S2dCapacityInput, pool: PoolFigures): string[] {
  const { chosen, volumes } = pool;
  if (!volumes.overLimit) return [];
  return [
    `${fmt(chosen.usableTB)} TB of data does not fit in ${MAX_VOLUMES_PER_CLUSTER} volumes of ${volumes.limitTB} TB: the ${volumes.count} volumes suggested are ${fmt(volumes.sizeTB)} TB each, over the size Microsoft recommends${input.volumeBackup === 'vss-volsnap' ? ' for VSS (Volsnap) backup' : ''}. Leave capacity unallocated, or split the cluster.`,
  ];
}

export function s2dWarnings(input: S2dCapacityInput, pool: PoolFigures, cache: CacheFigures): string[] {
  return [...resiliencyWarnings(input), ...driveWarnings(input, pool, cache), ...volumeWarnings(input, pool)];
}

/**
 * Two whole servers down at once is harder than two failures of any kind on
 * small clusters: Microsoft's pool-quorum table (ms-s2d-understand-quorum) and
 * plan-volumes page (three servers) say when it is not survived.
 */
function serverLossNote(resiliency: ResiliencyId, nodes: number): Assumption[] {
  if (resiliencyTypes[resiliency].faultsTolerated < 2 || resiliency.startsWith('nested')) return [];
  if (nodes === 3) {
    return [
      {
        text: 'With three servers, two servers down at once take the pool offline (it needs more than half its drives); a server down plus failed drives in another is survived.',
        sources: ['ms-s2d-plan-volumes', 'ms-s2d-understand-quorum'],
      },
    ];
  }
  if (nodes === 4) {
    return [
      {
        text: 'With four servers, surviving two servers down at once needs a cluster witness (Microsoft\u2019s pool-quorum table).',
        sources: ['ms-s2d-understand-quorum'],
      },
    ];
  }
  return [];
}

export function s2dAssumptions(input: S2dCapacityInput, pool: PoolFigures, cache: CacheFigures): Assumption[] {
  const type = resiliencyTypes[input.resiliency];
  const { chosen, rawTB, reserveDrives, reserveTB, volumes } = pool;
  const { cacheDrives, suggested } = cache;
  const efficiencyText = chosen.parityLayout ? `${fmt(chosen.efficiency * 100, 1)}% (${chosen.parityLayout})` : `${fmt(chosen.efficiency * 100, 1)}%`;
  return [
    {
      text: `Raw capacity ${input.nodes} servers × ${input.capacityDrivesPerNode} drives × ${fmt(input.capacityDriveTB, 3)} TB = ${fmt(rawTB)} TB; reserve ${reserveDrives} drive${reserveDrives === 1 ? '' : 's'} (${fmt(reserveTB)} TB) left unallocated for in-place repair; usable = (raw − reserve) × efficiency.`,
      sources: ['ms-s2d-plan-volumes'],
    },
    {
      text: `${type.label}: efficiency ${efficiencyText}${type.mixesMirrorAndParity ? ` with ${fmt(input.mirrorPercent, 1)}% of each volume as mirror` : ''}; needs ${type.maxNodes !== undefined ? `exactly ${type.maxNodes}` : `at least ${type.minNodes}`} servers; stays online through ${type.faultsTolerated} simultaneous hardware failure${type.faultsTolerated === 1 ? '' : 's'} (drives or servers)${input.resiliency.startsWith('nested') ? ', for example two drives, or one server and a drive in the other' : ''}.`,
      sources: type.sources,
    },
    ...serverLossNote(input.resiliency, input.nodes),
    {
      text: 'Fault domains are servers (no chassis or rack awareness) and every server has the same drives; cache drives add no capacity; file-system metadata is not deducted. Windows shows sizes in binary units: 1 TB = 0.909 TiB.',
      sources: ['ms-s2d-fault-tolerance', 'ms-s2d-plan-volumes'],
    },
    {
      text: `Cache: ${cacheDrives === 0 ? 'none' : `${cacheDrives} × ${fmt(input.cacheDriveTB, 3)} TB per server`}${input.cacheDrivesPerNode === undefined ? (cacheDrives === 0 ? ' (all-flash: a single drive type needs no cache)' : ' (hard disks need a cache of at least 2 drives)') : ''}; Microsoft suggests starting at ${suggested}% of capacity and keeping ${CACHE_METADATA_GIB_PER_TB} GB of memory per TB of cache on each server for metadata.`,
      sources: ['ms-s2d-choose-drives', 'ms-s2d-hardware-requirements', 'ms-s2d-cache'],
    },
    {
      text: `Volumes: a multiple of the ${input.nodes} servers so each owns as many, at most ${MAX_VOLUMES_PER_CLUSTER} per cluster, each at most ${volumes.limitTB} TB (${input.volumeBackup === 'vss-volsnap' ? 'backup through VSS with the Volsnap provider' : 'Microsoft\u2019s recommended largest volume; backup through RCT or ReFS block cloning works well to 32 TB and beyond'}); ${fmt(chosen.usableTB)} TB ÷ ${volumes.count} = ${fmt(volumes.sizeTB)} TB each. The limit is read as decimal TB, the stricter reading.`,
      sources: ['ms-s2d-plan-volumes'],
    },
  ];
}
