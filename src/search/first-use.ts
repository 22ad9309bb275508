/**
 * When the reader first reaches for search: hovers, focuses, clicks or touches
 * the search button, or presses Ctrl/⌘+K. The search override
 * (src/components/overrides/Search.astro) watches from page load; Pagefind's UI,
 * which Starlight's script loads later once the browser is idle
 * (deferred-search-ui.ts), waits for it. The signal is kept on the button
 * itself, so it holds however the two scripts are bundled.
 */
const REACHED = 'data-search-reached';
const REACHED_EVENT = 'hvfg:search-reached';

/** Marks the button once the reader reaches for search, from now on. */
export function watchForFirstUse(openButton: Element): void {
  const reached = () => {
    if (openButton.hasAttribute(REACHED)) return;
    openButton.setAttribute(REACHED, '');
    openButton.dispatchEvent(new Event(REACHED_EVENT));
  };
  for (const type of ['pointerenter', 'focus', 'click', 'touchstart']) openButton.addEventListener(type, reached, { once: true, passive: true });
  window.addEventListener('keydown', (e) => {
    if ((e.metaKey || e.ctrlKey) && e.key === 'k') reached();
  });
}

/** Resolves once the reader has reached for search (at once if they already have). */
export function firstUse(openButton: Element): Promise<void> {
  if (openButton.hasAttribute(REACHED)) return Promise.resolve();
  return new Promise((resolve) => openButton.addEventListener(REACHED_EVENT, () => resolve(), { once: true }));
}
