/**
 * The PowerShell an article publishes: every ```powershell, ```ps1, ```pwsh
 * or ```ps code block, and every inline code span outside code blocks that
 * starts with a Verb-Noun word (optionally after `(`), such as
 * `Set-VMHost -MaximumVirtualMachineMigrations 4` or
 * `(Get-Cluster).MaximumParallelMigrations`. Interactive prompts (`PS C:\>`)
 * are removed; output lines in a block are harmless because only commands
 * are checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Snippet {
  /** Path relative to the project root. */
  file: string;
  /** Line of the snippet's first line in the file (1-based). */
  line: number;
  text: string;
  kind: 'block' | 'inline';
}

const POWERSHELL_FENCE = /^\s*(`{3,}|~{3,})\s*(powershell|ps1|pwsh|ps|posh)\b/i;
const ANY_FENCE = /^\s*(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)([^`]+?)\1(?!`)/g;
const STARTS_WITH_CMDLET = /^\(?\s*([A-Za-z]+)-[A-Za-z][A-Za-z0-9]*\b/;

export function listArticles(root: string, dir = 'src/content/docs'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(join(root, d), { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** `isVerb` tells a cmdlet verb (Get, Set) from other hyphenated words (qemu-img, Hyper-V). */
export function extractPowerShell(file: string, source: string, isVerb: (verb: string) => boolean): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = source.split('\n');
  let fence: { marker: string; powershell: boolean; start: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    const lineNumber = index + 1;
    if (fence) {
      if (text.trim().startsWith(fence.marker) && text.trim().replace(/[`~]/g, '') === '') {
        if (fence.powershell) snippets.push({ file, line: fence.start + 1, text: fence.body.join('\n'), kind: 'block' });
        fence = undefined;
      } else {
        fence.body.push(text.replace(/^\s*PS [^>\n]*>\s?/, ''));
      }
      return;
    }
    const opening = ANY_FENCE.exec(text);
    if (opening) {
      fence = { marker: opening[1]!, powershell: POWERSHELL_FENCE.test(text), start: lineNumber, body: [] };
      return;
    }
    for (const match of text.matchAll(INLINE_CODE)) {
      const code = match[2]!.trim();
      const cmdlet = STARTS_WITH_CMDLET.exec(code);
      if (cmdlet && isVerb(cmdlet[1]!)) snippets.push({ file, line: lineNumber, text: code, kind: 'inline' });
    }
  });
  return snippets;
}

export function readArticles(root: string, isVerb: (verb: string) => boolean): Snippet[] {
  return listArticles(root).flatMap((file) => extractPowerShell(relative(root, join(root, file)), readFileSync(join(root, file), 'utf8'), isVerb));
}
