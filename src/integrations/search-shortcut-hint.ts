/**
 * Starlight's search button is named "Search" (aria-label) but also shows the
 * shortcut as text ("Ctrl K"), so its visible text is not part of its name:
 * axe 4.14 reports label-content-name-mismatch (WCAG 2.5.3) on every page.
 * The shortcut is already announced through aria-keyshortcuts, so the hint is
 * decoration: after the build its letters move from text into a data-key
 * attribute that CSS draws (src/styles/guide.css). Starlight's inline script
 * still writes "⌘" into the first key on Apple devices; the CSS draws a key's
 * attribute only while the key is empty. If Starlight's markup changes shape,
 * the build fails here instead of the check silently regressing.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.ts';

const SEARCH_BUTTON = /<button data-open-modal[\s\S]*?<\/button>/;
const KEY_WITH_TEXT = /<kbd class="([^"]*)">([^<]+)<\/kbd>/g;

export function drawShortcutKeys(html: string): string {
  return html.replace(SEARCH_BUTTON, (button) => button.replace(KEY_WITH_TEXT, '<kbd class="$1" data-key="$2"></kbd>'));
}

export default function searchShortcutHint(): AstroIntegration {
  return {
    name: 'hvfg-search-shortcut-hint',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!SEARCH_BUTTON.test(html)) continue;
          const fixed = drawShortcutKeys(html);
          if (fixed === html) {
            throw new Error(
              `search-shortcut-hint: the search button in ${file} no longer has the shortcut keys this integration rewrites; update src/integrations/search-shortcut-hint.ts`,
            );
          }
          writeFileSync(file, fixed);
        }
      },
    },
  };
}
