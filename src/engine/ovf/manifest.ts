/**
 * OVF manifest (.mf) lines. DSP0243 gives each file one line
 * `<ALGORITHM>(<file name>)= <hex digest>`; SHA-256 is written `SHA256`
 * (source: dmtf-dsp0243). The engine has no clock, I/O or crypto: the island
 * hashes files with the browser's Web Crypto and formats them here.
 */
export const MANIFEST_LINE_FORMAT = 'SHA256(<file name>)= <64 lowercase hex digits>';

export function manifestLine(fileName: string, sha256Hex: string): string {
  return `SHA256(${fileName})= ${sha256Hex.toLowerCase()}`;
}

/** Parses one manifest line; undefined when it is not `ALG(name)= hex`. */
export function parseManifestLine(line: string): { algorithm: string; fileName: string; digest: string } | undefined {
  const m = /^\s*(SHA1|SHA256|SHA512)\((.+)\)\s*=\s*([0-9a-fA-F]+)\s*$/.exec(line);
  if (!m) return undefined;
  return { algorithm: m[1] ?? '', fileName: m[2] ?? '', digest: (m[3] ?? '').toLowerCase() };
}
