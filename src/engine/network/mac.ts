/** MAC address formatting: Windows style (02-BF-0A-00-00-64) and Cisco dotted (02bf.0a00.0064). */
export type MacBytes = readonly number[];

const hex2 = (byte: number): string => byte.toString(16).padStart(2, '0');

export function windowsMac(bytes: MacBytes): string {
  return bytes.map(hex2).join('-').toUpperCase();
}

/** Cisco IOS writes a MAC as three dot-separated groups of four lower-case hex digits. */
export function ciscoMac(bytes: MacBytes): string {
  const h = bytes.map(hex2).join('');
  return `${h.slice(0, 4)}.${h.slice(4, 8)}.${h.slice(8, 12)}`;
}

/** Colon form some switch CLIs (e.g. Dell PowerConnect) expect. */
export function colonMac(bytes: MacBytes): string {
  return bytes.map(hex2).join(':');
}
