/**
 * cluster-network-names against the worked example in the cluster network
 * article (networking/cluster-network-names), whose subnet arithmetic is done
 * by hand there: 10.10.31.11/23 → 31 AND 254 = 30 → network 10.10.30.0, mask
 * 255.255.254.0. Roles 0/1/3 from failoverclusterdsc-clusternetwork.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { clusterNetworkNames } from '../../../src/engine/network/cluster-network-names.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(clusterNetworkNames, input);

describe('cluster-network-names', () => {
  it('computes the article example, including the /23 live-migration network', () => {
    const r = run({});
    expect(r.rows.map((x) => `${x.name}=${x.networkAddress}/${x.addressMask}`)).toEqual([
      'Management=10.10.10.0/255.255.255.0',
      'CSV=10.10.20.0/255.255.255.0',
      'LiveMigration=10.10.30.0/255.255.254.0',
      'iSCSI=10.10.40.0/255.255.255.0',
    ]);
    expect(r.powershell).toContain("@{ Address = '10.10.30.0'; Mask = '255.255.254.0'; Name = 'LiveMigration'; Role = 1 }");
    expect(r.powershell).toContain("Name = 'iSCSI'; Role = 0 }");
    expect(r.powershell).toContain("Name = 'Management'; Role = 3 }");
  });

  it('handles the edge prefixes by hand: /32 keeps the address, /1 keeps only the top bit', () => {
    // Two runs: 128.0.0.0/1 covers 192.168.7.9, so the two rows together would overlap.
    const host = run({ networks: [{ address: '192.168.7.9', prefixLength: 32, name: 'Host' }] });
    expect(host.rows[0]?.networkAddress).toBe('192.168.7.9');
    expect(host.rows[0]?.addressMask).toBe('255.255.255.255');
    const half = run({ networks: [{ address: '200.1.2.3', prefixLength: 1, name: 'Half' }] });
    // 200 = 1100 1000; AND 1000 0000 = 128.
    expect(half.rows[0]?.networkAddress).toBe('128.0.0.0');
    expect(half.rows[0]?.addressMask).toBe('128.0.0.0');
  });

  it('refuses duplicate names, a shared subnet, a bad address and a quote in a name, naming the row', () => {
    const outcome = evaluate(clusterNetworkNames, {
      networks: [
        { address: '10.0.0.5', prefixLength: 24, name: 'A' },
        { address: '10.0.0.9', prefixLength: 24, name: 'a' },
        { address: '10.0.0.300', prefixLength: 24, name: 'C' },
        { address: '10.0.9.1', prefixLength: 24, name: "D'; Remove-Item" },
      ],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const fields = outcome.issues.map((i) => i.field);
    expect(fields).toContain('networks[3].name');
  });

  it('names the rows of a duplicate and a shared subnet', () => {
    const outcome = evaluate(clusterNetworkNames, {
      networks: [
        { address: '10.0.0.5', prefixLength: 24, name: 'A' },
        { address: '10.0.0.9', prefixLength: 24, name: 'a' },
        { address: '10.0.0.300', prefixLength: 24, name: 'C' },
      ],
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.field).sort()).toEqual(['networks[1].address', 'networks[1].name', 'networks[2].address']);
  });

  it('the network address is always inside the subnet and has no host bits (property)', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(fc.tuple(octet, octet, octet, octet), fc.integer({ min: 1, max: 32 }), (o, prefix) => {
        const r = run({ networks: [{ address: o.join('.'), prefixLength: prefix, name: 'N' }] });
        const net = (r.rows[0]?.networkAddress ?? '').split('.').map(Number);
        const mask = (r.rows[0]?.addressMask ?? '').split('.').map(Number);
        const toInt = (x: number[]) => x.reduce((a, b) => a * 256 + b, 0);
        // Network AND mask = network (no host bits); address AND mask = network.
        expect(net.map((n, k) => n & (mask[k] ?? 0))).toEqual(net);
        expect(o.map((n, k) => n & (mask[k] ?? 0))).toEqual(net);
        // The mask has exactly `prefix` leading ones: 2^32 − mask = 2^(32 − prefix).
        expect(2 ** 32 - toInt(mask)).toBe(2 ** (32 - prefix));
      }),
      { numRuns: 500 },
    );
  });
});

describe('cluster-network-names overlapping subnets', () => {
  it('refuses a subnet inside another, naming both networks and both subnets', () => {
    // 10.10.30.0/23 covers 10.10.30.0–10.10.31.255, so 10.10.31.0/24 lies inside it.
    const outcome = evaluate(clusterNetworkNames, {
      networks: [
        { address: '10.10.31.11', prefixLength: 23, name: 'LiveMigration' },
        { address: '10.10.31.20', prefixLength: 24, name: 'Backup' },
      ],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]?.field).toBe('networks[1].address');
    expect(outcome.issues[0]?.message).toContain('"Backup" (10.10.31.0/24) overlaps "LiveMigration" (10.10.30.0/23, row 1)');
  });

  it('refuses a wide subnet that covers an earlier narrow one', () => {
    // 10.0.0.0/16 contains 10.0.5.0/24.
    const outcome = evaluate(clusterNetworkNames, {
      networks: [
        { address: '10.0.5.1', prefixLength: 24, name: 'CSV' },
        { address: '10.0.200.1', prefixLength: 16, name: 'Management' },
      ],
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]?.message).toContain('"Management" (10.0.0.0/16) overlaps "CSV" (10.0.5.0/24, row 1)');
  });

  it('accepts neighbouring subnets that only touch: 10.10.30.0/23 ends at .31.255, 10.10.32.0/24 starts after it', () => {
    const outcome = evaluate(clusterNetworkNames, {
      networks: [
        { address: '10.10.31.11', prefixLength: 23, name: 'LiveMigration' },
        { address: '10.10.32.11', prefixLength: 24, name: 'Backup' },
      ],
    });
    expect(outcome.ok).toBe(true);
  });
});
