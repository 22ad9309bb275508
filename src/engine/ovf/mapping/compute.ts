/** Processor count and memory size from the processor and memory Items (sources: dmtf-cim-schema, dmtf-dsp0004, dmtf-dsp0243). */
import { MiB } from '../../units.ts';
import { parseAllocationUnits } from '../allocation-units.ts';
import { ResourceType } from '../cim.ts';
import { parseDecimal } from '../decimal.ts';
import type { RawItem } from '../read-descriptor.ts';
import { itemText, resourceType } from './rasd.ts';
import { finding, type Finding, type Staged } from './types.ts';

/** Virtual processors; 1 (said) when no processor Item can be read. */
export function readProcessors(items: readonly RawItem[]): Staged<number> {
  const cpuItem = items.find((it) => resourceType(it) === ResourceType.processor);
  // oVirt writes sockets × cores instead of VirtualQuantity. Decimal numerals only (xs:unsignedLong): 0x10 is not 16.
  const cpuCount = !cpuItem
    ? NaN
    : itemText(cpuItem, 'VirtualQuantity')
      ? parseDecimal(itemText(cpuItem, 'VirtualQuantity'))
      : parseDecimal(itemText(cpuItem, 'num_of_sockets')) * parseDecimal(itemText(cpuItem, 'cpu_per_socket'));
  if (Number.isInteger(cpuCount) && cpuCount >= 1 && cpuCount <= 1024) return { value: cpuCount, findings: [] };
  return {
    value: 1,
    findings: [finding('warning', `No readable processor Item (ResourceType ${ResourceType.processor}): assuming 1 virtual processor.`, ['dmtf-cim-schema'])],
  };
}

/** Memory in MiB, rounded to 1/1000 MiB; 0 (said) when it cannot be read. */
export function readMemory(items: readonly RawItem[]): Staged<number> {
  const findings: Finding[] = [];
  let memoryMiB = 0;
  const memItem = items.find((it) => resourceType(it) === ResourceType.memory);
  if (memItem) {
    const qty = parseDecimal(itemText(memItem, 'VirtualQuantity'));
    const unitsText = itemText(memItem, 'AllocationUnits');
    const unit = unitsText ? parseAllocationUnits(unitsText) : { base: 'byte' as const, factor: MiB };
    if (!unitsText)
      findings.push(finding('warning', 'The memory Item has no AllocationUnits; reading its quantity as MiB, as most exporters mean.', ['dmtf-dsp0243']));
    if (unit && unit.base === 'byte' && Number.isFinite(qty) && qty > 0) {
      memoryMiB = (qty * unit.factor) / MiB;
    } else {
      findings.push(
        finding(
          'error',
          `Memory units ${JSON.stringify(unitsText.slice(0, 30))} or quantity ${JSON.stringify(itemText(memItem, 'VirtualQuantity').slice(0, 20))} cannot be read as a byte amount.`,
          ['dmtf-dsp0004'],
        ),
      );
    }
  } else {
    findings.push(finding('warning', `No memory Item (ResourceType ${ResourceType.memory}): set the VM memory by hand.`, ['dmtf-cim-schema']));
  }
  if (!Number.isFinite(memoryMiB) || memoryMiB > 2 ** 24) {
    // Said, not silently replaced: 2^24 MiB = 16 TiB, beyond any VM.
    findings.push(finding('error', 'The memory Item asks for more than 16 TiB (2^24 MiB); it cannot be right: set the VM memory by hand.', ['dmtf-dsp0004']));
    memoryMiB = 0;
  }
  return { value: Math.round(memoryMiB * 1000) / 1000, findings };
}
