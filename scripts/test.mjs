// @ts-check
/**
 * `npm test`: every check, in order, stopping at the first failure —
 * lint (ESLint, then Prettier's format check), type check, engine tests,
 * both production builds, browser tests — then a one-line total of the
 * tests run.
 */
import { readFileSync, rmSync } from 'node:fs';
import { buildSites } from './build-sites.mjs';
import { runBrowserTests } from './e2e.mjs';
import { runStep } from './run-step.mjs';

const started = performance.now();
const vitestReport = 'test-results/vitest.json';
const playwrightReport = 'test-results/playwright.json';
rmSync('test-results', { recursive: true, force: true });

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    const v = JSON.parse(readFileSync(vitestReport, 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  } catch {
    // No report: the run stopped before Vitest wrote one.
  }
  try {
    const p = JSON.parse(readFileSync(playwrightReport, 'utf8'));
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
    skipped += p.stats.skipped;
  } catch {
    // No report: the run stopped before Playwright wrote one.
  }
  return { passed, failed, skipped };
}

try {
  console.log(`Node ${process.versions.node} (pinned by the "node" devDependency)`);
  await runStep('lint (ESLint)', 'eslint', ['.']);
  await runStep('format check (Prettier; `npm run format` fixes it)', 'prettier', ['--check', '.']);
  await runStep('type check (astro check)', 'astro', ['check', '--minimumSeverity', 'warning']);
  // astro check does not look inside .svelte files; svelte-check type-checks the islands' script and markup
  // (after astro check, which writes the astro:content and import.meta.env types it reads).
  await runStep('type check of the Svelte islands (svelte-check)', 'svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
  await runStep('engine tests (Vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], {
    FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000',
  });
  await runStep('audit production dependencies', 'node', ['scripts/audit.mjs']);
  await buildSites();
  await runBrowserTests([], { HVFG_JSON_REPORT: playwrightReport });
} catch (error) {
  const { passed, failed, skipped } = counts();
  console.error(`\n✘ ${error instanceof Error ? error.message : error}`);
  console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed, ${skipped} skipped`);
  process.exit(1);
}
const { passed, failed, skipped } = counts();
const minutes = ((performance.now() - started) / 60000).toFixed(1);
console.log(`\nnpm test finished in ${minutes} min`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0) process.exit(1);
