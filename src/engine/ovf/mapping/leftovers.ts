/**
 * What Hyper-V will not carry over, and everything else the mapping did not
 * use, so nothing is dropped silently: devices Hyper-V does not offer (the
 * device lists of ms-hyperv-generation-1-or-2: no USB controller, no sound
 * card, Gen 2 no floppy), Items of no mapped ResourceType, vendor settings,
 * and sections Hyper-V has no use for (sources: dmtf-dsp0243, dmtf-cim-schema).
 */
import { ResourceType } from '../cim.ts';
import type { RawItem, RawSystem } from '../read-descriptor.ts';
import { itemText, resourceType } from './rasd.ts';
import { finding, GEN, type Finding, type Generation, type InspectController, type Staged } from './types.ts';

/**
 * ResourceTypes this mapping reads or reports by name. "Other" and "other
 * storage device" count only as controllers or the VMCI device.
 */
const MAPPED_RESOURCE_TYPES: ReadonlySet<number> = new Set([
  ResourceType.processor,
  ResourceType.memory,
  ResourceType.ideController,
  ResourceType.parallelScsiHba,
  ResourceType.fcHba,
  ResourceType.iscsiHba,
  ResourceType.ethernetAdapter,
  ResourceType.floppyDrive,
  ResourceType.cdDrive,
  ResourceType.dvdDrive,
  ResourceType.diskDrive,
  ResourceType.storageExtent,
  ResourceType.serialPort,
  ResourceType.parallelPort,
  ResourceType.usbController,
  ResourceType.graphicsController,
  ResourceType.logicalDisk,
  ResourceType.soundCard,
]);

/** Devices in the Items that a Hyper-V VM of this generation does not offer, described for the reader. */
function droppedDevices(items: readonly RawItem[], generation: Generation): string[] {
  const dropped: string[] = [];
  for (const it of items) {
    const rt = resourceType(it);
    const sub = itemText(it, 'ResourceSubType').toLowerCase();
    const name = itemText(it, 'ElementName') || sub || `ResourceType ${rt}`;
    if (rt === ResourceType.usbController) dropped.push(`USB controller (${name})`);
    else if (rt === ResourceType.soundCard || /sound|audio|hdaudio|ensoniq|sb16|ac97/.test(sub)) dropped.push(`sound card (${name})`);
    else if (/vmci/.test(sub)) dropped.push(`VMCI device (${name})`);
    else if (rt === ResourceType.graphicsController) dropped.push(`video card settings (${name}); Hyper-V supplies its own display adapter`);
    else if (rt === ResourceType.parallelPort) dropped.push(`parallel port (${name})`);
    else if (rt === ResourceType.floppyDrive && generation === 2) dropped.push(`floppy drive (${name}); Generation 2 has none`);
    else if (rt === ResourceType.serialPort && generation === 2) dropped.push(`serial port (${name}); add a COM port with Set-VMComPort if needed`);
  }
  return dropped;
}

/** Everything else is reported, never dropped silently: an Item with a garbled namespace has no readable ResourceType. */
function unmappedItemFindings(items: readonly RawItem[], controllers: readonly InspectController[]): Finding[] {
  const controllerIds = new Set(controllers.map((c) => c.instanceId));
  const unmapped = items.filter((it) => {
    const rt = resourceType(it);
    if (MAPPED_RESOURCE_TYPES.has(rt)) return false;
    const otherKind = rt === ResourceType.other || rt === ResourceType.otherStorageDevice;
    if (otherKind && (controllerIds.has(itemText(it, 'InstanceID')) || /vmci/.test(itemText(it, 'ResourceSubType').toLowerCase()))) return false;
    return true;
  });
  if (unmapped.length === 0) return [];
  const describe = (it: RawItem): string => {
    const name = itemText(it, 'ElementName') || itemText(it, 'InstanceID') || 'unnamed';
    const rt = resourceType(it);
    if (rt >= 0) return `"${name}" (ResourceType ${rt})`;
    const where =
      it.unreadNamespaces.length > 0 ? `; its properties are in namespace ${it.unreadNamespaces.slice(0, 2).join(', ')}, not the CIM RASD namespace` : '';
    return `an Item with no readable ResourceType${where}`;
  };
  return [
    finding(
      'warning',
      `Items not mapped to Hyper-V (check whether the VM needs them): ${unmapped.slice(0, 6).map(describe).join('; ')}${unmapped.length > 6 ? '; …' : ''}.`,
      ['dmtf-dsp0243', 'dmtf-cim-schema'],
    ),
  ];
}

/** What Hyper-V drops (the value) and the findings on it and on the sections left unused. */
export function readLeftovers(sys: RawSystem, items: readonly RawItem[], generation: Generation, controllers: readonly InspectController[]): Staged<string[]> {
  const dropped = droppedDevices(items, generation);
  const findings = unmappedItemFindings(items, controllers);
  const extra = sys.vendorConfig.filter((c) => c.key.toLowerCase() !== 'firmware');
  if (extra.length > 0) {
    const keys = extra
      .slice(0, 5)
      .map((c) => c.key)
      .join(', ');
    dropped.push(`${extra.length} VMware vmw:Config/ExtraConfig setting(s) (${keys}${extra.length > 5 ? ', …' : ''})`);
  }
  if (sys.hasVboxMachine) dropped.push('the VirtualBox machine settings block (vbox:Machine)');
  if (dropped.length > 0) {
    findings.push(finding('warning', `Hyper-V will drop: ${dropped.join('; ')}.`, [GEN]));
  }
  if (sys.productProperties > 0) {
    findings.push(
      finding(
        'warning',
        `The appliance defines ${sys.productProperties} OVF properties (ProductSection) that VMware hands to the guest at first boot; Hyper-V has no OVF environment, so set them inside the guest or the appliance may start unconfigured.`,
        ['dmtf-dsp0243'],
      ),
    );
  }
  if (sys.eula) findings.push(finding('info', 'The package carries a licence agreement (EulaSection): read it before deploying.', ['dmtf-dsp0243']));
  if (sys.hardwareSections > 1)
    findings.push(finding('info', `The system has ${sys.hardwareSections} VirtualHardwareSections; the first was read.`, ['dmtf-dsp0243']));
  const otherSections = [...new Set(sys.otherSections)];
  if (otherSections.length > 0) findings.push(finding('info', `Sections not used by Hyper-V: ${otherSections.slice(0, 6).join(', ')}.`, ['dmtf-dsp0243']));
  return { value: dropped, findings };
}
