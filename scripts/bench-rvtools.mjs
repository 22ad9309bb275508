// @ts-check
/**
 * The RVTools planner's budgets: a synthetic 1,300-VM export (RVTools 4.x
 * column set, 27 tabs' worth of the VM tabs, about 2 MB) read and planned
 * through the vmware-estate model, and hostile workbooks (a zip bomb, huge
 * shared strings, deep XML, a sheet of 1,048,576 row elements) refused,
 * each case in its own Node process so its peak memory (max RSS) is its own.
 * Budgets (scripts/budgets.json): the 1,300-VM case under rvtoolsCaseMs
 * (1 s) and rvtoolsPeakMB (300 MB); every hostile case answered (refused,
 * with its message) under rvtoolsCaseMs.
 *
 * Run alone: `node scripts/bench-rvtools.mjs` (it prints a table and exits 1
 * if a budget is missed). Runs in Node, as the island's Web Worker runs the
 * same engine code in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BUDGET from './budgets.json' with { type: 'json' };
import { isMain } from './is-main.mjs';

/** @typedef {import('../tests/engine/xlsx/build-xlsx.ts').CellValue} CellValue */

const VMS = 1300;
const LIMIT_MS = BUDGET.rvtoolsCaseMs;
const LIMIT_MB = BUDGET.rvtoolsPeakMB;

/** RVTools 4.6 VM-tab headers the planner reads, padded with the other standard columns so each tab is as wide as a real one. */
const pad = (/** @type {readonly string[]} */ named, /** @type {number} */ width) => [
  ...named,
  ...Array.from({ length: Math.max(0, width - named.length) }, (_, i) => `Column ${i + 1}`),
];

/** The synthetic 1,300-VM export (also read by bench-estate-browser.mjs). */
export async function syntheticExport() {
  const { buildXlsx } = await import('../tests/engine/xlsx/build-xlsx.ts');
  const { VDISK_COLUMNS, VINFO_COLUMNS, rowOf } = await import('../tests/engine/interop/rvtools-rows.ts');
  const infoHeader = pad(VINFO_COLUMNS, 90);
  const diskHeader = pad(VDISK_COLUMNS, 40);
  const netHeader = pad(['VM', 'NIC label', 'Adapter', 'Network', 'Type', 'Mac Address', 'VM UUID', 'VI SDK UUID'], 27);
  const fill = (/** @type {CellValue[]} */ row, /** @type {number} */ width, /** @type {number} */ i) => [
    ...row,
    ...Array.from({ length: width - row.length }, (_, c) => (c % 3 === 0 ? i * 7 + c : `value ${c % 40}`)),
  ];
  const sdk = '5f1e8a2c-0000-4000-8000-000000000001';
  const info = /** @type {CellValue[][]} */ ([infoHeader]);
  const disks = /** @type {CellValue[][]} */ ([diskHeader]);
  const nets = /** @type {CellValue[][]} */ ([netHeader]);
  const snaps = /** @type {CellValue[][]} */ ([['VM', 'Name', 'Size MiB (total)', 'VM UUID', 'VI SDK UUID']]);
  const tools = /** @type {CellValue[][]} */ ([['VM', 'Tools', 'Tools Version', 'VM UUID', 'VI SDK UUID']]);
  const partitions = /** @type {CellValue[][]} */ ([pad(['VM', 'Disk', 'Capacity MiB', 'Consumed MiB', 'VM UUID', 'VI SDK UUID'], 22)]);
  for (let i = 0; i < VMS; i++) {
    const uuid = `50${String(i).padStart(6, '0')}-1111-2222-3333-444455556666`;
    const name = `vm-${String(i).padStart(4, '0')}`;
    info.push(
      fill(
        rowOf(VINFO_COLUMNS, {
          VM: name,
          Powerstate: i % 8 ? 'poweredOn' : 'poweredOff',
          Template: i % 50 === 0 ? 'True' : 'False',
          'SRM Placeholder': 'False',
          CPUs: 2 + (i % 4) * 2,
          Memory: 4096 * (1 + (i % 8)),
          'Provisioned MiB': 150000,
          'In Use MiB': 90000,
          'Total disk capacity MiB': 143360,
          'FT State': 'notConfigured',
          'EFI Secure boot': 'False',
          Firmware: i % 3 ? 'efi' : 'bios',
          Annotation: '',
          Datacenter: 'DC1',
          Cluster: `Cluster-${i % 6}`,
          Host: `esx${i % 40}.example.test`,
          'OS according to the configuration file': 'Microsoft Windows Server 2019 (64-bit)',
          'VM UUID': uuid,
          'VI SDK Server': 'vc01.example.test',
          'VI SDK UUID': sdk,
        }),
        90,
        i,
      ),
    );
    for (let d = 0; d < 2; d++)
      disks.push(
        fill(
          rowOf(VDISK_COLUMNS, {
            VM: name,
            Powerstate: 'poweredOn',
            Template: 'False',
            Disk: `Hard disk ${d + 1}`,
            'Disk Key': 2000 + d,
            'Capacity MiB': d ? 102400 : 40960,
            Raw: 'False',
            'Disk Mode': 'persistent',
            'Sharing mode': 'sharingNone',
            Thin: 'True',
            'Eagerly Scrub': 'False',
            Controller: 'VMware paravirtual SCSI',
            'SCSI Unit #': 0,
            'Unit #': d,
            'Shared Bus': 'noSharing',
            'Raw Comp. Mode': '',
            'VM UUID': uuid,
            'VI SDK UUID': sdk,
          }),
          40,
          i,
        ),
      );
    nets.push(
      fill(
        [name, 'Network adapter 1', 'Vmxnet3', `VLAN-${i % 30}`, 'assigned', `00:50:56:00:${(i >> 8).toString(16)}:${(i & 255).toString(16)}`, uuid, sdk],
        27,
        i,
      ),
    );
    for (let p = 0; p < 3; p++) partitions.push(fill([name, `C:\\${p}`, 40000, 20000, uuid, sdk], 22, i));
    if (i % 10 === 0) snaps.push([name, 'before patch', 1024.5, uuid, sdk]);
    tools.push([name, 'toolsOk', '12448', uuid, sdk]);
  }
  return buildXlsx(
    {
      vInfo: info,
      vCPU: info.map((r) => r.slice(0, 29)),
      vMemory: info.map((r) => r.slice(0, 33)),
      vDisk: disks,
      vPartition: partitions,
      vNetwork: nets,
      vSnapshot: snaps,
      vTools: tools,
    },
    { prefix: 'x' },
  );
}

