/**
 * Whether Microsoft lists a VM's guest OS (as vSphere names it, "Microsoft
 * Windows Server 2019 (64-bit)") as a supported Hyper-V guest on Windows
 * Server, with its virtual-processor maximum where the list gives one
 * (ms-supported-windows-guests). Linux and FreeBSD are listed per
 * distribution, each on its own page of versions; this only says whether the
 * family is one of them (ms-linux-freebsd-vms-on-hyperv).
 */

type GuestSupport = 'listed' | 'family-listed' | 'not-listed' | 'unknown';

export interface GuestOs {
  name: string;
  support: GuestSupport;
  /** The guest's own virtual-processor maximum on Hyper-V (by generation where the list splits it). */
  maxVcpus: { gen1: number; gen2: number } | null;
  note: string;
  sources: string[];
}

interface WindowsEntry {
  pattern: RegExp;
  label: string;
  gen1: number;
  gen2: number;
  note?: string;
}

// Order matters: "2008 R2" before "2008", "2012 R2" before "2012".
const WINDOWS: WindowsEntry[] = [
  { pattern: /windows server 2025/, label: 'Windows Server 2025', gen1: 64, gen2: 2048 },
  { pattern: /windows server 2022/, label: 'Windows Server 2022', gen1: 64, gen2: 1024 },
  { pattern: /windows server 2019/, label: 'Windows Server 2019', gen1: 64, gen2: 240 },
  { pattern: /windows server 2016/, label: 'Windows Server 2016', gen1: 64, gen2: 240 },
  { pattern: /windows server 2012 r2/, label: 'Windows Server 2012 R2', gen1: 64, gen2: 64 },
  { pattern: /windows server 2012/, label: 'Windows Server 2012', gen1: 64, gen2: 64 },
  { pattern: /windows server 2008 r2/, label: 'Windows Server 2008 R2', gen1: 64, gen2: 64, note: 'listed with Service Pack 1 only' },
  { pattern: /windows server 2008/, label: 'Windows Server 2008', gen1: 8, gen2: 8, note: 'listed with Service Pack 2 only' },
  { pattern: /windows 11/, label: 'Windows 11', gen1: 32, gen2: 32, note: 'Generation 2 only, on Windows Server 2019 hosts and later' },
  { pattern: /windows 10/, label: 'Windows 10', gen1: 32, gen2: 32 },
  { pattern: /windows 8\.1|windows 8\.x/, label: 'Windows 8.1', gen1: 32, gen2: 32 },
  { pattern: /windows 7/, label: 'Windows 7', gen1: 4, gen2: 4, note: 'listed with Service Pack 1 only' },
];

const LINUX_FAMILIES = /red hat|rhel|centos|debian|suse|sles|oracle linux|ubuntu|freebsd/;

export function guestOs(name: string): GuestOs {
  const lower = name.toLowerCase();
  if (lower === '') return { name, support: 'unknown', maxVcpus: null, note: 'No guest OS in the export.', sources: [] };
  if (lower.includes('windows')) {
    const entry = WINDOWS.find((w) => w.pattern.test(lower));
    if (entry) {
      return {
        name,
        support: 'listed',
        maxVcpus: { gen1: entry.gen1, gen2: entry.gen2 },
        note: `${entry.label} is a supported Hyper-V guest${entry.note ? ` (${entry.note})` : ''}.`,
        sources: ['ms-supported-windows-guests'],
      };
    }
    return {
      name,
      support: 'not-listed',
      maxVcpus: null,
      note: 'Not in Microsoft’s list of supported Windows guests for Hyper-V on Windows Server.',
      sources: ['ms-supported-windows-guests'],
    };
  }
  if (LINUX_FAMILIES.test(lower)) {
    return {
      name,
      support: 'family-listed',
      maxVcpus: null,
      note: 'Microsoft lists this distribution family; check the version on its page (the integration drivers are in the upstream kernel; Microsoft’s LIS download is only for older kernels).',
      sources: ['ms-linux-freebsd-vms-on-hyperv'],
    };
  }
  return {
    name,
    support: 'not-listed',
    maxVcpus: null,
    note: 'Not a guest Microsoft lists for Hyper-V; check with its vendor.',
    sources: ['ms-supported-windows-guests', 'ms-linux-freebsd-vms-on-hyperv'],
  };
}
