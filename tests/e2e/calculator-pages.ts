/** Calculator pages of the built site, found by the calculator markup the build wrote. */
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import { htmlFiles } from '../../src/integrations/html-files.ts';

/** Each page of a build (each `index.html`): its path below the site root (`storage/iops/`, '' for the home page) and its HTML. */
function pages(dir: string): { path: string; html: string }[] {
  return htmlFiles(dir)
    .filter((file) => basename(file) === 'index.html')
    .map((file) => ({
      path: relative(dir, dirname(file))
        .split(sep)
        .filter(Boolean)
        .map((folder) => `${folder}/`)
        .join(''),
      html: readFileSync(file, 'utf8'),
    }));
}

export function calculatorPages(): { path: string; fields: string[]; urlState: boolean; numericInput: boolean }[] {
  return pages('dist')
    .filter((p) => p.html.includes('class="calculator"'))
    .map((p) => ({
      path: p.path,
      // Whether the page's first calculator mirrors its inputs into the URL.
      urlState: !/class="calculator"[^>]*data-url-state="false"/.test(p.html),
      // Whether the first calculator has a plain numeric field (not one inside a list row).
      numericInput: [...(p.html.split('class="calculator"')[1] ?? '').matchAll(/<input[^>]*>/g)].some(
        ([tag]) => tag.includes('inputmode="decimal"') && /\sname="[^"[]+"/.test(tag),
      ),
      // Fields of the page's first calculator (the one that owns the URL state).
      fields: [...new Set([...(p.html.split('class="calculator"')[1] ?? '').matchAll(/data-field="([^"]+)"/g)].map((m) => m[1] ?? ''))],
    }));
}
