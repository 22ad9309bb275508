/**
 * The early row count: start tags of one element, with or without a prefix,
 * counted across any cut of the bytes into chunks; end tags, other elements
 * whose names start the same and text are not counted. Expected counts are
 * read off the XML by hand.
 */
import { describe, expect, it } from 'vitest';
import { elementCounter } from '../../../src/engine/xlsx/element-count.ts';

const XML =
  '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>' +
  '<row r="2"/><row>\n</row><rowBreaks count="1"/><rows/><x:row\tr="5"></x:row></x:sheetData></x:worksheet>';
// Start tags of row: x:row r="1", row r="2", row>, x:row r="5" → 4 (rowBreaks, rows and the end tags are not).
const ROWS = 4;

const countIn = (chunks: Uint8Array[]): number => {
  let seen = 0;
  // A limit of 0 makes `over` report the running count at every start tag.
  const counting = elementCounter('row', 0, (n) => (seen = n));
  for (const chunk of chunks) counting(chunk);
  return seen;
};

describe('elementCounter', () => {
  const bytes = new TextEncoder().encode(XML);

  it('counts start tags in one chunk', () => {
    expect(countIn([bytes])).toBe(ROWS);
  });

  it('counts the same however the bytes are cut into chunks', () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(countIn([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).toBe(ROWS);
    }
    const ones = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    expect(countIn(ones.filter((c) => c.length > 0))).toBe(ROWS);
  });

  it('calls over once the limit is passed, and not before', () => {
    const calls: number[] = [];
    elementCounter('row', 3, (n) => calls.push(n))(bytes);
    expect(calls).toEqual([4]);
    const none: number[] = [];
    elementCounter('row', 4, (n) => none.push(n))(bytes);
    expect(none).toEqual([]);
  });
});
