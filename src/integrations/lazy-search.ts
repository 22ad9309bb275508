/**
 * Loads Pagefind's search UI when the reader reaches for search, not on every
 * page at idle time. Starlight's Search component imports @pagefind/default-ui
 * (≈26 KB gzip) as soon as the browser is idle; that alone was most of the
 * JavaScript an article shipped. This Vite transform changes that one line of
 * Starlight's script so the import starts when the search button is hovered,
 * focused or clicked, or Ctrl/⌘+K is pressed, and focuses the search field
 * once the UI is built. The same signal starts Pagefind itself (its script,
 * WebAssembly and index metadata), which the UI would otherwise fetch only when
 * its input gets focus. The same signal loads the query assistant
 * (src/search/search-assist.ts), which rewrites admins' words into the
 * articles' and loosens a query that finds nothing; it checks each keystroke's
 * query against the index before letting it through to the UI, which therefore
 * needs no debounce of its own (Pagefind's default waits 300 ms). If
 * Starlight's code changes shape, the build fails here rather than silently
 * loading search eagerly again.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/** The module that rewrites and loosens queries (src/search/search-assist.ts), as an import specifier. */
const SEARCH_ASSIST = JSON.stringify(fileURLToPath(new URL('../search/search-assist.ts', import.meta.url)).replaceAll('\\', '/'));

const IDLE_LOADER = /const onIdle = window\.requestIdleCallback \|\| \(\(cb\) => setTimeout\(cb, 1\)\);/;

const ON_FIRST_USE = `let searchAs = (term) => term;
const onIdle = (cb) => {
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		// Warm Pagefind now; the UI imports the same module later and reports any load error itself.
		const bundle = import.meta.env.BASE_URL.replace(/\\/$/, '') + '/pagefind/';
		const pagefindReady = import(/* @vite-ignore */ bundle + 'pagefind.js').then(async (pagefind) => {
			await pagefind.options({ ...pagefindUserConfig, baseUrl: import.meta.env.BASE_URL });
			await pagefind.init();
			return pagefind;
		});
		pagefindReady.catch(() => {});
		// The query assistant goes in before the UI, so that it sees the first keystroke.
		import(${SEARCH_ASSIST})
			.then((assist) => { searchAs = assist.searchAs; assist.attachSearchAssist(dialog, pagefindReady); })
			.catch(() => {})
			.then(() => cb())
			.then(() => { if (dialog.open) this.querySelector('input')?.focus(); });
	};
	for (const type of ['pointerenter', 'focus', 'click', 'touchstart']) openBtn.addEventListener(type, start, { once: true, passive: true });
	window.addEventListener('keydown', (e) => { if ((e.metaKey || e.ctrlKey) && e.key === 'k') start(); });
};`;

const UI_OPTIONS = /\.\.\.pagefindUserConfig,/;
const SHORT_DEBOUNCE = '...pagefindUserConfig,\n\t\t\t\t\t\tdebounceTimeoutMs: 0,\n\t\t\t\t\t\tprocessTerm: (term) => searchAs(term),';

export default function lazySearch(): Plugin {
  return {
    name: 'hvfg-lazy-search',
    transform(code, id) {
      if (!/@astrojs\/starlight\/dist\/components\/Search\.astro\?astro&type=script/.test(id)) return undefined;
      if (!IDLE_LOADER.test(code)) {
        throw new Error("lazy-search: Starlight's Search script no longer has the idle loader this plugin replaces; update src/integrations/lazy-search.ts");
      }
      if (!UI_OPTIONS.test(code)) {
        throw new Error("lazy-search: Starlight's Search script no longer spreads pagefindUserConfig into PagefindUI; update src/integrations/lazy-search.ts");
      }
      // Options first: the loader inserted next spreads pagefindUserConfig too, and must not be matched.
      return { code: code.replace(UI_OPTIONS, SHORT_DEBOUNCE).replace(IDLE_LOADER, ON_FIRST_USE), map: null };
    },
  };
}
