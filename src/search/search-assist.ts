/**
 * Sits between the search box and Pagefind's UI (deferred-search-ui.ts
 * loads it with the UI). Each keystroke's query is first rewritten into the
 * articles' words (query-rewrite.ts) and counted; when nothing matches, a looser
 * query is worked out before the UI searches, so the UI never shows an empty
 * list for a typo. The UI then asks `searchAs` what to send to Pagefind, and a
 * line under the box says what was searched instead of what was typed.
 */
import { loosenQuery, normalizeQuery, searchTermsFor, type LooserQuery } from './query-rewrite.ts';

interface Pagefind {
  search(query: string): Promise<{ results: unknown[] } | null>;
}

/** Query as typed (normalized) → what to search instead, for queries that matched nothing. */
const looser = new Map<string, LooserQuery>();
const released = new WeakSet<Event>();

/** What the UI sends to Pagefind for the query in the box. */
export function searchAs(typed: string): string {
  return looser.get(normalizeQuery(typed))?.query ?? searchTermsFor(typed);
}

function describe(typed: string): string {
  const instead = looser.get(normalizeQuery(typed));
  const sent = instead?.query ?? searchTermsFor(typed);
  if (sent === normalizeQuery(typed)) return '';
  const left = instead && instead.dropped.length > 0 ? `, without “${instead.dropped.join(' ')}”` : '';
  return `Showing results for “${sent}”${left}.`;
}

/**
 * Holds each input event of the search box until its query has been checked
 * against the index, then lets it through to Pagefind's UI.
 */
export function attachSearchAssist(dialog: HTMLDialogElement, pagefind: Promise<Pagefind>): void {
  const note = document.createElement('p');
  note.className = 'search-assist';
  note.setAttribute('role', 'status');
  const countPages = async (query: string) => (await (await pagefind).search(query))?.results.length ?? 0;

  dialog.addEventListener(
    'input',
    (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || released.has(event)) return;
      event.stopImmediatePropagation();
      const typed = box.value;
      void prepare(typed, countPages)
        .catch(() => {})
        .finally(() => {
          if (box.value !== typed) return; // a later keystroke has its own check under way
          if (!note.isConnected) box.parentElement?.append(note);
          note.textContent = describe(typed);
          const again = new Event('input', { bubbles: true });
          released.add(again);
          box.dispatchEvent(again);
        });
    },
    { capture: true },
  );
}

async function prepare(typed: string, countPages: (query: string) => Promise<number>): Promise<void> {
  const key = normalizeQuery(typed);
  if (key === '' || looser.has(key)) return;
  const terms = searchTermsFor(typed);
  if ((await countPages(terms)) > 0) return;
  const instead = await loosenQuery(terms, countPages);
  if (instead) looser.set(key, instead);
}
