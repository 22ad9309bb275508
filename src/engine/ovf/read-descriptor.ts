/**
 * Reads the parsed XML tree of an OVF descriptor into plain records: the
 * envelope's References, DiskSection, NetworkSection and
 * DeploymentOptionSection, and every VirtualSystem (a VirtualSystemCollection
 * is walked recursively) with its hardware Items. No Hyper-V judgement here;
 * see hyperv-mapping.ts. Element and attribute names follow DSP0243 1.x/2.x
 * and VMware's 0.9 draft, where sections are `<Section xsi:type="…_Type">`
 * (source: dmtf-dsp0243).
 */
import { ITEM_PROPERTY_URIS, OVF_09, OVF_1, OVF_1_TRAILING_SLASH, OVF_2, OVF_ENVELOPE_URIS, VBOX, VMW, VSSD_URIS, XSI } from './namespaces.ts';
import type { XmlElement } from './xml.ts';
import { attr, childrenOf, firstChild } from './xml.ts';

export interface FileRef {
  id: string;
  href: string;
  sizeBytes?: number;
  compression?: string;
  chunkSize?: number;
}

export interface DiskDef {
  diskId: string;
  fileRef?: string;
  capacity: string;
  capacityAllocationUnits?: string;
  format: string;
  populatedSize?: number;
}

export interface DeploymentOption {
  id: string;
  label: string;
  default: boolean;
}

export type ItemKind = 'Item' | 'StorageItem' | 'EthernetPortItem';

export interface RawItem {
  kind: ItemKind;
  /** Property local name → text values (rasd/sasd/epasd share names); a null-prototype object. */
  props: Record<string, string[]>;
  /** ovf:configuration, split on whitespace; undefined = applies to every configuration. */
  configurations?: string[];
  /** ovf:bound: 'min' and 'max' items describe a range, not the deployed value. */
  bound?: string;
  required: boolean;
  /** vmw:Config children of the item (e.g. a NIC's wakeOnLan). */
  vendorConfig: { key: string; value: string }[];
  /** Namespaces of property elements that are not the CIM ones (a garbled rasd namespace makes an Item unreadable). */
  unreadNamespaces: string[];
}

export interface RawSystem {
  id: string;
  name: string;
  osId?: number;
  osDescription: string;
  vmwOsType: string;
  virtualSystemTypes: string[];
  items: RawItem[];
  /** vmw:Config / vmw:ExtraConfig on the hardware section: key → value. */
  vendorConfig: { key: string; value: string; extra: boolean }[];
  /** VirtualBox's own machine description is present (vbox:Machine). */
  hasVboxMachine: boolean;
  vboxFirmware?: string;
  hardwareSections: number;
  /** Text of other vendors' elements in the hardware section (XenServer's HVM boot parameters, say). */
  vendorHardwareText: string;
  productProperties: number;
  eula: boolean;
  /** Other sections we saw but do not model (for the "will not carry over" list). */
  otherSections: string[];
}

export interface RawEnvelope {
  namespace: string;
  /** ovf:version attribute, or derived from the namespace. */
  version: string;
  files: FileRef[];
  disks: DiskDef[];
  networks: string[];
  deploymentOptions: DeploymentOption[];
  systems: RawSystem[];
  /** ProductSection property key → value; a null-prototype object. */
  properties: Record<string, string>;
  hasManifestHint: boolean;
  /** What the reader had to be lenient about (a namespace with a trailing slash, unqualified elements). */
  readerNotes: string[];
}

export type ReadResult = { ok: true; envelope: RawEnvelope } | { ok: false; message: string };

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || !/^\s*\d{1,20}\s*$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** `<DiskSection>` in 1.x/2.x, `<Section xsi:type="ovf:DiskSection_Type">` in 0.9. */
function sections(parent: XmlElement, ns: readonly string[], name: string): XmlElement[] {
  return parent.children.filter((c) => {
    if (!ns.includes(c.ns)) return false;
    if (c.local === name) return true;
    if (c.local === 'Section' || c.local === 'Content') {
      const type = c.attrs[`{${XSI}}type`] ?? '';
      return type.replace(/^.*:/, '') === `${name}_Type`;
    }
    return false;
  });
}

/** The envelope's namespace, plus "no namespace" when the envelope's children are unqualified (OVF 0.9 as VMware and oVirt wrote it). */
function elementNamespaces(root: XmlElement): string[] {
  return root.children.some((c) => c.ns === '') ? [root.ns, ''] : [root.ns];
}

function text(el: XmlElement | undefined): string {
  return el?.text ?? '';
}

