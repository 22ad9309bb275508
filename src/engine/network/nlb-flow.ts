/**
 * The three NLB calculators as one flow: the VIP's MACs (nlb-cluster-mac),
 * the operation mode (nlb-mode-advisor), then the switch lines
 * (nlb-switch-config). Each step links to the next and back, carrying the
 * values the other step needs in its query, in the URL-state format the
 * target's schema reads (url-state.ts), so the page opens filled in.
 *
 * Links are relative (`../<page>/?…`): the three pages share one folder, and a
 * relative link survives the site being served under a base path.
 *
 * The carried fields (clusterIp, mode) are a string and an enum, whose URL
 * text is the value itself, so this module needs none of the other models'
 * code: a page still ships only its own model. The tests read every link back
 * with the target model's readModelScenario.
 */
import type { NlbMode } from './nlb-mode-advisor.ts';

/** The article slug (under networking/) of each step; calculator-homes.ts lists the same pages. */
export const nlbFlowPages = {
  'nlb-cluster-mac': 'nlb-cluster-mac',
  'nlb-mode-advisor': 'nlb-operation-modes',
  'nlb-switch-config': 'nlb-switch-configuration',
} as const;

export interface FlowLink {
  /** Relative href with the carried values in its query. */
  href: string;
  /** Link text that says where it goes and what it carries. */
  text: string;
}

/**
 * A query that sets exactly these fields (defaults included, so the target
 * page's own starting values cannot override what the link carries).
 */
function query(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const href = (page: keyof typeof nlbFlowPages, values: Record<string, string | undefined>): string => `../${nlbFlowPages[page]}/${query(values)}`;

const modeName: Record<NlbMode, string> = { unicast: 'unicast', multicast: 'multicast', 'igmp-multicast': 'IGMP multicast' };

/** From the MACs of a VIP to the mode advice. */
export function macToModeAdvisor(clusterIp: string): FlowLink {
  return { href: href('nlb-mode-advisor', { clusterIp }), text: `Next step: choose the operation mode for ${clusterIp}` };
}

/** From the MACs of a VIP straight to the switch lines, for a reader who knows the mode. */
export function macToSwitchConfig(clusterIp: string): FlowLink {
  return { href: href('nlb-switch-config', { clusterIp }), text: `Or go straight to the switch configuration for ${clusterIp}` };
}

/** From the mode advice to the switch lines for the recommended mode (and the VIP, when given). */
export function modeAdvisorToSwitchConfig(mode: NlbMode, clusterIp: string | undefined): FlowLink {
  return {
    href: href('nlb-switch-config', { clusterIp, mode }),
    text: `Next step: the switch configuration for ${modeName[mode]} mode${clusterIp ? ` and ${clusterIp}` : ''}`,
  };
}

/** Back from the mode advice to the VIP's MACs. */
export function modeAdvisorToMac(clusterIp: string | undefined): FlowLink {
  return { href: href('nlb-cluster-mac', { clusterIp }), text: `Back: the MAC addresses of ${clusterIp ?? 'a cluster IP'}` };
}

/** Back from the switch lines to the mode advice, carrying the VIP. */
export function switchConfigToModeAdvisor(clusterIp: string): FlowLink {
  return { href: href('nlb-mode-advisor', { clusterIp }), text: `Back: which mode suits ${clusterIp} on Hyper-V` };
}

/** Back from the switch lines to the VIP's MACs. */
export function switchConfigToMac(clusterIp: string): FlowLink {
  return { href: href('nlb-cluster-mac', { clusterIp }), text: `Back: every MAC address of ${clusterIp}` };
}
