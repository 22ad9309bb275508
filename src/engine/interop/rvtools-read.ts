/**
 * An RVTools export (the .xlsx, or the vInfo tab saved as CSV) to an
 * Inventory. Pure: bytes in, records out. Tabs are joined to vInfo on
 * (VI SDK UUID, VM UUID), else VM UUID, else the VM name, whichever the tab's
 * columns allow and its rows bear out: names repeat across vCenters and even
 * within one, UUIDs do not. A workbook whose tabs contradict each other (the
 * same VM UUID under different VM names, or a vCenter UUID that changes from
 * tab to tab) is reported as inconsistent: such files come from programs that
 * imitate RVTools, and their figures cannot be trusted.
 */
import { decodeText } from '../decode-text.ts';
import { readTableText } from '../table-text.ts';
import { readWorkbook } from '../xlsx/workbook.ts';
import { headerStem, mapColumns, type ColumnName } from './rvtools-columns.ts';
import type { Inventory, InventoryDisk, InventoryNic, InventorySnapshot, InventoryVm, JoinBasis } from './rvtools-inventory.ts';

type Row = readonly (string | undefined)[];
interface Table {
  header: Row;
  rows: Row[];
}

/** The tabs the planner reads; the others are never inflated. */
const TABS = ['vinfo', 'vdisk', 'vnetwork', 'vsnapshot', 'vusb', 'vtools', 'vmetadata'] as const;
type TabName = (typeof TABS)[number];

export type InventoryRead = { ok: true; inventory: Inventory } | { ok: false; message: string };

export function readRvtools(bytes: Uint8Array, fileName = 'The export'): InventoryRead {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const read = readWorkbook(bytes, (name) => (TABS as readonly string[]).includes(name.toLowerCase()));
    if (!read.ok) return { ok: false, message: `${fileName} ${read.message}` };
    const tables = new Map<TabName, Table>();
    for (const sheet of read.workbook.sheets.values()) {
      const [header = [], ...rows] = sheet.rows;
      tables.set(sheet.name.toLowerCase() as TabName, { header, rows });
    }
    if (!tables.has('vinfo')) {
      return {
        ok: false,
        message: `${fileName} has no vInfo tab (tabs: ${read.workbook.sheetNames.slice(0, 12).join(', ') || 'none'}); it is not an RVTools export.`,
      };
    }
    return fromTables(tables, 'xlsx', read.workbook.sheetNames);
  }
  const text = decodeText(bytes);
  if (!text.ok) return { ok: false, message: `${fileName} ${text.message}` };
  const table = readTableText(text.text);
  if (table.header.length === 0) return { ok: false, message: `${fileName} is empty.` };
  const rows = table.rows.map((r) => r.cells.map(csvCell));
  return fromTables(new Map([['vinfo', { header: table.header, rows }]]), 'csv', ['vInfo']);
}

/**
 * RVTools' CSV writes numbers with the grouping of the Windows locale it ran
 * under ("16,384" or "16.384", quoted): a value that is only digits in groups
 * of three is read without its separators.
 */
function csvCell(cell: string): string | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  if (/^-?\d{1,3}([,.\u00a0 ]\d{3})+$/.test(trimmed)) return trimmed.replace(/[,.\u00a0 ]/g, '');
  return trimmed;
}

const TAB_TITLES: Record<TabName, string> = {
  vinfo: 'vInfo',
  vdisk: 'vDisk',
  vnetwork: 'vNetwork',
  vsnapshot: 'vSnapshot',
  vusb: 'vUSB',
  vtools: 'vTools',
  vmetadata: 'vMetaData',
};

class Cells {
  readonly columns: Partial<Record<ColumnName, number>>;
  constructor(header: Row) {
    this.columns = mapColumns(header);
  }
  has(name: ColumnName): boolean {
    return this.columns[name] !== undefined;
  }
  text(row: Row, name: ColumnName): string {
    const at = this.columns[name];
    return at === undefined ? '' : (row[at] ?? '').trim();
  }
  number(row: Row, name: ColumnName): number | null {
    const text = this.text(row, name);
    if (text === '') return null;
    const value = Number(text);
    return Number.isFinite(value) ? value : null;
  }
  flag(row: Row, name: ColumnName): boolean {
    return /^true$/i.test(this.text(row, name));
  }
}

