/** What a printout is checked for: its page count, and text boxes printed over one another or cut. */
import type { Page } from '@playwright/test';

/** Pages in a PDF: the page tree's root holds the largest /Count. */
export const pdfPages = (pdf: Buffer): number => Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));

/** Text-bearing boxes of the printout that overlap another one (neither inside the other), and cells whose text is cut. */
export async function overprinted(page: Page): Promise<{ overlaps: string[]; cut: string[] }> {
  return page.evaluate(() => {
    const selector = 'main :is(h1, h2, caption, th, td, dt, dd, figcaption, li, .print-scenario-link, .page-facts dd, input, select, textarea)';
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && ((el.textContent ?? '').trim() !== '' || el.matches('input, select, textarea')))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const overlaps: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) overlaps.push(`${name(a.el)} / ${name(b.el)}`);
      }
    });
    const cut = boxes.filter(({ el }) => /^T[HD]$/.test(el.tagName) && el.scrollWidth > el.clientWidth + 1).map(({ el }) => name(el));
    return { overlaps, cut };
  });
}
