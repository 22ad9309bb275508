// @ts-check
/**
 * Engine speed: mean time of one evaluation of each model on its default
 * input (what a calculator recomputes on every keystroke), plus the host
 * evacuation planner on 1,000 VMs. Prints a table; run by `npm run measure`
 * and on its own with `node scripts/bench-engine.mjs`.
 */
import { evaluate } from '../src/engine/evaluate.ts';
import { models, registry } from '../src/engine/index.ts';
import { isMain } from './is-main.mjs';

/** @param {() => unknown} fn */
function timeIt(fn, minMs = 200) {
  for (let i = 0; i < 20; i++) fn(); // warm up the JIT
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

export function benchEngine() {
  const rows = models.map((model) => ({ id: model.id, case: 'defaults', ms: timeIt(() => evaluate(model, {})) }));
  const vms = Array.from({ length: 1000 }, (_, i) => ({ name: `vm${i}`, memoryGiB: 4 + (i % 60), dirtyRateMBps: (i * 7) % 200, hotSetGiB: 0.1 }));
  const evacuation = registry['host-evacuation'];
  if (evacuation) rows.push({ id: 'host-evacuation', case: '1,000 VMs', ms: timeIt(() => evaluate(evacuation, { vms, maxConcurrent: 8 }), 1000) });
  return rows;
}

if (isMain(import.meta.url)) {
  console.log('| model | case | ms per evaluation |\n|---|---|---|');
  for (const r of benchEngine()) console.log(`| ${r.id} | ${r.case} | ${r.ms.toFixed(3)} |`);
}
