// @ts-check
/**
 * The RVTools planner's budgets measured where readers meet them: in Chromium,
 * on the built site (dist/), through the island and its Web Worker. The
 * synthetic 1,300-VM export and the hostile workbooks of bench-rvtools.mjs are
 * chosen in the planner's file input, each run in a fresh browser (a cold
 * worker, as a reader's first file).
 *
 * Per run it records:
 * - worker: the read time the worker reports (unzip, parse, join);
 * - to result: from the input's change event to the figures (or the refusal)
 *   on the page, so the worker's start-up, the copy of the inventory back to
 *   the page and the planning on the main thread are in it;
 * - longest main-thread stall: the largest gap between ticks of a 10 ms
 *   timer over that span (the page "freezes" when this grows);
 * - peak RSS of the renderer process that runs the page and its worker
 *   (Linux /proc VmHWM; Chromium gives no per-worker heap figure to a page, and
 *   Performance.getMetrics covers the main thread's heap only).
 *
 * Budgets (scripts/budgets.json, as bench-rvtools.mjs): the 1,300-VM export
 * read and planned under rvtoolsCaseMs (median of the runs) and rvtoolsPeakMB;
 * each hostile workbook refused under rvtoolsCaseMs. Exits 1 when one is
 * missed. Needs a build: `node scripts/build-sites.mjs`, then
 * `node scripts/bench-estate-browser.mjs [runs]` (default 5).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { HOSTILE, hostile, syntheticExport } from './bench-rvtools.mjs';
import BUDGET from './budgets.json' with { type: 'json' };
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';

const PORT = Number(process.env.HVFG_PORT ?? 4400) + 50;
const PAGE = `http://127.0.0.1:${PORT}/interop/vmware-estate-planner/`;
const RUNS = Number(process.argv[2] ?? 5);
const LIMIT_MS = BUDGET.rvtoolsCaseMs;
const LIMIT_MB = BUDGET.rvtoolsPeakMB;
const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Peak resident memory (MiB) of every renderer process of the browser, largest first. */
async function rendererPeaksMB(/** @type {import('playwright-core').Browser} */ browser) {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = /** @type {{ processInfo: { id: number; type: string }[] }} */ (await session.send('SystemInfo.getProcessInfo'));
  await session.detach();
  return processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
        return hwm ? Number(hwm[1]) / 1024 : 0;
      } catch {
        return 0;
      }
    })
    .sort((a, b) => b - a);
}

/** One cold run: a fresh browser, the page, the file chosen; its figures. */
async function run(/** @type {string} */ executablePath, /** @type {string} */ name, /** @type {Uint8Array} */ bytes) {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(PAGE);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      const input = /** @type {HTMLInputElement} */ (document.querySelector('#vmware-estate-file'));
      w.__bench = { start: 0, end: 0, stall: 0, last: 0 };
      input.addEventListener(
        'change',
        () => {
          w.__bench.start = w.__bench.last = performance.now();
          const tick = setInterval(() => {
            const now = performance.now();
            w.__bench.stall = Math.max(w.__bench.stall, now - w.__bench.last);
            w.__bench.last = now;
          }, 10);
          const done = () => {
            const vms = document.querySelector('[data-output="totals.vms"]')?.textContent ?? '0';
            const refused = document.querySelector('[data-output="refusal"]')?.textContent ?? '';
            if (vms.trim() === '0' && refused.trim() === '') return false;
            w.__bench.end = performance.now();
            w.__bench.stall = Math.max(w.__bench.stall, w.__bench.end - w.__bench.last);
            clearInterval(tick);
            observer.disconnect();
            return true;
          };
          const observer = new MutationObserver(done);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        },
        { capture: true },
      );
    });
    await page.locator('#vmware-estate-file').setInputFiles({ name: `${name}.xlsx`, mimeType: MIME, buffer: Buffer.from(bytes) });
    await page.waitForFunction(() => /** @type {any} */ (window).__bench.end > 0, undefined, { timeout: 60_000 });
    const bench = await page.evaluate(() => /** @type {any} */ (window).__bench);
    const status = (await page.locator('[data-output="fileStatus"]').textContent()) ?? '';
    const refusal = await page.evaluate(() => document.querySelector('[data-output="refusal"]')?.textContent?.trim() ?? '');
    const vms = (await page.locator('[data-output="totals.vms"]').textContent()) ?? '';
    const workerMs = Number(/read in (\d+) ms/.exec(status)?.[1] ?? NaN);
    const [peakMB = 0] = await rendererPeaksMB(browser);
    return { toResultMs: bench.end - bench.start, stallMs: bench.stall, workerMs, peakMB, answer: refusal ? `refused: ${refusal}` : `read: ${vms} VMs` };
  } finally {
    await browser.close();
  }
}

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (/** @type {number} */ n) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');

async function main() {
  const executablePath = findChromium();
  const server = await serve('dist', PORT);
  let missed = 0;
  try {
    const cases = [['1,300-VM export', await syntheticExport()], ...(await Promise.all(HOSTILE.map(async (k) => [k, await hostile(k)])))];
    console.log(`Chromium ${executablePath}, ${RUNS} cold runs per case (median / max)\n`);
    console.log('| case | file | answer | worker read | change → result | longest main-thread stall | renderer peak RSS |\n|---|---|---|---|---|---|---|');
    for (const [name, bytes] of /** @type {[string, Uint8Array][]} */ (cases)) {
      /** @type {Awaited<ReturnType<typeof run>>[]} */
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(executablePath, name.replace(/\W+/g, '-'), bytes));
      const col = (/** @type {(r: Awaited<ReturnType<typeof run>>) => number} */ pick, /** @type {(n: number) => string} */ f) =>
        `${f(median(runs.map(pick)))} / ${f(Math.max(...runs.map(pick)))}`;
      const readCase = name.startsWith('1,300');
      const over =
        median(runs.map((r) => r.toResultMs)) > LIMIT_MS ||
        (readCase && (Math.max(...runs.map((r) => r.peakMB)) > LIMIT_MB || !runs[0]?.answer.startsWith('read'))) ||
        (!readCase && !runs.every((r) => r.answer.startsWith('refused')));
      if (over) missed += 1;
      console.log(
        `| ${name} | ${(bytes.length / 2 ** 20).toFixed(2)} MiB | ${String(runs[0]?.answer).slice(0, 80)} | ${col((r) => r.workerMs, ms)} | ${col((r) => r.toResultMs, ms)} | ${col((r) => r.stallMs, ms)} | ${col(
          (r) => r.peakMB,
          (n) => `${n.toFixed(0)} MB`,
        )} |${over ? ' **over budget**' : ''}`,
      );
    }
  } finally {
    server.close();
  }
  process.exitCode = missed > 0 ? 1 : 0;
}

await main();
