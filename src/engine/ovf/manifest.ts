/**
 * OVF manifest (.mf) lines. DSP0243 gives each file one line
 * `<ALGORITHM>(<file name>)= <hex digest>`. OVF 1.x defines the manifest
 * with SHA-1 digests only (`SHA1`); SHA-256 (`SHA256`) arrives with OVF 2.0,
 * so a 1.x package carries SHA-1 and a 2.x package SHA-256 (source:
 * dmtf-dsp0243). The engine has no clock, I/O or crypto: the island hashes
 * files with the browser's Web Crypto and formats them here.
 */
export type ManifestAlgorithm = 'SHA1' | 'SHA256';

export interface ManifestChoice {
  algorithm: ManifestAlgorithm;
  /** Web Crypto's name for the same digest. */
  webCrypto: 'SHA-1' | 'SHA-256';
  hexDigits: 40 | 64;
  /** Why this algorithm, for the reader. */
  why: string;
}

export function manifestAlgorithmFor(ovfVersion: string): ManifestChoice {
  if (ovfVersion.startsWith('2')) {
    return { algorithm: 'SHA256', webCrypto: 'SHA-256', hexDigits: 64, why: 'OVF 2.x manifests use SHA-256 (DSP0243 2.x).' };
  }
  return {
    algorithm: 'SHA1',
    webCrypto: 'SHA-1',
    hexDigits: 40,
    why: 'OVF 1.x defines the manifest with SHA-1 digests only (DSP0243 1.x); SHA-256 came with OVF 2.0, and an importer that reads a 1.0 package by the 1.x rules may reject a SHA256 line. Choose OVF 2.0 for a SHA-256 manifest.',
  };
}

export const manifestLineFormat = (algorithm: ManifestAlgorithm): string =>
  `${algorithm}(<file name>)= <${algorithm === 'SHA1' ? 40 : 64} lowercase hex digits>`;

export function manifestLine(fileName: string, digestHex: string, algorithm: ManifestAlgorithm): string {
  return `${algorithm}(${fileName})= ${digestHex.toLowerCase()}`;
}

/** Parses one manifest line; undefined when it is not `ALG(name)= hex`. */
export function parseManifestLine(line: string): { algorithm: string; fileName: string; digest: string } | undefined {
  const m = /^\s*(SHA1|SHA256|SHA512)\((.+)\)\s*=\s*([0-9a-fA-F]+)\s*$/.exec(line);
  if (!m) return undefined;
  return { algorithm: m[1] ?? '', fileName: m[2] ?? '', digest: (m[3] ?? '').toLowerCase() };
}
