/**
 * The guest operating system the descriptor names: the OperatingSystemSection
 * `ovf:id`, a CIM_OperatingSystem OSType value (DSP0243 points to the CIM
 * schema; source: dmtf-cim-schema-2-51), a Description naming the
 * system, and VMware's `vmw:osType` guest id, which VMware reads before the
 * number (vmware-govmomi-ovf: configspec.go takes vmw:osType when present).
 *
 * Numbers come from the DMTF value map, not from position in its Values list:
 * the map skips 112, so Windows Server 2012 is 113, 2012 R2 116, 2016 117 and
 * Windows 10 64-bit 121. VirtualBox counts positionally (112 Windows Server
 * 2012 … 120 Windows 10 64-bit; virtualbox-ovf-source, ovfreader.h), so it
 * reads those four differently: `virtualBoxName` (cim-os.ts) says how, for the warning.
 *
 * Windows Server 2019, 2022, 2025 and Windows 11 have no OSType value in the
 * DMTF schema (the 2.51 value map ends at 121). For them the descriptor says
 * 102 "Other 64-Bit", as VMware's own mapping does (vmware-govmomi-ovf:
 * GuestIDToCIMOSType returns Other 64-bit for windows2019srv_64Guest and
 * later), with the system named in Description and vmw:osType.
 */

export interface GuestOs {
  label: string;
  /** CIM_OperatingSystem OSType value written as ovf:id. */
  cimOsType: number;
  /** The Description element: the DMTF Values string, or the system's name where the number is generic. */
  description: string;
  /** VMware's guest id (VirtualMachineGuestOsIdentifier), written as vmw:osType. */
  vmwOsType: string;
}

/** Other 64-Bit: the value for a system the DMTF value map does not list. */
export const CIM_OTHER_64 = 102;

export const GUEST_OSES = {
  'windows-server-2008-r2': {
    label: 'Windows Server 2008 R2',
    cimOsType: 103,
    description: 'Microsoft Windows Server 2008 R2',
    vmwOsType: 'windows7Server64Guest',
  },
  'windows-server-2012': {
    label: 'Windows Server 2012',
    cimOsType: 113,
    description: 'Microsoft Windows Server 2012',
    vmwOsType: 'windows8Server64Guest',
  },
  'windows-server-2012-r2': {
    label: 'Windows Server 2012 R2',
    cimOsType: 116,
    description: 'Microsoft Windows Server 2012 R2',
    // VMware has one guest id for 2012 and 2012 R2 ("Windows 8 Server (64 bit)").
    vmwOsType: 'windows8Server64Guest',
  },
  'windows-server-2016': {
    label: 'Windows Server 2016',
    cimOsType: 117,
    description: 'Microsoft Windows Server 2016',
    vmwOsType: 'windows9Server64Guest',
  },
  'windows-server-2019': {
    label: 'Windows Server 2019 (no CIM value: Other 64-bit)',
    cimOsType: CIM_OTHER_64,
    description: 'Microsoft Windows Server 2019 (64-bit)',
    vmwOsType: 'windows2019srv_64Guest',
  },
  'windows-server-2022': {
    label: 'Windows Server 2022 (no CIM value: Other 64-bit)',
    cimOsType: CIM_OTHER_64,
    description: 'Microsoft Windows Server 2022 (64-bit)',
    vmwOsType: 'windows2019srvNext_64Guest',
  },
  'windows-server-2025': {
    label: 'Windows Server 2025 (no CIM value: Other 64-bit)',
    cimOsType: CIM_OTHER_64,
    description: 'Microsoft Windows Server 2025 (64-bit)',
    vmwOsType: 'windows2022srvNext_64Guest',
  },
  'windows-10': {
    label: 'Windows 10 (64-bit)',
    cimOsType: 121,
    description: 'Microsoft Windows 10 64-bit',
    vmwOsType: 'windows9_64Guest',
  },
  'windows-11': {
    label: 'Windows 11 (no CIM value: Other 64-bit)',
    cimOsType: CIM_OTHER_64,
    description: 'Microsoft Windows 11 (64-bit)',
    vmwOsType: 'windows11_64Guest',
  },
  'rhel-9': { label: 'Red Hat Enterprise Linux 9 (64-bit)', cimOsType: 80, description: 'RedHat Enterprise Linux 64-Bit', vmwOsType: 'rhel9_64Guest' },
  'sles-15': { label: 'SUSE Linux Enterprise Server 15 (64-bit)', cimOsType: 85, description: 'SLES 64-Bit', vmwOsType: 'sles15_64Guest' },
  ubuntu: { label: 'Ubuntu (64-bit)', cimOsType: 94, description: 'Ubuntu 64-Bit', vmwOsType: 'ubuntu64Guest' },
  'debian-12': { label: 'Debian 12 (64-bit)', cimOsType: 96, description: 'Debian 64-Bit', vmwOsType: 'debian12_64Guest' },
  'other-linux-64': { label: 'Other Linux (64-bit)', cimOsType: 101, description: 'Linux 64-Bit', vmwOsType: 'otherLinux64Guest' },
  'other-64': { label: 'Other (64-bit)', cimOsType: CIM_OTHER_64, description: 'Other 64-Bit', vmwOsType: 'otherGuest64' },
} as const satisfies Record<string, GuestOs>;

export type GuestOsId = keyof typeof GUEST_OSES;

/** Not named: the descriptor says 1 "Other" and leaves the choice to the target, as it always did. */
export const UNSPECIFIED_GUEST_OS = 'unspecified' as const;

export type GuestOsChoice = GuestOsId | typeof UNSPECIFIED_GUEST_OS;

export const guestOsOptions: { value: GuestOsChoice; label: string }[] = [
  { value: UNSPECIFIED_GUEST_OS, label: 'Not specified (set it on the target)' },
  ...(Object.keys(GUEST_OSES) as GuestOsId[]).map((value) => ({ value, label: GUEST_OSES[value].label })),
];

/** The named system, or undefined when the reader left it to the target. */
export const guestOsOf = (choice: GuestOsChoice): GuestOs | undefined => (choice === UNSPECIFIED_GUEST_OS ? undefined : GUEST_OSES[choice]);
