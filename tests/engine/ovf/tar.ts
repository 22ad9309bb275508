/**
 * Tar archives built byte by byte for tests (POSIX ustar headers: name 0–99,
 * size 124–135 in octal, checksum 148–155 = sum of the header bytes with the
 * checksum field read as spaces, typeflag 156, magic "ustar" at 257), so the
 * OVA reader is tested on bytes written by hand, not by another tar library.
 */
export function header(name: string, size: number, type = '0', base256 = false): Uint8Array {
  const h = new Uint8Array(512);
  const put = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) h[offset + i] = text.charCodeAt(i);
  };
  put(0, name);
  put(100, '0000644\0');
  put(108, '0000000\0');
  put(116, '0000000\0');
  if (base256) {
    // GNU base-256: first byte 0x80, big-endian value in the remaining 11 bytes.
    h[124] = 0x80;
    let n = size;
    for (let i = 135; i > 124; i--) {
      h[i] = n % 256;
      n = Math.floor(n / 256);
    }
  } else put(124, `${size.toString(8).padStart(11, '0')}\0`);
  put(136, '00000000000\0');
  put(156, type);
  put(257, 'ustar\0');
  put(263, '00');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] ?? 0);
  put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

export function tar(members: { name: string; data: Uint8Array; type?: string }[], end = true): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const m of members) {
    parts.push(header(m.name, m.data.length, m.type));
    parts.push(m.data);
    const pad = (512 - (m.data.length % 512)) % 512;
    parts.push(new Uint8Array(pad));
  }
  if (end) parts.push(new Uint8Array(1024));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
