/**
 * Completes the Content-Security-Policy <meta> Astro writes (security.csp).
 * Astro hashes the scripts and styles it emits itself, but not every inline
 * one a page ends up with (integrations' is:inline scripts, a chart's SVG
 * <style>). After the build this hashes every inline <script> and <style> in
 * each page and adds any hash the page's policy lacks, plus the hash of the
 * <style> Observable Plot inserts when it redraws a chart in the browser.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { htmlFiles } from './html-files.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The <style> text Plot adds to every chart it draws (fixed for a Plot version). */
export function plotStyleHashes(): string[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ marks: [Plot.dot([{ x: 1, y: 1 }], { x: 'x', y: 'y' })], document: document as unknown as Document });
  return [...svg.outerHTML.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? ''));
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

export function completePolicies(root: string): number {
  const plotStyles = plotStyleHashes();
  let pages = 0;
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8');
    const meta = META.exec(html);
    if (!meta) throw new Error(`${file} has no Content-Security-Policy meta tag`);
    const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1] ?? ''));
    const styles = [...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? ''));
    let policy = meta[1] ?? '';
    policy = addSources(policy, 'script-src', [...new Set(scripts)]);
    policy = addSources(policy, 'style-src', [...new Set([...styles, ...plotStyles])]);
    writeFileSync(file, html.replace(META, `<meta http-equiv="content-security-policy" content="${policy}">`));
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
