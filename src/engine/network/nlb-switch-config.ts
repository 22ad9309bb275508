/**
 * Switch configuration for a Windows NLB cluster, ready to paste.
 *
 * The MACs come from the nlb-cluster-mac model (ms-nlb-technical-overview,
 * ms-nlb-igmp). The lines follow the published examples:
 *  - Cisco IOS: a static ARP entry on the gateway, `arp <vip> <mac> ARPA`,
 *    because routers will not learn a multicast MAC for a unicast IP, and in
 *    plain multicast mode one static MAC table entry listing every port that
 *    faces a Hyper-V host, `mac address-table static <mac> vlan <id>
 *    interface <ports>` (vmware-kb-1006525, ms-nlb-operation-modes-kb; older
 *    IOS releases spell it `mac-address-table`);
 *  - Dell PowerConnect 54xx-style: a bridge multicast group on the VLAN for
 *    the IGMP MAC, with the member ports added statically, as in seed-002.
 * Unicast mode has nothing to pin: the switch floods the shared MAC, and the
 * remedy is a VLAN of its own (ms-nlb-operation-modes-kb).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { nlbClusterMac } from './nlb-cluster-mac.ts';
import type { NlbClusterMacResult } from './nlb-cluster-mac.ts';
import { nlbModeOptions } from './nlb-mode.ts';

/** A switch port name such as Gi1/0/1, GigabitEthernet1/0/24, Te1/1/1, Po3, port-channel 3 or g12 (PowerConnect). */
const PORT = /^[A-Za-z][A-Za-z-]*\s?\d+(\/\d+){0,3}(\.\d+)?$/;
const MAX_PORTS = 64;

export const nlbSwitchConfigSchema = defineSchema({
  clusterIp: {
    kind: 'string',
    label: 'Cluster IP (VIP)',
    help: 'The dotted IPv4 virtual address of the NLB cluster.',
    default: '172.31.1.232',
    maxLength: 15,
  },
  mode: {
    kind: 'enum',
    label: 'NLB operation mode',
    help: 'The mode set in NLB Manager on every node.',
    options: nlbModeOptions,
    default: 'igmp-multicast',
  },
  vlanId: {
    kind: 'number',
    label: 'VLAN ID',
    help: 'The VLAN that carries the cluster IP.',
    unit: '',
    default: 10,
    min: 1,
    max: 4094,
    integer: true,
  },
  ports: {
    kind: 'string',
    label: 'Host-facing switch ports',
    help: 'Comma-separated switch ports (or port channels) that face the Hyper-V hosts in this VLAN, e.g. Gi1/0/1, Gi1/0/2, Po1 (PowerConnect: g1, ch1). Every port a node could land on after a live migration.',
    default: 'Gi1/0/1, Gi1/0/2',
    maxLength: 600,
  },
});

export interface ConfigBlock {
  id: string;
  title: string;
  /** Text ready to paste; lines starting with ! are comments on Cisco IOS and PowerConnect. */
  text: string;
}

export interface NlbSwitchConfigResult {
  clusterIp: string;
  mode: string;
  vlanId: number;
  ports: string[];
  /** The MAC the switch entries use for this mode, in Cisco notation. */
  clusterMacCisco: string;
  clusterMacColon: string;
  clusterMacWindows: string;
  igmpGroupAddress: string;
  /** The Cisco static ARP line, empty in unicast mode. */
  staticArpLine: string;
  /** The Cisco static MAC table line, empty unless mode is multicast. */
  staticMacLine: string;
  blocks: ConfigBlock[];
  warnings: string[];
  assumptions: Assumption[];
}

export function parsePorts(text: string): { ports: string[]; bad: string[] } {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p.length > 0);
  return { ports: parts.filter((p) => PORT.test(p)), bad: parts.filter((p) => !PORT.test(p)) };
}

/** Cisco IOS interface names (Fa0/1, Gi1/0/1, TenGigabitEthernet1/1/1 …): a PowerConnect numbers its ports differently. */
const CISCO_PORT = /^(fa|fastethernet|gi|gigabitethernet|te|tengigabitethernet|twe|twentyfivegige|fo|fortygigabitethernet|hu|hundredgige)\s?\d/i;

/**
 * PowerConnect names a LAG "port-channel N" and a port "ethernet <name>" (g1 …).
 * A Cisco port name has no PowerConnect equivalent we could derive, so it
 * becomes a placeholder the reader must fill in, never a line that looks ready.
 */
function powerConnectMember(port: string): string {
  const lag = /^(po|port-channel|ch)\s?(\d+)$/i.exec(port);
  if (lag) return `port-channel ${lag[2]}`;
  return CISCO_PORT.test(port) ? `ethernet <PowerConnect port facing the host on ${port}>` : `ethernet ${port}`;
}

