/**
 * IPsec task offload budget for Hyper-V guests (Windows Server 2012 and later).
 *
 * A VM can hand its IPsec work to the physical NIC under the virtual switch,
 * one security association (SA) per direction per protected peer. Each vNIC
 * may offload at most IPsecOffloadMaximumSecurityAssociation SAs (default
 * 512, 0 disables; ms-set-vmnetworkadapter, ms-msvm-port-offload-settings),
 * and the NIC holds only so many SAs in total (SaOffloadCapacity,
 * ms-ndis-ipsec-offload-v2). SAs that do not fit are processed in software in
 * the guest, so the CPU cost returns.
 *
 * CPU cost in software: bytes per second × cycles per byte ÷ clock rate, with
 * published cycles-per-byte figures for the cipher suite with and without
 * AES-NI (OpenSSL's own measurements, and Drucker, Gueron and Krasnov for
 * AES-GCM before AES-NI).
 *
 * Microsoft's driver documentation now marks IPsec Task Offload deprecated
 * (ms-ndis-ipsec-offload-v2) and its networking docs call it a legacy feature
 * most NICs lack (ms-hpn-sh-features).
 */
import { defineModel } from '../model.ts';
import type { Assumption } from '../model.ts';
import type { Issue } from '../schema.ts';
import { defineSchema } from '../schema.ts';
import { gbpsToBytesPerSecond, roundTo } from '../units.ts';

/** SAs per protected peer: an SA is one-way, so one inbound and one outbound (rfc4301). */
export const SAS_PER_PEER = 2;
/** Hyper-V's default per-vNIC offload limit (IPSecOffloadLimit = 512, ms-msvm-port-offload-settings). */
export const DEFAULT_MAX_SA = 512;

export type Cipher = 'aes-cbc-sha1' | 'aes-gcm';

/** Published software cost of each suite in CPU cycles per byte, with the source and the CPU it was measured on. */
export const CYCLES_PER_BYTE: Record<Cipher, Record<'aesNi' | 'noAesNi', { value: number; basis: string; sources: string[] }>> = {
  'aes-cbc-sha1': {
    // aesni-sha1-x86_64.pl: AES-128-CBC encrypt stitched with SHA1, Haswell.
    aesNi: { value: 4.55, basis: 'AES-128-CBC + SHA1 stitched with AES-NI, Haswell (OpenSSL)', sources: ['openssl-aesni-sha1-x86_64'] },
    // aes-x86_64.pl 14.5 (CBC, Core 2) + sha1-x86_64.pl 6.05 (SSSE3, Core 2) = 20.55.
    noAesNi: { value: 20.55, basis: 'table-based AES-128-CBC 14.5 + SHA1 6.05 cycles/byte, Core 2 (OpenSSL)', sources: ['openssl-aes-sha1-x86_64-tables'] },
  },
  'aes-gcm': {
    // aesni-gcm-x86_64.pl: 1.0 cycle/byte with a 128-bit key on Haswell.
    aesNi: { value: 1.0, basis: 'AES-128-GCM with AES-NI and PCLMULQDQ, Haswell (OpenSSL)', sources: ['openssl-aesni-gcm-x86_64'] },
    // "from ~23 before the instructions".
    noAesNi: { value: 23, basis: 'AES-GCM before AES-NI/PCLMULQDQ, about 23 cycles/byte (Drucker, Gueron, Krasnov)', sources: ['drucker-gueron-krasnov-2018'] },
  },
};

const VM_NAME = /^[^\u0000-\u001f\u007f]+$/;

