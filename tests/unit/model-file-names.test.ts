/**
 * A model lives in `src/engine/<domain>/<model-id>.ts` (README, "Adding a
 * model"), so its id finds its file; the link-efficiency model once lived in
 * a file named otherwise.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { models } from '../../src/engine/index.ts';

const engineFiles = readdirSync('src/engine', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => join(entry.parentPath, entry.name));

describe('model file names', () => {
  it.each(models.map((m) => m.id))('%s is defined in a file named after its id', (id) => {
    const defining = engineFiles.filter((file) => readFileSync(file, 'utf8').includes(`id: '${id}'`));
    expect(defining.map((file) => file.split(/[\\/]/).pop())).toEqual([`${id}.ts`]);
  });
});
