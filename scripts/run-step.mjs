// @ts-check
/** Runs one command of a script pipeline with inherited output, timing it; rejects on failure. */
import { spawn } from 'node:child_process';
import { resolveCommand } from './resolve-command.mjs';

/**
 * @param {string} label what the step does, printed before and after
 * @param {string} command `node` or the name of a devDependency's bin (astro, vitest, playwright)
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {Promise<number>} seconds taken
 */
export function runStep(label, command, args, env = {}) {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  const [file, ...prefix] = resolveCommand(command);
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...prefix, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`✔ ${label} (${seconds} s)`);
        resolve(Number(seconds));
      } else reject(new Error(`${label} failed (exit ${code}) after ${seconds} s`));
    });
  });
}
