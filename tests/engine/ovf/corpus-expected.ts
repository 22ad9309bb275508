/**
 * The true answer for each real descriptor in ../shared/ovf-corpus/ (sources
 * in its INDEX.tsv), read by hand from the XML against DMTF DSP0243
 * (dmtf-dsp0243) and the CIM ResourceType values (dmtf-cim-schema). Never
 * taken from the inspector's output.
 *
 * How each field was read:
 *  - ovfVersion: the Envelope's ovf:version attribute; without it, the
 *    namespace's major version ("1.x": the minor version is not stated).
 *  - systems: every VirtualSystem, also inside (nested) VirtualSystemCollections, by ovf:id.
 *  - cpus / memoryMiB: the Item with ResourceType 3 (VirtualQuantity) and 4
 *    (VirtualQuantity × AllocationUnits); for a deployment option, the Items
 *    with no ovf:configuration plus those naming the option, combined per
 *    InstanceID with the later Item winning (DSP0243 §9.8). null: the
 *    descriptor has no such Item, so the inspector must say so.
 *  - diskBytes: each hard-disk Item (ResourceType 17) in descriptor order →
 *    its Disk's ovf:capacity × ovf:capacityAllocationUnits (bytes when
 *    absent; DSP0004 "byte * 2^30" = 1,073,741,824). null: no capacity given.
 *  - controllers: storage controller Items in descriptor order: 5 IDE, 6 SCSI
 *    (whatever the subtype), 20 with an AHCI/SATA subtype.
 *  - nics: rasd:Connection of each ResourceType 10 Item ('' = none named).
 *  - firmware: vmw:Config firmware (VMware), Firmware in vbox:Machine
 *    (VirtualBox), BiosType (oVirt); BIOS where nothing says otherwise.
 *  - findings: patterns the inspector's findings must contain, where the
 *    descriptor is malformed or unusual.
 */
export type ControllerKind = 'ide' | 'scsi' | 'sata';

export interface ExpectedSystem {
  id: string;
  cpus: number | null;
  memoryMiB: number | null;
  diskBytes: (number | null)[];
  controllers: ControllerKind[];
  nics: string[];
  firmware: 'bios' | 'efi';
}

export interface ExpectedFile {
  file: string;
  /** How it was read: which Items, which allocation units. */
  note: string;
  ovfVersion: string;
  systems: ExpectedSystem[];
  /** Deployment option → what differs from `systems` (single-system descriptors only). */
  options?: Record<string, Partial<ExpectedSystem>>;
  /** The option read when none is asked: ovf:default="true", else the first. */
  defaultOption?: string;
  findings?: RegExp[];
}

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const vm = (
  id: string,
  cpus: number | null,
  memoryMiB: number | null,
  diskBytes: (number | null)[],
  controllers: ControllerKind[],
  nics: string[],
  firmware: 'bios' | 'efi' = 'bios',
): ExpectedSystem => ({
  id,
  cpus,
  memoryMiB,
  diskBytes,
  controllers,
  nics,
  firmware,
});

