/**
 * Link rate: how much memory per second one live migration really moves
 * over the live-migration network(s), given the link speed, the MTU, the
 * host's power profile, the transport and the Windows Server version. The
 * link-efficiency model (link-efficiency.ts) shows it on its own; the four
 * migration models use these functions.
 *
 * The physics, and where each number comes from:
 *
 * 1. Framing. A TCP segment carries MTU − 40 bytes (IP and TCP headers; Windows
 *    leaves TCP timestamps off by default, ms-tcpip-timestamps) in a frame that
 *    occupies MTU + 38 bytes of wire time (Ethernet header, FCS, preamble,
 *    inter-frame gap): 1460/1538 = 94.9 % at MTU 1500 and 8960/9038 = 99.1 %
 *    with 9000-byte jumbo frames. Pure arithmetic.
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
 *    servers; each later version scales them by what was measured on it
 *    (calibration.ts), and a measured rate (effectiveGbps) overrides all of it.
 *
 * 5. Concurrent TCP migrations on one network are separate connections that
 *    receive-side scaling spreads over cores, so their CPU ceiling multiplies,
 *    up to about four cores per NIC (calibrated on aidanfinn-2012-concurrent-lm:
 *    10 and 20 simultaneous migrations on 10 GbE moved ~4.5–5 Gbps;
 *    vanhoye-2015-smb-direct-lm shows the RSS setting bounding teamed TCP).
 *
 *    Several live-migration networks do not add bandwidth to TCP or
 *    compression: Hyper-V sends every such migration over the first network
 *    that connects, and the others take over only when it fails. Ten
 *    simultaneous migrations over six equal-metric networks used one 1 GbE NIC
 *    (vaneijk-2013-nic-teaming-traffic-classes, Windows Server 2012); of several
 *    NICs or teams only one is used (vanhoye-2013-lm-performance-options,
 *    2012 R2; savill-2015-when-smb-lm). Bandwidth for TCP comes from a team,
 *    entered as one network with `teamMembers` NICs: one migration is one
 *    stream and stays on one member (vanhoye-2013-teamed-lm), simultaneous
 *    ones spread over the members (address hash or dynamic; a Hyper-V Port
 *    vNIC stays on one member). Compression cannot use SMB Multichannel, so a
 *    team is its only way onto several NICs (vanhoye-2013-lm-team-compression).
 *
 * 6. SMB (2012 R2+) carries one migration over SMB Multichannel: every
 *    live-migration NIC, with four TCP connections per RSS-capable NIC and one
 *    per NIC without RSS, whatever its speed (ms-smb-troubleshooting), even a
 *    NIC not listed for live migration (vanhoye-2014-lm-settings-behavior). A
 *    team is one interface with its members' combined line rate.
 *    SMB Direct moves memory by RDMA, which needs no per-packet CPU work, so it
 *    reaches the framing limit of every NIC it uses (armstrong-2013-lm-rdma,
 *    aidan-finn-2013-lm-transports: "nearly 10 Gbps over a single NIC").
 *
 * 7. Compression (2012 R2+, the default) still sends one TCP stream, but each
 *    byte on the wire carries more memory, and someone has to compress it: the
 *    host's spare cores (armstrong-2013-lm-compression: it throttles itself to
 *    idle CPU). The memory rate is the lower of the TCP rate × the compression
 *    ratio and the spare cores × a per-core compression rate. With no spare CPU
 *    it falls back to plain TCP (aidan-finn-2013-lm-transports); with a little,
 *    on a fast link, it is slower than TCP, which is why Microsoft describes it
 *    as the option for constrained networks and SMB for the highest throughput
 *    (ms-set-vmhost). Microsoft expects it to halve the time (aidan-finn-2013-lm-improvements);
 *    memory that is mostly zeroed compresses better: Microsoft's own demo went
 *    from over 60 s to about 15 s (impress-2013-ws2012r2-lm-chart).
 */
import type { Assumption } from '../model.ts';
import type { InputOf } from '../schema.ts';
import type { linkFields } from './link-fields.ts';
import { versionCalibration } from './calibration.ts';

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

/** The physical setup one migration runs on: the shared link fields (link-fields.ts) without a measured rate. */
export type LinkSetup = Omit<InputOf<typeof linkFields>, 'effectiveGbps'>;

/** Bytes of IPv4 and TCP header in every segment (TCP timestamps off, Windows' default; see 1.). */
export const TCP_IP_HEADER_BYTES = 40;
/** Ethernet header, FCS, preamble and inter-frame gap around every frame (see 1.). */
export const ETHERNET_WIRE_OVERHEAD_BYTES = 38;

