/** axe-core (WCAG 2.2 A and AA rules) on every page the sitemap lists. */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.replace(/^\//, ''));
}

for (const path of sitemapPaths()) {
  test(`axe finds no violation on /${path}`, async ({ page }) => {
    // The comparison pages carry a full server-rendered matrix: axe needs longer there.
    test.setTimeout(120_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}
