/**
 * Completes the Content-Security-Policy <meta> Astro writes (security.csp).
 * Astro hashes the scripts and styles it emits itself, but not every inline
 * one a page ends up with (integrations' is:inline scripts, a chart's SVG
 * <style>). After the build this hashes every inline <script> and <style> in
 * each page and adds any hash the page's policy lacks, plus the hash of the
 * <style> Observable Plot inserts when it redraws a chart in the browser.
 *
 * This must run on the built pages: a hash covers a script's final text, and
 * only the finished page holds every inline script and style that ends up in
 * it (Starlight's head entries and components, Astro's island loaders, each
 * chart's SVG). Pages are read with a parser (linkedom, already used here to
 * draw Plot's chart off-screen); the policy itself is then replaced as the
 * exact attribute text the parser found, so the rest of each page keeps its
 * bytes.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { htmlFiles } from './html-files.ts';

const POLICY_META = 'meta[http-equiv="content-security-policy"]';

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The <style> text Plot adds to every chart it draws (fixed for a Plot version). */
function plotStyleHashes(): string[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ marks: [Plot.dot([{ x: 1, y: 1 }], { x: 'x', y: 'y' })], document: document as unknown as Document });
  return [...svg.querySelectorAll('style')].map((style) => sha256(style.textContent ?? ''));
}

function addSources(policy: string, directive: string, sources: string[]): string {
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const index = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  if (index < 0) return [...parts, `${directive} ${sources.join(' ')}`].join('; ');
  const present = new Set((parts[index] ?? '').split(/\s+/));
  const missing = sources.filter((s) => !present.has(s));
  if (missing.length > 0) parts[index] = `${parts[index]} ${missing.join(' ')}`;
  return parts.join('; ');
}

/** The page with its one occurrence of `from` replaced; a policy written twice or escaped would be ambiguous. */
function replaceOnce(html: string, from: string, to: string, file: string): string {
  const at = html.indexOf(from);
  if (at < 0 || html.indexOf(from, at + 1) >= 0) throw new Error(`${file}: its Content-Security-Policy is not written once as ${from}`);
  return html.slice(0, at) + to + html.slice(at + from.length);
}

export function completePolicies(root: string): number {
  const plotStyles = plotStyleHashes();
  let pages = 0;
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);
    const policyText = document.querySelector(POLICY_META)?.getAttribute('content');
    if (policyText == null) throw new Error(`${file} has no Content-Security-Policy meta tag`);
    const scripts = [...document.querySelectorAll('script:not([src])')].map((script) => sha256(script.textContent ?? ''));
    const styles = [...document.querySelectorAll('style')].map((style) => sha256(style.textContent ?? ''));
    let policy = addSources(policyText, 'script-src', [...new Set(scripts)]);
    policy = addSources(policy, 'style-src', [...new Set([...styles, ...plotStyles])]);
    writeFileSync(file, replaceOnce(html, `content="${policyText}"`, `content="${policy}"`, file));
    pages++;
  }
  return pages;
}

export default function cspComplete(): AstroIntegration {
  return {
    name: 'hvfg-csp-complete',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = completePolicies(fileURLToPath(dir));
        logger.info(`completed the Content-Security-Policy of ${pages} pages`);
      },
    },
  };
}
