// @ts-check
/**
 * OVF reader complexity: time and peak memory of one ovf-inspect evaluation
 * (parse once, read, map, plan) on descriptors built to stress the parser —
 * 10k, 40k and 160k attributes on one element, the most attributes that fit
 * under the 4 MiB cap, and the most VirtualSystems that fit under it; and the
 * OVA reader on a 6 MiB head holding that largest descriptor, and on one holding
 * 6,200 members (traversal names, each warned about). Growth
 * must be linear and every case under 1 s. Each case runs in its own Node
 * process so its peak memory (max RSS) is its own.
 *
 * Run by `npm run measure`, or alone: `node scripts/bench-ovf-parse.mjs`
 * (`--compare` adds sax's own namespace mode, the quadratic one we replaced,
 * on the 10k and 40k cases).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import BUDGET from './budgets.json' with { type: 'json' };

const MiB = 1024 * 1024;
const CAP = 4 * MiB;
const LIMIT_MS = BUDGET.ovfCaseMs;

/**
 * One case's figures, as the child process reports them.
 * @typedef {{ case: string, mode: string, chars: number, attributes: number, ok: boolean, ms: number, maxRssMB: number }} OvfRow
 */

/** The sample descriptor with `count` extra attributes on its root element. */
/** @param {number} count */
async function withAttributes(count) {
  const { SAMPLE_DESCRIPTOR } = await import('../src/engine/ovf/sample-descriptor.ts');
  const extra = Array.from({ length: count }, (_, i) => ` a${i}="1"`).join('');
  return SAMPLE_DESCRIPTOR.replace('<Envelope ', `<Envelope${extra} `);
}

/** As many extra attributes as fit under the cap. */
async function largestAttributes() {
  const base = (await withAttributes(0)).length;
  let count = 0;
  let size = base;
  while (size + ` a${count}="1"`.length < CAP - 64) size += ` a${count++}="1"`.length;
  return withAttributes(count);
}

/** As many small VirtualSystems (one CPU, memory and disk Item each) as fit under the cap. */
function largestSystems() {
  const head = `<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"><References/><VirtualSystemCollection ovf:id="all">`;
  const system = (/** @type {number} */ i) =>
    `<VirtualSystem ovf:id="vm${i}"><Info>x</Info><Name>vm${i}</Name><VirtualHardwareSection><Info>x</Info>` +
    `<Item><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity></Item>` +
    `<Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>2048</rasd:VirtualQuantity></Item>` +
    `</VirtualHardwareSection></VirtualSystem>`;
  const tail = '</VirtualSystemCollection></Envelope>';
  const parts = [];
  let size = head.length + tail.length;
  // Stay under both the size cap and the element cap (100,000).
  for (let i = 0; size + system(i).length < CAP && (i + 1) * 16 < 100_000; i++) {
    parts.push(system(i));
    size += system(i).length;
  }
  return { text: `${head}${parts.join('')}${tail}`, systems: parts.length };
}

/** A POSIX ustar header (name, octal size, checksum) for the OVA cases. */
/**
 * @param {string} name
 * @param {number} size
 */
function tarHeader(name, size) {
  const h = new Uint8Array(512);
  const put = (/** @type {number} */ offset, /** @type {string} */ text) => {
    for (let i = 0; i < text.length; i++) h[offset + i] = text.charCodeAt(i);
  };
  put(0, name);
  put(124, `${size.toString(8).padStart(11, '0')}\0`);
  put(156, '0');
  put(257, 'ustar\0');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] ?? 0);
  put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

