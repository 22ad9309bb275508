/**
 * A fresh shared link never shows the default scenario: the page is built
 * with the article's values and the calculator applies the link's scenario
 * when it hydrates, so until then its figures and charts stay invisible
 * (src/integrations/scenario-pending.ts). Watched from before the first
 * paint, every frame: the drain time and the charts the reader could see.
 * Without JavaScript, and without a scenario in the link, the defaults show.
 */
import { hostEvacuationSchema } from '../../src/engine/migration/host-evacuation.ts';
import { writeScenario } from '../../src/engine/url-state.ts';
import { expect, test } from './fixtures.ts';

const DRAIN = 'migration/draining-a-host/';

/** What a visible element of the first calculator showed, frame by frame, from the first paint on. */
declare global {
  interface Window {
    seen?: { drainTime: string[]; charts: string[] };
  }
}

test('a shared drain link shows its own figures and charts from the first paint, never the defaults', async ({ page, browser }) => {
  // The defaults, as a plain visit shows them.
  const plain = await browser.newPage();
  await plain.goto(DRAIN);
  const defaultDrainTime = (await plain.locator('[data-output="totalSeconds"]').first().textContent()) ?? '';
  const defaultCharts = await plain.locator('section.calculator svg[role="img"]').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''));
  await plain.close();
  expect(defaultDrainTime).not.toBe('');

  await page.addInitScript(() => {
    const seen = { drainTime: [] as string[], charts: [] as string[] };
    window.seen = seen;
    const look = () => {
      const calculator = document.querySelector('section.calculator');
      const figure = calculator?.querySelector<HTMLElement>('[data-output="totalSeconds"]');
      if (figure?.checkVisibility({ visibilityProperty: true })) seen.drainTime.push(figure.textContent ?? '');
      for (const svg of calculator?.querySelectorAll<SVGSVGElement>('svg[role="img"]') ?? []) {
        if (svg.checkVisibility({ visibilityProperty: true }) && svg.getBoundingClientRect().width > 0) seen.charts.push(svg.getAttribute('aria-label') ?? '');
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  // A scenario worked out by hand: 8 idle VMs of 32 GiB (no dirty pages, no hot set), one at a time at a
  // measured 1 GiB/s (2^30 × 8 bits = 8.589934592 Gbps). Each VM: 1.5 s setup + 32 GiB ÷ 1 GiB/s + 1 s
  // clean-up = 34.5 s; 8 × 34.5 s = 276 s = 4 min 36 s.
  const vms = Array.from({ length: 8 }, (_, i) => ({ name: `app${i + 1}`, memoryGiB: 32, dirtyRateMBps: 0, hotSetGiB: 0 }));
  await page.goto(`${DRAIN}${writeScenario(hostEvacuationSchema, { vms, linkGbps: 25, maxConcurrent: 1, effectiveGbps: 8.589934592 })}`);
  const calculator = page.locator('section.calculator').first();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true');
  for (const frame of await calculator.locator('.plot-frame').all()) await expect(frame).toHaveAttribute('data-drawn', 'live');
  await expect(calculator.locator('[data-output="vmCount"]')).toHaveText('8');
  await page.waitForTimeout(200);

  const handWorked = '276 s (4 min 36 s)';
  expect(handWorked).not.toBe(defaultDrainTime);
  await expect(calculator.locator('[data-output="totalSeconds"]')).toHaveText(handWorked);
  const seen = await page.evaluate(() => window.seen ?? { drainTime: [], charts: [] });
  expect(seen.drainTime.length).toBeGreaterThan(0);
  // Every frame the reader could see showed the link's figure, never the default's.
  expect(new Set(seen.drainTime)).toEqual(new Set([handWorked]));
  expect(seen.charts.length).toBeGreaterThan(0);
  expect(seen.charts.filter((label) => defaultCharts.includes(label))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a shared link still shows the default figures and chart, as the page was built', async ({ page }) => {
    await page.goto(`${DRAIN}?linkGbps=25`);
    const calculator = page.locator('section.calculator').first();
    await expect(calculator.locator('[data-output="totalSeconds"]')).toBeVisible();
    await expect(calculator.locator('figure.plot-chart svg[role="img"]:visible').first()).toBeVisible();
  });
});

test('a visit without a scenario hides nothing while the calculator loads', async ({ page }) => {
  await page.goto(DRAIN);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-scenario-pending'))).toBe(false);
  await expect(page.locator('section.calculator [data-output="totalSeconds"]').first()).toBeVisible();
});
