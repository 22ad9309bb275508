/** Calculator pages of the built site, found by the calculator markup the build wrote. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function pages(dir: string, prefix = ''): { path: string; html: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(full, `${prefix}${name}/`);
    return name === 'index.html' ? [{ path: prefix, html: readFileSync(full, 'utf8') }] : [];
  });
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