export const nlbSwitchConfig = defineModel({
  id: 'nlb-switch-config',
  title: 'NLB switch configuration (Cisco IOS, Dell PowerConnect)',
  summary: 'The static ARP, static MAC table and bridge multicast lines a switch needs for a Windows NLB cluster IP in a given mode, VLAN and set of ports.',
  schema: nlbSwitchConfigSchema,
  check(input): Issue[] {
    const issues = nlbClusterMac.check?.({ clusterIp: input.clusterIp, hostPriority: 1 }) ?? [];
    const { ports, bad } = parsePorts(input.ports);
    if (bad.length > 0) {
      issues.push({ field: 'ports', message: `${JSON.stringify(bad[0]?.slice(0, 30))} is not a switch port name such as Gi1/0/1, Te1/1/2 or Po1` });
    } else if (ports.length > MAX_PORTS) {
      issues.push({ field: 'ports', message: `lists ${ports.length} ports; at most ${MAX_PORTS}` });
    } else if (input.mode === 'multicast' && ports.length === 0) {
      issues.push({ field: 'ports', message: 'multicast mode needs at least one host-facing port for the static MAC table entry' });
    }
    return issues;
  },
  compute(input): NlbSwitchConfigResult {
    const macs: NlbClusterMacResult = nlbClusterMac.compute({ clusterIp: input.clusterIp, hostPriority: 1 });
    const { ports } = parsePorts(input.ports);
    const vip = macs.clusterIp;
    const vlan = input.vlanId;
    const row = input.mode === 'unicast' ? macs.rows[0] : input.mode === 'multicast' ? macs.rows[1] : macs.rows[2];
    const mac = row ?? { windows: '', cisco: '', colon: '' };
    const warnings: string[] = [];
    const blocks: ConfigBlock[] = [];
    let staticArpLine = '';
    let staticMacLine = '';

    if (input.mode === 'unicast') {
      blocks.push({
        id: 'cisco',
        title: 'Cisco IOS',
        text: [
          `! NLB ${vip} in unicast mode: cluster MAC ${mac.cisco}.`,
          '! Nothing to pin: every node shares this MAC and sends with masked source MACs,',
          '! so the switch floods frames for it to every port of the VLAN.',
          `! Confine the flood by giving the cluster a VLAN of its own (here vlan ${vlan}).`,
        ].join('\n'),
      });
      warnings.push('Unicast mode floods cluster traffic to every port of the VLAN; no static entry fixes that on a switch. Keep the NLB VLAN small.');
    } else {
      staticArpLine = `arp ${vip} ${mac.cisco} ARPA`;
      const cisco = [
        `! NLB ${vip} in ${input.mode} mode, cluster MAC ${mac.cisco}`,
        '! On the gateway (layer 3 switch or router) for the VLAN:',
        staticArpLine,
      ];
      if (input.mode === 'multicast') {
        staticMacLine = `mac address-table static ${mac.cisco} vlan ${vlan} interface ${ports.join(' ')}`;
        cisco.push('! On each switch with host-facing ports (older IOS: mac-address-table static):', staticMacLine);
      } else {
        cisco.push(
          `! IGMP snooping learns the member ports from the nodes' joins to ${macs.igmpGroupAddress}.`,
          '! A VLAN without a multicast router needs a querier:',
          'ip igmp snooping',
          'ip igmp snooping querier',
        );
      }
      blocks.push({ id: 'cisco', title: 'Cisco IOS', text: cisco.join('\n') });

      const members = ports.map(powerConnectMember);
      const ciscoNamed = ports.filter((p) => CISCO_PORT.test(p));
      const dell = [
        `! NLB ${vip} in ${input.mode} mode: bridge multicast group ${mac.colon} on VLAN ${vlan}`,
        ...(ciscoNamed.length > 0
          ? [`! ${ciscoNamed.join(', ')}: Cisco port names. Replace each <…> with the PowerConnect port name (such as g1) before pasting.`]
          : []),
        ...(input.mode === 'igmp-multicast' ? ['ip igmp snooping'] : []),
        `interface vlan ${vlan}`,
        ...(input.mode === 'igmp-multicast' ? ['ip igmp snooping'] : []),
        `bridge multicast address ${mac.colon}`,
        ...members.map((m) => `bridge multicast address ${mac.colon} add ${m}`),
        'exit',
      ];
      blocks.push({ id: 'dell', title: 'Dell PowerConnect (54xx-style CLI)', text: dell.join('\n') });
      if (ciscoNamed.length > 0)
        warnings.push(
          `The Dell PowerConnect lines carry placeholders for ${ciscoNamed.join(', ')}: these are Cisco port names, and a PowerConnect names its ports differently (g1, g2 …). Fill them in, or list the ports in PowerConnect form.`,
        );
      if (ports.length === 0)
        warnings.push('No ports given: the bridge multicast group has no static members, so only IGMP snooping (if enabled) will add them.');
    }

    if (input.mode !== 'unicast' && ports.length > 0) {
      warnings.push(
        `Every port listed must face a Hyper-V host that can run an NLB node; a port left out breaks the node that live-migrates behind it. ${ports.length} port(s) listed.`,
      );
    }

    return {
      clusterIp: vip,
      mode: input.mode,
      vlanId: vlan,
      ports,
      clusterMacCisco: mac.cisco,
      clusterMacColon: mac.colon,
      clusterMacWindows: mac.windows,
      igmpGroupAddress: macs.igmpGroupAddress,
      staticArpLine,
      staticMacLine,
      blocks,
      warnings,
      assumptions: [
        ...macs.assumptions,
        {
          text: 'Routers refuse to learn a multicast MAC for a unicast IP, so the gateway needs a static ARP entry; plain multicast mode also needs the MAC pinned to every host-facing port.',
          sources: ['ms-nlb-operation-modes-kb', 'vmware-kb-1006525'],
        },
        {
          text: "The PowerConnect lines follow the bridge multicast group a working IGMP multicast NLB used on a PowerConnect 5424; check the syntax against your switch model's CLI guide.",
          sources: ['seed-002'],
        },
      ],
    };
  },
});
