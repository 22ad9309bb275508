// @ts-check
/** Runs one command of a script pipeline, showing its output and timing it; rejects on failure. */
import { spawn } from 'node:child_process';
import { resolveCommand } from './resolve-command.mjs';

/**
 * @param {string} label what the step does, printed before and after
 * @param {string} command `node` or the name of a devDependency's bin (astro, vitest, playwright)
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @param {{ failOn?: RegExp }} [options] failOn: a line of output that fails the step (its output is still shown as it comes)
 * @returns {Promise<number>} seconds taken
 */
export function runStep(label, command, args, env = {}, { failOn } = {}) {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  const [file, ...prefix] = resolveCommand(command);
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...prefix, ...args], {
      stdio: failOn ? ['inherit', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    /** @type {string[]} */
    const offending = [];
    if (failOn) {
      for (const [stream, out] of /** @type {const} */ ([
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ])) {
        let pending = '';
        stream?.on('data', (chunk) => {
          out.write(chunk);
          const lines = (pending + chunk.toString()).split('\n');
          pending = lines.pop() ?? '';
          offending.push(...lines.filter((line) => failOn.test(line)));
        });
        stream?.on('end', () => {
          if (failOn.test(pending)) offending.push(pending);
        });
      }
    }
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code !== 0) reject(new Error(`${label} failed (exit ${code}) after ${seconds} s`));
      else if (offending.length > 0) reject(new Error(`${label} printed ${offending.length} line(s) it must not:\n  ${offending.join('\n  ')}`));
      else {
        console.log(`✔ ${label} (${seconds} s)`);
        resolve(Number(seconds));
      }
    });
  });
}
