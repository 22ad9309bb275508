/**
 * Bytes of a text file to a string, the same way in the browser and the CLI:
 * UTF-8 unless a byte-order mark says UTF-16 (XML 1.0 Appendix F: an XML
 * document in UTF-16 starts with a BOM; one without a BOM starting `<?` in
 * UTF-16 is recognised too). Invalid byte sequences are refused, never
 * replaced silently with U+FFFD.
 */
export type DecodedText = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; message: string };

function detect(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  return 'utf-8';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detect(bytes);
  try {
    // ignoreBOM: false (the default) drops the mark itself.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      message: `is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text (a byte sequence cannot be decoded); save it as UTF-8 or UTF-16 with a byte-order mark`,
    };
  }
}