export function readEnvelope(root: XmlElement): ReadResult {
  const readerNotes: string[] = [];
  if (root.local === 'Envelope' && root.ns === OVF_1_TRAILING_SLASH) {
    readerNotes.push(
      `The envelope namespace is ${OVF_1_TRAILING_SLASH} (with a trailing slash, as oVirt/RHV and virt-v2v write it) instead of ${OVF_1}; it is read as OVF, but strict importers may refuse it.`,
    );
  } else if (root.local !== 'Envelope' || !(OVF_ENVELOPE_URIS as readonly string[]).includes(root.ns)) {
    const where = root.ns ? ` in namespace ${root.ns}` : ' without a namespace';
    return {
      ok: false,
      message: `the root element is <${root.local}>${where}, not an OVF <Envelope> (namespace ${OVF_1} for OVF 1.x, ${OVF_2} for 2.x, or VMware's 0.9 draft ${OVF_09})`,
    };
  }
  const ns = root.ns;
  const a = [ns, ''];
  // Some 0.9-era exporters (VMware's, oVirt's) declare only the ovf: prefix and leave the
  // elements themselves unqualified (no default namespace); read those as OVF elements too.
  const e = elementNamespaces(root);
  if (e.length > 1)
    readerNotes.push(
      'Child elements of the envelope carry no namespace (only the ovf: prefix is declared); they are read as OVF elements, as VirtualBox does.',
    );
  // "1.0.0" and "1.0" name the same version; report major.minor.
  const declared = /^(\d+)\.(\d+)/.exec(attr(root, a, 'version') ?? '');
  const version = declared ? `${declared[1]}.${declared[2]}` : ns === OVF_09 ? '0.9' : ns === OVF_2 ? '2.0' : '1.0';

  const files: FileRef[] = [];
  for (const refs of childrenOf(root, e, 'References')) {
    for (const f of childrenOf(refs, e, 'File')) {
      files.push({
        id: attr(f, a, 'id') ?? '',
        href: attr(f, a, 'href') ?? '',
        sizeBytes: num(attr(f, a, 'size')),
        compression: attr(f, a, 'compression'),
        chunkSize: num(attr(f, a, 'chunkSize')),
      });
    }
  }

  const disks: DiskDef[] = [];
  for (const section of sections(root, e, 'DiskSection')) {
    for (const d of childrenOf(section, e, 'Disk')) {
      disks.push({
        diskId: attr(d, a, 'diskId') ?? '',
        fileRef: attr(d, a, 'fileRef'),
        capacity: (attr(d, a, 'capacity') ?? '').trim(),
        capacityAllocationUnits: attr(d, a, 'capacityAllocationUnits'),
        format: attr(d, a, 'format') ?? '',
        populatedSize: num(attr(d, a, 'populatedSize')),
      });
    }
  }

  const networks: string[] = [];
  for (const section of sections(root, e, 'NetworkSection')) {
    for (const n of childrenOf(section, e, 'Network')) {
      const name = attr(n, a, 'name');
      if (name) networks.push(name);
    }
  }

  const deploymentOptions: DeploymentOption[] = [];
  for (const section of sections(root, e, 'DeploymentOptionSection')) {
    for (const c of childrenOf(section, e, 'Configuration')) {
      deploymentOptions.push({
        id: attr(c, a, 'id') ?? '',
        label: text(firstChild(c, e, 'Label')) || (attr(c, a, 'id') ?? ''),
        default: (attr(c, a, 'default') ?? '').toLowerCase() === 'true',
      });
    }
  }
  // DSP0243: when no configuration is marked default, the first one is.
  if (deploymentOptions.length > 0 && !deploymentOptions.some((o) => o.default)) {
    const first = deploymentOptions[0];
    if (first) first.default = true;
  }

  // Null-prototype tables: a property called `constructor` or `__proto__` is just a key.
  const properties: Record<string, string> = Object.create(null) as Record<string, string>;
  const systems: RawSystem[] = [];
  const walk = (parent: XmlElement): void => {
    for (const vs of sections(parent, e, 'VirtualSystem')) systems.push(readSystem(vs, e, properties));
    for (const coll of sections(parent, e, 'VirtualSystemCollection')) {
      collectProperties(coll, e, properties);
      walk(coll);
    }
  };
  walk(root);

  return {
    ok: true,
    envelope: {
      namespace: ns,
      version,
      files,
      disks,
      networks,
      deploymentOptions,
      systems,
      properties,
      hasManifestHint: files.some((f) => /\.(mf|cert)$/i.test(f.href)),
      readerNotes,
    },
  };
}

/** ProductSection properties: key → default value, so `${key}` capacities can be resolved. */
function collectProperties(el: XmlElement, e: readonly string[], into: Record<string, string>): number {
  const ns = e[0] ?? '';
  let count = 0;
  for (const product of sections(el, e, 'ProductSection')) {
    const classPrefix = attr(product, [ns, ''], 'class');
    const instance = attr(product, [ns, ''], 'instance');
    const scan = (node: XmlElement): void => {
      for (const p of childrenOf(node, e, 'Property')) {
        count += 1;
        const key = attr(p, [ns, ''], 'key') ?? '';
        const full = [classPrefix, key, instance].filter((s) => s).join('.');
        const value = attr(p, [ns, ''], 'value') ?? '';
        into[key] = value;
        into[full] = value;
      }
      for (const cat of childrenOf(node, e, 'Category')) scan(cat);
    };
    scan(product);
  }
  return count;
}

