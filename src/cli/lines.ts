/**
 * Splits a stream of text chunks into lines as they arrive, so a batch of any
 * length is answered line by line without holding the file. A line ends at
 * LF (a CR before it is dropped); a last line without LF still counts, an
 * empty tail after the final LF does not. A line longer than `maxChars` is
 * not kept: it is reported by its length and skipped to its end.
 */
export type Line = { text: string } | { tooLongChars: number };

export async function* splitLines(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<Line> {
  let pending = '';
  let overflow = 0; // characters of an over-long line seen so far (0: not in one)
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, newline);
      start = newline + 1;
      if (overflow > 0 || pending.length + piece.length > maxChars) {
        yield { tooLongChars: overflow + pending.length + piece.length };
      } else {
        yield { text: (pending + piece).replace(/\r$/, '') };
      }
      pending = '';
      overflow = 0;
    }
    const rest = chunk.slice(start);
    if (overflow > 0 || pending.length + rest.length > maxChars) {
      overflow += pending.length + rest.length;
      pending = '';
    } else pending += rest;
  }
  if (overflow > 0) yield { tooLongChars: overflow };
  else if (pending !== '') yield { text: pending.replace(/\r$/, '') };
}
