/**
 * Counts one element's start tags in a part's bytes as they are inflated,
 * before any of it is decoded or parsed, so a sheet of a million row elements
 * is refused after its first few megabytes instead of after the whole part has
 * been inflated and scanned. It looks for `<name` or `<prefix:name` followed
 * by whitespace, `>` or `/`, across chunk boundaries. The scan is a quick
 * early warning only: the XML scanner still counts the elements exactly.
 */
const LT = 0x3c;
const COLON = 0x3a;
const SLASH = 0x2f;
/** The longest tag start kept over a chunk boundary: `<` + prefix + `:` + name + delimiter. */
const CARRY_BYTES = 64;

const isNameByte = (b: number): boolean =>
  (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e || b >= 0x80;
const isDelimiter = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3e || b === 0x2f;

/**
 * A function to give each inflated chunk in order; it calls `over(count)` once
 * the start tags of `name` seen pass `limit` (`over` is expected to throw).
 */
export function elementCounter(name: string, limit: number, over: (count: number) => void): (chunk: Uint8Array) => void {
  const wanted = new TextEncoder().encode(name);
  let count = 0;
  let carry = new Uint8Array(0);

  /** 1: a start tag of `name` at `lt`; 0: something else; -1: the bytes end before it is known. */
  const tagAt = (bytes: Uint8Array, lt: number): number => {
    let at = lt + 1;
    let nameStart = at;
    while (at < bytes.length && isNameByte(bytes[at]!)) at++;
    if (at < bytes.length && bytes[at] === COLON) {
      at++;
      nameStart = at;
      while (at < bytes.length && isNameByte(bytes[at]!)) at++;
    }
    if (at >= bytes.length) return -1;
    if (at - nameStart !== wanted.length || !isDelimiter(bytes[at]!)) return 0;
    for (let i = 0; i < wanted.length; i++) if (bytes[nameStart + i] !== wanted[i]) return 0;
    return 1;
  };

  return (chunk) => {
    if (carry.length > 0) {
      // A tag start cut by the previous chunk's end: decide it on its bytes and this chunk's first ones.
      const joined = new Uint8Array(carry.length + Math.min(CARRY_BYTES, chunk.length));
      joined.set(carry);
      joined.set(chunk.subarray(0, joined.length - carry.length), carry.length);
      const found = tagAt(joined, 0);
      if (found < 0 && joined.length < CARRY_BYTES) {
        // Still undecided and this whole chunk was part of it: wait for the next one.
        carry = joined;
        return;
      }
      carry = new Uint8Array(0);
      if (found === 1 && ++count > limit) over(count);
    }
    // A plain loop over the bytes, not indexOf per tag: a sheet has millions of tags.
    for (let lt = 0; lt < chunk.length; lt++) {
      if (chunk[lt] !== LT || chunk[lt + 1] === SLASH) continue;
      const found = tagAt(chunk, lt);
      if (found < 0) {
        // Undecided at the chunk's end (no other tag follows it): keep its start; a longer one is no tag of ours.
        if (chunk.length - lt < CARRY_BYTES) carry = chunk.slice(lt);
        break;
      }
      if (found === 1 && ++count > limit) over(count);
    }
  };
}
