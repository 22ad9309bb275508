/**
 * Every package the code imports is declared in package.json, so a clean
 * `npm ci` has it (`chrome-launcher` was once imported by
 * scripts/measure.mjs without being declared). Scans the scripts, the CLI's
 * bin, the tests, the root config files and src/ for bare imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
const builtins = new Set(builtinModules);

const CODE = /\.(ts|mts|js|mjs|cjs|svelte|astro)$/;
const ROOT_CONFIGS = readdirSync('.', { withFileTypes: true })
  .filter((entry) => entry.isFile() && CODE.test(entry.name))
  .map((entry) => entry.name);
const files = [
  ...ROOT_CONFIGS,
  ...['bin', 'scripts', 'tests', 'src'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && CODE.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  ),
];

/** Module specifiers of static imports, re-exports, dynamic imports and `typeof import(…)`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([\w@./:$+-]+)\1/gm;

/** The package a bare specifier names (`@scope/name` or `name`); undefined for relative paths and virtual modules. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  // Astro's and Vite's virtual modules (astro:content, virtual:…) are not packages.
  if (/^(astro|virtual):/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? '');

describe('declared imports', () => {
  it('finds the files to scan, including the scripts and the config files', () => {
    expect(files).toEqual(expect.arrayContaining(['astro.config.mjs', 'eslint.config.js', join('scripts', 'measure.mjs'), join('bin', 'calc.mjs')]));
  });

  it('finds the imports it should: chrome-launcher in measure.mjs, sax in the OVF reader', () => {
    const imported = (file: string) => [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[2]);
    expect(imported(join('scripts', 'measure.mjs'))).toContain('chrome-launcher');
    expect(imported(join('src', 'engine', 'ovf', 'xml.ts'))).toContain('sax');
  });

  it('every bare import is a Node built-in or a package in dependencies or devDependencies', () => {
    const undeclared: string[] = [];
    for (const file of files) {
      for (const [, , specifier = ''] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const name = packageOf(specifier);
        if (name && !isBuiltin(specifier) && !declared.has(name)) undeclared.push(`${file}: ${specifier}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
