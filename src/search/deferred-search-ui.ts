/**
 * Stands in for Pagefind's search UI in Starlight's search script, so the UI
 * (≈26 KB gzip) loads when the reader reaches for search, not on every page at
 * idle time. Starlight's script imports the UI once the browser is idle and
 * constructs it at once; src/integrations/lazy-search.ts hands that script
 * this module instead (under 1 KB gzip), whose constructor waits for the
 * reader to reach for search: the first hover, focus, click or touch of the
 * search button, or Ctrl/⌘+K, which the search override
 * (src/components/overrides/Search.astro) marks on the button from page load,
 * so one made before this module loaded counts too. Then it warms Pagefind
 * itself (script, WebAssembly, index metadata, which the UI would fetch only
 * when its input gets focus), loads the query assistant (search-assist.ts),
 * builds the real UI with Starlight's options, and focuses the search field
 * if the dialog is already open.
 *
 * The UI gets no input debounce (Pagefind's default waits 300 ms): the query
 * assistant checks each keystroke's query against the index before letting
 * it through, and the UI asks it what to send to Pagefind (processTerm).
 */

/** The options Starlight gives Pagefind's UI: its Pagefind settings (ranking…) and UI settings. */
type UiOptions = Record<string, unknown> & { element: string; baseUrl: string; bundlePath: string };

/** Starlight's `pagefind` settings that Pagefind's own options() takes (mergeIndex is the UI's alone). */
const PAGEFIND_OPTIONS = ['ranking', 'indexWeight'];

/** The parts of Pagefind's JavaScript API used here and by the query assistant. */
interface PagefindApi {
  options(settings: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: unknown[] } | null>;
}

/** Set on the search button by src/components/overrides/Search.astro once the reader reaches for search. */
const REACHED = 'data-search-reached';

/** Resolves once the button carries the mark (at once if it already does). */
function firstUse(openButton: Element): Promise<void> {
  if (openButton.hasAttribute(REACHED)) return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      watch.disconnect();
      resolve();
    });
    watch.observe(openButton, { attributes: true, attributeFilter: [REACHED] });
  });
}

let searchAs = (term: string): string => term;

async function warmPagefind(options: UiOptions): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ `${options.bundlePath}pagefind.js`)) as PagefindApi;
  const settings = Object.fromEntries(PAGEFIND_OPTIONS.filter((key) => key in options).map((key) => [key, options[key]]));
  await pagefind.options({ ...settings, baseUrl: options.baseUrl });
  await pagefind.init();
  return pagefind;
}

async function build(options: UiOptions, dialog: HTMLDialogElement): Promise<void> {
  // Warm Pagefind now; the UI imports the same module later and reports any load error itself.
  const pagefindReady = warmPagefind(options);
  pagefindReady.catch(() => {});
  // The query assistant goes in before the UI, so that it sees the first keystroke.
  try {
    const assist = await import('./search-assist.ts');
    searchAs = assist.searchAs;
    assist.attachSearchAssist(dialog, pagefindReady);
  } catch {
    // Without the assistant the UI searches exactly what was typed.
  }
  const { PagefindUI } = await import('virtual:hvfg/pagefind-default-ui');
  new PagefindUI({ ...options, debounceTimeoutMs: 0, processTerm: (term: string) => searchAs(term) });
  if (dialog.open) dialog.querySelector('input')?.focus();
}

export class PagefindUI {
  constructor(options: UiOptions) {
    const dialog = document.querySelector(options.element)?.closest('dialog');
    const openButton = dialog?.parentElement?.querySelector('button[data-open-modal]');
    if (!dialog || !openButton) throw new Error(`deferred-search-ui: no search dialog and button around ${options.element}`);
    void firstUse(openButton).then(() => build(options, dialog));
  }
}
