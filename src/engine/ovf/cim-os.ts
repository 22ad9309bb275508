/**
 * Names for the CIM_OperatingSystem OsType values that appear in OVF
 * `OperatingSystemSection ovf:id` (DSP0243 points to the CIM schema's
 * CIM_OperatingSystem.OSType value map). Only the values appliances actually
 * carry are named; others are shown by number.
 *
 * Above 111 two numberings are in use. The DMTF value map skips 112 and
 * runs 113 Windows Server 2012 … 121 Windows 10 64-bit (dmtf-cim-schema-2-51);
 * VirtualBox numbers the same list by position, 112 Windows Server 2012 …
 * 120 Windows 10 64-bit, and writes those numbers on export
 * (virtualbox-ovf-source, ovfreader.h). So 113–120 mean different systems to
 * different exporters: the reader's name then comes from the descriptor's own
 * words (Description, vmw:osType) where they settle it, and both readings are
 * shown where they do not.
 */

/** Values on which the DMTF map and VirtualBox's table agree (dmtf-cim-schema-2-51). */
const AGREED: Record<number, string> = {
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
};

/** The DMTF value map above 111: it has no 112 (dmtf-cim-schema-2-51). */
const DMTF_ABOVE_111: Record<number, string> = {
  113: 'Windows Server 2012',
  114: 'Windows 8',
  115: 'Windows 8 64-bit',
  116: 'Windows Server 2012 R2',
  117: 'Windows Server 2016',
  118: 'Windows 8.1',
  119: 'Windows 8.1 64-bit',
  120: 'Windows 10',
  121: 'Windows 10 64-bit',
};

/** VirtualBox's positional numbering above 111 (virtualbox-ovf-source, ovfreader.h). */
const POSITIONAL_ABOVE_111: Record<number, string> = {
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

/** How a name was settled: one meaning, the descriptor's words, or not at all. */
export type CimOsReading = 'agreed' | 'dmtf' | 'positional' | 'ambiguous';

export interface CimOsName {
  name: string;
  reading: CimOsReading;
}

/** What a name says about the system, to compare with the descriptor's words: "server 2012 r2", "8.1", "10". */
function systemKey(text: string): string | undefined {
  const t = text.toLowerCase();
  const server = /server\s*(2012\s*r2|2012|2016)/.exec(t);
  if (server) return `server ${server[1]!.replace(/\s+/g, ' ')}`;
  const client = /windows\s*(8\.1|81|8|10)(?!\d)/.exec(t);
  if (client) return client[1] === '81' ? '8.1' : client[1];
  return undefined;
}

/** VMware guest ids for the systems in question (VirtualMachineGuestOsIdentifier; vmware-govmomi-ovf). */
const VMW_GUEST_KEYS: Record<string, string[]> = {
  windows8server64guest: ['server 2012', 'server 2012 r2'],
  windows9server64guest: ['server 2016'],
  windows8guest: ['8'],
  windows8_64guest: ['8'],
  windows9guest: ['10'],
  windows9_64guest: ['10'],
};

/** The systems the descriptor's own words name, if any. */
function hintedKeys(description: string, vmwOsType: string): string[] {
  const keys = VMW_GUEST_KEYS[vmwOsType.toLowerCase()] ?? [];
  const fromText = systemKey(description);
  return fromText ? [...keys, fromText] : keys;
}

/**
 * The name of a CIM OsType value, read with the descriptor's Description and
 * vmw:osType where the number alone does not settle it.
 */
export function cimOsName(id: number, description = '', vmwOsType = ''): CimOsName {
  const agreed = AGREED[id];
  if (agreed) return { name: agreed, reading: 'agreed' };
  const dmtf = DMTF_ABOVE_111[id];
  const positional = POSITIONAL_ABOVE_111[id];
  if (!dmtf && !positional) return { name: `CIM OsType ${id}`, reading: 'agreed' };
  if (!dmtf) return { name: positional!, reading: 'positional' };
  if (!positional) return { name: dmtf, reading: 'dmtf' };
  const hints = hintedKeys(description, vmwOsType);
  const matches = (name: string) => hints.includes(systemKey(name) ?? '');
  if (matches(dmtf) && !matches(positional)) return { name: dmtf, reading: 'dmtf' };
  if (matches(positional) && !matches(dmtf)) return { name: positional, reading: 'positional' };
  return { name: `${dmtf} (DMTF numbering) or ${positional} (VirtualBox numbering)`, reading: 'ambiguous' };
}

/**
 * What VirtualBox's positional table makes of a DMTF value above 111, where
 * it names another system (113–120), or that it knows no 121; undefined where
 * the two agree. The exporter warns with it.
 */
export function virtualBoxName(id: number): string | undefined {
  const dmtf = DMTF_ABOVE_111[id];
  if (!dmtf) return undefined;
  const positional = POSITIONAL_ABOVE_111[id];
  if (!positional) return 'no type it knows (Other)';
  return positional === dmtf ? undefined : positional;
}

export type OsFamily = 'windows' | 'linux' | 'bsd' | 'other';

/** Family from the name and any free text the exporter added (vmw:osType, Description). */
export function osFamily(name: string, hints: string): OsFamily {
  const all = `${name} ${hints}`.toLowerCase();
  if (/windows|win\d|winnetent|winnet|longhorn|\bwin/.test(all)) return 'windows';
  if (/bsd/.test(all)) return 'bsd';
  if (/linux|ubuntu|debian|centos|rhel|red ?hat|suse|sles|oracle|photon|alma|rocky|fedora/.test(all)) return 'linux';
  return 'other';
}
