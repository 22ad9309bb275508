/**
 * The hardware Items that make up one deployment option (DSP0243 §9.8,
 * DeploymentOptionSection; source: dmtf-dsp0243):
 *  - an Item without ovf:configuration applies to every configuration; one
 *    with it applies only to the configurations it names;
 *  - ovf:bound="min"/"max" Items describe a range, not the deployed value;
 *  - Items that refer to the same InstanceID are combined into one: each
 *    child element is taken from the latest Item (in document order) that
 *    has it, so a later Item overrides an earlier one element by element.
 * DSP0243 also requires Items sharing an InstanceID to agree on
 * ResourceType; where they do not (oVirt repeats a placeholder InstanceID on
 * unrelated devices) they are kept apart and reported.
 */
import type { RawItem } from './read-descriptor.ts';

export interface SelectedItems {
  items: RawItem[];
  /** InstanceIDs reused by Items of different ResourceTypes. */
  conflictingIds: string[];
}

const firstValue = (item: RawItem, prop: string): string => (item.props[prop]?.[0] ?? '').trim();

export function selectItems(all: RawItem[], option: string | undefined): SelectedItems {
  const applicable = all.filter((it) => {
    if (it.bound && it.bound !== 'normal') return false;
    if (!it.configurations) return true;
    return option !== undefined && it.configurations.includes(option);
  });
  const items: RawItem[] = [];
  const combinedAt = new Map<string, number>();
  const conflicting = new Set<string>();
  for (const it of applicable) {
    const id = firstValue(it, 'InstanceID');
    const key = `${id}\u0000${firstValue(it, 'ResourceType')}`;
    const at = id ? combinedAt.get(key) : undefined;
    const earlier = at === undefined ? undefined : items[at];
    if (at !== undefined && earlier) {
      items[at] = {
        ...it,
        props: Object.assign(Object.create(null) as Record<string, string[]>, earlier.props, it.props),
        vendorConfig: [...earlier.vendorConfig, ...it.vendorConfig],
      };
      continue;
    }
    if (id && items.some((other) => firstValue(other, 'InstanceID') === id)) conflicting.add(id);
    if (id) combinedAt.set(key, items.length);
    items.push(it);
  }
  return { items, conflictingIds: [...conflicting] };
}
