/**
 * nlb-cluster-mac against Microsoft's derivation rules, with every expected
 * address converted from the VIP by hand (decimal octet → two hex digits):
 *
 * - ms-nlb-technical-overview: unicast 02-BF-W-X-Y-Z, multicast 03-BF-W-X-Y-Z,
 *   masked source 02-h-W-X-Y-Z (its own example: cluster IP 1.2.3.4 gives
 *   unicast 02-BF-01-02-03-04 and multicast 03-BF-01-02-03-04).
 * - ms-nlb-igmp + rfc1112: IGMP group 239.255.Y.Z, MAC 01-00-5E + low 23 bits
 *   of the group = 01-00-5E-7F-Y-Z.
 * - seed-002: VIP 172.31.3.232 joins 239.255.3.232 (the seed's own switch example).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { nlbClusterMac } from '../../../src/engine/network/nlb-cluster-mac.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(nlbClusterMac, input);

describe('nlb-cluster-mac worked examples', () => {
  it('reproduces the technical overview example for cluster IP 1.2.3.4', () => {
    const r = run({ clusterIp: '1.2.3.4' });
    expect(r.unicastMac).toBe('02-BF-01-02-03-04');
    expect(r.multicastMac).toBe('03-BF-01-02-03-04');
  });

  it('converts 172.31.1.232 (AC 1F 01 E8) for all modes and Cisco notation', () => {
    const r = run({ clusterIp: '172.31.1.232', hostPriority: 2 });
    expect(r.unicastMac).toBe('02-BF-AC-1F-01-E8');
    expect(r.multicastMac).toBe('03-BF-AC-1F-01-E8');
    expect(r.multicastMacCisco).toBe('03bf.ac1f.01e8');
    expect(r.igmpMulticastMac).toBe('01-00-5E-7F-01-E8');
    expect(r.igmpMulticastMacCisco).toBe('0100.5e7f.01e8');
    expect(r.igmpGroupAddress).toBe('239.255.1.232');
    expect(r.hostSourceMac).toBe('02-02-AC-1F-01-E8');
    expect(r.hostSourceMacCisco).toBe('0202.ac1f.01e8');
  });

  it('shows the seed 002 Cisco line used the MAC of another address', () => {
    // The seed paired VIP 172.31.1.232 with 03bf.bc1f.0164; BC 1F 01 64 is 188.31.1.100.
    expect(run({ clusterIp: '172.31.1.232' }).multicastMacCisco).not.toBe('03bf.bc1f.0164');
    expect(run({ clusterIp: '188.31.1.100' }).multicastMacCisco).toBe('03bf.bc1f.0164');
  });

  it('matches the seed 002 IGMP group for VIP 172.31.3.232', () => {
    expect(run({ clusterIp: '172.31.3.232' }).igmpGroupAddress).toBe('239.255.3.232');
  });

  it('writes host priority 32 as hex 20 in the masked source MAC', () => {
    expect(run({ clusterIp: '10.0.0.1', hostPriority: 32 }).hostSourceMac).toBe('02-20-0A-00-00-01');
  });
});

describe('nlb-cluster-mac refuses what is not a cluster IP, naming clusterIp', () => {
  it.each([
    ['10.0.0.300', 'octet above 255'],
    ['10.0.0', 'three octets'],
    ['10.0.0.1.5', 'five octets'],
    ['010.0.0.1', 'leading zero (octal in some tools)'],
    ['ten.0.0.1', 'not a number'],
    ['', 'empty'],
    ['239.255.1.1', 'a multicast group'],
    ['127.0.0.1', 'loopback'],
    ['0.1.2.3', '0.0.0.0/8'],
    ['255.255.255.255', 'broadcast'],
  ])('%s (%s)', (clusterIp) => {
    const outcome = evaluate(nlbClusterMac, { clusterIp });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.field)).toEqual(['clusterIp']);
  });

  it('refuses host priority outside 1–32', () => {
    for (const hostPriority of [0, 33, 1.5]) {
      const outcome = evaluate(nlbClusterMac, { hostPriority });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.issues[0]?.field).toBe('hostPriority');
    }
  });
});

describe('nlb-cluster-mac properties', () => {
  const unicastOctet = fc.integer({ min: 1, max: 223 }).filter((a) => a !== 127);
  const octet = fc.integer({ min: 0, max: 255 });
  const vip = fc.tuple(unicastOctet, octet, octet, octet);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');

  it('every address ends in the VIP octets it was derived from', () => {
    fc.assert(
      fc.property(vip, ([w, x, y, z]) => {
        const r = run({ clusterIp: `${w}.${x}.${y}.${z}` });
        const tail4 = [w, x, y, z].map(hex).join('-');
        expect(r.unicastMac).toBe(`02-BF-${tail4}`);
        expect(r.multicastMac).toBe(`03-BF-${tail4}`);
        expect(r.igmpMulticastMac).toBe(`01-00-5E-7F-${hex(y)}-${hex(z)}`);
        // The multicast MAC is the unicast one with the group bit (0x01) of the first byte set.
        expect(parseInt(r.multicastMac.slice(0, 2), 16)).toBe(parseInt(r.unicastMac.slice(0, 2), 16) | 1);
      }),
      { numRuns: 500 },
    );
  });

  it('Cisco notation carries the same 48 bits as Windows notation', () => {
    fc.assert(
      fc.property(vip, ([w, x, y, z]) => {
        const r = run({ clusterIp: `${w}.${x}.${y}.${z}` });
        for (const row of r.rows) {
          expect(row.cisco.replaceAll('.', '').toUpperCase()).toBe(row.windows.replaceAll('-', ''));
          expect(row.colon.toUpperCase()).toBe(row.windows.replaceAll('-', ':'));
        }
      }),
      { numRuns: 300 },
    );
  });
});
