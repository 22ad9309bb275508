/**
 * The network adapter the target should emulate: each Ethernet Item's
 * rasd:ResourceSubType. The CIM schema defines no value for a card type
 * (only DMTF:unknown) and admits values other organisations defined
 * (dmtf-cim-schema-2-51, CIM_ResourceAllocationSettingData); these are the
 * spellings the importers match:
 *  - VMware matches the device name case-insensitively: E1000, E1000e,
 *    VmxNet3 (vmware-govmomi-ovf: configspec.go lower-cases
 *    ResourceSubType and picks the card by that name); vCenter exports write
 *    E1000 and VmxNet3 (the vCenter-exported descriptors among govmomi's
 *    test files, vmware-govmomi-ovf);
 *  - VirtualBox maps E1000 to its Intel 82545EM and PCNet32 to its PCnet;
 *    any other value, E1000e and VmxNet3 included, gets the default
 *    adapter of the guest type (virtualbox-ovf-source,
 *    ApplianceImplImport.cpp).
 * A Hyper-V synthetic adapter has no counterpart elsewhere: its own
 * ResourceSubType, "Microsoft:Hyper-V:Synthetic Ethernet Port"
 * (ms-msvm-synthetic-ethernet-port), names a device only Hyper-V provides,
 * so the export asks for an emulated card the target has.
 */

export interface NicType {
  label: string;
  /** The rasd:ResourceSubType written for every adapter. */
  resourceSubType: string;
}

export const NIC_TYPES = {
  E1000: { label: 'E1000 (emulated Intel gigabit card: VMware and VirtualBox both have it)', resourceSubType: 'E1000' },
  E1000e: { label: 'E1000e (VMware; VirtualBox gives its default card instead)', resourceSubType: 'E1000e' },
  VmxNet3: { label: 'VMXNET3 (VMware paravirtual: needs VMware Tools in the guest)', resourceSubType: 'VmxNet3' },
} as const satisfies Record<string, NicType>;

export type NicTypeId = keyof typeof NIC_TYPES;

/** What the exporter always wrote, and still writes by default. */
export const DEFAULT_NIC_TYPE: NicTypeId = 'E1000';

export const nicTypeOptions = (Object.keys(NIC_TYPES) as NicTypeId[]).map((value) => ({ value, label: NIC_TYPES[value].label }));
