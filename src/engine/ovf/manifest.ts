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

/**
 * Checking an OVA's descriptor against its manifest takes a digest the engine
 * cannot compute (no crypto here): this says which bytes to hash and with
 * which algorithm, or gives the answer at once when there is nothing to hash.
 */
export type DescriptorManifestCheck =
  | { kind: 'answered'; status: string }
  | {
      kind: 'hash';
      /** The manifest's name for the digest (SHA1, SHA256, SHA512). */
      algorithm: string;
      /** Where the descriptor's bytes lie in the archive. */
      offset: number;
      sizeBytes: number;
      /** The manifest's digest, lowercase hex. */
      expected: string;
      manifestName: string;
    };

/** What an OVA read gives this check: its members, the descriptor's path and the manifest's text, if any. */
export interface OvaForManifest {
  entries: readonly { name: string; offset: number; sizeBytes: number }[];
  descriptorName: string;
  manifest?: { name: string; text: string };
}

/** The manifest line for the descriptor: DSP0243 manifests name each file without its folder. */
export function descriptorManifestCheck(ova: OvaForManifest): DescriptorManifestCheck {
  if (!ova.manifest) return { kind: 'answered', status: 'No manifest (.mf) found near the descriptor: the package cannot be verified.' };
  const fileName = ova.descriptorName.split('/').pop();
  const line = ova.manifest.text
    .split(/\r?\n/)
    .map(parseManifestLine)
    .find((l) => l && l.fileName === fileName);
  const entry = ova.entries.find((e) => e.name === ova.descriptorName);
  if (!line || !entry) return { kind: 'answered', status: `${ova.manifest.name} has no line for ${ova.descriptorName}.` };
  return { kind: 'hash', algorithm: line.algorithm, offset: entry.offset, sizeBytes: entry.sizeBytes, expected: line.digest, manifestName: ova.manifest.name };
}

/** Whether the descriptor's digest (`actualHex` in any case) is the manifest's. */
export function descriptorMatchesManifest(check: Extract<DescriptorManifestCheck, { kind: 'hash' }>, actualHex: string): boolean {
  return actualHex.toLowerCase() === check.expected;
}

/** The reader's answer once the descriptor's bytes are hashed (`actualHex` in any case). */
export function descriptorManifestVerdict(check: Extract<DescriptorManifestCheck, { kind: 'hash' }>, actualHex: string): string {
  return descriptorMatchesManifest(check, actualHex)
    ? `Manifest ${check.manifestName}: the descriptor's ${check.algorithm} matches.`
    : `Manifest ${check.manifestName}: the descriptor's ${check.algorithm} does NOT match — it was edited after packaging, or the download is damaged.`;
}

/**
 * The manifest an exporter shows: one line per file, the digest where it is
 * known and a placeholder saying what to hash where it is not.
 */
export function manifestLines(
  algorithm: ManifestAlgorithm,
  descriptor: { fileName: string; digest?: string },
  files: readonly { fileName: string; digest?: string }[],
): string[] {
  const alg = algorithm.toLowerCase();
  return [
    manifestLine(descriptor.fileName, descriptor.digest || `<${alg} of the descriptor>`, algorithm),
    ...files.map((f) => manifestLine(f.fileName, f.digest ?? `<${alg} of the file>`, algorithm)),
  ];
}
