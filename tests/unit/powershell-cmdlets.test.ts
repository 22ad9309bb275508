/**
 * Every cmdlet and parameter the guide publishes exists. Articles' PowerShell
 * (code blocks and inline code that starts with a cmdlet) and every script a
 * calculator generates are checked against Microsoft's PowerShell reference
 * (data/powershell/cmdlets.json, the project's copy; see its README) plus
 * the allow-list (data/powershell/allow-list.json). A failure names the file,
 * the line, the cmdlet, the parameter and the nearest valid names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPowerShell } from '../../scripts/cmdlet-check/check.ts';
import { loadDictionary, readAllowList } from '../../scripts/cmdlet-check/dictionary.ts';
import { readArticles } from '../../scripts/cmdlet-check/extract-articles.ts';
import { generatedScripts } from '../../scripts/cmdlet-check/generated-scripts.ts';
import { requiredReleaseMention } from '../../scripts/cmdlet-check/releases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dictionary = loadDictionary();
const isVerb = (verb: string) => dictionary.verbs.has(verb.toLowerCase());

describe('PowerShell in articles', () => {
  const snippets = readArticles(root, isVerb);

  it('uses only cmdlets and parameters that exist', () => {
    const problems: string[] = [];
    let invocations = 0;
    for (const snippet of snippets) {
      const outcome = checkPowerShell(snippet.text, dictionary, snippet.line);
      invocations += outcome.checkedCmdlets.length;
      for (const p of outcome.problems) problems.push(`${snippet.file}:${p.line}: ${p.message}`);
    }
    console.log(
      `cmdlet check, articles: ${snippets.length} PowerShell snippets (${snippets.filter((s) => s.kind === 'block').length} code blocks, ${snippets.filter((s) => s.kind === 'inline').length} inline), ${snippets.reduce((n, s) => n + s.text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).length, 0)} lines, ${invocations} cmdlet invocations`,
    );
    expect(problems, `wrong PowerShell in articles:\n${problems.join('\n')}`).toEqual([]);
  });

  it('names the release a cmdlet needs when only some releases have it', () => {
    const missing: string[] = [];
    const pageText = new Map<string, string>();
    for (const snippet of snippets) {
      const text = pageText.get(snippet.file) ?? readFileSync(`${root}${snippet.file}`, 'utf8');
      pageText.set(snippet.file, text);
      for (const c of checkPowerShell(snippet.text, dictionary, snippet.line).checkedCmdlets) {
        const phrase = requiredReleaseMention(c.entry);
        if (phrase && !text.includes(phrase)) {
          missing.push(`${snippet.file}:${c.line}: ${c.name} is documented only for ${c.entry.releases.join(', ')}; say "${phrase}" (or later) on the page`);
        }
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });
});

describe('PowerShell the calculators generate', () => {
  it('uses only cmdlets and parameters that exist, for defaults, every option and every worked example', () => {
    const scripts = generatedScripts(root);
    const problems = new Set<string>();
    let invocations = 0;
    for (const script of scripts) {
      const outcome = checkPowerShell(script.text, dictionary);
      invocations += outcome.checkedCmdlets.length;
      for (const p of outcome.problems) problems.add(`${script.origin}, line ${p.line}: ${p.message}`);
    }
    const distinctLines = new Set(
      scripts.flatMap((s) =>
        s.text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith('#')),
      ),
    );
    console.log(`cmdlet check, calculators: ${scripts.length} generated scripts, ${distinctLines.size} distinct lines, ${invocations} cmdlet invocations`);
    expect(scripts.length).toBeGreaterThan(0);
    expect([...problems], `wrong PowerShell generated:\n${[...problems].join('\n')}`).toEqual([]);
  });
});

describe('the allow-list', () => {
  it('lists only cmdlets missing from the reference, each with a source that exists', () => {
    const reference = JSON.parse(readFileSync(`${root}data/powershell/cmdlets.json`, 'utf8')) as { cmdlets: Record<string, unknown> };
    const referenceNames = new Set(Object.keys(reference.cmdlets).map((n) => n.toLowerCase()));
    for (const entry of readAllowList()) {
      expect(referenceNames.has(entry.name.toLowerCase()), `${entry.name} is in Microsoft's reference; remove it from the allow-list`).toBe(false);
      expect(existsSync(`${root}src/content/sources/${entry.source}.yaml`), `${entry.name}: source ${entry.source} is not in src/content/sources`).toBe(true);
      expect(entry.parameters.length, `${entry.name}: list the parameters its source documents`).toBeGreaterThan(0);
    }
  });
});
