/**
 * The CLI's file reading on a real file system: `@path`
 * reads regular files only and at most the field's limit plus one byte, so
 * `@/dev/zero` and a FIFO with no writer are refused at once instead of
 * reading 690 MB or hanging; and UTF-16 files decode as they do in the browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedText } from '../../src/cli/node-io.ts';

const dir = mkdtempSync(join(tmpdir(), 'hvfg-node-io-'));
const posix = process.platform !== 'win32';

describe('readBoundedText', () => {
  it('reads a regular file within the limit', async () => {
    const path = join(dir, 'small.txt');
    writeFileSync(path, '1.2.3.4');
    expect(await readBoundedText(path, 7)).toBe('1.2.3.4');
  });

  it('refuses a file one byte over the limit, saying the limit', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(201));
    await expect(readBoundedText(path, 200)).rejects.toThrow('too large (limit 200 bytes)');
  });

  it.runIf(posix)('refuses /dev/zero at once: a device, not a regular file', async () => {
    const before = process.memoryUsage().rss;
    await expect(readBoundedText('/dev/zero', 4 * 1024 * 1024)).rejects.toThrow(/not a regular file/);
    // Nothing like the 690 MB the old whole-file read took.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it.runIf(posix)(
    'refuses a FIFO with no writer instead of waiting forever',
    async () => {
      const fifo = join(dir, 'fifo');
      execFileSync('mkfifo', [fifo]);
      await expect(readBoundedText(fifo, 100)).rejects.toThrow(/not a regular file/);
    },
    5_000,
  );

  it('refuses a directory', async () => {
    await expect(readBoundedText(dir, 100)).rejects.toThrow(/not a regular file|EISDIR/);
  });

  it('decodes UTF-16LE and UTF-16BE with a byte-order mark, and drops a UTF-8 BOM', async () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><a>é€😀</a>';
    const le = join(dir, 'le.xml');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await readBoundedText(le, 1000)).toBe(text);
    const be = join(dir, 'be.xml');
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect(await readBoundedText(be, 1000)).toBe(text);
    const u8 = join(dir, 'u8.xml');
    writeFileSync(u8, `\uFEFF${text}`);
    expect(await readBoundedText(u8, 1000)).toBe(text);
  });

  it('refuses bytes that are not valid UTF-8 instead of substituting U+FFFD', async () => {
    const path = join(dir, 'latin1.txt');
    writeFileSync(path, Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]));
    await expect(readBoundedText(path, 100)).rejects.toThrow(/not valid UTF-8/);
  });
});
