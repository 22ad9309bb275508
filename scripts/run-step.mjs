/** Runs one command of a script pipeline with inherited output, timing it; rejects on failure. */
import { spawn } from 'node:child_process';

export function runStep(label, command, args, env = {}) {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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
