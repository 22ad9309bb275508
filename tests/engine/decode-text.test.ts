/**
 * Bytes to text, shared by the browser inspector and the CLI, so that
 * both read the same file alike (UTF-16 descriptors were once accepted by one and refused by the other).
 * Encodings per XML 1.0 Appendix F: FF FE = UTF-16LE, FE FF = UTF-16BE,
 * EF BB BF = UTF-8 with a mark; `<?` as 3C 00 3F 00 / 00 3C 00 3F is UTF-16
 * without a mark.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/engine/decode-text.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { ovfInspect } from '../../src/engine/ovf/ovf-inspect.ts';
import { fixture } from './ovf/helpers.ts';

const utf16le = (text: string, bom = true): Uint8Array => {
  const units = new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);
  return bom ? new Uint8Array([0xff, 0xfe, ...units]) : units;
};
const swap = (bytes: Uint8Array): Uint8Array => bytes.map((_, i) => bytes[i ^ 1] ?? 0);

describe('decodeText', () => {
  const text = '<?xml version="1.0" encoding="UTF-16"?><a>é</a>';

  it('UTF-16LE and UTF-16BE, with or without a byte-order mark', () => {
    expect(decodeText(utf16le(text))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(utf16le(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(swap(utf16le(text)))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeText(swap(utf16le(text, false)))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('UTF-8, dropping its byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a/>')]))).toEqual({ ok: true, text: '<a/>', encoding: 'utf-8' });
  });

  it('refuses bytes that do not decode (Latin-1 é as a lone 0xE9)', () => {
    const r = decodeText(new Uint8Array([0x3c, 0x61, 0x3e, 0xe9]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not valid UTF-8/);
  });

  it('a UTF-16 descriptor inspects exactly as its UTF-8 form', () => {
    const ovf = fixture('vmware-ovftool-windows-bios.ovf');
    const decoded = decodeText(utf16le(ovf));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(evaluate(ovfInspect, { descriptor: decoded.text })).toEqual(evaluate(ovfInspect, { descriptor: ovf }));
  });
});
