/**
 * The network and host fields every migration model shares, with the rules
 * that tie them together (which version offers which transport), so that the
 * four models describe them once.
 */
import type { InputOf, Issue } from '../schema.ts';
import { gbpsToBytesPerSecond } from '../units.ts';
import { hostVersionOptions, hostVersionTraits } from './host-versions.ts';
import { cpuHeadroomOptions, powerProfileOptions, transportOptions } from './link-rate.ts';
import type { LinkSetup } from './link-rate.ts';

export const linkFields = {
  linkGbps: {
    kind: 'number',
    label: 'Link speed per live-migration network',
    help: 'Line rate of each live-migration NIC, or of one member of a team (the team size goes in “Team members”), e.g. 1, 10, 25, 40.',
    unit: 'Gbps',
    default: 10,
    min: 0.1,
    max: 400,
  },
  networks: {
    kind: 'number',
    label: 'Live-migration networks',
    help: 'Networks enabled for live migration (Add-VMMigrationNetwork, or the cluster’s Live Migration Settings); a NIC team counts as one. TCP and compression send every migration over the first network that connects and keep the others for failover; SMB spreads each migration over all of them.',
    unit: '',
    default: 1,
    min: 1,
    max: 8,
    integer: true,
  },
  teamMembers: {
    kind: 'number',
    label: 'Team members per network',
    help: 'NICs in the team behind each live-migration network (1: no team). One TCP migration stays on one member; simultaneous ones spread over the members in address-hash or dynamic load balancing (in Hyper-V Port mode a host vNIC sits on one member: enter 1). RDMA NICs must not be in an LBFO team.',
    unit: '',
    default: 1,
    min: 1,
    max: 8,
    integer: true,
  },
  transport: {
    kind: 'enum',
    label: 'Transport',
    help: 'Set-VMHost -VirtualMachineMigrationPerformanceOption. Compression and SMB need Windows Server 2012 R2 or later; SMB Direct needs RDMA NICs at both ends.',
    options: transportOptions,
    default: 'compression',
  },
  jumboFrames: {
    kind: 'boolean',
    label: 'Jumbo frames (MTU 9000)',
    help: 'Jumbo frames configured end to end on the live-migration NICs and switches.',
    default: false,
  },
  powerProfile: {
    kind: 'enum',
    label: 'Host power profile',
    help: 'Windows power plan and BIOS processor power settings on both hosts.',
    options: powerProfileOptions,
    default: 'balanced',
  },
  hostVersion: {
    kind: 'enum',
    label: 'Windows Server version',
    help: 'Version of the source and destination hosts; it sets the pass limit, idle-first copying and the transports on offer.',
    options: hostVersionOptions,
    default: '2012r2',
  },
  compressionRatio: {
    kind: 'number',
    label: 'Memory compression ratio',
    help: 'How much the guest memory shrinks under compression: 2 halves it (Microsoft’s expectation); memory that is mostly zeroed or idle compresses more.',
    unit: ':1',
    default: 2,
    min: 1,
    max: 8,
  },
  cpuHeadroom: {
    kind: 'enum',
    label: 'Spare host CPU (compression)',
    help: 'Compression uses only idle host CPU and falls back to plain TCP when the VMs need the processors; sets the cores it may use unless you give them below.',
    options: cpuHeadroomOptions,
    default: 'idle',
  },
  compressionCores: {
    kind: 'number',
    label: 'Cores compression may use (optional)',
    help: 'Host cores left idle by the VMs during the migration; compression uses only these. Left empty: 8 on a mostly idle host, 2 on a moderately busy one, 0 on a busy one.',
    unit: 'cores',
    min: 0,
    max: 512,
    integer: true,
    optional: true,
  },
  rssCapable: {
    kind: 'boolean',
    label: 'RSS-capable live-migration NICs',
    help: 'Receive-side scaling on the NICs (Get-SmbClientNetworkInterface shows it). SMB opens four TCP connections per RSS-capable NIC and one per NIC without RSS.',
    default: true,
  },
  effectiveGbps: {
    kind: 'number',
    label: 'Measured migration rate (optional)',
    help: 'A rate you measured for one migration (memory moved per second, e.g. from the Hyper-V VM Live Migration counters); it replaces the link-efficiency estimate.',
    unit: 'Gbps',
    min: 0.01,
    max: 400,
    optional: true,
  },
} as const;

