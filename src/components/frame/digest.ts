/**
 * Hex digests in the browser (Web Crypto), for the algorithms OVF manifests
 * name (DSP0243: SHA1 in OVF 1.x, SHA256 or SHA512 in 2.x). Shared by the
 * exporter island and the inspector's worker.
 */
const WEB_CRYPTO_NAME: Readonly<Record<string, 'SHA-1' | 'SHA-256' | 'SHA-512'>> = { SHA1: 'SHA-1', SHA256: 'SHA-256', SHA512: 'SHA-512' };

/** Lowercase hex digest, as manifests write it (the engine's manifest parser accepts only these three names). */
export async function digestHex(manifestAlgorithm: string, bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const name = WEB_CRYPTO_NAME[manifestAlgorithm];
  if (!name) throw new Error(`no Web Crypto digest for ${manifestAlgorithm}`);
  const data = bytes instanceof Uint8Array ? new Uint8Array(bytes) : bytes;
  const digest = await crypto.subtle.digest(name, data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