export const ipsecOffloadSchema = defineSchema({
  vms: {
    kind: 'list',
    label: 'Virtual machines using IPsec',
    itemLabel: 'VM',
    help: "Each VM whose traffic IPsec protects: its name, how many peers it holds IPsec connections with, and its vNIC's IPsecOffloadMaximumSecurityAssociation (0 disables offload).",
    item: {
      name: {
        kind: 'string',
        label: 'VM name',
        help: 'The Hyper-V virtual machine name, as Get-VM shows it.',
        default: 'VM',
        maxLength: 64,
        pattern: { regex: VM_NAME, message: 'must be a VM name without control characters' },
      },
      peers: {
        kind: 'number',
        label: 'Protected peers',
        help: 'Computers this VM holds IPsec security associations with at the same time.',
        unit: '',
        default: 100,
        min: 0,
        max: 100000,
        integer: true,
      },
      maxSa: {
        kind: 'number',
        label: 'Max offloaded SAs',
        help: "The vNIC's IPsecOffloadMaximumSecurityAssociation; Hyper-V's default is 512, 0 disables offload.",
        unit: 'SAs',
        default: DEFAULT_MAX_SA,
        min: 0,
        max: 1000000,
        integer: true,
      },
    },
    default: [
      { name: 'SQL01', peers: 150, maxSa: 512 },
      { name: 'WEB01', peers: 300, maxSa: 512 },
      { name: 'FILE01', peers: 80, maxSa: 0 },
    ],
    maxItems: 64,
  },
  nicSaCapacity: {
    kind: 'number',
    label: 'NIC SA capacity',
    help: 'Security associations the physical NIC under the virtual switch can hold (SaOffloadCapacity; Get-NetAdapterIPsecOffload shows whether offload is on).',
    unit: 'SAs',
    default: 1024,
    min: 0,
    max: 1000000,
    integer: true,
  },
  encryptedGbps: {
    kind: 'number',
    label: 'Encrypted traffic',
    help: 'IPsec-protected traffic of these VMs through the host, both directions added, in Gbps.',
    unit: 'Gbps',
    default: 10,
    min: 0,
    max: 800,
  },
  cipher: {
    kind: 'enum',
    label: 'Cipher suite',
    help: 'The ESP protection the IPsec policy negotiates.',
    options: [
      { value: 'aes-gcm', label: 'AES-GCM' },
      { value: 'aes-cbc-sha1', label: 'AES-CBC + HMAC-SHA1' },
    ],
    default: 'aes-gcm',
  },
  aesNi: {
    kind: 'boolean',
    label: 'CPU has AES-NI',
    help: 'The host CPUs have (and expose to the guests) the AES-NI instructions.',
    default: true,
  },
  cpuGHz: {
    kind: 'number',
    label: 'Core clock',
    help: 'Sustained clock rate of a host core in GHz.',
    unit: 'GHz',
    default: 2.5,
    min: 0.5,
    max: 6,
  },
});

export interface IpsecVmRow {
  name: string;
  peers: number;
  maxSa: number;
  requiredSas: number;
  offloadedSas: number;
  softwareSas: number;
  /** 'offloaded' all SAs on the NIC, 'partial' some, 'software' none though allowed, 'disabled' maxSa is 0, 'idle' no peers. */
  status: 'offloaded' | 'partial' | 'software' | 'disabled' | 'idle';
  fallsBackToSoftware: boolean;
  /** The limit that gives this VM exactly its share of the NIC in this plan. */
  budgetedMaxSa: number;
  powershell: string;
}

export interface IpsecOffloadResult {
  vms: IpsecVmRow[];
  requiredSas: number;
  offloadedSas: number;
  softwareSas: number;
  nicSaCapacity: number;
  /** Share of SAs (and, assuming traffic spreads evenly over peers, of bytes) on the NIC, 0–1. */
  offloadedShare: number;
  softwareVms: string[];
  cyclesPerByte: number;
  cyclesPerByteBasis: string;
  coresWithoutOffload: number;
  coresSaved: number;
  coresWithOffload: number;
  powershell: string;
  powershellBudgeted: string;
  warnings: string[];
  assumptions: Assumption[];
}

/** PowerShell single-quoted string: a quote is written twice. */
const psQuote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

const line = (name: string, n: number): string => `Set-VMNetworkAdapter -VMName ${psQuote(name)} -IPsecOffloadMaximumSecurityAssociation ${n}`;