/** The link fields as a model receives them: the physical setup plus an optional measured rate. */
export type LinkInput = InputOf<typeof linkFields>;

export function linkSetup(input: LinkInput): LinkSetup {
  return {
    linkGbps: input.linkGbps,
    networks: input.networks,
    teamMembers: input.teamMembers,
    transport: input.transport,
    jumboFrames: input.jumboFrames,
    powerProfile: input.powerProfile,
    hostVersion: input.hostVersion,
    compressionRatio: input.compressionRatio,
    cpuHeadroom: input.cpuHeadroom,
    compressionCores: input.compressionCores,
    rssCapable: input.rssCapable,
  };
}

/** Refuses a transport the chosen version does not offer, and RDMA through a NIC team. */
export function transportIssues(input: LinkInput): Issue[] {
  const traits = hostVersionTraits[input.hostVersion];
  if (input.transport !== 'tcp' && !traits.compressionAndSmb) {
    return [{ field: 'transport', message: `${input.transport} needs Windows Server 2012 R2 or later; ${traits.label} live-migrates over TCP/IP only` }];
  }
  // A teamed RDMA NIC loses RDMA (ms-smb-direct): each RDMA port is its own network for SMB Direct.
  if (input.transport === 'smb-direct' && input.teamMembers > 1) {
    return [{ field: 'teamMembers', message: 'RDMA does not work through an LBFO NIC team; enter each RDMA port as a network of its own (team members 1)' }];
  }
  return [];
}

/** A rate in Gbps as bytes per second, floored so that no division can blow up. */
export const rateBytesPerSecond = (gbps: number): number => Math.max(gbpsToBytesPerSecond(gbps), 1);

/**
 * What a TCP or compressed migration cannot use: more live-migration networks
 * (one network at a time, the rest failover: vaneijk-2013-nic-teaming-traffic-classes,
 * vanhoye-2013-lm-performance-options) and
 * more team members for one migration (one TCP stream). Said the same way by
 * every model that takes these fields.
 */
export function singleStreamWarnings(input: Pick<LinkInput, 'transport' | 'networks' | 'teamMembers'>): string[] {
  const warnings = firstNetworkOnlyWarnings(input);
  if ((input.transport === 'tcp' || input.transport === 'compression') && input.teamMembers > 1) {
    warnings.push(
      `One migration is one TCP stream and uses one of the ${input.teamMembers} team members; the team helps only when several migrations run at once (see the drain planner).`,
    );
  }
  return warnings;
}

/** The first half of singleStreamWarnings, for the drain planner, which words the team's share for simultaneous migrations itself. */
export function firstNetworkOnlyWarnings(input: Pick<LinkInput, 'transport' | 'networks'>): string[] {
  if ((input.transport !== 'tcp' && input.transport !== 'compression') || input.networks <= 1) return [];
  const kind = input.transport === 'tcp' ? 'TCP' : 'compressed';
  return [
    `A ${kind} migration uses only the first live-migration network; the other ${input.networks - 1} are failover and add no bandwidth, for simultaneous migrations too. A NIC team (entered as one network with its members) or SMB (2012 R2 and later) adds bandwidth.`,
  ];
}

/** SMB and SMB Direct spread one migration over every interface (SMB Multichannel); TCP and compression do not. */
export const usesSmb = (input: Pick<LinkInput, 'transport'>): boolean => input.transport === 'smb' || input.transport === 'smb-direct';
