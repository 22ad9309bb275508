/** Every built .html file under a directory: what each post-build pass walks. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
