/**
 * Loads Pagefind's search UI when the reader reaches for search, not on every
 * page at idle time: Starlight's search script imports @pagefind/default-ui
 * (≈26 KB gzip) as soon as the browser is idle, which alone was most of the
 * JavaScript an article shipped. That script gets src/search/deferred-search-ui.ts
 * in its place, which builds the real UI on first use (and adds the query
 * assistant); the stand-in reaches the real package as
 * `virtual:hvfg/pagefind-default-ui`, resolved from Starlight's own files.
 *
 * Why not a Starlight component override: the override can replace Starlight's
 * search, but not change when the default component's script loads the UI, and
 * a search written from scratch would import @pagefind/default-ui itself (a
 * package the guide does not declare) and redo Starlight's styling of the
 * results. The one thing changed here is the module behind Starlight's import,
 * through the UI's public constructor; the override in
 * src/components/overrides/Search.astro keeps Starlight's component. If
 * Starlight stops importing the UI this way, the build fails here.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const UI_PACKAGE = '@pagefind/default-ui';
const REAL_UI = 'virtual:hvfg/pagefind-default-ui';
const DEFERRED_UI = fileURLToPath(new URL('../search/deferred-search-ui.ts', import.meta.url));
/** Starlight's search component's client script, as Vite names it. */
const STARLIGHT_SEARCH_SCRIPT = /@astrojs[\\/]starlight[\\/]dist[\\/]components[\\/]Search\.astro\?astro&type=script/;

export default function lazySearch(): Plugin {
  /** Starlight's search component, once its script has been seen importing the UI. */
  let starlightSearch: string | undefined;
  return {
    name: 'hvfg-lazy-search',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === REAL_UI) {
        if (!starlightSearch) this.error(`lazy-search: ${REAL_UI} was imported before Starlight's search script imported ${UI_PACKAGE}`);
        return this.resolve(UI_PACKAGE, starlightSearch, { skipSelf: true });
      }
      if (id !== UI_PACKAGE || !importer || !STARLIGHT_SEARCH_SCRIPT.test(importer)) return undefined;
      starlightSearch = importer.split('?', 1)[0];
      return DEFERRED_UI;
    },
    buildEnd(error) {
      if (error || this.environment.name !== 'client' || starlightSearch) return;
      this.error(`lazy-search: Starlight's search script no longer imports ${UI_PACKAGE}; update src/integrations/lazy-search.ts`);
    },
  };
}
