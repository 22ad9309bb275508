/**
 * The three NLB operation modes and the names NLB Manager gives them
 * (ms-nlb-operation-modes-kb), shared by the mode advisor, the switch
 * configuration model and their islands so a mode is named one way.
 */
import type { EnumOption } from '../schema.ts';

export type NlbMode = 'unicast' | 'multicast' | 'igmp-multicast';

export const nlbModeLabel = {
  unicast: 'Unicast',
  multicast: 'Multicast',
  'igmp-multicast': 'IGMP multicast',
} as const satisfies Record<NlbMode, string>;

/** The modes as enum options, in NLB Manager's order. */
export const nlbModeOptions = (Object.keys(nlbModeLabel) as NlbMode[]).map((value) => ({
  value,
  label: nlbModeLabel[value],
})) satisfies readonly EnumOption[];
