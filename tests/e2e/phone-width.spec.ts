/**
 * No page is wider than a 390 px phone: every page in the
 * sitemap, at load and once its calculators have hydrated. A table too wide
 * for its box scrolls inside it, keeps its first column in view, and shows a
 * shadow at the edge as the cue that there is more.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures.ts';

function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.replace(/^\//, ''));
}

/** Elements that stick out past the right edge of the viewport, outside any scroll box. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScrollBox = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !inScrollBox(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}

/** Tables wider than their scroll box, and whether each has a sticky first column and an edge cue. */
function wideTables(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .map((table) => {
        const box = table.closest('.table-scroll') ?? table;
        return { table, box };
      })
      .filter(({ box }) => getComputedStyle(box).contentVisibility !== 'hidden' && box.scrollWidth > box.clientWidth + 1)
      .map(({ table, box }) => {
        const first = table.querySelector('tbody tr > :first-child');
        return {
          caption: table.querySelector('caption')?.textContent ?? table.querySelector('th')?.textContent ?? '',
          stickyFirstColumn: first ? getComputedStyle(first).position === 'sticky' : false,
          edgeCue: getComputedStyle(box).backgroundImage.includes('gradient'),
        };
      }),
  );
}

for (const path of sitemapPaths()) {
  test(`/${path} fits a 390 px phone`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const atLoad = await overflow(page);
    expect(atLoad.scrollWidth, `wider than the phone at load: ${atLoad.culprits.join(', ')}`).toBeLessThanOrEqual(atLoad.width);
    await waitForIslands(page);
    const hydrated = await overflow(page);
    expect(hydrated.scrollWidth, `wider than the phone once hydrated: ${hydrated.culprits.join(', ')}`).toBeLessThanOrEqual(hydrated.width);
    for (const t of await wideTables(page)) {
      expect(t, `the wide table "${t.caption}" keeps its first column and shows the cue`).toMatchObject({ stickyFirstColumn: true, edgeCue: true });
    }
  });
}