/** An .ova head as the island reads it (6 MiB): the given members, then nothing. */
/** @param {{ name: string, data: Uint8Array }[]} members */
function ova(members) {
  const parts = [];
  for (const { name, data } of members) {
    parts.push(tarHeader(name, data.length), data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes.subarray(0, Math.min(bytes.length, 6 * MiB));
}

/** @type {Record<string, () => Promise<Uint8Array>>} */
const OVA_CASES = {
  // The largest descriptor under the cap first, then a disk running past the 6 MiB read.
  'ova-largest-descriptor': async () =>
    ova([
      { name: 'app.ovf', data: new TextEncoder().encode(await largestAttributes()) },
      { name: 'disk1.vmdk', data: new Uint8Array(3 * MiB) },
    ]),
  // A descriptor followed by as many one-block members as fit in 6 MiB (12,000 headers to read).
  'ova-many-members': async () =>
    ova([
      { name: 'app.ovf', data: new TextEncoder().encode(await withAttributes(0)) },
      ...Array.from({ length: 6_200 }, (_, i) => ({ name: `../m${i}`, data: new Uint8Array(1) })),
    ]),
};

/** @type {Record<string, () => Promise<string>>} */
const CASES = {
  'attrs-10k': () => withAttributes(10_000),
  'attrs-40k': () => withAttributes(40_000),
  'attrs-160k': () => withAttributes(160_000),
  'attrs-largest-under-cap': largestAttributes,
  'systems-largest-under-cap': async () => largestSystems().text,
};

/**
 * @param {string} name
 * @returns {Promise<OvfRow>}
 */
async function runOva(name) {
  const bytes = await (OVA_CASES[name] ?? unknownCase(name))();
  const { readOva } = await import('../src/engine/ovf/ova.ts');
  const start = performance.now();
  const read = readOva(bytes);
  const ms = performance.now() - start;
  return {
    case: name,
    mode: 'ova-reader',
    chars: bytes.length,
    attributes: read.ok ? read.entries.length : 0,
    ok: read.ok,
    ms,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

/**
 * @param {string} name
 * @param {string} mode
 * @returns {Promise<OvfRow>}
 */
async function runOne(name, mode) {
  if (mode === 'ova-reader') return runOva(name);
  const text = await (CASES[name] ?? unknownCase(name))();
  const attributes = (text.match(/=/g) ?? []).length;
  let ok;
  const sax = (await import('sax')).default;
  const { evaluate } = await import('../src/engine/evaluate.ts');
  const { ovfInspect } = await import('../src/engine/ovf/ovf-inspect.ts');
  const start = performance.now();
  if (mode === 'sax-xmlns') {
    const parser = sax.parser(true, { xmlns: true });
    parser.write(text).close();
    ok = true;
  } else if (mode === 'sax-plain') {
    const parser = sax.parser(true, { xmlns: false });
    parser.write(text).close();
    ok = true;
  } else {
    const outcome = evaluate(ovfInspect, { descriptor: text });
    ok = outcome.ok;
    if (!outcome.ok) console.error(JSON.stringify(outcome.issues).slice(0, 300));
  }
  const ms = performance.now() - start;
  return { case: name, mode, chars: text.length, attributes, ok, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 };
}

/** @param {string} name @returns {never} */
function unknownCase(name) {
  throw new Error(`no such case: ${name}`);
}

/** @returns {OvfRow[]} */
export function benchOvfParse({ compare = false } = {}) {
  const self = fileURLToPath(import.meta.url);
  /** @type {(name: string, mode: string) => OvfRow} */
  const run = (name, mode) => JSON.parse(execFileSync(process.execPath, [self, '--one', name, mode], { encoding: 'utf8', maxBuffer: 1e6 }));
  const rows = [...Object.keys(CASES).map((name) => run(name, 'engine')), ...Object.keys(OVA_CASES).map((name) => run(name, 'ova-reader'))];
  if (compare) for (const name of ['attrs-10k', 'attrs-40k']) rows.push(run(name, 'sax-xmlns'), run(name, 'sax-plain'));
  return rows;
}

/** @param {OvfRow[]} rows */
export function printOvfRows(rows) {
  const lines = [
    '| case | reader | characters (bytes for an OVA) | attributes (members for an OVA) | accepted | ms | peak RSS MB |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.case} | ${r.mode} | ${r.chars.toLocaleString('en')} | ${r.attributes.toLocaleString('en')} | ${r.ok} | ${r.ms.toFixed(0)} | ${r.maxRssMB.toFixed(0)} |`,
    );
  }
  const engine = rows.filter((r) => r.mode === 'engine');
  const slow = rows.filter((r) => r.mode !== 'sax-xmlns' && r.ms >= LIMIT_MS).map((r) => r.case);
  // Linear: time per attribute of the 160k case is no more than ovfGrowthFactor × that of the 10k case.
  const per = (/** @type {string} */ name) => {
    const r = engine.find((x) => x.case === name);
    return r ? r.ms / r.attributes : NaN;
  };
  const growth = per('attrs-160k') / per('attrs-10k');
  lines.push('', `time per attribute, 160k vs 10k: × ${growth.toFixed(2)} (linear if about 1; budget ≤ ${BUDGET.ovfGrowthFactor})`);
  lines.push(slow.length ? `OVER ${LIMIT_MS} ms: ${slow.join(', ')}` : `every case under ${LIMIT_MS} ms`);
  const accepted = rows.filter((r) => r.mode === 'engine' || r.mode === 'ova-reader').every((r) => r.ok);
  return { text: lines.join('\n'), met: slow.length === 0 && growth <= BUDGET.ovfGrowthFactor && accepted };
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  process.stdout.write(JSON.stringify(await runOne(args[1] ?? '', args[2] ?? 'engine')));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { text, met } = printOvfRows(benchOvfParse({ compare: args.includes('--compare') }));
  console.log(text);
  process.exitCode = met ? 0 : 1;
}
