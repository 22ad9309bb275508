// @ts-check
/**
 * `npm start`: build the site, then serve it with `astro preview` on
 * 127.0.0.1:4321. The preview server is this script's child and dies with it:
 * it stops when it receives SIGINT, SIGTERM or SIGHUP, and so frees the port
 * (a shell chain `astro build && astro preview` left the server running when
 * only npm was stopped). Ctrl+C and `kill <npm pid>` both stop it.
 */
import { spawn } from 'node:child_process';
import { runStep } from './run-step.mjs';
import { resolveCommand } from './resolve-command.mjs';

await runStep('build the site (dist/)', 'astro', ['build']);
const [node, astro = ''] = resolveCommand('astro');
const preview = spawn(node, [astro, 'preview', '--host', '127.0.0.1', '--port', '4321'], {
  stdio: 'inherit',
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  preview.kill('SIGTERM');
  // astro preview closes its server on SIGTERM; make sure it is gone even if it does not.
  setTimeout(() => preview.kill('SIGKILL'), 3000).unref();
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, stop);
preview.on('exit', (code) => {
  process.exit(code ?? 0);
});
