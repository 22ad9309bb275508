/**
 * CIM_ResourceAllocationSettingData ResourceType values: the number an OVF
 * Item's rasd:ResourceType carries to say what device it is (DSP0243 uses
 * the CIM value map; source: dmtf-cim-schema). Named once here so the
 * mapping, the exporter and the sample descriptor never write bare numbers.
 *
 * Checked against the ResourceType value map in Microsoft's
 * CIM_ResourceAllocationSettingData class reference (Hyper-V WMI v2,
 * learn.microsoft.com/windows/win32/hyperv_v2/cim-resourceallocationsettingdata,
 * CIM schema 2.24: 1 Other … 33 Ethernet Connection) and the same map in
 * the DMTF CIM schema's CIM_ResourceAllocationSettingData (2.42 MOF). Note
 * 19 is Storage Extent, 20 Other storage device and 21 Serial port.
 * 35 is not in those maps: it is the value VirtualBox writes for its sound
 * card (OVFResourceType_SoundCard in VirtualBox's API), so it is read too.
 */
export const ResourceType = {
  other: 1,
  processor: 3,
  memory: 4,
  ideController: 5,
  parallelScsiHba: 6,
  fcHba: 7,
  iscsiHba: 8,
  ethernetAdapter: 10,
  floppyDrive: 14,
  cdDrive: 15,
  dvdDrive: 16,
  diskDrive: 17,
  storageExtent: 19,
  otherStorageDevice: 20,
  serialPort: 21,
  parallelPort: 22,
  usbController: 23,
  graphicsController: 24,
  logicalDisk: 31,
  /** VirtualBox's value, beyond the CIM map (see above). */
  soundCard: 35,
} as const;

export type ResourceTypeName = keyof typeof ResourceType;

/** Items that hold a hard disk image: CIM's disk drive, storage extent and logical disk. */
export const HARD_DISK_TYPES: ReadonlySet<number> = new Set([ResourceType.diskDrive, ResourceType.storageExtent, ResourceType.logicalDisk]);

/** Optical drives: a CD or DVD drive. */
export const OPTICAL_TYPES: ReadonlySet<number> = new Set([ResourceType.cdDrive, ResourceType.dvdDrive]);
