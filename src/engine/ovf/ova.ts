/**
 * A minimal reader for OVA packages: a tar archive (POSIX ustar) whose first
 * member is the .ovf descriptor, followed by the manifest, certificate and
 * disk files (source: dmtf-dsp0243). Pure: it takes the bytes (the island
 * passes only the first few MiB of a large .ova, enough for the descriptor and
 * manifest) and returns the members it could see. It never writes, follows
 * links or fetches anything.
 */
import { decodeText } from '../decode-text.ts';
import { MAX_DESCRIPTOR_CHARS } from './xml.ts';
import { MiB } from '../units.ts';

export interface OvaEntry {
  name: string;
  sizeBytes: number;
  /** Byte offset of the member's data in the archive. */
  offset: number;
  type: 'file' | 'other';
}

export type OvaRead =
  | {
      ok: true;
      entries: OvaEntry[];
      descriptorName: string;
      descriptor: string;
      /** The manifest's text, when it lies within the bytes given. */
      manifest?: { name: string; text: string };
      /** The bytes given ended before the archive did (expected for a partial read). */
      partial: boolean;
      warnings: string[];
    }
  | { ok: false; message: string };

const BLOCK = 512;

function field(h: Uint8Array, start: number, length: number): string {
  let end = start;
  while (end < start + length && h[end] !== 0) end++;
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(h[i] ?? 0);
  return s;
}

/** Octal size, or GNU base-256 (first byte 0x80) for members over 8 GiB. */
function sizeField(h: Uint8Array, start: number, length: number): number | undefined {
  const firstByte = h[start] ?? 0;
  if (firstByte & 0x80) {
    let n = firstByte & 0x7f;
    for (let i = start + 1; i < start + length; i++) n = n * 256 + (h[i] ?? 0);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  const text = field(h, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return undefined;
  return parseInt(text, 8);
}

function checksumOk(h: Uint8Array): boolean {
  const stored = parseInt(field(h, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] ?? 0);
  return stored === sum;
}

const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes);

/**
 * The records of a pax extended header (POSIX.1-2001 pax format): "<length> <key>=<value>\n",
 * where length counts the whole record. A writer in pax format puts a member's real size
 * here (`size=`) when it does not fit the ustar field's 11 octal digits (8 GiB).
 */
function paxRecords(text: string): Map<string, string> {
  const records = new Map<string, string>();
  for (const m of text.matchAll(/(\d+) ([^=\n]+)=([^\n]*)\n/g)) records.set(m[2] ?? '', m[3] ?? '');
  return records;
}

/** Why a member name would be unsafe to extract (absolute, or climbing out with ..), or undefined. */
function unsafeMemberName(name: string): string | undefined {
  if (/^([/\\]|[A-Za-z]:)/.test(name)) return 'has an absolute path';
  if (name.split(/[/\\]/).includes('..')) return 'climbs out of the extraction folder (..)';
  return undefined;
}

const shown = (name: string): string => JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);

export function readOva(bytes: Uint8Array): OvaRead {
  if (bytes.length < BLOCK) return { ok: false, message: 'the file is shorter than one tar header (512 bytes): not an OVA' };
  const entries: OvaEntry[] = [];
  const warnings: string[] = [];
  let pos = 0;
  let partial = false;
  let longName: string | undefined;
  let paxSize: number | undefined;
  let descriptor: { name: string; text: string } | undefined;
  let manifest: { name: string; text: string } | undefined;

  let ended = false;
  while (pos + BLOCK <= bytes.length) {
    const h = bytes.subarray(pos, pos + BLOCK);
    if (h.every((b) => b === 0)) {
      ended = true; // end-of-archive marker
      break;
    }
    if (!checksumOk(h)) {
      if (entries.length === 0)
        return { ok: false, message: 'the file does not start with a valid tar header: an OVA is a tar archive (a .ovf is plain XML; paste it instead)' };
      return { ok: false, message: `tar header at byte ${pos} is damaged (checksum mismatch); the package is corrupt` };
    }
    const headerSize = sizeField(h, 124, 12);
    if (headerSize === undefined) return { ok: false, message: `tar header at byte ${pos} has an unreadable size` };
    const typeflag = String.fromCharCode(h[156] ?? 0);
    const isExtension = typeflag === 'L' || typeflag === 'x';
    // A pax header's size= replaces the next member's header size (which may read 0).
    const size = !isExtension && paxSize !== undefined ? paxSize : headerSize;
    if (!isExtension) paxSize = undefined;
    const prefix = field(h, 345, 155);
    let name = longName ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    longName = undefined;
    const dataStart = pos + BLOCK;
    const dataEnd = dataStart + size;
    const available = dataEnd <= bytes.length;

    if (isExtension) {
      // GNU long name or pax header for the next member.
      if (!available) {
        partial = true;
        break;
      }
      const text = utf8(bytes.subarray(dataStart, dataEnd));
      if (typeflag === 'x') {
        const records = paxRecords(text);
        const path = records.get('path');
        if (path) longName = path;
        const paxSizeText = records.get('size');
        if (paxSizeText !== undefined) {
          if (!/^\d{1,16}$/.test(paxSizeText)) return { ok: false, message: `pax header at byte ${pos} has an unreadable size record` };
          paxSize = Number(paxSizeText);
        }
      } else {
        const gnuName = text.replace(/\0+$/, '');
        if (gnuName) longName = gnuName;
      }
    } else {
      name = name.replace(/^\.\//, '');
      const isFile = typeflag === '0' || typeflag === '\0' || typeflag === '7';
      entries.push({ name, sizeBytes: size, offset: dataStart, type: isFile ? 'file' : 'other' });
      // Names are only shown, never written to disk here, but an extracting tool would follow them.
      const unsafe = unsafeMemberName(name);
      if (unsafe) warnings.push(`the member ${shown(name)} ${unsafe}; extract this package with care (DSP0243 members are plain file names)`);
      if (isFile && /\.ovf$/i.test(name) && descriptor) {
        warnings.push(
          `the archive holds a second descriptor ${shown(name)}; only the first, ${shown(descriptor.name)}, is read, and importers may disagree about which one counts`,
        );
      } else if (isFile && /\.ovf$/i.test(name)) {
        if (size > MAX_DESCRIPTOR_CHARS) return { ok: false, message: `the descriptor ${name} is ${size} bytes; the limit is 4 MiB` };
        if (!available) return { ok: false, message: `the archive is cut off inside the descriptor ${name}` };
        const decoded = decodeText(bytes.subarray(dataStart, dataEnd));
        if (!decoded.ok) return { ok: false, message: `the descriptor ${name} ${decoded.message}` };
        descriptor = { name, text: decoded.text };
        if (entries.filter((e) => e.type === 'file').length > 1)
          warnings.push(`${name} is not the first file in the archive; DSP0243 requires the descriptor first, and some importers refuse such an OVA`);
      } else if (isFile && /\.mf$/i.test(name) && !manifest && available && size <= MiB) {
        manifest = { name, text: utf8(bytes.subarray(dataStart, dataEnd)) };
      }
    }
    const next = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (next > bytes.length) {
      partial = true;
      break;
    }
    pos = next;
  }
  if (!ended && pos + BLOCK > bytes.length) partial = true;
  if (!descriptor) {
    return {
      ok: false,
      message:
        partial || entries.length > 0
          ? `no .ovf descriptor among the archive members read (${
              entries
                .map((e) => e.name)
                .slice(0, 5)
                .join(', ') || 'none'
            })`
          : 'the archive is empty',
    };
  }
  return { ok: true, entries, descriptorName: descriptor.name, descriptor: descriptor.text, manifest, partial, warnings };
}
