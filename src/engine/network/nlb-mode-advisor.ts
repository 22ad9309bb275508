/**
 * Which Windows NLB operation mode fits a Hyper-V guest cluster.
 *
 * Each mode asks something different of the network (ms-nlb-operation-modes-kb):
 *  - unicast replaces every node's MAC with one shared address, so NLB must be
 *    allowed to change the vNIC's MAC (MAC spoofing on Hyper-V,
 *    ms-nlb-vm-mac-spoofing-2010) and the switches flood cluster traffic to
 *    every port of the VLAN;
 *  - multicast keeps each MAC and adds 03-BF-…; routers need a static ARP
 *    entry for the VIP and, to stop flooding, every switch port that faces a
 *    Hyper-V host needs a static MAC table entry (vmware-kb-1006525);
 *  - IGMP multicast has the nodes join 239.255.Y.Z so snooping switches
 *    build those entries themselves (ms-nlb-igmp).
 * On top of Microsoft's rules the model applies a field report (seed-002):
 * unicast with a teamed vSwitch only behaves with switch-independent teaming
 * across two separate switches, and several NLB nodes live-migrating at once
 * left nodes "misconfigured" with duplicate-address warnings except in IGMP
 * multicast mode.
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import { defineSchema, type InputOf, type Issue } from '../schema.ts';
import { nlbClusterMac } from './nlb-cluster-mac.ts';
import type { NlbMode } from './nlb-mode.ts';

export type { NlbMode } from './nlb-mode.ts';

export const nlbModeAdvisorSchema = defineSchema({
  clusterIp: {
    kind: 'string',
    label: 'Cluster IP (VIP), optional',
    help: 'The dotted IPv4 virtual address, if you know it: the settings then name the actual cluster MAC, and the link to the switch configuration carries it.',
    optional: true,
    maxLength: 15,
  },
  teaming: {
    kind: 'enum',
    label: 'vSwitch NIC teaming',
    help: 'How the physical NICs under the Hyper-V virtual switch are teamed. A stack counts as one switch.',
    options: [
      { value: 'none', label: 'No teaming (one NIC)' },
      { value: 'switch-independent-separate', label: 'Switch independent, members on two separate switches' },
      { value: 'switch-independent-same', label: 'Switch independent, members on one switch or stack' },
      { value: 'lacp', label: 'LACP or static (switch dependent)' },
    ],
    default: 'lacp',
  },
  igmpSnooping: {
    kind: 'boolean',
    label: 'Switches do IGMP snooping',
    help: 'The access switches can snoop IGMP (and a querier or static group exists on the VLAN), so multicast goes only to member ports.',
    default: true,
  },
  staticArpAllowed: {
    kind: 'boolean',
    label: 'Static ARP entry allowed on the router',
    help: 'The network team will add a static ARP entry mapping the VIP to a multicast MAC on the gateway (routers refuse to learn that pairing).',
    default: true,
  },
  staticMacAllowed: {
    kind: 'boolean',
    label: 'Static MAC table entries allowed',
    help: 'The network team will pin the cluster MAC to every switch port that faces a Hyper-V host in the VLAN.',
    default: true,
  },
  macSpoofingAllowed: {
    kind: 'boolean',
    label: 'MAC spoofing allowed on the vNICs',
    help: 'Policy allows "Enable MAC address spoofing" on the NLB guests\' network adapters.',
    default: true,
  },
  simultaneousMigrations: {
    kind: 'boolean',
    label: 'Several NLB nodes may live-migrate at once',
    help: 'Cluster-Aware Updating, host drains or a two-node Hyper-V cluster can move several NLB nodes at the same time.',
    default: true,
  },
  hosts: {
    kind: 'number',
    label: 'Hyper-V hosts',
    help: 'Hosts in the Hyper-V cluster the NLB nodes may run on.',
    unit: '',
    default: 2,
    min: 1,
    max: 64,
    integer: true,
  },
  nicsPerHost: {
    kind: 'number',
    label: 'Physical NICs per host on the vSwitch',
    help: 'Switch ports each host uses for the virtual switch that carries the NLB VLAN.',
    unit: '',
    default: 2,
    min: 1,
    max: 16,
    integer: true,
  },
  nlbNodes: {
    kind: 'number',
    label: 'NLB nodes (guests)',
    help: 'Virtual machines in the NLB cluster; NLB supports up to 32 hosts.',
    unit: '',
    default: 2,
    min: 2,
    max: 32,
    integer: true,
  },
});

export interface SourcedText {
  text: string;
  sources: string[];
}

export interface ModeAssessment {
  mode: NlbMode;
  /** The network can carry this mode as configured. */
  viable: boolean;
  /** What rules this mode out, each with its source. */
  blockers: SourcedText[];
  /** What goes wrong or costs effort if you choose it anyway. */
  risks: SourcedText[];
}