const ITEM_KINDS: ItemKind[] = ['Item', 'StorageItem', 'EthernetPortItem'];
const KNOWN_SECTIONS = new Set(['Info', 'Name', 'OperatingSystemSection', 'VirtualHardwareSection', 'ProductSection', 'EulaSection', 'AnnotationSection']);

function readSystem(vs: XmlElement, e: readonly string[], properties: Record<string, string>): RawSystem {
  const ns = e[0] ?? '';
  const a = [ns, ''];
  const id = attr(vs, a, 'id') ?? '';
  const os = sections(vs, e, 'OperatingSystemSection')[0];
  const osIdText = os ? attr(os, a, 'id') : undefined;
  const hw = sections(vs, e, 'VirtualHardwareSection');
  const first = hw[0];

  const items: RawItem[] = [];
  const vendorConfig: RawSystem['vendorConfig'] = [];
  const virtualSystemTypes: string[] = [];
  let vssdIdentifier = '';
  const vendorText: string[] = [];
  const allText = (el: XmlElement): string => [el.text, ...Object.values(el.attrs), ...el.children.map(allText)].join(' ');
  if (first) {
    for (const child of first.children) {
      if (e.includes(child.ns) && ITEM_KINDS.includes(child.local as ItemKind)) {
        items.push(readItem(child, ns));
      } else if (e.includes(child.ns) && child.local === 'System') {
        for (const p of child.children) {
          if (!VSSD_URIS.includes(p.ns)) continue;
          if (p.local === 'VirtualSystemType') virtualSystemTypes.push(...p.text.split(/[\s,]+/).filter(Boolean));
          // ElementName is usually the generic "Virtual Hardware Family"; the identifier is the VM's name.
          if (p.local === 'VirtualSystemIdentifier' && !vssdIdentifier) vssdIdentifier = p.text;
        }
      } else if (child.ns === VMW && (child.local === 'Config' || child.local === 'ExtraConfig')) {
        vendorConfig.push({
          key: attr(child, [VMW, ''], 'key') ?? '',
          value: attr(child, [VMW, ''], 'value') ?? '',
          extra: child.local === 'ExtraConfig',
        });
      } else if (!e.includes(child.ns)) {
        vendorText.push(allText(child));
      }
    }
  }

  // VirtualBox keeps its full machine settings in vbox:Machine; firmware lives there.
  const vbox = vs.children.find((c) => c.ns === VBOX && c.local === 'Machine');
  let vboxFirmware: string | undefined;
  if (vbox) {
    const stack = [vbox];
    while (stack.length > 0 && vboxFirmware === undefined) {
      const node = stack.pop();
      if (!node) break;
      if (node.local === 'Firmware') vboxFirmware = node.attrs.type;
      stack.push(...node.children);
    }
  }

  const productProperties = collectProperties(vs, e, properties);
  const sectionName = (c: XmlElement): string =>
    c.local === 'Section' ? (c.attrs[`{${XSI}}type`] ?? 'Section').replace(/^.*:/, '').replace(/_Type$/, '') : c.local;
  const otherSections = vs.children
    .filter((c) => !(c.ns === VBOX && c.local === 'Machine'))
    .map(sectionName)
    .filter((name) => !KNOWN_SECTIONS.has(name));

  return {
    id,
    name: text(firstChild(vs, e, 'Name')) || vssdIdentifier || id,
    osId: num(osIdText),
    osDescription: os ? text(firstChild(os, e, 'Description')) : '',
    vmwOsType: os ? (attr(os, [VMW], 'osType') ?? '') : '',
    virtualSystemTypes,
    items,
    vendorConfig,
    hasVboxMachine: vbox !== undefined,
    vboxFirmware,
    hardwareSections: hw.length,
    vendorHardwareText: vendorText.join(' ').slice(0, 10_000),
    productProperties,
    eula: sections(vs, e, 'EulaSection').length > 0,
    otherSections,
  };
}

function readItem(el: XmlElement, ns: string): RawItem {
  const a = [ns, ''];
  const props: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const vendorConfig: RawItem['vendorConfig'] = [];
  const unread = new Set<string>();
  for (const p of el.children) {
    if (ITEM_PROPERTY_URIS.includes(p.ns)) (props[p.local] ??= []).push(p.text);
    else if (p.ns === VMW && p.local === 'Config') {
      vendorConfig.push({ key: attr(p, [VMW, ''], 'key') ?? '', value: attr(p, [VMW, ''], 'value') ?? '' });
    } else if (p.ns && p.ns !== VMW) unread.add(p.ns);
  }
  // OVF 0.9 spelled InstanceID as InstanceId and used Caption for the name.
  if (!props.InstanceID && props.InstanceId) props.InstanceID = props.InstanceId;
  if (!props.ElementName && props.Caption) props.ElementName = props.Caption;
  const configuration = attr(el, a, 'configuration');
  const required = (attr(el, a, 'required') ?? 'true').toLowerCase() !== 'false';
  return {
    kind: el.local as ItemKind,
    props,
    configurations: configuration === undefined ? undefined : configuration.split(/\s+/).filter(Boolean),
    bound: attr(el, a, 'bound'),
    required,
    vendorConfig,
    unreadNamespaces: [...unread],
  };
}
