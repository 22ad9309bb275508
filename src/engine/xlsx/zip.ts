/**
 * The zip container of an .xlsx (ECMA-376 Part 2, Open Packaging Conventions,
 * stores parts in a ZIP archive as PKWARE's APPNOTE describes): the central
 * directory is read to find the parts, and a part is inflated only when asked
 * for, through fflate's streaming inflater, so its size can be counted as it
 * grows and the part refused the moment it crosses a cap, before a bomb has
 * been expanded.
 */
import { Inflate } from 'fflate';
import { XlsxRefusal, type XlsxLimits } from './limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;
/** Compressed bytes pushed to the inflater at a time: small enough that a bomb is caught early. */
const CHUNK_BYTES = 32 * 1024;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** What the first bytes say a file is, when it is not a zip. */
function notZipMessage(bytes: Uint8Array): string {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return 'is an OLE compound file: an old .xls workbook or a password-protected .xlsx. Save it from Excel as an unprotected .xlsx and choose that.';
  }
  return 'is not an .xlsx workbook (no zip archive inside).';
}

export function readZipDirectory(bytes: Uint8Array, limits: XlsxLimits): Map<string, ZipEntry> {
  if (bytes.length > limits.maxFileBytes)
    throw new XlsxRefusal(`is ${bytes.length.toLocaleString('en')} bytes; the limit is ${limits.maxFileBytes.toLocaleString('en')}.`);
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL_SIGNATURE) throw new XlsxRefusal(notZipMessage(bytes));
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new XlsxRefusal('is a damaged zip archive (no end of central directory); it may be truncated.');
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new XlsxRefusal('is a ZIP64 archive, which no workbook of a supported size needs.');
  if (count > limits.maxEntries) throw new XlsxRefusal(`holds ${count} zip entries; the limit is ${limits.maxEntries}.`);
  if (offset + size > bytes.length) throw new XlsxRefusal('is a damaged zip archive (its directory points past the end of the file).');
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) throw new XlsxRefusal('is a damaged zip archive (bad central directory entry).');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localHeaderOffset = u32(bytes, at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new XlsxRefusal(`has an encrypted part (${name}); save the workbook without a password.`);
    entries.set(name.replace(/^\//, ''), { name, method, compressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflated bytes counted across every part read from one workbook. */
export interface InflateBudget {
  usedBytes: number;
}

/** `watch`, when given, sees each inflated chunk in order as it is produced (and may throw to stop the inflate). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limits: XlsxLimits, budget: InflateBudget, watch?: (chunk: Uint8Array) => void): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) throw new XlsxRefusal(`is a damaged zip archive (no local header for ${entry.name}).`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new XlsxRefusal(`is truncated: ${entry.name} runs past the end of the file.`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    checkSize(entry, data.length, data.length, limits, budget);
    watch?.(data);
    return data;
  }
  if (entry.method !== 8) throw new XlsxRefusal(`stores ${entry.name} with zip method ${entry.method}; only stored and deflated parts are read.`);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let pushed = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    checkSize(entry, produced, pushed, limits, budget);
    watch?.(chunk);
    chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
      pushed = Math.min(offset + CHUNK_BYTES, data.length);
      inflater.push(data.subarray(offset, Math.min(offset + CHUNK_BYTES, data.length)), offset + CHUNK_BYTES >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof XlsxRefusal) throw error;
    throw new XlsxRefusal(`is a damaged zip archive: ${entry.name} cannot be inflated (${error instanceof Error ? error.message : String(error)}).`);
  }
  budget.usedBytes += produced;
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let filled = 0;
  for (const chunk of chunks) {
    out.set(chunk, filled);
    filled += chunk.length;
  }
  return out;
}

/** `compressed`: the compressed bytes consumed so far, so the ratio is checked as the part grows. */
function checkSize(entry: ZipEntry, produced: number, compressed: number, limits: XlsxLimits, budget: InflateBudget): void {
  const mib = (n: number) => `${Math.round(n / 2 ** 20).toLocaleString('en')} MiB`;
  if (produced > limits.maxEntryBytes)
    throw new XlsxRefusal(`${entry.name} inflates to more than ${mib(limits.maxEntryBytes)}, the limit for one part: refused as a possible zip bomb.`);
  if (budget.usedBytes + produced > limits.maxTotalBytes)
    throw new XlsxRefusal(`inflates to more than ${mib(limits.maxTotalBytes)} in all: refused as a possible zip bomb.`);
  if (produced > 2 ** 20 && produced > limits.maxRatio * Math.max(compressed, 1)) {
    throw new XlsxRefusal(`${entry.name} inflates more than ${limits.maxRatio} times its compressed size: refused as a zip bomb.`);
  }
}