/** One hostile workbook, by its case name in HOSTILE. */
export async function hostile(/** @type {string} */ kind) {
  const { strToU8, zipSync } = await import('fflate');
  const parts = (/** @type {string} */ sheet, /** @type {string} */ strings = '<sst/>') =>
    zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="vInfo" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/sharedStrings.xml': [strToU8(strings), { level: 1 }],
      'xl/worksheets/sheet1.xml': [strToU8(`<worksheet><sheetData>${sheet}</sheetData></worksheet>`), { level: 1 }],
    });
  const header = '<row><c t="inlineStr"><is><t>VM</t></is></c><c t="inlineStr"><is><t>CPUs</t></is></c><c t="inlineStr"><is><t>Memory</t></is></c></row>';
  switch (kind) {
    case 'zip bomb (160 MiB of sheet XML)':
      return parts('<row><c><v>1</v></c></row>'.repeat(Math.ceil((160 * 2 ** 20) / 26)));
    case 'huge shared string (30 MiB in one)':
      return parts(header, `<sst><si><t>${'A'.repeat(30 * 2 ** 20)}</t></si></sst>`);
    case 'many shared strings (3 million)':
      return parts(header, `<sst>${'<si><t>a</t></si>'.repeat(3_000_000)}</sst>`);
    case 'deep XML (100,000 levels)':
      return parts('<a>'.repeat(100_000) + '</a>'.repeat(100_000));
    case '1,048,576 row elements':
      return parts(header + Array.from({ length: 1_048_575 }, (_, i) => `<row r="${i + 2}"/>`).join(''));
    default:
      throw new Error(kind);
  }
}

export const HOSTILE = [
  'zip bomb (160 MiB of sheet XML)',
  'huge shared string (30 MiB in one)',
  'many shared strings (3 million)',
  'deep XML (100,000 levels)',
  '1,048,576 row elements',
];

/** Child: one evaluation of the model on one file; prints its figures as JSON. */
async function child(/** @type {string} */ path) {
  const { evaluate } = await import('../src/engine/evaluate.ts');
  const { vmwareEstate } = await import('../src/engine/interop/vmware-estate.ts');
  const bytes = readFileSync(path);
  const base64 = bytes.toString('base64');
  const started = performance.now();
  const outcome = evaluate(vmwareEstate, { export: base64 });
  const ms = performance.now() - started;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const answer = outcome.ok ? `${outcome.result.totals.vms} VMs, ${outcome.result.sizing.hostsNeeded} hosts` : (outcome.issues[0]?.message ?? '');
  process.stdout.write(JSON.stringify({ bytes: bytes.length, ok: outcome.ok, ms, maxRssMB, answer }));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rvtools-'));
  const cases = [['1,300-VM export', await syntheticExport()], ...(await Promise.all(HOSTILE.map(async (k) => [k, await hostile(k)])))];
  let missed = 0;
  console.log('| case | file | answer | time | peak RSS |\n|---|---|---|---|---|');
  for (const [name, bytes] of /** @type {[string, Uint8Array][]} */ (cases)) {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(path, bytes);
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const row = JSON.parse(out);
    const over = row.ms > LIMIT_MS || (name.startsWith('1,300') && (row.maxRssMB > LIMIT_MB || !row.ok)) || (!name.startsWith('1,300') && row.ok);
    if (over) missed += 1;
    console.log(
      `| ${name} | ${(row.bytes / 2 ** 20).toFixed(2)} MiB | ${row.ok ? 'read: ' : 'refused: '}${String(row.answer).slice(0, 90)} | ${row.ms.toFixed(0)} ms | ${row.maxRssMB.toFixed(0)} MB |${over ? ' **over budget**' : ''}`,
    );
  }
  process.exitCode = missed > 0 ? 1 : 0;
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '');
else if (isMain(import.meta.url)) await main();
