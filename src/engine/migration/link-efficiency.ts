/**
 * Link efficiency: how much memory per second one live migration really
 * moves over the live-migration network(s), given the link speed, the MTU,
 * the host's power profile, the transport and the Windows Server version.
 *
 * The physics, and where each number comes from:
 *
 * 1. Framing. A TCP segment carries MTU − 52 bytes (IP, TCP, timestamps) in a
 *    frame that occupies MTU + 38 bytes of wire time (Ethernet header, FCS,
 *    preamble, inter-frame gap): 1448/1538 = 94.1 % at MTU 1500 and
 *    8948/9038 = 99.0 % with 9000-byte jumbo frames. Pure arithmetic.
 *
 * 2. One stream, one core. A live migration over TCP is a single TCP
 *    connection between two hosts (vanhoye-2013-teamed-lm, savill-2013-nic-team-lm-bandwidth,
 *    seed-003), and a connection's receive processing lands on one core. That
 *    core's rate is a ceiling that does not grow with the link: deep C-states
 *    and C1E make it wake late for every burst, the "balanced" plan clocks it
 *    down, and every packet costs a fixed amount of work, which jumbo frames
 *    divide by six.
 *
 * 3. The two limits do not add up as a hard minimum: the wire and the CPU work
 *    partly in series. We combine them as a power mean
 *        rate = (wire^-p + cpu^-p)^(-1/p),  p = 1.5,
 *    the one exponent with which a single per-core ceiling reproduces the seed's
 *    measurements on 1 GbE and 10 GbE at once (seed-003): ~20 % of 10 GbE
 *    untuned, 35–45 % with jumbo frames and the high-performance plan, 55–65 %
 *    with C-states and C1E disabled, jumbo frames worth about +20 %, and
 *    75–80 % of 1 GbE untuned rising to ~99 % tuned.
 *
 * 4. Per-core ceilings (payload Gbps at MTU 1500), solved from seed-003 with
 *    the law above: balanced 2.15, high performance 4.0, C-states and C1E
 *    disabled 7.5; jumbo frames multiply each by 1.22 (per-packet cost
 *    ≈ 20 % of the work at MTU 1500). They describe the seed's 2008 R2–era
 *    servers; newer cores are faster, which is why a measured rate
 *    (effectiveGbps) overrides this module.
 *
 * 5. Concurrent TCP migrations on one network are separate connections that
 *    receive-side scaling spreads over cores, so their CPU ceiling multiplies,
 *    up to about four cores per NIC (calibrated on aidanfinn-2012-concurrent-lm:
 *    10 and 20 simultaneous migrations on 10 GbE moved ~4.5–5 Gbps;
 *    vanhoye-2015-smb-direct-lm shows the RSS setting bounding teamed TCP).
 *
 * 6. SMB (2012 R2+) carries one migration over SMB Multichannel: every
 *    live-migration NIC, with up to four connections per 10 GbE-or-faster NIC
 *    and one per 1 GbE NIC (netapp-ontap-smb-multichannel, aidan-finn-2013-lm-improvements).
 *    SMB Direct moves memory by RDMA, which needs no per-packet CPU work, so it
 *    reaches the framing limit of every NIC it uses (armstrong-2013-lm-rdma,
 *    aidan-finn-2013-lm-transports: "nearly 10 Gbps over a single NIC").
 *
 * 7. Compression (2012 R2+, the default) still sends one TCP stream, but each
 *    byte on the wire carries more memory. Microsoft expects it to halve the
 *    time (aidan-finn-2013-lm-improvements), i.e. a 2:1 gain when the host has
 *    idle CPU; it only uses spare CPU and falls back to plain TCP when the
 *    host is busy (armstrong-2013-lm-compression, aidan-finn-2013-lm-transports).
 *    Memory that is mostly zeroed compresses better: Microsoft's own demo
 *    went from over 60 s to about 15 s (impress-2013-ws2012r2-lm-chart).
 */
import type { Assumption } from '../model.ts';
import type { HostVersion } from './host-versions.ts';

