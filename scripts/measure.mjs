// @ts-check
/**
 * `npm run measure`: builds the site, serves it on loopback and prints the
 * budgets table — Lighthouse (mobile) scores, JavaScript loaded (gzip), total
 * blocking time, input-to-result latency of each calculator, Pagefind
 * keypress-to-results time, build time, engine evaluation time and the OVF
 * reader's growth on attribute-heavy descriptors. Writes measure-report/report.json.
 * Uses the same Chromium as the browser tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { runStep } from './run-step.mjs';
import { serve } from './serve.mjs';
import { benchEngine } from './bench-engine.mjs';
import { benchOvfParse, printOvfRows } from './bench-ovf-parse.mjs';
import { htmlFiles } from '../src/integrations/html-files.ts';
import BUDGET from './budgets.json' with { type: 'json' };

const PORT = 4600;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/**
 * Every page of a build (each `index.html`): its URL path and its file.
 * @param {string} dir
 */
function htmlPages(dir) {
  return htmlFiles(dir)
    .filter((file) => basename(file) === 'index.html')
    .map((file) => {
      const folders = relative(dir, dirname(file)).split(sep).filter(Boolean);
      return { path: `/${folders.map((folder) => `${folder}/`).join('')}`, file };
    });
}

/** The home page, the longest article without a calculator, and every calculator page. */
function pickPages() {
  const pages = htmlPages('dist').filter((p) => !p.path.startsWith('/404'));
  const withText = pages.map((p) => {
    const html = readFileSync(p.file, 'utf8');
    const main = html.split('<main')[1] ?? '';
    return { ...p, calculator: html.includes('class="calculator"') || html.includes('<astro-island'), textLength: main.replace(/<[^>]+>/g, '').length };
  });
  const articles = withText.filter((p) => !p.calculator && p.path.split('/').length > 3).sort((a, b) => b.textLength - a.textLength);
  return [
    { kind: 'home', path: '/' },
    ...(articles[0] ? [{ kind: 'article', path: articles[0].path }] : []),
    ...withText.filter((p) => p.calculator).map((p) => ({ kind: 'calculator', path: p.path })),
  ];
}

/**
 * @param {string} chromePath
 * @param {string} url
 */
async function runLighthouse(chromePath, url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Gzip bytes of every script the page loads: at first paint, and after its calculators hydrate.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {boolean} isCalculator
 */
async function scriptBytes(browser, url, isCalculator) {
  const page = await browser.newPage();
  /** @type {Map<string, number>} */
  const bodies = new Map();
  /** @type {Promise<unknown>[]} */
  const pending = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => bodies.set(response.url(), gzipSync(body).length))
        .catch(() => {}),
    );
  });
  const total = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return [...bodies.values()].reduce((a, b) => a + b, 0);
  };
  await page.goto(url, { waitUntil: 'networkidle' });
  const firstLoad = await total();
  if (isCalculator) {
    for (const calc of await page.locator('section.calculator').all()) await calc.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('section.calculator')].every((s) => s.getAttribute('data-hydrated') === 'true'));
  }
  const hydrated = await total();
  console.log(`  scripts: ${[...bodies.entries()].map(([u, n]) => `${u.split('/').pop()} ${(n / 1024).toFixed(1)}`).join(', ')}`);
  return { page, firstLoadKB: firstLoad / 1024, hydratedKB: hydrated / 1024 };
}

/**
 * Median time from an input event to the result region's next painted update.
 * @param {import('playwright-core').Page} page
 */
async function inputLatency(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('section.calculator')].every((s) => s.getAttribute('data-hydrated') === 'true'));
  return page.evaluate(async () => {
    const section = document.querySelector('section.calculator');
    const results = section?.querySelector('.calculator-results');
    // The first figure of the scenario itself: a bulk-set box changes nothing until its Apply button.
    const input = [...(section?.querySelectorAll('input[inputmode="decimal"]') ?? [])].find((field) => !field.closest('[data-bulk-set]'));
    if (!results || !(input instanceof HTMLInputElement)) return NaN;
    const original = input.value;
    const other = String(Number(original) + 1);
    /** @type {number[]} */
    const samples = [];
    for (let i = 0; i < 9; i++) {
      const value = i % 2 === 0 ? other : original;
      const t0 = performance.now();
      await new Promise((/** @type {(value?: unknown) => void} */ resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => resolve());
        });
        observer.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => resolve(), 1000);
      });
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] ?? NaN;
  });
}