/** Payload share of wire time for TCP over Ethernet (pure arithmetic, see 1.). */
export function framingEfficiency(jumboFrames: boolean): number {
  const mtu = jumboFrames ? 9000 : 1500;
  return (mtu - TCP_IP_HEADER_BYTES) / (mtu + ETHERNET_WIRE_OVERHEAD_BYTES);
}

/** Exponent of the power mean joining the wire and CPU limits (fitted to seed-003, see 3.). */
export const SERIES_EXPONENT = 1.5;

/** Per-core TCP payload ceiling at MTU 1500 on 2008 R2-era hosts, Gbps (fitted to seed-003, see 4.). */
export const STREAM_CEILING_GBPS: Record<PowerProfile, number> = {
  balanced: 2.15,
  'high-performance': 4.0,
  'c-states-disabled': 7.5,
};

/** Gain of the per-core ceiling from jumbo frames (seed-003 "+/- 20 %", see 4.). */
export const JUMBO_CEILING_GAIN = 1.22;

/** Cores receive-side scaling spreads concurrent streams over, per NIC (see 5.). */
export const RSS_CORES_PER_NIC = 4;

/** SMB Multichannel TCP connections per NIC: four with RSS, one without (ms-smb-troubleshooting, see 6.). */
export const smbConnectionsPerNic = (rssCapable: boolean): number => (rssCapable ? 4 : 1);

/**
 * Memory one core compresses per second, Gbps of uncompressed memory. Microsoft
 * publishes no figure; 4 Gbps (500 MB/s) is the order of fast LZ-family
 * compressors, and with the idle host's cores it reproduces Microsoft's "half
 * the time" on 10 GbE and its 4× demo (see 7. and the validation page).
 */
export const COMPRESSION_GBPS_PER_CORE = 4;

/** Cores compression finds free, by spare-CPU setting (assumption; a busy host has none and falls back to TCP). */
export const SPARE_CORES: Record<CpuHeadroom, number> = { idle: 8, moderate: 2, busy: 0 };

/** Combines two rate limits that act partly in series (see 3.). */
export function seriesLimit(a: number, b: number): number {
  const p = SERIES_EXPONENT;
  return (a ** -p + b ** -p) ** (-1 / p);
}

/** What one TCP connection's core can process on this version's hosts, payload Gbps. */
export function streamCeilingGbps(setup: Pick<LinkSetup, 'powerProfile' | 'jumboFrames' | 'hostVersion'>): number {
  return STREAM_CEILING_GBPS[setup.powerProfile] * (setup.jumboFrames ? JUMBO_CEILING_GAIN : 1) * versionCalibration[setup.hostVersion].tcpCeilingScale;
}

/** Payload Gbps one NIC carries for `streams` concurrent TCP connections (together). */
function tcpNicGbps(setup: LinkSetup, streams: number): number {
  const wire = setup.linkGbps * framingEfficiency(setup.jumboFrames);
  const cores = Math.max(1, Math.min(streams, RSS_CORES_PER_NIC));
  return seriesLimit(wire, cores * streamCeilingGbps(setup));
}

/**
 * Payload Gbps the live-migration network carries for `streams` concurrent TCP
 * migrations (together). On a team the streams spread evenly over as many
 * members as there are streams; one stream never uses two (see 5.).
 */
export function tcpNetworkGbps(setup: LinkSetup, streams: number): number {
  const membersUsed = Math.max(1, Math.min(Math.ceil(streams), setup.teamMembers));
  return membersUsed * tcpNicGbps(setup, streams / membersUsed);
}

/** Payload Gbps of one live-migration network under SMB (Multichannel connections over a NIC or team, or RDMA). */
export function smbNicGbps(setup: LinkSetup): number {
  const wire = setup.teamMembers * setup.linkGbps * framingEfficiency(setup.jumboFrames);
  if (setup.transport === 'smb-direct') return wire;
  return seriesLimit(wire, smbConnectionsPerNic(setup.rssCapable) * streamCeilingGbps(setup));
}

/** Cores compression may use on this host. */
export function compressionCores(setup: LinkSetup): number {
  return setup.compressionCores ?? SPARE_CORES[setup.cpuHeadroom];
}

/**
 * Memory Gbps that `streams` compressed migrations move together over wire
 * payload `wireGbps`, sharing the host's spare cores (see 7.). Without spare
 * cores compression backs off to plain TCP.
 */
export function compressedMemoryGbps(setup: LinkSetup, wireGbps: number): number {
  const cores = compressionCores(setup);
  if (cores <= 0) return wireGbps;
  return Math.min(wireGbps * Math.max(1, setup.compressionRatio), cores * COMPRESSION_GBPS_PER_CORE);
}

