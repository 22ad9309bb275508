import { compile, compileModule } from 'svelte/compiler';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Svelte components and rune modules (`.svelte.ts`) compiled for the server,
 * as the build renders them, so a test can render a calculator frame to HTML
 * (svelte/server) and read a Scenario's state without a browser. Components
 * are compiled before Vite sees them (Svelte reads their TypeScript itself);
 * rune modules after, once Vite has stripped their types.
 */
const svelteForTests: Plugin[] = [
  {
    name: 'svelte-components-for-tests',
    enforce: 'pre',
    transform: (code, id) => (id.endsWith('.svelte') ? compile(code, { filename: id, generate: 'server' }).js : undefined),
  },
  {
    name: 'svelte-runes-for-tests',
    enforce: 'post',
    transform: (code, id) => (/\.svelte\.ts$/.test(id) ? compileModule(code, { filename: id, generate: 'server' }).js : undefined),
  },
];

export default defineConfig({
  plugins: svelteForTests,
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // fast-check seeds are printed on failure; pin one with FC_SEED to replay.
    testTimeout: 120_000,
  },
});
