/**
 * nlb-switch-config against hand-derived lines.
 * MACs: ms-nlb-technical-overview (03-BF-W-X-Y-Z), ms-nlb-igmp + rfc1112
 * (01-00-5E-7F-Y-Z). Line formats: vmware-kb-1006525 (`arp [ip] [cluster
 * multicast mac] ARPA`, static MAC entry listing the host-facing interfaces).
 * Hand conversion of 172.31.1.232: 172 = 0xAC, 31 = 0x1F, 1 = 0x01, 232 = 0xE8.
 * seed-002 printed `arp 172.31.1.232 03bf.bc1f.0164 ARPA`; 0xBC = 188 and
 * 0x64 = 100, so that MAC belongs to 188.31.1.100, not to this VIP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { nlbSwitchConfig, parsePorts } from '../../../src/engine/network/nlb-switch-config.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(nlbSwitchConfig, input);

describe('nlb-switch-config worked examples', () => {
  it("multicast, VIP 172.31.1.232, VLAN 10, Gi1/0/1 (the seed's layout, with the correct MAC)", () => {
    const r = run({ clusterIp: '172.31.1.232', mode: 'multicast', vlanId: 10, ports: 'Gi1/0/1' });
    expect(r.staticArpLine).toBe('arp 172.31.1.232 03bf.ac1f.01e8 ARPA');
    expect(r.staticMacLine).toBe('mac address-table static 03bf.ac1f.01e8 vlan 10 interface Gi1/0/1');
    expect(r.staticArpLine).not.toContain('03bf.bc1f.0164');
  });

  it("the seed's MAC 03bf.bc1f.0164 is the multicast MAC of 188.31.1.100", () => {
    expect(run({ clusterIp: '188.31.1.100', mode: 'multicast', ports: 'Gi1/0/1' }).clusterMacCisco).toBe('03bf.bc1f.0164');
  });

  it('IGMP multicast, VIP 172.31.3.232 (seed-002 PowerConnect example): group 239.255.3.232, MAC 01:00:5e:7f:03:e8', () => {
    const r = run({ clusterIp: '172.31.3.232', mode: 'igmp-multicast', vlanId: 20, ports: 'g1, g2, ch1' });
    expect(r.igmpGroupAddress).toBe('239.255.3.232');
    expect(r.staticArpLine).toBe('arp 172.31.3.232 0100.5e7f.03e8 ARPA');
    expect(r.staticMacLine).toBe('');
    const dell = r.blocks.find((b) => b.id === 'dell')!.text.split('\n');
    expect(dell).toContain('interface vlan 20');
    expect(dell).toContain('bridge multicast address 01:00:5e:7f:03:e8');
    expect(dell).toContain('bridge multicast address 01:00:5e:7f:03:e8 add ethernet g1');
    expect(dell).toContain('bridge multicast address 01:00:5e:7f:03:e8 add port-channel 1');
  });

  it('unicast mode pins nothing (KB 4494444: the remedy for the flood is a VLAN of its own)', () => {
    const r = run({ clusterIp: '10.0.0.100', mode: 'unicast', ports: '' });
    expect(r.staticArpLine).toBe('');
    expect(r.staticMacLine).toBe('');
    expect(r.clusterMacCisco).toBe('02bf.0a00.0064');
    expect(r.blocks.every((b) => b.text.split('\n').every((l) => l.startsWith('!')))).toBe(true);
  });
});

describe('nlb-switch-config refuses bad input by field', () => {
  it.each([
    [{ clusterIp: '239.255.1.1' }, 'clusterIp'],
    [{ clusterIp: '10.0.0.300' }, 'clusterIp'],
    [{ ports: 'Gi1/0/1; rm -rf' }, 'ports'],
    [{ mode: 'multicast', ports: '' }, 'ports'],
    [{ vlanId: 4095 }, 'vlanId'],
    [{ vlanId: 0 }, 'vlanId'],
  ])('%j → %s', (input, field) => {
    const outcome = evaluate(nlbSwitchConfig, input);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.field)).toContain(field);
  });

  it('parses port lists with spaces and port channels', () => {
    expect(parsePorts('Gi1/0/1,  GigabitEthernet 1/0/2 ; Po3').ports).toEqual(['Gi1/0/1', 'GigabitEthernet 1/0/2', 'Po3']);
  });
});

describe('nlb-switch-config properties', () => {
  const octet = fc.integer({ min: 0, max: 255 });
  const vip = fc.tuple(
    fc.integer({ min: 1, max: 223 }).filter((a) => a !== 127),
    octet,
    octet,
    octet,
  );
  const hex = (n: number) => n.toString(16).padStart(2, '0');

  it('every line names the MAC derived from the VIP, the VLAN and every port', () => {
    fc.assert(
      fc.property(vip, fc.integer({ min: 1, max: 4094 }), fc.integer({ min: 1, max: 8 }), ([w, x, y, z], vlanId, n) => {
        const ports = Array.from({ length: n }, (_, k) => `Gi1/0/${k + 1}`);
        const r = run({ clusterIp: `${w}.${x}.${y}.${z}`, mode: 'multicast', vlanId, ports: ports.join(', ') });
        const mac = `03bf.${hex(w)}${hex(x)}.${hex(y)}${hex(z)}`;
        expect(r.staticArpLine).toBe(`arp ${w}.${x}.${y}.${z} ${mac} ARPA`);
        expect(r.staticMacLine).toBe(`mac address-table static ${mac} vlan ${vlanId} interface ${ports.join(' ')}`);
        const igmp = run({ clusterIp: `${w}.${x}.${y}.${z}`, mode: 'igmp-multicast', vlanId, ports: ports.join(',') });
        expect(igmp.clusterMacColon).toBe(`01:00:5e:7f:${hex(y)}:${hex(z)}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('nlb-switch-config Dell lines never reuse Cisco port names', () => {
  it('Cisco-named ports become placeholders in the PowerConnect block, with a note and a warning', () => {
    const r = run({ clusterIp: '172.31.3.232', mode: 'igmp-multicast', vlanId: 20, ports: 'Gi1/0/1, TenGigabitEthernet1/1/2, Po3' });
    const dell = r.blocks.find((b) => b.id === 'dell')!.text.split('\n');
    expect(dell).toContain('bridge multicast address 01:00:5e:7f:03:e8 add ethernet <PowerConnect port facing the host on Gi1/0/1>');
    expect(dell).toContain('bridge multicast address 01:00:5e:7f:03:e8 add ethernet <PowerConnect port facing the host on TenGigabitEthernet1/1/2>');
    // A port channel is "port-channel N" on both CLIs.
    expect(dell).toContain('bridge multicast address 01:00:5e:7f:03:e8 add port-channel 3');
    expect(dell.filter((l) => !l.startsWith('!')).join('\n')).not.toMatch(/ethernet Gi|ethernet Te/);
    expect(dell[1]).toMatch(/^! Gi1\/0\/1, TenGigabitEthernet1\/1\/2: Cisco port names/);
    expect(r.warnings.some((w) => w.includes('placeholders for Gi1/0/1, TenGigabitEthernet1/1/2'))).toBe(true);
    // The Cisco block keeps the names as given.
    expect(r.blocks.find((b) => b.id === 'cisco')!.text).not.toContain('<');
  });

  it('PowerConnect-named ports need no placeholder or warning', () => {
    const r = run({ clusterIp: '172.31.3.232', mode: 'igmp-multicast', vlanId: 20, ports: 'g1, ch1' });
    expect(r.blocks.find((b) => b.id === 'dell')!.text).not.toContain('<');
    expect(r.warnings.some((w) => w.includes('placeholders'))).toBe(false);
  });
});
