/** Reading one OVF Item's RASD properties (DSP0243 Items carry CIM_ResourceAllocationSettingData elements). */
import type { RawItem } from '../read-descriptor.ts';

/** The Item's first value of a property, trimmed; '' when absent. */
export function itemText(item: RawItem, prop: string): string {
  return (item.props[prop]?.[0] ?? '').trim();
}

/** The Item's ResourceType number (see cim.ts); -1 when it has none readable. */
export function resourceType(item: RawItem): number {
  const text = itemText(item, 'ResourceType');
  // Number('') is 0: an Item without a readable ResourceType must not pass for "Other" (0).
  return /^\d{1,5}$/.test(text) ? Number(text) : -1;
}
