#!/usr/bin/env node
// The engine from a terminal: JSON in, JSON out. See `calc --help`.
// Runs the TypeScript engine directly with Node's type stripping (Node >= 22.18),
// which the project's pinned Node provides to every npm script.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `calc needs Node 22.18 or newer (this is ${process.versions.node}). Run it through npm, which uses the project's pinned Node: npm run --silent calc -- list\n`,
  );
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
const { nodeIo } = await import('../src/cli/node-io.ts');
process.exitCode = await main(process.argv.slice(2), nodeIo);