export interface NlbSetting {
  setting: string;
  value: string;
  why: string;
  sources: string[];
}

export interface NlbModeAdvisorResult {
  recommendedMode: NlbMode;
  /** False when no mode fits the constraints as given; the recommendation is then the least bad. */
  viable: boolean;
  reasons: SourcedText[];
  modes: ModeAssessment[];
  settings: NlbSetting[];
  /** The VIP as given, or null. */
  clusterIp: string | null;
  /** Static MAC entries multicast mode needs: one per host-facing switch port. */
  staticMacPortEntries: number;
  /** Whether the recommended mode needs static MAC table entries at all: only plain multicast does (ms-nlb-operation-modes-kb). */
  staticMacEntriesApply: boolean;
  /** Whether anti-affinity can keep every NLB node on a different host. */
  antiAffinityCanSeparateAll: boolean;
  powershell: string;
  warnings: string[];
  assumptions: Assumption[];
}

const KB = 'ms-nlb-operation-modes-kb';
const SEED = 'seed-002';
/** Preference when several modes are viable: IGMP multicast, then multicast, then unicast (KB table; seed-002 ranking). */
const PREFERENCE: readonly NlbMode[] = ['igmp-multicast', 'multicast', 'unicast'];

type Input = InputOf<typeof nlbModeAdvisorSchema>;

function assessUnicast(i: Input): ModeAssessment {
  const blockers: SourcedText[] = [];
  const risks: SourcedText[] = [
    {
      text: "Every node shares one MAC, so switches cannot learn it and flood all cluster traffic (and each node's heartbeat every second) to every port of the VLAN; give NLB its own VLAN.",
      sources: [KB],
    },
  ];
  if (!i.macSpoofingAllowed) {
    blockers.push({
      text: "Unicast NLB rewrites the adapter's MAC; Hyper-V blocks that unless MAC spoofing is enabled on the vNIC, and the node loses connectivity.",
      sources: [KB, 'ms-nlb-vm-mac-spoofing-2010'],
    });
  }
  if (i.teaming === 'switch-independent-same' || i.teaming === 'lacp') {
    blockers.push({
      text: 'With the vSwitch teamed to one switch or stack (or with LACP), unicast NLB misbehaves; it held up only without teaming or with switch-independent teaming across two separate switches.',
      sources: [SEED],
    });
  }
  if (i.simultaneousMigrations) {
    risks.push({
      text: 'Live-migrating several nodes at once left nodes "misconfigured" and raised duplicate IP warnings in the field report; only IGMP multicast avoided it.',
      sources: [SEED],
    });
  }
  return { mode: 'unicast', viable: blockers.length === 0, blockers, risks };
}

function assessMulticast(i: Input): ModeAssessment {
  const blockers: SourcedText[] = [];
  const risks: SourcedText[] = [];
  if (!i.staticArpAllowed) {
    blockers.push({
      text: 'Routers will not learn a multicast MAC for a unicast VIP; without a static ARP entry clients beyond the subnet cannot reach the cluster.',
      sources: [KB, 'vmware-kb-1006525'],
    });
  }
  const ports = i.hosts * i.nicsPerHost;
  if (i.staticMacAllowed) {
    risks.push({
      text: `Each of the ${ports} switch ports facing a Hyper-V host needs a static MAC entry, kept current as hosts, NICs and teams change; a port missed means traffic lost when a node migrates there.`,
      sources: [KB, 'vmware-kb-1006525'],
    });
  } else {
    risks.push({
      text: 'Without static MAC table entries the switches flood the cluster MAC to every port of the VLAN, or drop it; problems grow over time.',
      sources: [KB],
    });
  }
  if (i.simultaneousMigrations) {
    risks.push({
      text: 'Several nodes migrating at once onto the same switch gave misconfigured nodes and duplicate IP warnings in the field report; IGMP multicast did not.',
      sources: [SEED],
    });
  }
  return { mode: 'multicast', viable: blockers.length === 0, blockers, risks };
}

function assessIgmp(i: Input): ModeAssessment {
  const blockers: SourcedText[] = [];
  const risks: SourcedText[] = [
    {
      text: "The IGMP group is 239.255.Y.Z from the VIP's last two octets: two clusters in one VLAN whose VIPs end alike share a group.",
      sources: ['ms-nlb-igmp'],
    },
  ];
  if (!i.igmpSnooping) {
    blockers.push({
      text: 'IGMP multicast needs switches capable of IGMP snooping; without it the switch treats the traffic as unknown multicast and floods it.',
      sources: [KB],
    });
  }
  if (!i.staticArpAllowed) {
    risks.push({
      text: 'The VIP still resolves to a multicast MAC, which routers refuse to learn; clients on other subnets need a static ARP entry on the gateway.',
      sources: [KB, 'vmware-kb-1006525'],
    });
  }
  return { mode: 'igmp-multicast', viable: blockers.length === 0, blockers, risks };
}