export const ipsecOffload = defineModel({
  id: 'ipsec-offload',
  title: 'IPsec task offload budget for VMs',
  summary:
    'How many IPsec security associations each VM can offload to the NIC, which VMs fall back to software, and the CPU cores that software encryption costs.',
  schema: ipsecOffloadSchema,
  check(input): Issue[] {
    const seen = new Set<string>();
    const issues: Issue[] = [];
    input.vms.forEach((vm, index) => {
      const key = vm.name.trim().toLowerCase();
      if (key === '') issues.push({ field: `vms[${index}].name`, message: 'must not be blank' });
      else if (seen.has(key)) issues.push({ field: `vms[${index}].name`, message: `${JSON.stringify(vm.name)} is listed twice` });
      seen.add(key);
    });
    return issues;
  },
  compute(input): IpsecOffloadResult {
    let remaining = input.nicSaCapacity;
    const rows: IpsecVmRow[] = input.vms.map((vm) => {
      const requiredSas = SAS_PER_PEER * vm.peers;
      const wanted = vm.maxSa === 0 ? 0 : Math.min(requiredSas, vm.maxSa);
      // The NIC grants slots to whichever SAs are set up first; list order stands in for that.
      const offloadedSas = Math.min(wanted, remaining);
      remaining -= offloadedSas;
      const softwareSas = requiredSas - offloadedSas;
      const status: IpsecVmRow['status'] =
        requiredSas === 0 ? 'idle' : vm.maxSa === 0 ? 'disabled' : offloadedSas === requiredSas ? 'offloaded' : offloadedSas === 0 ? 'software' : 'partial';
      const name = vm.name.trim();
      return {
        name,
        peers: vm.peers,
        maxSa: vm.maxSa,
        requiredSas,
        offloadedSas,
        softwareSas,
        status,
        fallsBackToSoftware: softwareSas > 0,
        budgetedMaxSa: offloadedSas,
        powershell: line(name, vm.maxSa),
      };
    });

    const requiredSas = rows.reduce((s, r) => s + r.requiredSas, 0);
    const offloadedSas = rows.reduce((s, r) => s + r.offloadedSas, 0);
    const softwareSas = requiredSas - offloadedSas;
    const offloadedShare = requiredSas === 0 ? 0 : offloadedSas / requiredSas;

    const suite = CYCLES_PER_BYTE[input.cipher as Cipher][input.aesNi ? 'aesNi' : 'noAesNi'];
    const bytesPerSecond = gbpsToBytesPerSecond(input.encryptedGbps);
    const coresWithoutOffload = (bytesPerSecond * suite.value) / (input.cpuGHz * 1e9);
    const coresSaved = coresWithoutOffload * offloadedShare;

    const warnings: string[] = [
      'Microsoft\'s driver documentation marks IPsec Task Offload deprecated ("should not be used"), and most current NICs do not offer it: check Get-NetAdapterIPsecOffload before counting on it.',
    ];
    const wantedTotal = input.vms.reduce((s, vm) => s + (vm.maxSa === 0 ? 0 : Math.min(SAS_PER_PEER * vm.peers, vm.maxSa)), 0);
    if (wantedTotal > input.nicSaCapacity) {
      warnings.push(
        `The vNIC limits allow ${wantedTotal} SAs but the NIC holds ${input.nicSaCapacity}: the VMs that set up their SAs last fall back to software. Lower the limits of less important VMs (see the budgeted script).`,
      );
    }
    const capped = rows.filter((r) => r.maxSa > 0 && r.requiredSas > r.maxSa);
    if (capped.length > 0) {
      warnings.push(`${capped.map((r) => r.name).join(', ')}: more SAs needed than the vNIC limit allows; the rest run in software in the guest.`);
    }
    if (input.nicSaCapacity === 0) warnings.push('NIC SA capacity is 0: the NIC does not offload IPsec, so every SA runs in software.');

    const softwareVms = rows.filter((r) => r.fallsBackToSoftware).map((r) => r.name);
    return {
      vms: rows,
      requiredSas,
      offloadedSas,
      softwareSas,
      nicSaCapacity: input.nicSaCapacity,
      offloadedShare: roundTo(offloadedShare, 4),
      softwareVms,
      cyclesPerByte: suite.value,
      cyclesPerByteBasis: suite.basis,
      coresWithoutOffload: roundTo(coresWithoutOffload, 3),
      coresSaved: roundTo(coresSaved, 3),
      coresWithOffload: roundTo(coresWithoutOffload - coresSaved, 3),
      powershell: rows.map((r) => r.powershell).join('\n'),
      powershellBudgeted: rows.map((r) => line(r.name, r.budgetedMaxSa)).join('\n'),
      warnings,
      assumptions: [
        { text: 'Each protected peer needs two SAs: an SA is one-way, so one inbound and one outbound.', sources: ['rfc4301'] },
        {
          text: 'A vNIC offloads at most IPsecOffloadMaximumSecurityAssociation SAs (default 512; 0 disables); the NIC holds at most its SA capacity in total.',
          sources: ['ms-set-vmnetworkadapter', 'ms-msvm-port-offload-settings', 'ms-ndis-ipsec-offload-v2'],
        },
        {
          text: 'When the NIC is full, VMs are served in the order listed (in reality, whichever SAs are negotiated first win); the virtual switch then keeps the rest in software.',
          sources: ['seed-002'],
        },
        { text: 'Encrypted bytes spread evenly over the protected peers, so the offloaded share of SAs is the offloaded share of the CPU cost.', sources: [] },
        { text: `Software cost ${suite.value} CPU cycles/byte: ${suite.basis}. Newer cores are faster, older ones slower.`, sources: suite.sources },
        {
          text: "IPsec Task Offload is deprecated in Microsoft's driver documentation and called legacy, unsupported by most NICs and off by default in the networking documentation.",
          sources: ['ms-ndis-ipsec-offload-v2', 'ms-hpn-sh-features'],
        },
      ],
    };
  },
});