export const transportOptions = [
  { value: 'tcp', label: 'TCP/IP' },
  { value: 'compression', label: 'Compression (2012 R2+ default)' },
  { value: 'smb', label: 'SMB (Multichannel, no RDMA)' },
  { value: 'smb-direct', label: 'SMB Direct (RDMA)' },
] as const;
export type Transport = (typeof transportOptions)[number]['value'];

export const powerProfileOptions = [
  { value: 'balanced', label: 'Balanced / BIOS power saving (default)' },
  { value: 'high-performance', label: 'High performance plan, C-states on' },
  { value: 'c-states-disabled', label: 'High performance, C-states and C1E disabled in BIOS' },
] as const;
export type PowerProfile = (typeof powerProfileOptions)[number]['value'];

export const cpuHeadroomOptions = [
  { value: 'idle', label: 'Mostly idle host CPU' },
  { value: 'moderate', label: 'Moderately busy host CPU' },
  { value: 'busy', label: 'Busy host CPU (compression backs off)' },
] as const;
export type CpuHeadroom = (typeof cpuHeadroomOptions)[number]['value'];

export interface LinkSetup {
  linkGbps: number;
  networks: number;
  transport: Transport;
  jumboFrames: boolean;
  powerProfile: PowerProfile;
  hostVersion: HostVersion;
  /** How much memory shrinks under compression (2 = half). */
  compressionRatio: number;
  cpuHeadroom: CpuHeadroom;
}

/** Payload share of wire time for TCP over Ethernet (pure arithmetic, see 1.). */
export function framingEfficiency(jumboFrames: boolean): number {
  const mtu = jumboFrames ? 9000 : 1500;
  return (mtu - 52) / (mtu + 38);
}

/** Exponent of the power mean joining the wire and CPU limits (fitted to seed-003, see 3.). */
export const SERIES_EXPONENT = 1.5;

/** Per-core TCP payload ceiling at MTU 1500, Gbps (fitted to seed-003, see 4.). */
export const STREAM_CEILING_GBPS: Record<PowerProfile, number> = {
  balanced: 2.15,
  'high-performance': 4.0,
  'c-states-disabled': 7.5,
};

/** Gain of the per-core ceiling from jumbo frames (seed-003 "+/- 20 %", see 4.). */
export const JUMBO_CEILING_GAIN = 1.22;

/** Cores receive-side scaling spreads concurrent streams over, per NIC (see 5.). */
export const RSS_CORES_PER_NIC = 4;

/** SMB Multichannel connections per NIC (netapp-ontap-smb-multichannel, see 6.). */
export const smbConnectionsPerNic = (linkGbps: number): number => (linkGbps >= 10 ? 4 : 1);

/** Combines two rate limits that act partly in series (see 3.). */
export function seriesLimit(a: number, b: number): number {
  const p = SERIES_EXPONENT;
  return (a ** -p + b ** -p) ** (-1 / p);
}

/** What one TCP connection's core can process, payload Gbps. */
export function streamCeilingGbps(powerProfile: PowerProfile, jumboFrames: boolean): number {
  return STREAM_CEILING_GBPS[powerProfile] * (jumboFrames ? JUMBO_CEILING_GAIN : 1);
}

/** Payload Gbps one network carries for `streams` concurrent TCP migrations (together). */
export function tcpNetworkGbps(setup: LinkSetup, streams: number): number {
  const wire = setup.linkGbps * framingEfficiency(setup.jumboFrames);
  const cores = Math.max(1, Math.min(streams, RSS_CORES_PER_NIC));
  return seriesLimit(wire, cores * streamCeilingGbps(setup.powerProfile, setup.jumboFrames));
}

/** Payload Gbps of one NIC under SMB (Multichannel connections, or RDMA). */
export function smbNicGbps(setup: LinkSetup): number {
  const wire = setup.linkGbps * framingEfficiency(setup.jumboFrames);
  if (setup.transport === 'smb-direct') return wire;
  return seriesLimit(wire, smbConnectionsPerNic(setup.linkGbps) * streamCeilingGbps(setup.powerProfile, setup.jumboFrames));
}

