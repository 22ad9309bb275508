/**
 * Loads Pagefind's search UI when the reader reaches for search, not on every
 * page at idle time. Starlight's Search component imports @pagefind/default-ui
 * (≈26 KB gzip) as soon as the browser is idle; that alone was most of the
 * JavaScript an article shipped. This Vite transform changes that one line of
 * Starlight's script so the import starts when the search button is hovered,
 * focused or clicked, or Ctrl/⌘+K is pressed, and focuses the search field
 * once the UI is built. If Starlight's code changes shape, the build fails
 * here rather than silently loading search eagerly again.
 */
import type { Plugin } from 'vite';

const IDLE_LOADER = /const onIdle = window\.requestIdleCallback \|\| \(\(cb\) => setTimeout\(cb, 1\)\);/;

const ON_FIRST_USE = `const onIdle = (cb) => {
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		Promise.resolve(cb()).then(() => { if (dialog.open) this.querySelector('input')?.focus(); });
	};
	for (const type of ['pointerenter', 'focus', 'click', 'touchstart']) openBtn.addEventListener(type, start, { once: true, passive: true });
	window.addEventListener('keydown', (e) => { if ((e.metaKey || e.ctrlKey) && e.key === 'k') start(); });
};`;

export default function lazySearch(): Plugin {
  return {
    name: 'hvfg-lazy-search',
    transform(code, id) {
      if (!/@astrojs\/starlight\/dist\/components\/Search\.astro\?astro&type=script/.test(id)) return undefined;
      if (!IDLE_LOADER.test(code)) {
        throw new Error('lazy-search: Starlight\'s Search script no longer has the idle loader this plugin replaces; update src/integrations/lazy-search.ts');
      }
      return { code: code.replace(IDLE_LOADER, ON_FIRST_USE), map: null };
    },
  };
}
