/**
 * README's quick start: `npm start` serves the site until it is stopped, and
 * `kill <npm pid>` stops the preview server too and frees its port, although
 * npm runs the script through a shell that does not pass the signal on. This
 * runs the README's own command on a free port (PORT) with the build in a
 * temporary folder (OUT_DIR), kills npm's pid and waits for the port to close.
 * The build alone takes seconds on an idle machine but minutes on a busy one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function waitFor(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

const outDir = mkdtempSync(join(tmpdir(), 'hvfg-start-'));
let group: number | undefined;
afterAll(() => {
  // Whatever the outcome, leave no server behind: the whole process group npm started.
  if (group !== undefined) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(outDir, { recursive: true, force: true });
});

it.skipIf(process.platform === 'win32')(
  'kill <npm pid> stops `npm start` and frees the port',
  async () => {
    const port = await freePort();
    // As a reader runs it: Vitest's NODE_ENV=test would make Astro build differently.
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), OUT_DIR: outDir };
    delete env.NODE_ENV;
    const npm = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    group = npm.pid;
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    npm.stdout.on('data', keep);
    npm.stderr.on('data', keep);
    let exited = false;
    npm.on('exit', () => (exited = true));
    await waitFor(`npm start to serve on port ${port}`, 540_000, async () => {
      if (exited) throw new Error(`npm start exited before serving:\n${output}`);
      return portOpen(port);
    });

    process.kill(npm.pid ?? 0, 'SIGTERM');
    await waitFor(`port ${port} to be freed after npm was killed`, 10_000, async () => !(await portOpen(port)));
    expect(await portOpen(port)).toBe(false);
  },
  600_000,
);
