/**
 * nlb-mode-advisor against the rules it cites:
 * - ms-nlb-operation-modes-kb (Microsoft KB 4494444): unicast needs NLB to be
 *   able to change the adapter MAC (on Hyper-V: MAC spoofing) and floods;
 *   multicast needs a static ARP entry and static MAC entries on every port
 *   that faces a hypervisor host; IGMP multicast needs IGMP snooping.
 * - ms-nlb-vm-mac-spoofing-2010: unicast NLB in a Hyper-V guest without MAC
 *   spoofing loses connectivity.
 * - seed-002: unicast only with no teaming or switch-independent teaming on two
 *   separate switches; IGMP multicast survived simultaneous live migration.
 * Expected values below are read off those rules, not from the model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { nlbModeAdvisor } from '../../../src/engine/network/nlb-mode-advisor.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(nlbModeAdvisor, input);
const mode = (r: ReturnType<typeof run>, m: string) => r.modes.find((x) => x.mode === m)!;

describe('nlb-mode-advisor: Microsoft KB 4494444 requirements', () => {
  it('IGMP snooping available → IGMP multicast (KB: "same advantages as multicast" plus automatic configuration)', () => {
    expect(run({}).recommendedMode).toBe('igmp-multicast');
  });

  it('no IGMP snooping → IGMP multicast not viable, named with the KB', () => {
    const r = run({ igmpSnooping: false });
    expect(mode(r, 'igmp-multicast').viable).toBe(false);
    expect(mode(r, 'igmp-multicast').blockers[0]!.sources).toContain('ms-nlb-operation-modes-kb');
    expect(r.recommendedMode).toBe('multicast');
  });

  it('no static ARP and no snooping → neither multicast mode; unicast when teaming allows it', () => {
    const r = run({ igmpSnooping: false, staticArpAllowed: false, teaming: 'none' });
    expect(mode(r, 'multicast').viable).toBe(false);
    expect(r.recommendedMode).toBe('unicast');
    expect(r.viable).toBe(true);
  });

  it('unicast without MAC spoofing is never viable (ms-nlb-vm-mac-spoofing-2010)', () => {
    for (const teaming of ['none', 'switch-independent-separate', 'switch-independent-same', 'lacp']) {
      const r = run({ teaming, macSpoofingAllowed: false });
      expect(mode(r, 'unicast').viable).toBe(false);
      expect(mode(r, 'unicast').blockers.some((b) => b.sources.includes('ms-nlb-vm-mac-spoofing-2010'))).toBe(true);
    }
  });

  it("multicast needs one static MAC entry per host-facing port: 8 hosts × 2 NICs = 16 (the KB's own example)", () => {
    const r = run({ hosts: 8, nicsPerHost: 2, igmpSnooping: false });
    expect(r.staticMacPortEntries).toBe(16);
    expect(r.recommendedMode).toBe('multicast');
    expect(r.settings.some((s) => s.value.startsWith('16 host-facing ports'))).toBe(true);
  });

  it('unicast requires MAC spoofing On and a separate VLAN in its settings', () => {
    const r = run({ igmpSnooping: false, staticArpAllowed: false, teaming: 'switch-independent-separate' });
    expect(r.recommendedMode).toBe('unicast');
    expect(r.settings.find((s) => s.setting.startsWith('MAC address spoofing'))!.value).toBe('On (required)');
    expect(r.settings.some((s) => s.setting.startsWith('Separate VLAN'))).toBe(true);
  });
});

describe('nlb-mode-advisor: seed-002 field rules', () => {
  it.each([
    ['none', true],
    ['switch-independent-separate', true],
    ['switch-independent-same', false],
    ['lacp', false],
  ])('unicast with teaming %s viable: %s', (teaming, viable) => {
    expect(mode(run({ teaming }), 'unicast').viable).toBe(viable);
  });

  it('nothing fits → not viable, warns, and names what to fix', () => {
    const r = run({ igmpSnooping: false, staticArpAllowed: false, macSpoofingAllowed: false });
    expect(r.viable).toBe(false);
    expect(r.warnings.some((w) => w.startsWith('No mode fits'))).toBe(true);
  });

  it('more NLB nodes than hosts: anti-affinity cannot separate them (3 nodes on 2 hosts)', () => {
    expect(run({ nlbNodes: 3, hosts: 2 }).antiAffinityCanSeparateAll).toBe(false);
    expect(run({ nlbNodes: 2, hosts: 2 }).antiAffinityCanSeparateAll).toBe(true);
  });
});

describe('nlb-mode-advisor properties', () => {
  const input = fc.record({
    teaming: fc.constantFrom('none', 'switch-independent-separate', 'switch-independent-same', 'lacp'),
    igmpSnooping: fc.boolean(),
    staticArpAllowed: fc.boolean(),
    staticMacAllowed: fc.boolean(),
    macSpoofingAllowed: fc.boolean(),
    simultaneousMigrations: fc.boolean(),
    hosts: fc.integer({ min: 1, max: 64 }),
    nicsPerHost: fc.integer({ min: 1, max: 16 }),
    nlbNodes: fc.integer({ min: 2, max: 32 }),
  });

  it('recommends a viable mode whenever one exists, and the most preferred one', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = run(i);
        const viable = r.modes.filter((m) => m.viable).map((m) => m.mode);
        expect(r.viable).toBe(viable.length > 0);
        if (viable.length > 0) {
          const order = ['igmp-multicast', 'multicast', 'unicast'];
          expect(r.recommendedMode).toBe(order.find((m) => viable.includes(m as never)));
        }
        // Every reason and risk is cited.
        for (const x of [...r.reasons, ...r.modes.flatMap((m) => [...m.blockers, ...m.risks])]) expect(x.sources.length).toBeGreaterThan(0);
        expect(r.staticMacPortEntries).toBe(i.hosts * i.nicsPerHost);
      }),
      { numRuns: 400 },
    );
  });

  it('enabling a capability never makes the recommendation less preferred', () => {
    const rank = (m: string) => ['igmp-multicast', 'multicast', 'unicast'].indexOf(m);
    fc.assert(
      fc.property(input, fc.constantFrom('igmpSnooping', 'staticArpAllowed'), (i, flag) => {
        const off = run({ ...i, [flag]: false });
        const on = run({ ...i, [flag]: true });
        if (off.viable) expect(rank(on.recommendedMode)).toBeLessThanOrEqual(rank(off.recommendedMode));
      }),
      { numRuns: 300 },
    );
  });
});

describe('nlb-mode-advisor: the VIP and where static MAC entries apply (ms-nlb-operation-modes-kb)', () => {
  it('static MAC table entries apply only when plain multicast is recommended', () => {
    // KB 4494444: multicast needs static MAC entries on the host-facing ports; IGMP multicast lets snooping learn
    // the ports; unicast shares one MAC that the switch floods, so there is nothing to pin.
    expect(run({}).recommendedMode).toBe('igmp-multicast');
    expect(run({}).staticMacEntriesApply).toBe(false);
    const multicast = run({ igmpSnooping: false, hosts: 4, nicsPerHost: 2 });
    expect(multicast.recommendedMode).toBe('multicast');
    expect(multicast.staticMacEntriesApply).toBe(true);
    expect(multicast.staticMacPortEntries).toBe(8); // 4 hosts × 2 NICs
    const unicast = run({ igmpSnooping: false, staticArpAllowed: false, teaming: 'none' });
    expect(unicast.recommendedMode).toBe('unicast');
    expect(unicast.staticMacEntriesApply).toBe(false);
  });

  it('with a VIP, the static ARP setting names its actual MAC (172.31.1.232 → AC 1F 01 E8)', () => {
    const igmp = run({ clusterIp: '172.31.1.232' });
    expect(igmp.clusterIp).toBe('172.31.1.232');
    expect(igmp.settings.find((s) => s.setting === 'Static ARP entry on the gateway')?.value).toMatch(/^172\.31\.1\.232 → 01-00-5E-7F-01-E8 /);
    const multicast = run({ clusterIp: '172.31.1.232', igmpSnooping: false });
    expect(multicast.settings.find((s) => s.setting === 'Static ARP entry on the gateway')?.value).toMatch(/^172\.31\.1\.232 → 03-BF-AC-1F-01-E8 /);
    expect(run({}).settings.find((s) => s.setting === 'Static ARP entry on the gateway')?.value).toMatch(/^VIP → 01-00-5E-7F-Y-Z /);
  });

  it('refuses a VIP that is not a dotted IPv4 address, naming the field', () => {
    const outcome = evaluate(nlbModeAdvisor, { clusterIp: '10.0.0.300' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.field)).toEqual(['clusterIp']);
  });
});