/** Memory Gbps carried over `wireGbps` of payload by this transport (compression only changes it). */
export function memoryGbpsOver(setup: LinkSetup, wireGbps: number): number {
  return setup.transport === 'compression' ? compressedMemoryGbps(setup, wireGbps) : wireGbps;
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
  /** Memory bytes per wire byte. */
  compressionGain: number;
  /** Under compression: memory Gbps plain TCP would move on the same link (to compare). */
  tcpGbps: number;
}

/** The rate one migration gets when it runs alone (see 1.–7.). */
export function singleMigrationRate(setup: LinkSetup): LinkRate {
  const smb = setup.transport === 'smb' || setup.transport === 'smb-direct';
  const nicsUsed = smb ? setup.networks * setup.teamMembers : 1;
  const streamGbps = smb ? setup.networks * smbNicGbps(setup) : tcpNetworkGbps(setup, 1);
  const memoryGbps = memoryGbpsOver(setup, streamGbps);
  const gain = setup.transport === 'compression' && compressionCores(setup) > 0 ? Math.max(1, setup.compressionRatio) : 1;
  const wireGbps = memoryGbps / gain;
  return {
    wireGbps,
    memoryGbps,
    linkShare: wireGbps / (nicsUsed * setup.linkGbps),
    nicsUsed,
    compressionGain: gain,
    tcpGbps: streamGbps,
  };
}

/** Assumptions behind a rate, for a model's result. */
export function linkAssumptions(setup: LinkSetup, measured: boolean): Assumption[] {
  if (measured) {
    return [{ text: 'The rate comes from your measurement (effectiveGbps), not from the link-efficiency model.', sources: [] }];
  }
  const calibration = versionCalibration[setup.hostVersion];
  const list: Assumption[] = [
    {
      text: `Framing leaves ${(framingEfficiency(setup.jumboFrames) * 100).toFixed(1)} % of the wire for TCP payload at MTU ${setup.jumboFrames ? 9000 : 1500}, with TCP timestamps off (Windows' default).`,
      sources: ['ms-tcpip-timestamps'],
    },
  ];
  if (setup.transport === 'tcp' || setup.transport === 'compression') {
    list.push({
      text: 'One live migration over TCP is one connection on one network, processed by one core; it cannot use a second NIC or a team member, and on 10 GbE and faster the core, not the wire, sets its speed.',
      sources: ['vanhoye-2013-teamed-lm', 'savill-2013-nic-team-lm-bandwidth', 'seed-003'],
    });
    list.push({
      text:
        setup.networks > 1
          ? `Of the ${setup.networks} live-migration networks, TCP and compression use only the first that connects; the other ${setup.networks - 1} are failover and add no bandwidth, even to simultaneous migrations. A team (entered as one network with its members) is what adds bandwidth for them.`
          : 'TCP and compression use one live-migration network at a time; further networks would only be failover. A team (entered as one network with its members) is what adds bandwidth for them.',
      sources: ['vaneijk-2013-nic-teaming-traffic-classes', 'vanhoye-2013-lm-performance-options', 'savill-2015-when-smb-lm'],
    });
  }
  if (setup.transport !== 'smb-direct') {
    list.push({
      text: `Per-connection TCP ceiling ${streamCeilingGbps(setup).toFixed(2)} Gbps for this power profile and MTU: the 2008 R2 tuning ladder's ceiling × ${calibration.tcpCeilingScale}, the factor measured on Windows Server ${calibration.measuredOn === '2012r2' ? '2012 R2' : calibration.measuredOn === '2008r2' ? '2008 R2' : calibration.measuredOn} hosts.`,
      sources: [...new Set(['seed-003', ...calibration.sources])],
    });
  }
  if (setup.transport === 'compression') {
    const cores = compressionCores(setup);
    list.push({
      text:
        cores > 0
          ? `Compression shrinks memory ${setup.compressionRatio}:1 and may use ${cores} spare core(s) at ${COMPRESSION_GBPS_PER_CORE} Gbps of memory each (an assumed per-core rate; Microsoft publishes none), so it moves the lower of TCP × ${setup.compressionRatio} and ${cores * COMPRESSION_GBPS_PER_CORE} Gbps.`
          : 'With no spare CPU compression backs off and the migration runs as plain TCP/IP.',
      sources: ['aidan-finn-2013-lm-improvements', 'armstrong-2013-lm-compression', 'aidan-finn-2013-lm-transports'],
    });
  }
  if (setup.transport === 'smb') {
    list.push({
      text: `SMB Multichannel spreads one migration over all ${setup.networks} live-migration network(s), ${smbConnectionsPerNic(setup.rssCapable)} TCP connection(s) per interface (${setup.rssCapable ? 'four per RSS-capable interface' : 'one per interface without RSS'}, whatever the link speed), each on its own core.`,
      sources: ['ms-smb-troubleshooting', 'aidan-finn-2013-lm-improvements', 'vanhoye-2014-lm-settings-behavior'],
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