/** Memory bytes carried per wire byte (compression only; 1 otherwise). */
export function compressionGain(setup: LinkSetup): number {
  if (setup.transport !== 'compression') return 1;
  const ratio = Math.max(1, setup.compressionRatio);
  if (setup.cpuHeadroom === 'idle') return ratio;
  // Assumption: with half the spare CPU, half the extra gain (between the published ends).
  if (setup.cpuHeadroom === 'moderate') return 1 + (ratio - 1) / 2;
  return 1;
}

export interface LinkRate {
  /** Payload on the wire for one migration alone, Gbps. */
  wireGbps: number;
  /** Memory moved per second, Gbps (wire × compression gain). */
  memoryGbps: number;
  /** Wire payload as a share of the line rate of the NICs it uses. */
  linkShare: number;
  /** NICs the migration uses. */
  nicsUsed: number;
  compressionGain: number;
}

/** The rate one migration gets when it runs alone (see 1.–7.). */
export function singleMigrationRate(setup: LinkSetup): LinkRate {
  const smb = setup.transport === 'smb' || setup.transport === 'smb-direct';
  const nicsUsed = smb ? setup.networks : 1;
  const wireGbps = smb ? setup.networks * smbNicGbps(setup) : tcpNetworkGbps(setup, 1);
  const gain = compressionGain(setup);
  return {
    wireGbps,
    memoryGbps: wireGbps * gain,
    linkShare: wireGbps / (nicsUsed * setup.linkGbps),
    nicsUsed,
    compressionGain: gain,
  };
}

/** Assumptions behind a rate, for a model's result. */
export function linkAssumptions(setup: LinkSetup, measured: boolean): Assumption[] {
  if (measured) {
    return [{ text: 'The rate comes from your measurement (effectiveGbps), not from the link-efficiency model.', sources: [] }];
  }
  const list: Assumption[] = [
    {
      text: `Framing leaves ${(framingEfficiency(setup.jumboFrames) * 100).toFixed(1)} % of the wire for TCP payload at MTU ${setup.jumboFrames ? 9000 : 1500}.`,
      sources: [],
    },
  ];
  if (setup.transport === 'tcp' || setup.transport === 'compression') {
    list.push({
      text: 'One live migration over TCP is one connection on one network, processed by one core; it cannot use a second NIC or a team member, and on 10 GbE and faster the core, not the wire, sets its speed.',
      sources: ['vanhoye-2013-teamed-lm', 'savill-2013-nic-team-lm-bandwidth', 'seed-003'],
    });
    list.push({
      text: `Per-core TCP ceiling ${streamCeilingGbps(setup.powerProfile, setup.jumboFrames).toFixed(2)} Gbps for this power profile and MTU, fitted to the seed's 1 GbE and 10 GbE tuning ladder (20 % → 35–45 % → 55–65 % of 10 GbE; 75–80 % → 99 % of 1 GbE); newer CPUs may do better.`,
      sources: ['seed-003'],
    });
  }
  if (setup.transport === 'compression') {
    list.push({
      text: `Compression carries ${compressionGain(setup).toFixed(2)} bytes of memory per byte on the wire here: about 2:1 (half the time) with idle CPU, and none when the host is busy because it only uses spare CPU.`,
      sources: ['aidan-finn-2013-lm-improvements', 'armstrong-2013-lm-compression', 'aidan-finn-2013-lm-transports'],
    });
  }
  if (setup.transport === 'smb') {
    list.push({
      text: `SMB Multichannel spreads one migration over all ${setup.networks} live-migration NIC(s), ${smbConnectionsPerNic(setup.linkGbps)} connection(s) per NIC, each on its own core.`,
      sources: ['netapp-ontap-smb-multichannel', 'aidan-finn-2013-lm-improvements'],
    });
  }
  if (setup.transport === 'smb-direct') {
    list.push({
      text: `SMB Direct moves memory by RDMA over all ${setup.networks} NIC(s) at close to line rate with almost no CPU, whatever the power profile.`,
      sources: ['armstrong-2013-lm-rdma', 'aidan-finn-2013-lm-transports'],
    });
  }
  return list;
}