function fromTables(tables: Map<TabName, Table>, source: Inventory['source'], tabs: string[]): InventoryRead {
  const info = tables.get('vinfo')!;
  const cells = new Cells(info.header);
  if (!cells.has('vm') || !cells.has('cpus') || !cells.has('memory')) {
    return { ok: false, message: 'The vInfo tab lacks the VM, CPUs or Memory column; it is not an RVTools vInfo tab.' };
  }
  const vms: InventoryVm[] = info.rows
    .filter((row) => cells.text(row, 'vm') !== '')
    .map((row) => {
      const firmware = cells.text(row, 'firmware').toLowerCase();
      return {
        name: cells.text(row, 'vm'),
        powerState: cells.text(row, 'powerstate'),
        template: cells.flag(row, 'template'),
        srmPlaceholder: cells.flag(row, 'srmPlaceholder'),
        cpus: cells.number(row, 'cpus') ?? 0,
        memoryMiB: cells.number(row, 'memory') ?? 0,
        provisionedMiB: cells.number(row, 'provisioned'),
        inUseMiB: cells.number(row, 'inUse'),
        totalDiskCapacityMiB: cells.number(row, 'totalDiskCapacity'),
        firmware: firmware === 'efi' || firmware === 'bios' ? firmware : null,
        secureBoot: cells.has('secureBoot') ? cells.flag(row, 'secureBoot') : null,
        ftState: cells.text(row, 'ftState'),
        consolidationNeeded: cells.flag(row, 'consolidationNeeded'),
        cluster: cells.text(row, 'cluster'),
        vCenter: cells.text(row, 'sdkServer'),
        os: cells.text(row, 'osConfig') || cells.text(row, 'osTools'),
        vmUuid: cells.text(row, 'vmUuid'),
        disks: null,
        nics: null,
        snapshots: null,
        usbDevices: null,
        tools: null,
      };
    });
  const sdkUuids = info.rows.filter((row) => cells.text(row, 'vm') !== '').map((row) => cells.text(row, 'sdkUuid'));
  const index = new VmIndex(vms, sdkUuids);
  const joins: Record<string, JoinBasis> = {};
  const inconsistencies: string[] = [];
  const notes: string[] = [];

  const join = (tab: TabName, each: (vm: InventoryVm, row: Row, c: Cells) => void, start: (vm: InventoryVm) => void) => {
    const table = tables.get(tab);
    if (!table) return;
    const c = new Cells(table.header);
    const title = TAB_TITLES[tab];
    const matched = index.match(table.rows, c, title, inconsistencies);
    joins[title] = matched.basis;
    for (const vm of vms) start(vm);
    matched.pairs.forEach(([vm, row]) => each(vm, row, c));
    if (matched.basis === 'vm-name' && index.namesRepeat)
      notes.push(`VM names repeat in vInfo and ${title} has no VM UUID to tell them apart: its rows went to the first VM of each name.`);
    if (matched.unmatched > 0) notes.push(`${matched.unmatched} ${title} row(s) match no vInfo VM and were left out.`);
  };

  join(
    'vdisk',
    (vm, row, c) => vm.disks!.push(readDisk(row, c)),
    (vm) => (vm.disks = []),
  );
  join(
    'vnetwork',
    (vm, row, c) => vm.nics!.push(readNic(row, c)),
    (vm) => (vm.nics = []),
  );
  join(
    'vsnapshot',
    (vm, row, c) => vm.snapshots!.push(readSnapshot(row, c)),
    (vm) => (vm.snapshots = []),
  );
  join(
    'vusb',
    (vm, row, c) => vm.usbDevices!.push(c.text(row, 'deviceType') || 'USB device'),
    (vm) => (vm.usbDevices = []),
  );
  join(
    'vtools',
    (vm, row, c) => (vm.tools = { status: c.text(row, 'tools'), version: c.text(row, 'toolsVersion') }),
    () => {},
  );

  const provisionedHeader = info.header.find((h) => h !== undefined && headerStem(h) === 'provisioned') ?? '';
  const sizeHeaderUnit = /mib\s*$/i.test(provisionedHeader) ? 'MiB' : /mb\s*$/i.test(provisionedHeader) ? 'MB' : '';
  return {
    ok: true,
    inventory: {
      source,
      rvtoolsVersion: metadataVersion(tables.get('vmetadata')) ?? (sizeHeaderUnit === 'MB' ? '3.x (from its "MB" headers)' : 'unknown'),
      sizeHeaderUnit,
      tabs,
      joins,
      vms,
      inconsistencies,
      notes,
    },
  };
}

function metadataVersion(table: Table | undefined): string | undefined {
  if (!table) return undefined;
  const c = new Cells(table.header);
  if (!c.has('rvtoolsVersion')) return undefined;
  const first = table.rows[0];
  return first ? c.text(first, 'rvtoolsVersion') || undefined : undefined;
}

