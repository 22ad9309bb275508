/** Drives the CLI's main() with in-memory I/O, for the CLI tests. */
import { main } from '../../src/cli/main.ts';

/** Runs the CLI with files held in memory (as a regular file would read: at most the limit). */
export async function calc(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const has = (path: string) => Object.hasOwn(files, path);
  const code = await main(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readFile: async (path, limitBytes) => {
      if (!has(path)) throw new Error(`ENOENT: ${path}`);
      const text = files[path] ?? '';
      if (new TextEncoder().encode(text).length > limitBytes) throw new Error(`too large (limit ${limitBytes} bytes)`);
      return text;
    },
    readChunks: async function* (path) {
      if (!has(path)) throw new Error(`ENOENT: ${path}`);
      // Uneven chunks, so lines are split across chunk boundaries.
      const text = files[path] ?? '';
      for (let at = 0; at < text.length; at += 7) yield text.slice(at, at + 7);
    },
  });
  return { code, stdout, stderr };
}
