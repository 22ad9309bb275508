/**
 * Gives the calculator islands the title, address and publisher of each source
 * their model cites, and nothing more: every engine module that quotes source
 * ids gets, in the bundle only, a call registering those sources
 * (source-ref-registry.ts), so a page carries the sources of the models it
 * loads. The engine's own files stay free of it (the CLI and tests run them
 * untouched). An island whose results cite ids from data rather than code
 * (the feature matrix) provides those itself (provideSourceRefs).
 *
 * The build fails if an engine file lists an unknown id in a `sources: [...]`
 * array; ids held in constants are checked when the islands render at build
 * time (SourceRef) and by the engine's contract test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Plugin } from 'vite';
import { toSourceRefData, type SourceRefData } from '../components/frame/source-ref-data.ts';

const REGISTRY = fileURLToPath(new URL('../components/frame/source-ref-registry.ts', import.meta.url));

interface SourceYaml {
  title: string;
  publisher: string;
  year: number;
  url?: string;
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));
}

/** The sources collection, by id. */
export function readSources(root: string): Map<string, SourceRefData> {
  const dir = join(root, 'src/content/sources');
  return new Map(filesUnder(dir, '.yaml').map((f) => [relative(dir, f).replace(/\.yaml$/, ''), toSourceRefData(parse(readFileSync(f, 'utf8')) as SourceYaml)]));
}

/** The quoted strings in a short stretch of code holding no prose (a `sources` array). */
const quotedStrings = (code: string): string[] => [...code.matchAll(/(['"])([^'"\n\\]+)\1/g)].map((m) => m[2] ?? '');

/** Ids quoted inside a file's `sources: [ ... ]` arrays that name no source. */
export function unknownListedIds(code: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] {
  return [...code.matchAll(/\bsources:\s*\[([^\]]*)\]/g)].flatMap((m) => quotedStrings(m[1] ?? '')).filter((id) => !known.has(id));
}

/** The sources a file quotes as whole string literals (with ' or "), by id. */
export function quotedSources(code: string, sources: ReadonlyMap<string, SourceRefData>): Record<string, SourceRefData> {
  const found: Record<string, SourceRefData> = {};
  for (const [id, ref] of sources) if (code.includes(`'${id}'`) || code.includes(`"${id}"`)) found[id] = ref;
  return found;
}

export default function sourceRefs(): Plugin {
  let root = process.cwd();
  let engineDir = '';
  let sources = new Map<string, SourceRefData>();
  return {
    name: 'hvfg-source-refs',
    configResolved(config) {
      root = config.root;
      engineDir = join(root, 'src', 'engine') + sep;
    },
    buildStart() {
      sources = readSources(root);
      const problems: string[] = [];
      for (const file of filesUnder(join(root, 'src/engine'), '.ts')) {
        for (const id of unknownListedIds(readFileSync(file, 'utf8'), sources)) problems.push(`${relative(root, file)} cites unknown source "${id}"`);
      }
      if (problems.length > 0) this.error(`${problems.join('\n')}\nAdd src/content/sources/<id>.yaml or fix the id.`);
    },
    transform(code, id) {
      const file = id.split('?', 1)[0] ?? '';
      if (!file.startsWith(engineDir) || !file.endsWith('.ts')) return undefined;
      const cited = quotedSources(code, sources);
      if (Object.keys(cited).length === 0) return undefined;
      return {
        code: `${code}\nimport { registerSourceRefs as __registerSourceRefs } from ${JSON.stringify(REGISTRY)};\n__registerSourceRefs(${JSON.stringify(cited)});\n`,
        map: null,
      };
    },
  };
}
