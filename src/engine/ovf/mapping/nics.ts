/** Network adapters (Ethernet adapter Items) and their networks (sources: dmtf-dsp0243, ms-hyperv-generation-1-or-2, ms-set-vmnetworkadapter). */
import { ResourceType } from '../cim.ts';
import type { RawItem } from '../read-descriptor.ts';
import { itemText, resourceType } from './rasd.ts';
import { finding, GEN, type Finding, type InspectNic, type Staged } from './types.ts';

/** `networks` is the NetworkSection's list (empty when the descriptor has none). */
export function readNics(items: readonly RawItem[], networks: readonly string[]): Staged<InspectNic[]> {
  const nics: InspectNic[] = items
    .filter((it) => resourceType(it) === ResourceType.ethernetAdapter)
    .map((it) => ({
      // Only rasd:Connection names a network (DSP0243); an adapter's label is not one.
      network: itemText(it, 'Connection'),
      adapterType: itemText(it, 'ResourceSubType') || 'unspecified',
      macAddress: itemText(it, 'Address'),
      hyperVAdapter: 'synthetic' as const,
    }));
  const findings: Finding[] = [];
  if (nics.length === 0) {
    findings.push(
      finding(
        'info',
        `No network adapter was read (no readable Item with ResourceType ${ResourceType.ethernetAdapter}): the VM is created without one; add it with Add-VMNetworkAdapter.`,
        [GEN],
      ),
    );
  }
  const unnamed = nics.filter((n) => !n.network).length;
  if (unnamed > 0) {
    findings.push(
      finding(
        'warning',
        `${unnamed} network adapter(s) name no network (empty rasd:Connection): the plan leaves the placeholder '<virtual switch>' for you to replace with a switch name.`,
        ['dmtf-dsp0243'],
      ),
    );
  }
  if (nics.length > 0) {
    const types = [...new Set(nics.map((n) => n.adapterType))].join(', ');
    findings.push(
      finding('info', `Network adapters (${types}) become Hyper-V synthetic adapters; add a legacy adapter only to PXE-boot a Generation 1 VM.`, [GEN]),
    );
    if (nics.some((n) => n.macAddress)) {
      findings.push(
        finding(
          'info',
          'The descriptor fixes MAC addresses; Hyper-V assigns new ones unless you set them static (Set-VMNetworkAdapter -StaticMacAddress). Guests that bind configuration or licences to a MAC will notice.',
          ['ms-set-vmnetworkadapter'],
        ),
      );
    }
    const unknownNets = nics.filter((n) => networks.length > 0 && n.network && !networks.includes(n.network));
    if (unknownNets.length > 0)
      findings.push(
        finding('warning', `NIC network(s) ${unknownNets.map((n) => n.network).join(', ')} are not listed in the NetworkSection.`, ['dmtf-dsp0243']),
      );
  }
  return { value: nics, findings };
}
