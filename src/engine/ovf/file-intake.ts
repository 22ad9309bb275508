/**
 * A file the reader drops on the inspector: how much of it to read, and what
 * to tell the reader about what was read. An .ova is read only as far as a
 * maximum-size descriptor and its manifest can reach (DSP0243 puts them
 * first, source: dmtf-dsp0243); a bare descriptor over the parser's limit is
 * refused before it is read.
 */
import type { OvaRead } from './ova.ts';
import { MAX_DESCRIPTOR_CHARS } from './xml.ts';

/** Enough of an .ova for a 4 MiB descriptor, its manifest and their headers. */
export const OVA_HEAD_BYTES = MAX_DESCRIPTOR_CHARS + 2 * 1024 * 1024;

export type FileReadPlan = { ok: true; ova: boolean; bytesToRead: number } | { ok: false; message: string };

export function planFileRead(name: string, sizeBytes: number): FileReadPlan {
  const ova = /\.ova$/i.test(name);
  if (!ova && sizeBytes > MAX_DESCRIPTOR_CHARS) {
    return { ok: false, message: `${name} is ${sizeBytes} bytes; a descriptor over 4 MiB is refused. Is it an .ova? Give it the .ova extension.` };
  }
  return { ok: true, ova, bytesToRead: ova ? Math.min(OVA_HEAD_BYTES, sizeBytes) : sizeBytes };
}

/** A bare descriptor read: its encoding when not UTF-8, and whether the inspector accepted it. */
export function descriptorFileStatus(name: string, encoding: string, accepted: boolean): string {
  const shown = encoding === 'utf-8' ? '' : ` (${encoding.toUpperCase()})`;
  return accepted ? `${name}${shown}: read.` : `${name}${shown}: read, but refused (see below).`;
}

/** An .ova read: the descriptor found, the members seen (in the part read) and the reader's warnings. */
export function ovaFileStatus(name: string, ova: Extract<OvaRead, { ok: true }>, accepted: boolean): string {
  const seen = `${ova.entries.length} member${ova.entries.length === 1 ? '' : 's'} seen${ova.partial ? ' in the part read' : ''}`;
  return `${name}: read ${ova.descriptorName} (${seen})${accepted ? '' : ', but it was refused (see below)'}.${ova.warnings.length ? ` ${ova.warnings.join(' ')}` : ''}`;
}
