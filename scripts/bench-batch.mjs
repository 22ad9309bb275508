// @ts-check
/**
 * CLI batch memory: runs `calc <model> --batch` on 100,000 lines of `{}`
 * (every field at its default) for each model, one model at a time, with
 * stdout to /dev/null, and reports wall time, peak memory (max RSS, from
 * GNU time) and the number of answer lines. Budget: every model answers every
 * line, in well under 300 MB.
 *
 *   node scripts/bench-batch.mjs [lines] [model…]
 *
 * Not part of `npm run measure` (it takes several minutes); run it after a
 * change to the CLI or to a model's result size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BUDGET from './budgets.json' with { type: 'json' };

const BUDGET_MB = BUDGET.batchPeakMB;
const [linesArg, ...only] = process.argv.slice(2);
const lines = Number(linesArg ?? 100_000);
const calcBin = fileURLToPath(new URL('../bin/calc.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hvfg-bench-batch-'));
const input = join(dir, 'in.jsonl');
writeFileSync(input, '{}\n'.repeat(lines));

const ids = only.length
  ? only
  : execFileSync(process.execPath, [calcBin, 'list'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[0]);
console.log(`| model | lines in | answer lines | seconds | peak RSS MB |\n|---|---|---|---|---|`);
let met = true;
for (const id of ids) {
  const timeFile = join(dir, 'time.txt');
  const outFile = join(dir, 'out.count');
  // GNU time: %e wall seconds, %M max RSS in KiB. Answers are counted by wc so nothing is kept.
  const script = `/usr/bin/time -f '%e %M' -o '${timeFile}' '${process.execPath}' '${calcBin}' '${id}' --batch '${input}' | wc -l > '${outFile}'`;
  const run = spawnSync('sh', ['-c', script], { stdio: 'inherit' });
  const [seconds = NaN, kib = NaN] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
  const answers = Number(readFileSync(outFile, 'utf8').trim());
  const mb = kib / 1024;
  if (run.status !== 0 || answers !== lines || mb >= BUDGET_MB) met = false;
  console.log(`| ${id} | ${lines.toLocaleString('en')} | ${answers.toLocaleString('en')} | ${seconds.toFixed(1)} | ${mb.toFixed(0)} |`);
}
console.log(met ? `\nevery model answered every line under ${BUDGET_MB} MB` : `\nBUDGET MISSED (lost lines or ${BUDGET_MB} MB or more)`);
process.exitCode = met ? 0 : 1;