export const CORPUS_EXPECTED: ExpectedFile[] = [
  {
    file: 'cot__csr1000v_2017.ovf',
    note: 'CPU InstanceID 1: generic 1, "2CPU-4GB" 2, "4CPU-4GB 4CPU-8GB" 4; memory InstanceID 2: generic 4096 MiB, "4CPU-8GB" 8192 MiB (byte * 2^20). Disk 1 × 2^30. VirtualSCSI on ResourceType 6, IDE. Three VMXNET3 on GigabitEthernet1–3. vmw firmware=bios.',
    ovfVersion: '1.x',
    systems: [vm('com.cisco.csr1000v', 1, 4096, [GiB], ['scsi', 'ide'], ['GigabitEthernet1', 'GigabitEthernet2', 'GigabitEthernet3'])],
    defaultOption: '1CPU-4GB',
    options: { '1CPU-4GB': {}, '2CPU-4GB': { cpus: 2 }, '4CPU-4GB': { cpus: 4 }, '4CPU-8GB': { cpus: 4, memoryMiB: 8192 } },
  },
  {
    file: 'cot__input.ovf',
    note: 'CPU 1/2/4 and memory 1024/2048/4096 MiB per option (InstanceIDs 1 and 2, byte * 2^20); NICs 12 and 13 exist only in 4CPU-4GB-3NIC (the default). Disk 1 × 2^30 on lsilogic; two IDE controllers.',
    ovfVersion: '1.x',
    systems: [vm('test', 4, 4096, [GiB], ['scsi', 'ide', 'ide'], ['VM Network', 'VM Network', 'VM Network'])],
    defaultOption: '4CPU-4GB-3NIC',
    options: {
      '1CPU-1GB-1NIC': { cpus: 1, memoryMiB: 1024, nics: ['VM Network'] },
      '2CPU-2GB-1NIC': { cpus: 2, memoryMiB: 2048, nics: ['VM Network'] },
      '4CPU-4GB-3NIC': {},
    },
  },
  {
    file: 'cot__ubuntu.2.0.ovf',
    note: 'OVF 2.0 (ovf:version="2.0"). Memory 512 MegaBytes; StorageItem disk → vmdisk1, capacity 8589934592 with no units = bytes; IDE PIIX4 ×2 and AHCI (ResourceType 20); EthernetPortItem on NAT. vbox:Machine has no Firmware element: BIOS.',
    ovfVersion: '2.0',
    systems: [vm('ubuntu', 1, 512, [8_589_934_592], ['ide', 'ide', 'sata'], ['NAT'])],
  },
  {
    file: 'cot__v0.9.ovf',
    note: 'VMware 0.9 draft with qualified children. InstanceId spelling; memory 8192 MegaBytes; disk capacity 1073741824 bytes (no units); lsilogic and IDE; PCNet32 on bridged.',
    ovfVersion: '0.9',
    systems: [vm('v0.9', 1, 8192, [GiB], ['scsi', 'ide'], ['bridged'])],
  },
  {
    file: 'cot__vmware.ovf',
    note: 'ResourceType 6 with subtype "virtio lsilogic" is a SCSI controller. 2 CPUs, 1536 MiB; disk 1 × 2^30; four E1000 on lanethernet0; firmware=bios.',
    ovfVersion: '1.x',
    systems: [vm('vmw', 2, 1536, [GiB], ['scsi', 'ide', 'ide'], ['lanethernet0', 'lanethernet0', 'lanethernet0', 'lanethernet0'])],
  },
  {
    file: 'ganeti__virtualbox.ovf',
    note: 'Hand-edited: the Disks have no ovf:capacity; Items 7 and 9 both put vmdisk1 on IDE controller 3 slot 0 (one slot holds one disk); vmdisk2 is attached nowhere. 2048 MegaBytes, one PCNet32 on bridged.',
    ovfVersion: '1.0',
    systems: [vm('Ubuntu-freshly-created', 1, 2048, [null], ['ide'], ['bridged'])],
    findings: [/capacity/i, /same slot|already holds/i, /vmdisk2.*(not attached|attached nowhere|no drive)/i],
  },
  {
    file: 'govmomi__IdeSas.ovf',
    note: 'vCloud vApp with one VM. Disks 8 × 2^20 bytes each: Hard disk 1 on IDE controller InstanceID 2, Hard disk 2 on lsilogicsas. Controllers in Item order IDE 1, SCSI 1, IDE 0. One PCNet32 on VappNetworks.',
    ovfVersion: '1.x',
    systems: [vm('Vm1', 1, 256, [8 * MiB, 8 * MiB], ['ide', 'scsi', 'ide'], ['VappNetworks'])],
  },
  {
    file: 'govmomi__MultiVmVapps.ovf',
    note: 'VirtualSystemCollection of two identical VMs: 1 CPU, 4096 MiB, one 10 × 2^20-byte disk each (vmdisk1, vmdisk2), two E1000 on 3c705.',
    ovfVersion: '1.x',
    systems: [
      vm('testVm1', 1, 4096, [10 * MiB], ['scsi', 'ide', 'ide'], ['3c705', '3c705']),
      vm('testVm2', 1, 4096, [10 * MiB], ['scsi', 'ide', 'ide'], ['3c705', '3c705']),
    ],
  },
  {
    file: 'govmomi__PvScsis.ovf',
    note: 'PVSCSI (VirtualSCSI, ResourceType 6) with disks of 4 and 8 × 2^20 bytes; IDE; 256 MiB; PCNet32 on VappNetworks.',
    ovfVersion: '1.x',
    systems: [vm('Vm1', 1, 256, [4 * MiB, 8 * MiB], ['scsi', 'ide'], ['VappNetworks'])],
  },
  {
    file: 'govmomi__VMwareStudio_VM_OVF09.ovf',
    note: 'VMware Studio 0.9: two disks of 2147483648 bytes (no units) on lsilogic; 256 MegaBytes; PCNet32 on "Network 1".',
    ovfVersion: '0.9',
    systems: [vm('ubuntu-name', 1, 256, [2 * GiB, 2 * GiB], ['scsi'], ['Network 1'])],
  },
  {
    file: 'govmomi__empty-disk.ovf',
    note: 'No CPU or memory Item and no NIC: only a buslogic controller (ResourceType 6) and a 256 × 2^20-byte disk.',
    ovfVersion: '1.x',
    systems: [vm('vs1', null, null, [256 * MiB], ['scsi'], [])],
    findings: [/processor/i, /memory/i, /no network adapter/i],
  },
  {
    file: 'govmomi__nested-vapp.ovf',
    note: 'Three VMs in collections nested three deep. grandVm and childVm: SATA (vmware.sata.ahci), SCSI, IDE ×2, 512 MiB; nestedRootVm: lsilogic, IDE ×2, 256 MiB. Each one 512 × 2^20-byte disk and one NIC on VM Network.',
    ovfVersion: '1.x',
    systems: [
      vm('grandVm', 1, 512, [512 * MiB], ['sata', 'scsi', 'ide', 'ide'], ['VM Network']),
      vm('childVm', 1, 512, [512 * MiB], ['sata', 'scsi', 'ide', 'ide'], ['VM Network']),
      vm('nestedRootVm', 1, 256, [512 * MiB], ['scsi', 'ide', 'ide'], ['VM Network']),
    ],
  },
  {
    file: 'govmomi__smallxp-vapp.ovf',
    note: 'OVF 0.9 whose Envelope children (References, Section, Content, Item) carry no namespace; only rasd/vssd children are qualified. 2 CPUs, 512 MegaBytes, disk 1610612736 bytes (1.5 GiB) on lsilogic, an IDE controller ("unknown device", ResourceType 5), PCNet32 on VMNetwork (the CD-ROM\'s Connection is not a NIC).',
    ovfVersion: '0.9',
    systems: [vm('smallxp-vapp', 2, 512, [1_610_612_736], ['ide', 'scsi'], ['VMNetwork'])],
  },
  {
    file: 'govmomi__sunVHW-DiskTypes.ovf',
    note: 'Two VMs, 1024 MiB each, two 1 × 2^30-byte disks each: sunvhw-sas on lsilogicsas, sunvhw-pv on VirtualSCSI.',
    ovfVersion: '1.x',
    systems: [
      vm('sunvhw-sas', 1, 1024, [GiB, GiB], ['scsi', 'ide', 'ide'], ['VM Network']),
      vm('sunvhw-pv', 1, 1024, [GiB, GiB], ['scsi', 'ide', 'ide'], ['VM Network']),
    ],
  },
  {
    file: 'govmomi__sun_vhw-pv.ovf',
    note: 'PVSCSI, two 1 × 2^30-byte disks, 1024 MiB, E1000 on VM Network.',
    ovfVersion: '1.x',
    systems: [vm('sun_vhw-pv', 1, 1024, [GiB, GiB], ['scsi', 'ide', 'ide'], ['VM Network'])],
  },
  {
    file: 'govmomi__tc-160-cli.ovf',
    note: 'vmx-15; capacity 1073741824 with units "byte"; firmware=bios (efiSecureBootEnabled=false does not make it EFI); VmxNet3 on Network-69084-dvpg.',
    ovfVersion: '1.x',
    systems: [vm('tc-160-cli', 1, 1024, [GiB], ['scsi', 'ide'], ['Network-69084-dvpg'])],
  },
  {
    file: 'govmomi__ubuntu24.10.ovf',
    note: 'Canonical cloud image: 2 CPUs, 1024 MiB, 10737418240-byte disk (units "byte") on VirtualSCSI, IDE ×2, VmxNet3 on VM Network, firmware=bios.',
    ovfVersion: '1.x',
    systems: [vm('ubuntu-oracular-24.10-cloudimg-20241109', 2, 1024, [10 * GiB], ['scsi', 'ide', 'ide'], ['VM Network'])],
  },
  {
    file: 'govmomi__vCD_vApp_OVF.ovf',
    note: 'vCloud Director vApp: s-xp has 1536 × 2^20 and 2 × 2^30-byte disks on lsilogic, NICs vc1-direct (InstanceID 1) then test; vCD_scratch_vm has one 2 × 2^30-byte disk on buslogic, 64 MiB.',
    ovfVersion: '1.x',
    systems: [
      vm('s-xp', 2, 512, [1536 * MiB, 2 * GiB], ['scsi', 'ide'], ['vc1-direct', 'test']),
      vm('vCD_scratch_vm', 1, 64, [2 * GiB], ['scsi', 'ide'], ['vc1-direct']),
    ],
  },
  {
    file: 'govmomi__vbs_efi-nvram.ovf',
    note: 'vmw:Config firmware=efi; 4294967296-byte disk (units "byte") on lsilogicsas; AHCI (ResourceType 20) holds the CD; E1000 on VM Network.',
    ovfVersion: '1.x',
    systems: [vm('efi.boot vm', 1, 1024, [4 * GiB], ['scsi', 'sata'], ['VM Network'], 'efi')],
  },
  {
    file: 'govmomi__w7-100-thick.ovf',
    note: 'Disks 24 and 60 × 2^30 bytes on lsilogicsas; 2 CPUs, 2048 MiB; USB (ResourceType 23) is not storage; PCNet32 on dvportgroup-35250.',
    ovfVersion: '1.x',
    systems: [vm('w7-100-thick', 2, 2048, [24 * GiB, 60 * GiB], ['scsi', 'ide', 'ide'], ['dvportgroup-35250'])],
  },
  {
    file: 'govmomi__xp-compress_xp-multinic.ovf',
    note: 'gzip-compressed files; disks 1536 × 2^20 and 2 × 2^30 bytes; NICs on VM Network and dvportgroup-30.',
    ovfVersion: '1.x',
    systems: [vm('xp-multinic', 2, 512, [1536 * MiB, 2 * GiB], ['scsi', 'ide', 'ide'], ['VM Network', 'dvportgroup-30'])],
  },
  {
    file: 'govmomi__xp_deltaDisk.ovf',
    note: 'Three disks: 1536 × 2^20, 2 × 2^30, 1 × 2^30 bytes on lsilogic; NICs on dvportgroup-4590 and -4591.',
    ovfVersion: '1.x',
    systems: [vm('xp_deltaDisk', 2, 512, [1536 * MiB, 2 * GiB, GiB], ['scsi', 'ide', 'ide'], ['dvportgroup-4590', 'dvportgroup-4591'])],
  },
  {
    file: 'vbox-testcase__WinXP-nodisks.ovf',
    note: 'VirtualBox 3.2, no References or DiskSection; 512 MegaBytes; PIIX3 ×2; PCNet32 on NAT; vbox:Machine without Firmware: BIOS.',
    ovfVersion: '1.0',
    systems: [vm('WinXP', 1, 512, [], ['ide', 'ide'], ['NAT'])],
  },
  {
    file: 'vbox-testcase__winxp-sharedfolders.ovf',
    note: 'VirtualBox 3.2: 895 MegaBytes; disks 10485760000 and 2147483648 bytes (no units) on IDE controller 3; PCNet32 on NAT.',
    ovfVersion: '1.0',
    systems: [vm('Windows 5.1 XP 1', 1, 895, [10_485_760_000, 2 * GiB], ['ide', 'ide'], ['NAT'])],
  },
  {
    file: 'virt-v2v__test-i-ova-two-disks.ovf',
    note: 'Disks 50 and 450 × 2^30 bytes on lsilogicsas; 1024 MiB; E1000 on PG-VLAN60; firmware=bios.',
    ovfVersion: '1.x',
    systems: [vm('2K8R2EESP1_2_Medium', 1, 1024, [50 * GiB, 450 * GiB], ['scsi', 'ide', 'ide'], ['PG-VLAN60'])],
  },
  {
    file: 'virt-v2v__test-i-ova.ovf',
    note: 'One 32 × 2^30-byte disk on lsilogicsas; 2048 MiB; E1000 on VM Network.',
    ovfVersion: '1.x',
    systems: [vm('TestOva', 1, 2048, [32 * GiB], ['scsi', 'ide', 'ide'], ['VM Network'])],
  },
  {
    file: 'virt-v2v__test-o-ovirt.ovf',
    note: 'oVirt dialect: envelope namespace ".../envelope/1/" (trailing slash), ovf:version="0.9", unqualified Content/Section/Item. CPU Item has no VirtualQuantity: num_of_sockets 1 × cpu_per_socket 1 = 1. Memory 1024 MegaBytes. The disk Item\'s HostResource "#DISK_ID#/#VOL_ID#" is the Disk\'s fileRef (diskId #VOL_ID#), capacity 536870912 bytes; no controller Item (ovf:disk-interface VirtIO; the ResourceType 20 Item is the video device). NIC on "default". BiosType 1 = SeaBIOS.',
    ovfVersion: '0.9',
    systems: [vm('out', 1, 1024, [512 * MiB], [], ['default'])],
    findings: [/trailing slash/i],
  },
];
