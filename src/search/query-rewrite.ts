/**
 * What the search box sends to Pagefind, given what an admin typed. Pagefind
 * only returns pages that hold every word of a query (it forgives a misspelt
 * word's ending by matching its longest indexed prefix), so two things go wrong
 * for readers: vSphere words and shorthand ("vmotion", "10gb", "evacuate") that
 * the articles spell the Hyper-V way, and one word no page holds, which empties
 * the whole result list. `searchTermsFor` rewrites the shorthand; when a query
 * still finds nothing, `loosenQuery` swaps or drops the words that no page
 * holds (then the rarest) until some page matches, so a typo never ends on an
 * empty page.
 */

/** Shorthand an admin types, and the words the articles use for it. Always applied. */
const SYNONYMS: readonly (readonly [typed: RegExp, searchAs: string])[] = [
  // Ethernet speeds written without the unit's "E": "10gb", "25g", "100gbe" → "10 GbE".
  [/\b(1|10|25|40|50|100|200|400)\s?(?:gbe|gb|gbit|g)\b/g, '$1 gbe'],
  [/\b(?:storage vmotion|svmotion)\b/g, 'storage migration'],
  [/\bvmotion\b/g, 'live migration'],
  [/\bevacuat(?:e|ed|es|ing|ion)\b/g, 'drain'],
  [/\bs2d\b/g, 'storage spaces direct'],
  [/\bvmware tools\b/g, 'integration services'],
  [/\bevc\b/g, 'processor compatibility'],
  [/\bvswitch\b/g, 'virtual switch'],
];

/**
 * vSphere and VMware-migration words the guide may not use (yet): tried only
 * when the typed word itself finds no page, before the word is dropped.
 */
const RELATED: Readonly<Record<string, string>> = {
  rvtools: 'vmware',
  vcenter: 'vsphere',
  esxi: 'vsphere',
  vsan: 'storage spaces direct',
  datastore: 'cluster shared volume',
  vmdk: 'vhdx',
  snapshot: 'checkpoint',
};

/** Lower case, single spaces, no surrounding space: the form queries are compared in. */
export function normalizeQuery(query: string): string {
  return query.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The query with admins' shorthand replaced by the words the articles use. */
export function searchTermsFor(query: string): string {
  return SYNONYMS.reduce((text, [typed, searchAs]) => text.replace(typed, searchAs), normalizeQuery(query));
}

/** How many pages a query finds (Pagefind's result count). */
export type CountPages = (query: string) => Promise<number>;

/** What was searched instead of the query as typed, and the words left out. */
export interface LooserQuery {
  query: string;
  dropped: string[];
}

/**
 * A query that finds at least one page, from one that finds none: each word
 * that alone finds nothing is replaced by its related word if that finds pages,
 * else dropped; then, while nothing matches, the word whose removal matches the
 * most pages goes. Undefined if no word of the query finds anything.
 */
export async function loosenQuery(query: string, countPages: CountPages): Promise<LooserQuery | undefined> {
  let words = query.split(' ').filter(Boolean);
  const dropped: string[] = [];
  const kept: string[] = [];
  for (const word of words) {
    if ((await countPages(word)) > 0) kept.push(word);
    else if (RELATED[word] !== undefined && (await countPages(RELATED[word])) > 0) kept.push(RELATED[word]);
    else dropped.push(word);
  }
  words = kept;
  if (words.length === 0) return undefined;
  while (words.length > 1 && (await countPages(words.join(' '))) === 0) {
    let best = { index: 0, pages: -1 };
    for (let index = 0; index < words.length; index++) {
      const pages = await countPages(words.filter((_, i) => i !== index).join(' '));
      if (pages > best.pages) best = { index, pages };
    }
    dropped.push(...words.splice(best.index, 1));
  }
  return { query: words.join(' '), dropped };
}
