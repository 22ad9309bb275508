/**
 * The PowerShell the calculators generate. Every registered model is run with
 * its defaults, with each option of each enum field and each boolean flipped
 * (one field at a time, so every branch that writes a different line runs),
 * with the scenarios articles pass to its calculator (`initial={{ … }}`), and
 * ovf-inspect with each OVF descriptor in the engine's test fixtures. Every
 * string in a result under a key that contains "powershell" is a script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, models, type AnyModel } from '../../src/engine/index.ts';
import { listArticles } from './extract-articles.ts';

export interface GeneratedScript {
  /** Where the script came from, e.g. "model ipsec-offload (defaults)". */
  origin: string;
  text: string;
}

interface Scenario {
  label: string;
  input: Record<string, unknown>;
}

export function scenariosFor(model: AnyModel, root: string): Scenario[] {
  const scenarios: Scenario[] = [{ label: 'defaults', input: {} }];
  for (const [name, field] of Object.entries(model.schema as Record<string, { kind: string; options?: readonly { value: string }[]; default?: unknown }>)) {
    if (field.kind === 'enum') {
      for (const option of field.options ?? [])
        if (option.value !== field.default) scenarios.push({ label: `${name}=${option.value}`, input: { [name]: option.value } });
    } else if (field.kind === 'boolean') {
      scenarios.push({ label: `${name}=${!field.default}`, input: { [name]: !field.default } });
    }
  }
  scenarios.push(
    ...articleScenarios(root)
      .filter((s) => s.model === model)
      .map(({ label, input }) => ({ label, input })),
  );
  if (model.id === 'ovf-inspect') {
    const fixtures = join(root, 'tests/engine/ovf/fixtures');
    for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.ovf'))) {
      scenarios.push({ label: `fixture ${name}`, input: { descriptor: readFileSync(join(fixtures, name), 'utf8') } });
    }
  }
  return scenarios;
}

/** Scenarios written in articles as `<XCalculator initial={{ … }} />`, resolved to the model the island imports. */
function articleScenarios(root: string): (Scenario & { model: AnyModel })[] {
  const out: (Scenario & { model: AnyModel })[] = [];
  for (const file of listArticles(root)) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const match of source.matchAll(/<(\w+)Calculator\s+initial=\{(\{[\s\S]*?\})\}\s*\/?>/g)) {
      const model = modelOfIsland(root, match[1]!);
      if (!model) continue;
      // The literal is the article's own JavaScript object; evaluating it is how Astro reads it too.
      const input = new Function(`return (${match[2]});`)() as Record<string, unknown>;
      out.push({ label: `${file} initial`, input, model });
    }
  }
  return out;
}

function modelOfIsland(root: string, island: string): AnyModel | undefined {
  let svelte: string;
  try {
    svelte = readFileSync(join(root, 'src/components/calculators', `${island}.svelte`), 'utf8');
  } catch {
    return undefined;
  }
  const imported = /import\s*\{\s*(\w+)[\s,][^}]*\}\s*from\s*'\.\.\/\.\.\/engine\/[^']+'/.exec(svelte)?.[1];
  // Registry entries are the same objects the model files export; match by the export's id convention.
  return models.find((m) => camel(m.id) === imported);
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function generatedScripts(root: string): GeneratedScript[] {
  const scripts: GeneratedScript[] = [];
  for (const model of models) {
    for (const scenario of scenariosFor(model, root)) {
      const outcome = evaluate(model, scenario.input);
      if (!outcome.ok) continue;
      collect(outcome.result, `model ${model.id} (${scenario.label})`, '', scripts);
    }
  }
  return scripts;
}

function collect(value: unknown, origin: string, key: string, into: GeneratedScript[]): void {
  if (typeof value === 'string') {
    if (/powershell/i.test(key) && value.trim() !== '') into.push({ origin: `${origin} → ${key}`, text: value });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, origin, `${key}[${i}]`, into));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) collect(v, origin, key ? `${key}.${k}` : k, into);
  }
}
