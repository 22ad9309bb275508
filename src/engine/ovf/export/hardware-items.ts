/**
 * The VirtualHardwareSection's Items as data: processor, memory, the disk
 * controllers, one disk drive per disk and one Ethernet adapter per NIC, each
 * a list of rasd properties with the InstanceID and Parent links filled in
 * (ResourceType values from the CIM value map; source: dmtf-cim-schema). The
 * adapters' ResourceSubType is the card chosen (nic-types.ts).
 *
 * Generation 1 boots from IDE 0:0 and puts the other disks on SCSI;
 * Generation 2 puts every disk on SCSI (LSI Logic SAS, in-box in Windows)
 * (ms-hyperv-generation-1-or-2).
 */
import { ResourceType } from '../cim.ts';
import { NIC_TYPES } from './nic-types.ts';
import type { NicTypeId } from './nic-types.ts';

/** One Item: its rasd property names with their values, in any order (the descriptor sorts them). */
export type RasdItem = [string, string | number][];

export interface HardwareInput {
  cpus: number;
  memoryMiB: number;
  generation: number;
  nics: readonly { network: string }[];
  nicType: NicTypeId;
}

export function hardwareItems(input: HardwareInput, diskCount: number): RasdItem[] {
  const gen2 = input.generation === 2;
  const items: RasdItem[] = [];
  let id = 1;
  items.push([
    ['AllocationUnits', 'hertz * 10^6'],
    ['ElementName', `${input.cpus} virtual CPU(s)`],
    ['InstanceID', id++],
    ['ResourceType', ResourceType.processor],
    ['VirtualQuantity', input.cpus],
  ]);
  items.push([
    ['AllocationUnits', 'byte * 2^20'],
    ['ElementName', `${input.memoryMiB} MiB of memory`],
    ['InstanceID', id++],
    ['ResourceType', ResourceType.memory],
    ['VirtualQuantity', input.memoryMiB],
  ]);
  let ideId: number | undefined;
  if (!gen2 && diskCount > 0) {
    ideId = id++;
    items.push([
      ['Address', 0],
      ['ElementName', 'IDE Controller 0'],
      ['InstanceID', ideId],
      ['ResourceType', ResourceType.ideController],
    ]);
  }
  let scsiId: number | undefined;
  if (gen2 ? diskCount > 0 : diskCount > 1) {
    scsiId = id++;
    items.push([
      ['Address', 0],
      ['ElementName', 'SCSI Controller 0'],
      ['InstanceID', scsiId],
      ['ResourceSubType', gen2 ? 'lsilogicsas' : 'lsilogic'],
      ['ResourceType', ResourceType.parallelScsiHba],
    ]);
  }
  let scsiUnit = 0;
  for (let i = 0; i < diskCount; i++) {
    const onIde = !gen2 && i === 0;
    // SCSI unit 7 is the controller's own id on VMware's bus; skip it.
    if (!onIde && scsiUnit === 7) scsiUnit++;
    const address = onIde ? 0 : scsiUnit++;
    items.push([
      ['AddressOnParent', address],
      ['ElementName', `Hard Disk ${i + 1}`],
      ['HostResource', `ovf:/disk/vmdisk${i + 1}`],
      ['InstanceID', id++],
      ['Parent', (onIde ? ideId : scsiId) ?? 0],
      ['ResourceType', ResourceType.diskDrive],
    ]);
  }
  input.nics.forEach((n, i) => {
    items.push([
      ['AddressOnParent', i + 1],
      ['AutomaticAllocation', 'true'],
      ['Connection', n.network],
      ['ElementName', `Network adapter ${i + 1}`],
      ['InstanceID', id++],
      ['ResourceSubType', NIC_TYPES[input.nicType].resourceSubType],
      ['ResourceType', ResourceType.ethernetAdapter],
    ]);
  });
  return items;
}
