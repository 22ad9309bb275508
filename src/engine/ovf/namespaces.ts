/**
 * Namespace URIs an OVF descriptor uses (DSP0243 1.x and 2.x, and VMware's
 * pre-standard 0.9). Elements are matched by these URIs, never by prefix:
 * `ovf:`, `rasd:` and friends are only conventions (source: dmtf-dsp0243).
 */
export const OVF_09 = 'http://www.vmware.com/schema/ovf/1/envelope';
export const OVF_1 = 'http://schemas.dmtf.org/ovf/envelope/1';
export const OVF_2 = 'http://schemas.dmtf.org/ovf/envelope/2';
export const OVF_ENVELOPE_URIS = [OVF_09, OVF_1, OVF_2] as const;
/**
 * oVirt/RHV (and virt-v2v's -o ovirt output) write the OVF 1 envelope
 * namespace with a trailing slash: a different URI by the letter of XML
 * Namespaces, but plainly meant as OVF. Read with a warning.
 */
export const OVF_1_TRAILING_SLASH = `${OVF_1}/`;

const CIM = 'http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/';
export const RASD = `${CIM}CIM_ResourceAllocationSettingData`;
export const VSSD = `${CIM}CIM_VirtualSystemSettingData`;
export const SASD = `${CIM}CIM_StorageAllocationSettingData`;
export const EPASD = `${CIM}CIM_EthernetPortAllocationSettingData`;
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export const VMW = 'http://www.vmware.com/schema/ovf';
export const VBOX = 'http://www.virtualbox.org/ovf/machine';

/**
 * Some exporters write the CIM namespaces with a trailing `.xsd` (the schema
 * file's name instead of its namespace). They mean the same thing, so both are
 * accepted; anything else is a different namespace.
 */
export const withXsd = (uri: string): string[] => [uri, `${uri}.xsd`];
export const RASD_URIS = withXsd(RASD);
export const VSSD_URIS = withXsd(VSSD);
export const SASD_URIS = withXsd(SASD);
export const EPASD_URIS = withXsd(EPASD);
/** Any of the three item flavours: their property names (ResourceType, HostResource…) are shared. */
export const ITEM_PROPERTY_URIS = [...RASD_URIS, ...SASD_URIS, ...EPASD_URIS];
