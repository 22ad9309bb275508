#!/usr/bin/env node
// @ts-check
// The engine from a terminal: JSON in, JSON out. See `calc --help`.
// Runs the TypeScript engine directly with Node's type stripping (Node >= 22.18),
// which the project's pinned Node provides to every npm script.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `calc needs Node 22.18 or newer (this is ${process.versions.node}). Run it through npm, which uses the project's pinned Node: npm run --silent calc -- list\n`,
  );
  process.exit(2);
}
// A long --batch makes V8 grow its young generation to ~150 MB of short-lived garbage;
// a small one keeps peak memory flat (10,000 ovf-inspect lines: 347 → 184 MB, and
// faster). Node takes this flag only at start-up, so a batch re-runs itself with it.
const SEMI_SPACE_FLAG = '--max-semi-space-size=8';
if (process.argv.includes('--batch') && !process.execArgv.some((a) => a.startsWith('--max-semi-space-size'))) {
  const { spawnSync } = await import('node:child_process');
  const child = spawnSync(process.execPath, [SEMI_SPACE_FLAG, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
const { main } = await import('../src/cli/main.ts');
const { nodeIo } = await import('../src/cli/node-io.ts');
process.exitCode = await main(process.argv.slice(2), nodeIo);
