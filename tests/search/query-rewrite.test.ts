/**
 * The search box's query rewriting: admins' shorthand becomes the articles'
 * words, and a query that finds nothing is loosened until it finds a page.
 * The page counts come from a hand-written index (which words each page holds),
 * with Pagefind's rule that a page matches when it holds every word.
 */
import { describe, expect, it } from 'vitest';
import { loosenQuery, searchTermsFor, type CountPages } from '../../src/search/query-rewrite.ts';

describe('searchTermsFor', () => {
  it.each([
    ['10gb', '10 gbe'],
    ['25G', '25 gbe'],
    ['live migraton slow 10gb', 'live migraton slow 10 gbe'],
    ['vMotion', 'live migration'],
    ['storage vmotion', 'storage migration'],
    ['evacuate host', 'drain host'],
    ['host evacuation', 'host drain'],
    ['S2D cache', 'storage spaces direct cache'],
    ['VMware Tools', 'integration services'],
  ])('%s → %s', (typed, sent) => {
    expect(searchTermsFor(typed)).toBe(sent);
  });

  it('leaves sizes that are not Ethernet speeds and the articles own words alone', () => {
    expect(searchTermsFor('Linux guest 127 GB')).toBe('linux guest 127 gb');
    expect(searchTermsFor('  IOPS   RAID 5 ')).toBe('iops raid 5');
  });
});

/** Three pages, each a set of words; a query counts the pages holding all of its words. */
const PAGES = [
  ['live', 'migration', 'slow', '10', 'gbe'],
  ['live', 'migration', 'drain', 'host'],
  ['vmware', 'ova', 'import'],
];
const countPages: CountPages = async (query) => PAGES.filter((words) => query.split(' ').every((word) => words.includes(word))).length;

describe('loosenQuery', () => {
  it('drops a word no page holds and keeps the rest', async () => {
    expect(await loosenQuery('live migration xqzzy', countPages)).toEqual({ query: 'live migration', dropped: ['xqzzy'] });
  });

  it('swaps a VMware word for a related one before dropping it', async () => {
    expect(await loosenQuery('rvtools import', countPages)).toEqual({ query: 'vmware import', dropped: [] });
  });

  it('drops the word whose removal matches most pages when every word exists but no page holds them all', async () => {
    // "ova" with "live migration": removing "ova" matches 2 pages, removing "live" or "migration" none.
    expect(await loosenQuery('live migration ova', countPages)).toEqual({ query: 'live migration', dropped: ['ova'] });
  });

  it('gives up (undefined) when no word finds anything', async () => {
    expect(await loosenQuery('qqq zzz', countPages)).toBeUndefined();
  });
});
