/**
 * Fails the build on a broken internal link: every href/src in the built HTML
 * that points inside the site — absolute or relative, resolved against the
 * page's own URL under the base path — must resolve to a built file, and a
 * #fragment on a page link must name an id on the target page.
 *
 * It reads the built pages because only they hold every link a page ends up
 * with (Starlight's navigation, components, articles). Pages are read with a
 * parser (linkedom), so attribute values come decoded and text that merely
 * looks like an attribute (a code sample) is not taken for a link.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { htmlFiles } from './html-files.ts';

/** What the check needs from one built page. */
interface PageLinks {
  /** Every href and src value, in document order. */
  links: string[];
  ids: Set<string>;
}

function readPage(file: string): PageLinks {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const links = [...document.querySelectorAll('[href], [src]')].flatMap((element) =>
    ['href', 'src'].flatMap((name) => {
      const value = element.getAttribute(name);
      return value == null ? [] : [value];
    }),
  );
  return { links, ids: new Set([...document.querySelectorAll('[id]')].map((element) => element.id)) };
}

/** Resolves a site path (after the base) to the built file that serves it. */
function resolveTarget(root: string, sitePath: string): string | undefined {
  const clean = decodeURI(sitePath);
  const candidates =
    clean.endsWith('/') || clean === '' ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export function findBrokenLinks(root: string, base: string): string[] {
  const problems: string[] = [];
  // Each page is parsed once, for its own links and as the target of others'.
  const pages = new Map<string, PageLinks>();
  const pageAt = (file: string): PageLinks => {
    let read = pages.get(file);
    if (!read) {
      read = readPage(file);
      pages.set(file, read);
    }
    return read;
  };
  for (const file of htmlFiles(root)) {
    const page = relative(root, file);
    // The URL this file is served at, so relative links resolve as a browser resolves them.
    const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, 'http://site.invalid');
    for (const raw of pageAt(file).links) {
      if (raw === '' || raw.startsWith('#') || raw.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(raw)) continue;
      const resolved = new URL(raw, pageUrl);
      const link = `${resolved.pathname}${resolved.hash}`;
      if (!link.startsWith(base)) {
        problems.push(`${page}: ${raw} is outside the base path ${base}`);
        continue;
      }
      const fragment = resolved.hash.slice(1);
      const target = resolveTarget(root, resolved.pathname.slice(base.length));
      if (!target) {
        problems.push(`${page}: ${raw} does not exist`);
      } else if (fragment && target.endsWith('.html') && !pageAt(target).ids.has(decodeURIComponent(fragment))) {
        problems.push(`${page}: ${raw} points at #${fragment}, which is not an id on that page`);
      }
    }
  }
  return problems;
}

export default function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'hvfg-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = findBrokenLinks(fileURLToPath(dir), base);
        if (problems.length > 0) {
          throw new Error(`Broken internal links:\n  ${problems.join('\n  ')}`);
        }
        logger.info('all internal links resolve');
      },
    },
  };
}
