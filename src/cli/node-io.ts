/**
 * The CLI's I/O on Node: bounded reads of regular files only, batch files
 * streamed in chunks, and stdout that waits when the reader is slower than us
 * (so a long batch never piles up in memory).
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeText } from '../engine/decode-text.ts';
import type { CliIo } from './main.ts';

// O_NONBLOCK: opening a FIFO that has no writer would otherwise wait forever (0 where the platform has none).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NOT_REGULAR = 'not a regular file (devices, FIFOs, sockets and directories are refused)';

/** At most `limitBytes` of a regular file, decoded as UTF-8 or UTF-16 (BOM); anything else is refused by message. */
export async function readBoundedText(path: string, limitBytes: number): Promise<string> {
  const decoded = decodeText(await readBoundedBytes(path, limitBytes));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.text;
}

/** A regular file's bytes (at most `limitBytes`), in base64, for a binary field. */
export async function readBoundedBase64(path: string, limitBytes: number): Promise<string> {
  const bytes = await readBoundedBytes(path, limitBytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

async function readBoundedBytes(path: string, limitBytes: number): Promise<Uint8Array> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    if (!(await handle.stat()).isFile()) throw new Error(NOT_REGULAR);
    // Read one byte past the limit: enough to know the file is too large, never more.
    const buffer = new Uint8Array(limitBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limitBytes) throw new Error(`too large (limit ${limitBytes.toLocaleString('en')} bytes)`);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** A batch file's text in chunks; '-' is standard input. */
async function* batchChunks(path: string): AsyncGenerator<string> {
  if (path === '-') {
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin) yield chunk as string;
    return;
  }
  const handle = await open(path, OPEN_FLAGS);
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new Error(NOT_REGULAR);
  }
  for await (const chunk of handle.createReadStream({ encoding: 'utf8' })) yield chunk as string;
}

/** Writes, and waits for the pipe to drain when its buffer is full. */
function writeWaiting(stream: NodeJS.WriteStream, text: string): void | Promise<void> {
  if (stream.write(text)) return undefined;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

export const nodeIo: CliIo = {
  stdout: (text) => writeWaiting(process.stdout, text),
  stderr: (text) => {
    process.stderr.write(text);
  },
  readFile: readBoundedText,
  readBase64: readBoundedBase64,
  readChunks: batchChunks,
};
