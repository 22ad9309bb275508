// @ts-check
/**
 * `npm start`: build the site, then serve it with `astro preview` on
 * 127.0.0.1:4321 (or the port in PORT). The preview server is this script's
 * child and dies with it: it stops when the script receives SIGINT, SIGTERM or
 * SIGHUP, and when the process that started it (npm) is gone, which npm's
 * shell does not signal (parent-watch.mjs). Either way the port is freed:
 * Ctrl+C and `kill <npm pid>` both stop it.
 */
import { spawn } from 'node:child_process';
import { runStep } from './run-step.mjs';
import { resolveCommand } from './resolve-command.mjs';
import { watchParent } from './parent-watch.mjs';

const port = process.env.PORT || '4321';
/** @type {import('node:child_process').ChildProcess | undefined} */
let preview;
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  if (!preview) process.exit(143);
  preview.kill('SIGTERM');
  // astro preview closes its server on SIGTERM; make sure it is gone even if it does not.
  setTimeout(() => preview?.kill('SIGKILL'), 3000).unref();
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, stop);
watchParent(stop);

await runStep('build the site (dist/)', 'astro', ['build']);
const [node, astro = ''] = resolveCommand('astro');
preview = spawn(node, [astro, 'preview', '--host', '127.0.0.1', '--port', port], {
  stdio: 'inherit',
});
preview.on('exit', (code) => {
  process.exit(code ?? 0);
});
