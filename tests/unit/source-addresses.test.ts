import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * CONTRIBUTING, "Only cite what you have read": a source gets a `url` only if
 * that address was seen; otherwise its `note` says why there is none. Readers
 * see the note in every Sources list, so it must also name the practitioners'
 * blog posts as what they are, never by their internal ids (seed-000 …).
 */
const DIR = 'src/content/sources';

interface SourceFile {
  id: string;
  url?: string;
  note?: string;
}

const sources: SourceFile[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(DIR, name), 'utf8')) as Omit<SourceFile, 'id'>) }));

/** Wordings the notes use for a missing address: no address or URL given, none given, cited by number, page retired. */
const GIVES_A_REASON = /\bno (?:address|url)\b|\bnone is given\b|\bcited by (?:its |the )?(?:dmtf document )?number\b|\bsince retired\b/i;

describe('source files', () => {
  it('have an address, or a note that says why they have none', () => {
    const unexplained = sources.filter((s) => s.url === undefined && !GIVES_A_REASON.test(s.note ?? '')).map((s) => s.id);
    expect(unexplained).toEqual([]);
  });

  it('recognise a reason, and its absence, in a note (hand-written cases)', () => {
    expect(GIVES_A_REASON.test('Hotfix article cited by number (page since retired).')).toBe(true);
    expect(GIVES_A_REASON.test('Its original address could not be confirmed from the stored copies, so none is given.')).toBe(true);
    expect(GIVES_A_REASON.test('No URL recorded: read from a stored copy of the documentation repository.')).toBe(true);
    expect(GIVES_A_REASON.test('Default limit of 4 fault-tolerant VMs per host.')).toBe(false);
  });

  it('never show a blog post by its internal id in a note', () => {
    const withIds = sources.filter((s) => /\bseed[- ]?0\d\d\b/i.test(s.note ?? '')).map((s) => s.id);
    expect(withIds).toEqual([]);
  });
});
