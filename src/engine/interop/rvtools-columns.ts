/**
 * RVTools column headers, matched by name and never by position: custom
 * attributes add columns after Annotation in every VM tab, and versions add
 * columns in the middle. A header is compared by its stem: lower case, spaces
 * collapsed, and the unit suffix dropped, because RVTools 3.x writes "MB"/"KB"
 * where 4.x writes "MiB"/"KiB" for the same binary unit (vSphere's MB is
 * 2^20 bytes), and capitalisation differs between versions ("In Use MiB",
 * "In use MB"). The aliases are the other names seen in real and
 * "RVTools-compatible" files.
 */

export function headerStem(header: string): string {
  return header
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (mib|mb|kib|kb)$/, '');
}

/** Each wanted column: its stem and other stems that mean the same. */
export const COLUMNS = {
  vm: ['vm', 'vminfovmname'],
  powerstate: ['powerstate'],
  template: ['template'],
  srmPlaceholder: ['srm placeholder'],
  cpus: ['cpus', '# cpus', 'num cpus'],
  memory: ['memory'],
  provisioned: ['provisioned'],
  inUse: ['in use'],
  totalDiskCapacity: ['total disk capacity'],
  firmware: ['firmware'],
  secureBoot: ['efi secure boot'],
  ftState: ['ft state'],
  consolidationNeeded: ['consolidation needed'],
  cluster: ['cluster'],
  osConfig: ['os according to the configuration file', 'os'],
  osTools: ['os according to the vmware tools'],
  vmUuid: ['vm uuid'],
  sdkServer: ['vi sdk server'],
  sdkUuid: ['vi sdk uuid'],
  // vDisk
  disk: ['disk'],
  capacity: ['capacity'],
  raw: ['raw'],
  rawMode: ['raw comp. mode'],
  diskMode: ['disk mode'],
  sharingMode: ['sharing mode'],
  thin: ['thin'],
  controller: ['controller'],
  busNumber: ['scsi unit #'],
  unitNumber: ['unit #'],
  sharedBus: ['shared bus'],
  // vNetwork
  nicLabel: ['nic label'],
  adapter: ['adapter'],
  network: ['network'],
  macType: ['type'],
  // vSnapshot
  snapshotName: ['name'],
  snapshotSize: ['size mib (total)', 'size mb (total)'],
  // vUSB
  deviceType: ['device type'],
  // vTools
  tools: ['tools'],
  toolsVersion: ['tools version'],
  // vMetaData
  rvtoolsVersion: ['rvtools version'],
} as const;

export type ColumnName = keyof typeof COLUMNS;

/** Column indexes of one tab, by wanted column, from its header row (the first occurrence wins). */
export function mapColumns(header: readonly (string | undefined)[]): Partial<Record<ColumnName, number>> {
  const byStem = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === undefined) return;
    const stem = headerStem(h);
    if (!byStem.has(stem)) byStem.set(stem, i);
  });
  const mapped: Partial<Record<ColumnName, number>> = {};
  for (const [name, stems] of Object.entries(COLUMNS) as [ColumnName, readonly string[]][]) {
    for (const stem of stems) {
      const at = byStem.get(stem);
      if (at !== undefined) {
        mapped[name] = at;
        break;
      }
    }
  }
  return mapped;
}
