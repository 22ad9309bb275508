/**
 * Starlight lets a wide Markdown table scroll sideways inside the article, and
 * a scroll region must be reachable by keyboard (WCAG 2.1.1; axe
 * "scrollable-region-focusable"). After the build, every article table gets
 * tabindex="0". Tables inside islands are left alone: their ScrollTable
 * wrapper is the focusable region there.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';

const ISLAND = /<astro-island[\s\S]*?<\/astro-island>/g;

export function focusTables(html: string): string {
  const islands = [...html.matchAll(ISLAND)].map((m) => [m.index, m.index + m[0].length] as const);
  const insideIsland = (at: number) => islands.some(([start, end]) => at > start && at < end);
  return html.replace(/<table>/g, (tag, at: number) => (insideIsland(at) ? tag : '<table tabindex="0">'));
}

export default function focusableTables(): AstroIntegration {
  return {
    name: 'hvfg-focusable-tables',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const fixed = focusTables(html);
          if (fixed !== html) writeFileSync(file, fixed);
        }
      },
    },
  };
}