/** @param {import('playwright-core').Browser} browser */
async function searchLatency(browser) {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
  await page
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await box.pressSequentially('live migratio');
  const t0 = Date.now();
  await box.press('n');
  await page.getByRole('dialog').locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
  const ms = Date.now() - t0;
  await page.close();
  return ms;
}

const fmt = (/** @type {number} */ n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

const buildSeconds = await runStep('build (timed)', 'astro', ['build']);
const server = await serve('dist', PORT);
const chromePath = findChromium();
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
/** @type {Array<{ kind: string, path: string, inputMs: number, firstLoadKB: number, hydratedKB: number } & Awaited<ReturnType<typeof runLighthouse>>>} */
const rows = [];
try {
  for (const target of pickPages()) {
    const url = `${ORIGIN}${target.path}`;
    console.log(`measuring ${target.path}`);
    const lh = await runLighthouse(chromePath, url);
    const js = await scriptBytes(browser, url, target.kind === 'calculator');
    const inputMs = target.kind === 'calculator' ? await inputLatency(js.page) : NaN;
    await js.page.close();
    rows.push({ ...target, ...lh, firstLoadKB: js.firstLoadKB, hydratedKB: js.hydratedKB, inputMs });
  }
  const searchMs = await searchLatency(browser);

  const lines = [
    '| page | kind | perf | a11y | best | SEO | TBT ms | JS first load KB gz | JS hydrated KB gz | input→result ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.path} | ${r.kind} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.tbtMs} | ${fmt(r.firstLoadKB, 1)} | ${fmt(r.hydratedKB, 1)} | ${fmt(r.inputMs, 1)} |`,
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  console.log(`Pagefind keypress → results: ${searchMs} ms`);
  const engine = benchEngine();
  console.log(`\n| model | case | ms per evaluation |\n|---|---|---|\n${engine.map((r) => `| ${r.id} | ${r.case} | ${r.ms.toFixed(3)} |`).join('\n')}\n`);
  const ovfParse = benchOvfParse();
  const ovfTable = printOvfRows(ovfParse);
  console.log(`OVF reader (one ovf-inspect evaluation per case):\n${ovfTable.text}\n`);
  console.log(`Build time: ${buildSeconds} s`);

  const misses = [];
  if (!ovfTable.met) misses.push('OVF reader: a case took 1 s or more, grew faster than linearly, or was refused (see the table above)');
  if (searchMs > BUDGET.searchMs) misses.push(`Pagefind keypress → results ${searchMs} ms > ${BUDGET.searchMs} ms (fresh page)`);
  for (const r of rows) {
    for (const key of /** @type {const} */ (['performance', 'accessibility', 'bestPractices', 'seo'])) {
      if (r[key] < BUDGET.lighthouseScore)
        misses.push(`${r.path}: ${key} ${r[key]} < ${BUDGET.lighthouseScore}${r.failing.length ? ` (failing audits: ${r.failing.join(', ')})` : ''}`);
    }
    const jsBudget = r.kind === 'calculator' ? BUDGET.calculatorJsKB : BUDGET.articleJsKB;
    if (r.hydratedKB > jsBudget) misses.push(`${r.path}: ${fmt(r.hydratedKB, 1)} KB gzip JavaScript > ${jsBudget} KB`);
    if (r.inputMs > BUDGET.inputToResultMs) misses.push(`${r.path}: input→result ${fmt(r.inputMs, 1)} ms > ${BUDGET.inputToResultMs} ms`);
  }
  for (const e of engine) {
    if (e.case === 'defaults' && e.ms > BUDGET.engineDefaultsMs)
      misses.push(`engine: ${e.id} takes ${e.ms.toFixed(3)} ms per evaluation > ${BUDGET.engineDefaultsMs} ms`);
  }
  console.log(misses.length ? `\nOver budget:\n  ${misses.join('\n  ')}` : '\nAll budgets met.');
  mkdirSync('measure-report', { recursive: true });
  writeFileSync(
    'measure-report/report.json',
    JSON.stringify({ date: new Date().toISOString(), buildSeconds, searchMs, rows, engine, ovfParse, misses }, null, 2),
  );
} finally {
  await browser.close();
  server.close();
}