function choose(modes: ModeAssessment[], i: Input): NlbMode {
  const viable = PREFERENCE.filter((m) => modes.find((a) => a.mode === m)?.viable);
  if (viable.length > 0) return viable[0] as NlbMode;
  // Nothing fits: pick what needs the fewest changes. Unicast needs only a teaming change if spoofing is allowed.
  if (i.macSpoofingAllowed) return 'unicast';
  return i.igmpSnooping ? 'igmp-multicast' : 'multicast';
}

export const nlbModeAdvisor = defineModel({
  id: 'nlb-mode-advisor',
  title: 'NLB operation mode advisor for Hyper-V',
  summary:
    'Recommends unicast, multicast or IGMP multicast for a Windows NLB cluster of Hyper-V guests, with the reasons, the risks of the other modes and the settings to make.',
  schema: nlbModeAdvisorSchema,
  check(input): Issue[] {
    if (input.clusterIp === undefined) return [];
    return nlbClusterMac.check?.({ clusterIp: input.clusterIp, hostPriority: 1 }) ?? [];
  },
  compute(input): NlbModeAdvisorResult {
    const i = input;
    const modes = [assessIgmp(i), assessMulticast(i), assessUnicast(i)];
    const recommendedMode = choose(modes, i);
    const chosen = modes.find((m) => m.mode === recommendedMode) as ModeAssessment;
    const reasons: SourcedText[] = [];
    const warnings: string[] = [];

    if (chosen.viable) {
      if (recommendedMode === 'igmp-multicast') {
        reasons.push({
          text: "The switches snoop IGMP, so they learn which ports hold NLB nodes from the nodes' own joins and relearn them after a live migration: no static MAC entries to maintain.",
          sources: [KB, 'ms-nlb-igmp'],
        });
        if (i.simultaneousMigrations)
          reasons.push({
            text: 'It is the mode that survived several NLB nodes live-migrating at once onto the same switch without misconfigured nodes or duplicate IP warnings.',
            sources: [SEED],
          });
      } else if (recommendedMode === 'multicast') {
        reasons.push({
          text: "IGMP multicast is ruled out (no IGMP snooping); multicast keeps each vNIC's own MAC and, with static entries, limits cluster traffic to the host-facing ports.",
          sources: [KB],
        });
      } else {
        reasons.push({
          text: 'Both multicast modes are ruled out; unicast needs nothing from the switches and the vSwitch teaming allows it.',
          sources: [KB, SEED],
        });
      }
    } else {
      warnings.push(
        'No mode fits the constraints as given. Change one of them (teaming, a static ARP entry, IGMP snooping, MAC spoofing) or move the service behind a hardware or software load balancer.',
      );
      for (const b of chosen.blockers) reasons.push({ text: `Must be fixed first: ${b.text}`, sources: b.sources });
    }
    const others = modes.filter((m) => m.mode !== recommendedMode);
    for (const m of others) {
      if (!m.viable)
        reasons.push({ text: `Not ${m.mode}: ${m.blockers.map((b) => b.text).join(' ')}`, sources: [...new Set(m.blockers.flatMap((b) => b.sources))] });
    }
    if (i.simultaneousMigrations && recommendedMode !== 'igmp-multicast') {
      warnings.push(
        'Several NLB nodes may live-migrate at once: expect misconfigured nodes and duplicate IP warnings afterwards unless anti-affinity keeps them apart and drains move them one by one.',
      );
    }

    const antiAffinityCanSeparateAll = i.nlbNodes <= i.hosts;
    if (!antiAffinityCanSeparateAll) {
      warnings.push(
        `${i.nlbNodes} NLB nodes on ${i.hosts} host(s): anti-affinity cannot keep every node on its own host, so a host drain will move several at once.`,
      );
    }
    if (i.hosts === 2 && i.simultaneousMigrations) {
      warnings.push(
        'On a two-node Hyper-V cluster, Cluster-Aware Updating drains each host in turn and so moves every NLB node that sits on it together; anti-affinity cannot prevent that.',
      );
    }

    const settings: NlbSetting[] = [];
    const spoofingNeeded = recommendedMode === 'unicast';
    if (!spoofingNeeded && !i.macSpoofingAllowed) {
      warnings.push(
        "MAC spoofing stays off by policy: the multicast modes do not need it to change the MAC, but the field report's working configuration had it on; test a live migration before going live.",
      );
    }
    settings.push({
      setting: 'MAC address spoofing on each NLB vNIC',
      value: spoofingNeeded ? 'On (required)' : i.macSpoofingAllowed ? 'On' : 'Off (policy); not required by this mode',
      why: spoofingNeeded
        ? "Unicast NLB replaces the vNIC's MAC; Hyper-V drops frames from a changed MAC unless spoofing is on."
        : 'The working IGMP multicast configuration in the field report had it on for the NLB vNICs; no static MAC on the VM is needed.',
      sources: spoofingNeeded ? [KB, 'ms-nlb-vm-mac-spoofing-2010', 'ms-set-vmnetworkadapter'] : [SEED, 'ms-set-vmnetworkadapter'],
    });
    settings.push({
      setting: 'NLB cluster operation mode (all nodes the same)',
      value: recommendedMode === 'igmp-multicast' ? 'Multicast with IGMP multicast ticked' : recommendedMode === 'multicast' ? 'Multicast' : 'Unicast',
      why: 'Every node of a cluster must use the same mode.',
      sources: [KB],
    });
    settings.push({
      setting: 'Anti-affinity between the NLB guests',
      value: 'One AntiAffinityClassNames value shared by all NLB VM groups',
      why: 'Keeps NLB nodes on different hosts so a drain or failure moves as few of them at once as possible.',
      sources: [SEED],
    });
    const macs = i.clusterIp === undefined ? undefined : nlbClusterMac.compute({ clusterIp: i.clusterIp, hostPriority: 1 });
    if (recommendedMode !== 'unicast') {
      const pattern = recommendedMode === 'igmp-multicast' ? '01-00-5E-7F-Y-Z' : '03-BF-W-X-Y-Z';
      const mac = macs ? (recommendedMode === 'igmp-multicast' ? macs.igmpMulticastMac : macs.multicastMac) : undefined;
      settings.push({
        setting: 'Static ARP entry on the gateway',
        value: `${macs ? macs.clusterIp : 'VIP'} → ${mac ?? pattern} (see the switch configuration calculator)`,
        why: 'Routers do not learn a multicast MAC for a unicast IP on their own.',
        sources: [KB, 'vmware-kb-1006525'],
      });
    }
    if (recommendedMode === 'multicast') {
      settings.push({
        setting: 'Static MAC table entries',
        value: `${i.hosts * i.nicsPerHost} host-facing ports (${i.hosts} hosts × ${i.nicsPerHost} NICs)`,
        why: 'A guest can run on any host, so every port that faces a host must carry the cluster MAC.',
        sources: [KB],
      });
    }
    if (recommendedMode === 'unicast') {
      settings.push({
        setting: 'Separate VLAN for the NLB cluster',
        value: 'Yes',
        why: 'Confines the unicast flood to the ports of that VLAN.',
        sources: [KB],
      });
    }

    const powershell = [
      '# On each Hyper-V host (or once per cluster node owning the VMs):',
      "$nlbVms = 'NLB01', 'NLB02'   # the NLB guests (cluster group = VM name)",
      '$class = New-Object System.Collections.Specialized.StringCollection',
      "[void]$class.Add('NLB-Cluster')",
      'foreach ($vm in $nlbVms) {',
      '    Set-VMNetworkAdapter -VMName $vm -MacAddressSpoofing On',
      '    (Get-ClusterGroup -Name $vm).AntiAffinityClassNames = $class',
      '}',
    ].join('\n');

    return {
      clusterIp: macs ? macs.clusterIp : null,
      recommendedMode,
      viable: chosen.viable,
      reasons,
      modes,
      settings,
      staticMacPortEntries: i.hosts * i.nicsPerHost,
      staticMacEntriesApply: recommendedMode === 'multicast',
      antiAffinityCanSeparateAll,
      powershell,
      warnings,
      assumptions: [
        {
          text: 'Unicast needs a changeable MAC and floods; multicast needs a static ARP entry and static MAC entries on every host-facing port; IGMP multicast needs IGMP snooping.',
          sources: [KB],
        },
        { text: 'In a Hyper-V guest, unicast NLB works only with MAC address spoofing enabled on the vNIC.', sources: ['ms-nlb-vm-mac-spoofing-2010', KB] },
        {
          text: "Teaming and simultaneous-migration rules come from one operator's Windows Server 2012 R2 clusters, not from Microsoft; treat them as field experience.",
          sources: [SEED],
        },
        { text: 'Preference when several modes fit: IGMP multicast, then multicast, then unicast.', sources: [KB, SEED] },
      ],
    };
  },
});