function readDisk(row: Row, c: Cells): InventoryDisk {
  return {
    label: c.text(row, 'disk'),
    capacityMiB: c.number(row, 'capacity') ?? 0,
    thin: c.has('thin') ? c.flag(row, 'thin') : null,
    raw: c.flag(row, 'raw'),
    rawMode: c.text(row, 'rawMode'),
    diskMode: c.text(row, 'diskMode'),
    sharingMode: c.text(row, 'sharingMode'),
    sharedBus: c.text(row, 'sharedBus'),
    controller: c.text(row, 'controller'),
    busNumber: c.number(row, 'busNumber'),
    unitNumber: c.number(row, 'unitNumber'),
  };
}

function readNic(row: Row, c: Cells): InventoryNic {
  return { label: c.text(row, 'nicLabel'), adapter: c.text(row, 'adapter'), network: c.text(row, 'network'), macType: c.text(row, 'macType') };
}

function readSnapshot(row: Row, c: Cells): InventorySnapshot {
  return { name: c.text(row, 'snapshotName'), sizeMiB: c.number(row, 'snapshotSize') };
}

/** Share of a tab's rows a join basis must match to be taken as the tab's basis. */
const JOIN_AGREEMENT = 0.95;

class VmIndex {
  private readonly bySdk = new Map<string, InventoryVm>();
  private readonly byUuid = new Map<string, InventoryVm>();
  private readonly byName = new Map<string, InventoryVm>();
  readonly namesRepeat: boolean;

  constructor(vms: InventoryVm[], sdkUuids: string[]) {
    vms.forEach((vm, i) => {
      const sdk = sdkUuids[i] ?? '';
      if (vm.vmUuid && sdk) this.bySdk.set(`${sdk}|${vm.vmUuid}`, vm);
      if (vm.vmUuid && !this.byUuid.has(vm.vmUuid)) this.byUuid.set(vm.vmUuid, vm);
      if (!this.byName.has(vm.name)) this.byName.set(vm.name, vm);
    });
    this.namesRepeat = this.byName.size < vms.length;
  }

  private lookup(basis: JoinBasis, row: Row, c: Cells): InventoryVm | undefined {
    switch (basis) {
      case 'vi-sdk-uuid+vm-uuid':
        return this.bySdk.get(`${c.text(row, 'sdkUuid')}|${c.text(row, 'vmUuid')}`);
      case 'vm-uuid':
        return this.byUuid.get(c.text(row, 'vmUuid'));
      case 'vm-name':
        return this.byName.get(c.text(row, 'vm'));
      default:
        return undefined;
    }
  }

  match(rows: Row[], c: Cells, title: string, inconsistencies: string[]): { basis: JoinBasis; pairs: [InventoryVm, Row][]; unmatched: number } {
    const candidates: JoinBasis[] = [];
    if (this.bySdk.size > 0 && c.has('sdkUuid') && c.has('vmUuid')) candidates.push('vi-sdk-uuid+vm-uuid');
    if (this.byUuid.size > 0 && c.has('vmUuid')) candidates.push('vm-uuid');
    if (c.has('vm')) candidates.push('vm-name');
    const filled = rows.filter((row) => row.some((cell) => cell !== undefined));
    let best: { basis: JoinBasis; pairs: [InventoryVm, Row][] } = { basis: candidates[0] ?? 'vm-name', pairs: [] };
    const tried: Partial<Record<JoinBasis, number>> = {};
    for (const basis of candidates) {
      const pairs: [InventoryVm, Row][] = [];
      for (const row of filled) {
        const vm = this.lookup(basis, row, c);
        if (vm) pairs.push([vm, row]);
      }
      tried[basis] = pairs.length;
      if (pairs.length > best.pairs.length) best = { basis, pairs };
      if (pairs.length >= JOIN_AGREEMENT * filled.length) {
        best = { basis, pairs };
        break;
      }
    }
    if (best.basis === 'vm-uuid' && tried['vi-sdk-uuid+vm-uuid'] !== undefined) {
      inconsistencies.push(
        `${title} gives a different VI SDK UUID (vCenter) from vInfo for the same VM UUIDs: ${tried['vi-sdk-uuid+vm-uuid']} of ${filled.length} rows match on both, ${best.pairs.length} on the VM UUID alone.`,
      );
    }
    if (best.basis !== 'vm-name' && c.has('vm')) {
      const differing = best.pairs.filter(([vm, row]) => vm.name !== c.text(row, 'vm'));
      if (differing.length > Math.max(2, 0.1 * best.pairs.length)) {
        const [vm, row] = differing[0]!;
        inconsistencies.push(
          `${title} names ${differing.length} of ${best.pairs.length} VMs differently from vInfo for the same VM UUID (vInfo "${vm.name}", ${title} "${c.text(row, 'vm')}"): vInfo's VM column does not hold the VMs' names.`,
        );
      }
    }
    return { basis: best.basis, pairs: best.pairs, unmatched: filled.length - best.pairs.length };
  }
}
