/**
 * An RFC 4180 reader written for the tests, independent of src/engine/csv.ts:
 * a character-by-character state machine. Rows end in LF (or CRLF) outside
 * quotes; it throws on a quote inside a bare field, a bare CR or an unclosed
 * quote, so text that is not valid CSV fails the test that reads it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`a quote inside a bare field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c === '\r') throw new Error(`a bare CR at ${i}`);
    else cell += c;
  }
  if (quoted) throw new Error('an unclosed quote');
  row.push(cell);
  rows.push(row);
  return rows;
}
