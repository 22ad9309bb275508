/**
 * The NLB flow links (nlb-flow.ts): each carries the VIP (and the mode) in a
 * query the target calculator reads back with its own URL-state reader, and
 * points at the page calculator-homes.ts lists for that calculator.
 * MACs expected below are hand conversions: 172.31.1.232 → AC 1F 01 E8.
 */
import { describe, expect, it } from 'vitest';
import { calculatorHomes } from '../../../src/calculator-homes.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { nlbClusterMac } from '../../../src/engine/network/nlb-cluster-mac.ts';
import {
  macToModeAdvisor,
  macToSwitchConfig,
  modeAdvisorToMac,
  modeAdvisorToSwitchConfig,
  nlbFlowPages,
  switchConfigToMac,
  switchConfigToModeAdvisor,
} from '../../../src/engine/network/nlb-flow.ts';
import { nlbModeAdvisor } from '../../../src/engine/network/nlb-mode-advisor.ts';
import { nlbSwitchConfig } from '../../../src/engine/network/nlb-switch-config.ts';
import { readModelScenario } from '../../../src/engine/url-state.ts';

const search = (href: string): string => href.slice(href.indexOf('?'));
const page = (href: string): string => href.slice(0, href.indexOf('?') === -1 ? undefined : href.indexOf('?'));

describe('nlb flow links', () => {
  it('point at the pages calculator-homes.ts lists for each calculator', () => {
    for (const [model, slug] of Object.entries(nlbFlowPages)) expect(calculatorHomes[model]?.[0]).toBe(`networking/${slug}/`);
  });

  it('MAC page → mode advisor carries the VIP, which the advisor reads back', () => {
    const link = macToModeAdvisor('172.31.1.232');
    expect(page(link.href)).toBe('../nlb-operation-modes/');
    expect(readModelScenario(nlbModeAdvisor, search(link.href))).toEqual({ values: { clusterIp: '172.31.1.232' }, fallbacks: {} });
  });

  it('mode advisor → switch configuration carries the VIP and the recommended mode', () => {
    const link = modeAdvisorToSwitchConfig('multicast', '172.31.1.232');
    expect(page(link.href)).toBe('../nlb-switch-configuration/');
    const read = readModelScenario(nlbSwitchConfig, search(link.href));
    expect(read).toEqual({ values: { clusterIp: '172.31.1.232', mode: 'multicast' }, fallbacks: {} });
    // The switch page then shows the multicast MAC of that VIP: 03-BF-AC-1F-01-E8.
    const outcome = evaluate(nlbSwitchConfig, read.values);
    expect(outcome.ok && outcome.result.clusterMacCisco).toBe('03bf.ac1f.01e8');
  });

  it('without a VIP the advisor still carries the mode, and nothing else', () => {
    expect(modeAdvisorToSwitchConfig('igmp-multicast', undefined).href).toBe('../nlb-switch-configuration/?mode=igmp-multicast');
  });

  it('the back links carry the VIP to the MAC page and the advisor', () => {
    for (const link of [modeAdvisorToMac('10.1.2.3'), switchConfigToMac('10.1.2.3')]) {
      expect(page(link.href)).toBe('../nlb-cluster-mac/');
      expect(readModelScenario(nlbClusterMac, search(link.href)).values).toEqual({ clusterIp: '10.1.2.3' });
    }
    expect(readModelScenario(nlbModeAdvisor, search(switchConfigToModeAdvisor('10.1.2.3').href)).values).toEqual({ clusterIp: '10.1.2.3' });
    expect(readModelScenario(nlbSwitchConfig, search(macToSwitchConfig('10.1.2.3').href)).values).toEqual({ clusterIp: '10.1.2.3' });
  });
});
