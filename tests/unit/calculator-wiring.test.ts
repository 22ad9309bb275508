/**
 * How a calculator is wired, checked from the source files in well under a
 * second, both ways, so a newcomer who forgets one step is told at once
 * rather than after two builds and a browser run:
 *
 *   engine registry  ⇄  calculator-homes.ts  ⇄  the articles that place a wrapper
 *   wrapper (.astro)  →  a model that is in the registry (the very same object)
 *   island (.svelte)  ←  used by a wrapper or by another island
 *   chart builder     →  a row in the chart snapshot test
 *
 * tests/e2e/calculators-index.spec.ts still checks the built pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calculatorHomes } from '../../src/calculator-homes.ts';
import { models, registry } from '../../src/engine/index.ts';
import type { AnyModel } from '../../src/engine/model.ts';

const WRAPPERS = 'src/components/calculators';
const DOCS = 'src/content/docs';
const CHARTS = 'src/charts';
const CHART_SNAPSHOT_TEST = 'tests/charts/chart-builders.snapshot.test.ts';

/** The model a wrapper hands to islandProps, found through the import that names it. */
async function modelOfWrapper(file: string): Promise<AnyModel> {
  const source = readFileSync(join(WRAPPERS, file), 'utf8');
  const call = /islandProps(?:WithResult)?\(\s*Astro\s*,\s*(\w+)/.exec(source);
  if (!call) throw new Error(`${file} does not call islandProps(Astro, model, …)`);
  const name = call[1]!;
  const from = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'([^']+)'`).exec(source);
  if (!from) throw new Error(`${file} calls islandProps with ${name} but imports it from nowhere`);
  const module = (await import(pathToFileURL(join(process.cwd(), WRAPPERS, from[1]!)).href)) as Record<string, AnyModel>;
  return module[name]!;
}

const wrapperFiles = readdirSync(WRAPPERS).filter((f) => f.endsWith('Calculator.astro'));

/** Wrapper file → the model id it places. */
async function wrapperModels(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const file of wrapperFiles) map.set(file, (await modelOfWrapper(file)).id);
  return map;
}

/** Every article (site path without the base, as calculator-homes.ts writes it) with the wrappers it places. */
function articlesPlacingWrappers(): { path: string; file: string; wrappers: string[] }[] {
  const files = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  return files.map((file) => {
    const source = readFileSync(join(DOCS, file), 'utf8');
    const wrappers: string[] = [];
    for (const m of source.matchAll(/^import\s+(\w+)\s+from\s+'[^']*\/components\/calculators\/(\w+Calculator\.astro)';/gm)) {
      // Imported and placed: an import alone puts nothing on the page.
      if (new RegExp(`<${m[1]}[\\s/>]`).test(source)) wrappers.push(m[2]!);
    }
    const slug = file.replace(/\\/g, '/').replace(/\.mdx$/, '');
    const path = slug === 'index' ? '' : `${slug.replace(/(^|\/)index$/, '')}/`;
    return { path, file, wrappers };
  });
}

describe('calculator wiring', () => {
  it('every wrapper places a model that is in the registry, the same object the CLI runs', async () => {
    expect(wrapperFiles.length).toBeGreaterThan(10);
    for (const file of wrapperFiles) {
      const model = await modelOfWrapper(file);
      expect(registry[model.id], `${file} places ${model.id}, which src/engine/<domain>/index.ts does not register`).toBe(model);
    }
  });

  it('calculator-homes.ts lists exactly the registry, each model once', () => {
    expect(Object.keys(calculatorHomes).sort()).toEqual(models.map((m) => m.id).sort());
  });

  it('calculator-homes.ts and the articles agree, both ways', async () => {
    const modelByWrapper = await wrapperModels();
    const articles = articlesPlacingWrappers();
    const placed = new Map<string, Set<string>>();
    for (const { path, file, wrappers } of articles) {
      for (const wrapper of wrappers) {
        const id = modelByWrapper.get(wrapper)!;
        expect(calculatorHomes[id], `${DOCS}/${file} places ${wrapper} (${id}); add '${path}' to calculatorHomes['${id}']`).toContain(path);
        placed.set(path, (placed.get(path) ?? new Set()).add(id));
      }
    }
    for (const [id, paths] of Object.entries(calculatorHomes)) {
      for (const path of paths) {
        expect(placed.get(path)?.has(id), `calculatorHomes['${id}'] lists '${path}', but no article there places its calculator`).toBe(true);
      }
    }
  });

  it('every model with a page has a wrapper, and every island is used', async () => {
    const placedIds = new Set((await wrapperModels()).values());
    for (const [id, paths] of Object.entries(calculatorHomes)) if (paths.length > 0) expect(placedIds, `${id} has a page but no wrapper`).toContain(id);
    const sources = readdirSync(WRAPPERS)
      .filter((f) => f.endsWith('.astro') || f.endsWith('.svelte'))
      .map((f) => ({ f, text: readFileSync(join(WRAPPERS, f), 'utf8') }));
    for (const island of readdirSync(WRAPPERS).filter((f) => f.endsWith('.svelte'))) {
      const users = sources.filter(({ f, text }) => f !== island && text.includes(`./${island}'`));
      expect(users.length, `${WRAPPERS}/${island} is imported by no wrapper or island`).toBeGreaterThan(0);
    }
  });

  it('every chart builder has a row in the chart snapshot test', () => {
    const snapshotTest = readFileSync(CHART_SNAPSHOT_TEST, 'utf8');
    const rows = snapshotTest.split('\n').filter((line) => !/^\s*import\b/.test(line));
    const builders = readdirSync(CHARTS)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(CHARTS, f), 'utf8').matchAll(/^export const (\w+): ChartBuilder</gm)].map((m) => ({ f, name: m[1]! })));
    expect(builders.length).toBeGreaterThan(5);
    for (const { f, name } of builders) {
      expect(
        rows.some((line) => new RegExp(`\\b${name}\\b`).test(line)),
        `${CHARTS}/${f}: ${name} has no row in ${relative('.', CHART_SNAPSHOT_TEST)} (${basename(CHART_SNAPSHOT_TEST)}), so it is never snapshotted`,
      ).toBe(true);
    }
  });
});
