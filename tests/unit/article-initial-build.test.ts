/**
 * Building an article whose calculator has a mistyped `initial` fails, and
 * the error names the field and the one meant.
 *
 * Why this way: the site's own build takes minutes, so this builds a tiny
 * Astro project instead (tests/fixtures/article-initial: one MDX page that
 * imports the real LiveMigrationCalculator wrapper), with Astro's programmatic
 * build() and only the integrations that page needs (MDX, Svelte, the
 * client:scenario directive). It is the same build step that fails in
 * `npm run build`: the wrapper's frontmatter throws while the page is
 * prerendered. It takes a few seconds. Each way the check refuses an initial
 * (typo in a list row, bad value, …) is in article-initial.test.ts.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { build } from 'astro';
import { afterAll, expect, it } from 'vitest';
import scenarioHydration from '../../src/integrations/scenario-hydration.ts';

const root = fileURLToPath(new URL('../fixtures/article-initial/', import.meta.url));

afterAll(() => {
  // What the build leaves behind (all git-ignored), so no stray types reach `astro check`.
  for (const dir of ['dist', '.astro', 'node_modules']) rmSync(`${root}${dir}`, { recursive: true, force: true });
});

it('fails the build of an article with initial={{ memGiB: 50 }}, naming memGiB and memoryGiB', async () => {
  const building = build({ root, configFile: false, logLevel: 'silent', integrations: [mdx(), svelte(), scenarioHydration()] });
  await expect(building).rejects.toThrow(/ {2}memGiB: unknown field \(did you mean memoryGiB\?\)/);
  await expect(building).rejects.toThrow(/live-migration calculator in the page \/mistyped\//);
});
