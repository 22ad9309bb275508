/**
 * Names for the CIM_OperatingSystem OsType values that appear in OVF
 * `OperatingSystemSection ovf:id` (DSP0243 points to the CIM schema's
 * CIM_OperatingSystem.OSType value map; source: dmtf-cim-os-type). Only the
 * values appliances actually carry are named; others are shown by number.
 */
const NAMES: Record<number, string> = {
  0: 'Unknown',
  1: 'Other',
  36: 'Linux',
  42: 'FreeBSD',
  58: 'Windows 2000',
  67: 'Windows XP',
  69: 'Windows Server 2003',
  70: 'Windows Server 2003 64-bit',
  73: 'Windows Vista',
  74: 'Windows Vista 64-bit',
  76: 'Windows Server 2008',
  77: 'Windows Server 2008 64-bit',
  78: 'FreeBSD 64-bit',
  79: 'Red Hat Enterprise Linux',
  80: 'Red Hat Enterprise Linux 64-bit',
  82: 'SUSE',
  83: 'SUSE 64-bit',
  84: 'SLES',
  85: 'SLES 64-bit',
  93: 'Ubuntu',
  94: 'Ubuntu 64-bit',
  95: 'Debian',
  96: 'Debian 64-bit',
  97: 'Linux 2.4.x',
  98: 'Linux 2.4.x 64-bit',
  99: 'Linux 2.6.x',
  100: 'Linux 2.6.x 64-bit',
  101: 'Linux 64-bit',
  102: 'Other 64-bit',
  103: 'Windows Server 2008 R2',
  104: 'VMware ESXi',
  105: 'Windows 7',
  106: 'CentOS',
  107: 'CentOS 64-bit',
  108: 'Oracle Linux',
  109: 'Oracle Linux 64-bit',
  111: 'Windows Server 2011',
  112: 'Windows Server 2012',
  113: 'Windows 8',
  114: 'Windows 8 64-bit',
  115: 'Windows Server 2012 R2',
  116: 'Windows 8.1',
  117: 'Windows 8.1 64-bit',
  118: 'Windows Server 2016',
  119: 'Windows 10',
  120: 'Windows 10 64-bit',
};

export function cimOsName(id: number): string {
  return NAMES[id] ?? `CIM OsType ${id}`;
}

export type OsFamily = 'windows' | 'linux' | 'bsd' | 'other';

/** Family from the CIM id and any free text the exporter added (vmw:osType, Description). */
export function osFamily(id: number | undefined, hints: string): OsFamily {
  const h = hints.toLowerCase();
  const name = id === undefined ? '' : (NAMES[id] ?? '').toLowerCase();
  const all = `${name} ${h}`;
  if (/windows|win\d|winnetent|winnet|longhorn|\bwin/.test(all)) return 'windows';
  if (/bsd/.test(all)) return 'bsd';
  if (/linux|ubuntu|debian|centos|rhel|red ?hat|suse|sles|oracle|photon|alma|rocky|fedora/.test(all)) return 'linux';
  return 'other';
}
