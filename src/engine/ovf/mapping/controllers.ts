/** Storage controllers and what carries their disks on Hyper-V (sources: dmtf-cim-schema, ms-hyperv-generation-1-or-2). */
import { ResourceType } from '../cim.ts';
import type { RawItem } from '../read-descriptor.ts';
import { itemText, resourceType } from './rasd.ts';
import { finding, GEN, type ControllerKind, type Finding, type Generation, type InspectController, type Staged } from './types.ts';

/**
 * The controller kind comes from ResourceType (IDE controller, parallel SCSI
 * HBA, FC HBA, iSCSI HBA); the subtype only refines "other storage device"
 * and "other". "virtio lsilogic" on a parallel SCSI HBA is a SCSI
 * controller. An "other storage device" or "other" Item whose subtype names
 * no controller counts only when a drive is attached to it (oVirt writes its
 * video device as 20, other storage device).
 */
function controllerKind(item: RawItem, isParent: boolean): ControllerKind | undefined {
  const rt = resourceType(item);
  const sub = itemText(item, 'ResourceSubType').toLowerCase();
  if (rt === ResourceType.ideController) return 'ide';
  if (rt === ResourceType.parallelScsiHba) return 'scsi';
  if (rt === ResourceType.fcHba) return 'fc';
  if (rt === ResourceType.iscsiHba) return 'iscsi';
  if (rt === ResourceType.otherStorageDevice || rt === ResourceType.other) {
    if (/ahci|sata/.test(sub)) return 'sata';
    if (/nvme/.test(sub)) return 'nvme';
    if (/virtio/.test(sub)) return 'virtio';
    if (/scsi|lsi|buslogic|pvscsi/.test(sub)) return 'scsi';
    return isParent ? 'unknown' : undefined;
  }
  return undefined;
}

export function readControllers(items: readonly RawItem[], generation: Generation): Staged<InspectController[]> {
  const parentIds = new Set(items.filter((it) => itemText(it, 'Parent')).map((it) => itemText(it, 'Parent')));
  const controllers: InspectController[] = [];
  for (const it of items) {
    const kind = controllerKind(it, parentIds.has(itemText(it, 'InstanceID')));
    if (!kind) continue;
    controllers.push({
      instanceId: itemText(it, 'InstanceID'),
      kind,
      subtype: itemText(it, 'ResourceSubType'),
      name: itemText(it, 'ElementName'),
      hyperV: kind === 'ide' && generation === 1 ? 'IDE' : 'SCSI',
    });
  }
  const findings: Finding[] = [];
  const nonIde = controllers.filter((c) => c.kind !== 'ide');
  if (nonIde.length > 0) {
    const kinds = [...new Set(nonIde.map((c) => (c.subtype ? `${c.kind} (${c.subtype})` : c.kind)))].join(', ');
    findings.push(
      finding(
        'info',
        `Controllers ${kinds} become Hyper-V's synthetic SCSI controller; the guest needs the Hyper-V storage driver (storvsc) instead of the vendor one.`,
        [GEN, 'ms-linux-freebsd-vms-on-hyperv'],
      ),
    );
  }
  if (generation === 2 && controllers.some((c) => c.kind === 'ide')) {
    findings.push(finding('info', 'Generation 2 has no IDE controller: disks on IDE move to SCSI.', [GEN]));
  }
  return { value: controllers, findings };
}
