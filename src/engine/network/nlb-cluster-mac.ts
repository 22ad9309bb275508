/**
 * NLB cluster MAC addresses.
 *
 * Windows Network Load Balancing derives every MAC it uses from the cluster's
 * virtual IP W.X.Y.Z (source: ms-nlb-technical-overview, ms-nlb-igmp):
 *  - unicast mode replaces each host NIC's address with 02-BF-W-X-Y-Z;
 *  - multicast mode adds 03-BF-W-X-Y-Z (the low bit of the first byte is the
 *    Ethernet group bit, so switches flood it unless told otherwise);
 *  - IGMP multicast mode uses 01-00-5E-7F-Y-Z, the IANA multicast MAC of the
 *    group 239.255.Y.Z that hosts join with IGMP, so snooping switches can
 *    forward only to the member ports;
 *  - in unicast mode each host masks its outgoing source address as
 *    02-h-W-X-Y-Z, h being its host priority (1–32), so the switch never
 *    learns the cluster MAC on one port and keeps flooding it to all
 *    (MaskSourceMAC, on by default).
 */
import { defineModel } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { parseIpv4, unicastProblem } from './ipv4.ts';
import { ciscoMac, colonMac, windowsMac } from './mac.ts';

export const nlbClusterMacSchema = defineSchema({
  clusterIp: {
    kind: 'string',
    label: 'Cluster IP (VIP)',
    help: 'The dotted IPv4 virtual address clients connect to, as entered in NLB Manager.',
    default: '10.0.0.100',
    maxLength: 15,
  },
  hostPriority: {
    kind: 'number',
    label: 'Host priority',
    help: 'The unique host priority (host ID) of one node, 1–32; sets the masked source MAC that node sends with in unicast mode.',
    unit: '',
    default: 1,
    min: 1,
    max: 32,
    integer: true,
  },
});

export interface MacForms {
  mac: string;
  cisco: string;
  colon: string;
}

export interface NlbClusterMacResult {
  clusterIp: string;
  unicastMac: string;
  unicastMacCisco: string;
  multicastMac: string;
  multicastMacCisco: string;
  igmpMulticastMac: string;
  igmpMulticastMacCisco: string;
  igmpGroupAddress: string;
  hostSourceMac: string;
  hostSourceMacCisco: string;
  /** Every address in all three notations, as rows for a table. */
  rows: { role: string; windows: string; cisco: string; colon: string }[];
  warnings: string[];
  assumptions: { text: string; sources: string[] }[];
}

function forms(bytes: number[]): MacForms {
  return { mac: windowsMac(bytes), cisco: ciscoMac(bytes), colon: colonMac(bytes) };
}

export const nlbClusterMac = defineModel({
  id: 'nlb-cluster-mac',
  title: 'NLB cluster MAC addresses',
  summary: 'The MAC addresses and IGMP group Windows NLB derives from a cluster IP, for each operation mode.',
  schema: nlbClusterMacSchema,
  check(input): Issue[] {
    const octets = parseIpv4(input.clusterIp);
    if (!octets)
      return [
        {
          field: 'clusterIp',
          message: `${JSON.stringify(input.clusterIp.slice(0, 20))} is not a dotted IPv4 address such as 10.0.0.100 (four numbers 0–255, no leading zeros)`,
        },
      ];
    const problem = unicastProblem(octets);
    return problem ? [{ field: 'clusterIp', message: `${input.clusterIp} ${problem}` }] : [];
  },
  compute(input): NlbClusterMacResult {
    // check() has already refused anything parseIpv4 cannot read.
    const [w, x, y, z] = parseIpv4(input.clusterIp) ?? [0, 0, 0, 0];
    const unicast = forms([0x02, 0xbf, w, x, y, z]);
    const multicast = forms([0x03, 0xbf, w, x, y, z]);
    const igmp = forms([0x01, 0x00, 0x5e, 0x7f, y, z]);
    const hostSource = forms([0x02, input.hostPriority, w, x, y, z]);
    return {
      clusterIp: `${w}.${x}.${y}.${z}`,
      unicastMac: unicast.mac,
      unicastMacCisco: unicast.cisco,
      multicastMac: multicast.mac,
      multicastMacCisco: multicast.cisco,
      igmpMulticastMac: igmp.mac,
      igmpMulticastMacCisco: igmp.cisco,
      igmpGroupAddress: `239.255.${y}.${z}`,
      hostSourceMac: hostSource.mac,
      hostSourceMacCisco: hostSource.cisco,
      rows: [
        { role: 'Unicast cluster MAC', windows: unicast.mac, cisco: unicast.cisco, colon: unicast.colon },
        { role: 'Multicast cluster MAC', windows: multicast.mac, cisco: multicast.cisco, colon: multicast.colon },
        { role: 'IGMP multicast MAC', windows: igmp.mac, cisco: igmp.cisco, colon: igmp.colon },
        { role: `Masked source MAC of host ${input.hostPriority} (unicast)`, windows: hostSource.mac, cisco: hostSource.cisco, colon: hostSource.colon },
      ],
      warnings: [],
      assumptions: [
        {
          text: 'Unicast and multicast cluster MACs are 02-BF and 03-BF followed by the four octets of the cluster IP.',
          sources: ['ms-nlb-technical-overview'],
        },
        {
          text: 'In unicast mode each host sends with source MAC 02-h-W-X-Y-Z, h its host priority, so switches keep flooding the cluster MAC (MaskSourceMAC, the default).',
          sources: ['ms-nlb-technical-overview'],
        },
        {
          text: 'IGMP multicast uses group 239.255.Y.Z and MAC 01-00-5E-7F-Y-Z, from the last two octets of the cluster IP; two clusters on one VLAN whose VIPs share those octets would share the group.',
          sources: ['ms-nlb-igmp', 'rfc1112'],
        },
      ],
    };
  },
});
