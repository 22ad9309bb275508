/**
 * Cluster network renaming script.
 *
 * A failover cluster names the networks it finds "Cluster Network 1, 2, …";
 * each is identified by its subnet's network address (the host address AND
 * the mask) and mask, and its Name and Role can be assigned through the
 * objects Get-ClusterNetwork returns (ms-get-clusternetwork,
 * failoverclusterdsc-clusternetwork). Given one host address and prefix per
 * network and the name wanted, this computes each network address and writes
 * an idempotent PowerShell script that renames by address, never by the
 * current name (seed-000 uses the same match).
 */
import { defineModel } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { parseIpv4, type Octets } from './ipv4.ts';

const ROLE_VALUES = { unchanged: undefined, none: 0, cluster: 1, 'cluster-and-client': 3 } as const;

export const clusterNetworkNamesSchema = defineSchema({
  networks: {
    kind: 'list',
    label: 'Networks',
    itemLabel: 'Network',
    help: 'One row per cluster network: any node address on it, its prefix length, the name to give it and what the cluster may use it for.',
    maxItems: 64,
    minItems: 1,
    default: [
      { address: '10.10.10.11', prefixLength: 24, name: 'Management', role: 'cluster-and-client' },
      { address: '10.10.20.11', prefixLength: 24, name: 'CSV', role: 'cluster' },
      { address: '10.10.31.11', prefixLength: 23, name: 'LiveMigration', role: 'cluster' },
      { address: '10.10.40.11', prefixLength: 24, name: 'iSCSI', role: 'none' },
    ],
    item: {
      address: {
        kind: 'string',
        label: 'Node address',
        help: 'An IPv4 address of a node on this network (or the network address itself).',
        maxLength: 15,
        default: '10.0.0.1',
      },
      prefixLength: {
        kind: 'number',
        label: 'Prefix',
        help: 'Subnet prefix length, e.g. 24 for 255.255.255.0.',
        unit: 'bits',
        min: 1,
        max: 32,
        integer: true,
        default: 24,
      },
      name: {
        kind: 'string',
        label: 'Name',
        help: 'The cluster network name to set, e.g. the matching host vNIC name.',
        maxLength: 64,
        default: 'Network',
        pattern: { regex: /^[^\s'"`$][^'"`$]*$/, message: 'must not be empty, start with a space, or contain quotes or $' },
      },
      role: {
        kind: 'enum',
        label: 'Role',
        help: 'What the cluster may use the network for; "unchanged" leaves it as it is.',
        default: 'unchanged',
        options: [
          { value: 'unchanged', label: 'leave as is' },
          { value: 'none', label: 'none (0)' },
          { value: 'cluster', label: 'cluster only (1)' },
          { value: 'cluster-and-client', label: 'cluster and client (3)' },
        ],
      },
    },
  },
});

export interface ClusterNetworkRow {
  name: string;
  address: string;
  networkAddress: string;
  addressMask: string;
  prefixLength: number;
  role: string;
}

export interface ClusterNetworkNamesResult {
  rows: ClusterNetworkRow[];
  powershell: string;
  warnings: string[];
  assumptions: { text: string; sources: string[] }[];
}

const maskOctets = (prefix: number): Octets => {
  const bits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [bits >>> 24, (bits >>> 16) & 255, (bits >>> 8) & 255, bits & 255];
};
const dotted = (o: readonly number[]): string => o.join('.');

export const clusterNetworkNames = defineModel({
  id: 'cluster-network-names',
  title: 'Cluster network renaming script',
  summary: 'Network addresses and a repeatable Get-ClusterNetwork script that names each cluster network after what it carries.',
  schema: clusterNetworkNamesSchema,
  check(input): Issue[] {
    const issues: Issue[] = [];
    const names = new Map<string, number>();
    const subnets: { first: number; last: number; label: string; name: string; row: number }[] = [];
    input.networks.forEach((n, i) => {
      const octets = parseIpv4(n.address);
      if (!octets) {
        issues.push({ field: `networks[${i}].address`, message: `${JSON.stringify(n.address.slice(0, 20))} is not a dotted IPv4 address` });
        return;
      }
      const lower = n.name.toLowerCase();
      if (names.has(lower))
        issues.push({
          field: `networks[${i}].name`,
          message: `"${n.name}" is already used in row ${(names.get(lower) ?? 0) + 1}; cluster network names must be unique`,
        });
      names.set(lower, i);
      const network = dotted(octets.map((o, k) => o & (maskOctets(n.prefixLength)[k] ?? 0)));
      const label = `${network}/${n.prefixLength}`;
      const size = 2 ** (32 - n.prefixLength);
      const host = octets.reduce((a, o) => a * 256 + o, 0);
      const first = host - (host % size);
      const last = first + size - 1;
      // Two CIDR blocks overlap only when one contains the other; then one node address lies on both,
      // so the rows cannot describe two separate cluster networks and the script would rename the wrong one.
      const clash = subnets.find((s) => s.first <= last && first <= s.last);
      if (clash)
        issues.push({
          field: `networks[${i}].address`,
          message:
            clash.label === label
              ? `"${n.name}" is on ${label}, the same subnet as "${clash.name}" (row ${clash.row + 1}); each cluster network needs its own subnet`
              : `"${n.name}" (${label}) overlaps "${clash.name}" (${clash.label}, row ${clash.row + 1}); each cluster network needs its own, non-overlapping subnet`,
        });
      subnets.push({ first, last, label, name: n.name, row: i });
    });
    return issues;
  },
  compute(input): ClusterNetworkNamesResult {
    const rows = input.networks.map((n): ClusterNetworkRow => {
      const octets = parseIpv4(n.address) ?? [0, 0, 0, 0];
      const mask = maskOctets(n.prefixLength);
      return {
        name: n.name,
        address: n.address,
        networkAddress: dotted(octets.map((o, k) => o & (mask[k] ?? 0))),
        addressMask: dotted(mask),
        prefixLength: n.prefixLength,
        role: n.role,
      };
    });
    const lines = [
      '# Rename cluster networks by subnet (run on any cluster node). Safe to run again.',
      '$networks = @(',
      ...rows.map((r) => {
        const role = ROLE_VALUES[r.role as keyof typeof ROLE_VALUES];
        return `    @{ Address = '${r.networkAddress}'; Mask = '${r.addressMask}'; Name = '${r.name}'; Role = ${role === undefined ? '$null' : role} }`;
      }),
      ')',
      'foreach ($n in $networks) {',
      '    $network = Get-ClusterNetwork | Where-Object { $_.Address -eq $n.Address -and $_.AddressMask -eq $n.Mask }',
      '    if (-not $network) { Write-Warning "No cluster network on $($n.Address) mask $($n.Mask)"; continue }',
      '    if ($network.Name -ne $n.Name) { $network.Name = $n.Name }',
      '    if ($null -ne $n.Role -and [int]$network.Role -ne $n.Role) { $network.Role = $n.Role }',
      '}',
      'Get-ClusterNetwork | Sort-Object Metric | Format-Table Name, Address, AddressMask, Role, Metric',
    ];
    const warnings: string[] = [];
    const usable = rows.filter((r) => r.role !== 'none');
    if (rows.every((r) => r.role === 'none')) warnings.push('Every network is set to role none: the cluster would have no network for its own traffic.');
    else if (usable.length === 1 && usable[0]?.role !== 'unchanged')
      warnings.push('Only one network may carry cluster traffic: a single failure there isolates the nodes. Give the cluster a second network.');
    return {
      rows,
      powershell: lines.join('\n'),
      warnings,
      assumptions: [
        {
          text: 'A cluster network is identified by its subnet: the node address AND the mask, with the mask written as dotted octets.',
          sources: ['failoverclusterdsc-clusternetwork'],
        },
        { text: 'Assigning to the Name property of a Get-ClusterNetwork object renames the network.', sources: ['ms-get-clusternetwork', 'seed-000'] },
        {
          text: 'Role 0 keeps the cluster off a network (storage networks), 1 allows cluster traffic only, 3 cluster and client traffic.',
          sources: ['failoverclusterdsc-clusternetwork'],
        },
      ],
    };
  },
});
