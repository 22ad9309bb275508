/**
 * package-lock.json must list every platform's native packages, not only the
 * one it was last written on. When an optional platform package is missing,
 * `npm ci` refuses the lock as out of sync on every platform, and a contributor
 * on macOS or Windows may get no Astro compiler binding at all. (npm writes
 * only the running platform's entries when it starts from a lock that lacks
 * the others; regenerate with `npm install` on npm ≥ 11 and check this test.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const entries = lock.packages;

/** Where npm would look for a dependency of the package at `parent` (nested first, then hoisted). */
function resolve(parent: string, name: string): LockEntry | undefined {
  return entries[`${parent}/node_modules/${name}`] ?? entries[`node_modules/${name}`];
}

/** The platforms contributors and CI use: GitHub's ubuntu, windows and macos runners, and ARM laptops. */
const PLATFORMS = [
  { os: 'linux', cpu: 'x64' },
  { os: 'linux', cpu: 'arm64' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
];

/** Packages that run native code during the build and test: each needs a binary per platform. */
const NATIVE = ['@astrojs/compiler-binding', 'pagefind', 'rolldown', 'lightningcss', 'esbuild'];

describe('package-lock.json platform coverage', () => {
  it('lists every optional dependency that any locked package declares', () => {
    const missing = Object.entries(entries).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolve(path, name))
        .map((name) => `${path || 'the project'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  for (const pkg of NATIVE) {
    it(`has a ${pkg} binary for Linux, macOS and Windows`, () => {
      const parent = `node_modules/${pkg}`;
      expect(entries[parent], `${pkg} is not in the lock`).toBeDefined();
      const binaries = Object.keys(entries[parent]?.optionalDependencies ?? {}).map((name) => resolve(parent, name));
      const uncovered = PLATFORMS.filter(({ os, cpu }) => !binaries.some((b) => b?.os?.includes(os) && (!b.cpu || b.cpu.includes(cpu)))).map(
        ({ os, cpu }) => `${os}-${cpu}`,
      );
      expect(uncovered).toEqual([]);
    });
  }
});
