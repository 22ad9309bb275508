/**
 * The feature and limits explorer: requirements chosen with
 * controls that keep the URL's JSON; release tables whose header row and
 * first column stay in view while they scroll; a limits chart that names
 * each release once, without overprinting.
 *
 * Expected verdicts are read by hand from src/content/compare/features.json:
 * memory per VM is 1,024 GiB on Hyper-V 2012 and vSphere 5.0 Enterprise Plus
 * and 32 GiB on the free vSphere 5.0; shared-nothing live migration is "Yes"
 * on Hyper-V 2012 and "No" on both vSphere 5.0 editions
 * (ms-hyperv-scalability-2012, vmware-vsphere-50-config-max, seed-004).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures.ts';

const EXPLORER = 'compare/ws2012-hyper-v-vs-vsphere-5/';
const RELEASES = 'compare/hyper-v-releases/';

const requirementsOf = (page: Page) => page.locator('section.calculator fieldset.feature-requirements');
const row = (page: Page, n: number) => requirementsOf(page).getByRole('listitem', { name: `Requirement ${n}` });

test('a requirement chosen with the controls gives the verdict, and the link brings both back', async ({ page }) => {
  await page.goto(EXPLORER);
  await waitForIslands(page);
  await expect(page.locator('section.calculator textarea')).toHaveCount(0);

  await requirementsOf(page).getByRole('button', { name: 'Add a requirement' }).click();
  const first = row(page, 1);
  // Named controls, reachable by their labels (what a screen reader announces).
  await expect(first.getByRole('combobox', { name: 'Feature' })).toBeFocused();
  await first.getByRole('combobox', { name: 'Feature' }).selectOption({ label: 'Memory per VM (GiB)' });
  await first.getByRole('combobox', { name: 'Comparison' }).selectOption({ label: 'at least' });
  await first.getByRole('textbox', { name: 'Number (GiB)' }).fill('1024');

  await requirementsOf(page).getByRole('button', { name: 'Add a requirement' }).click();
  const second = row(page, 2);
  await second.getByRole('combobox', { name: 'Feature' }).selectOption({ label: 'Shared-nothing live migration' });
  // A yes/no feature offers yes/no comparisons, not "at least", and asks for no number.
  const comparisons = await second.getByRole('combobox', { name: 'Comparison' }).locator('option').allTextContents();
  expect(comparisons).toEqual(['is supported', 'is not supported']);
  await expect(second.getByRole('textbox')).toHaveCount(0);

  const meets = page.locator('[data-output="meetsAll"]');
  await expect(meets).toHaveText('WS2012');
  await expect(page.locator('[data-output="lacks"]')).toContainText(
    'vSphere 5.0 free lacks: Memory per VM (32 GiB, needs >= 1,024 GiB); Shared-nothing live migration (not available)',
  );
  await expect(page).toHaveURL(/requirements=/);

  await page.reload();
  await waitForIslands(page);
  await expect(row(page, 1).getByRole('combobox', { name: 'Feature' })).toHaveValue('max-vm-memory');
  await expect(row(page, 1).getByRole('combobox', { name: 'Comparison' })).toHaveValue('>=');
  await expect(row(page, 1).getByRole('textbox', { name: 'Number (GiB)' })).toHaveValue('1024');
  await expect(row(page, 2).getByRole('combobox', { name: 'Feature' })).toHaveValue('shared-nothing-live-migration');
  await expect(row(page, 2).getByRole('combobox', { name: 'Comparison' })).toHaveValue('yes');
  await expect(page.locator('[data-output="meetsAll"]')).toHaveText('WS2012');
});

test('an old shared link with JSON requirements still gives the same answer, shown in the controls', async ({ page }) => {
  const old = encodeURIComponent(JSON.stringify({ 'max-vm-memory': 1024, 'shared-nothing-live-migration': true }));
  await page.goto(`${EXPLORER}?requirements=${old}`);
  await waitForIslands(page);
  await expect(page.locator('[data-output="meetsAll"]')).toHaveText('WS2012');
  await expect(row(page, 1).getByRole('combobox', { name: 'Comparison' })).toHaveValue('>=');
  await expect(row(page, 1).getByRole('textbox', { name: 'Number (GiB)' })).toHaveValue('1024');
  await expect(row(page, 2).getByRole('combobox', { name: 'Comparison' })).toHaveValue('yes');
  // Untouched, the link is kept as it was given (a bare number, not ">= 1024").
  expect(decodeURIComponent(new URL(page.url()).search)).toContain('"max-vm-memory":1024');
  await expect(page.locator('section.calculator textarea')).toHaveCount(0);
});

test('a number that is not one is named at its row and not counted; removing the row clears it', async ({ page }) => {
  await page.goto(EXPLORER);
  await waitForIslands(page);
  await requirementsOf(page).getByRole('button', { name: 'Add a requirement' }).click();
  const first = row(page, 1);
  const number = first.getByRole('textbox', { name: 'Number (GiB)' });
  await number.fill('lots');
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(first.locator('.issue')).toHaveText('“lots” is not a number of GiB; this row is not counted.');
  // Not counted: no requirement, so the requirement verdict is not shown.
  await expect(page.locator('[data-output="meetsAll"]')).toHaveCount(0);
  await first.getByRole('button', { name: 'Remove requirement 1: Memory per VM (GiB)' }).click();
  await expect(requirementsOf(page).getByRole('listitem')).toHaveCount(0);
  await expect(requirementsOf(page).getByRole('button', { name: 'Add a requirement' })).toBeFocused();
});

test('requirement rows pass axe; a link naming an unknown feature is refused with a note at the controls', async ({ page }) => {
  // axe takes long on the comparison pages (a full server-rendered matrix), as in accessibility.spec.ts.
  test.setTimeout(120_000);
  // Only vSphere 5.0 Enterprise Plus has both 1,024 GiB per VM and application monitoring through a partner ("partner");
  // Hyper-V 2012 has it built in (true), which is not "partner".
  const link = encodeURIComponent(JSON.stringify({ 'max-vm-memory': 1024, 'guest-application-monitoring': 'partner' }));
  await page.goto(`${EXPLORER}?requirements=${link}`);
  await waitForIslands(page);
  await expect(row(page, 2).getByRole('combobox', { name: 'Comparison' })).toHaveValue('is:partner');
  await expect(page.locator('[data-output="meetsAll"]')).toHaveText('vSphere 5.0 Ent+');
  const results = await new AxeBuilder({ page })
    .include('fieldset.feature-requirements')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto(`${EXPLORER}?requirements=${encodeURIComponent(JSON.stringify({ 'max-vm-ram': 64 }))}`);
  await waitForIslands(page);
  await expect(requirementsOf(page).getByRole('status')).toContainText('unknown feature id "max-vm-ram"');
  await expect(requirementsOf(page).getByRole('listitem')).toHaveCount(0);
});

/** The explorer's first feature table's scroll box. */
const releaseTable = (page: Page) =>
  page
    .locator('section.calculator .table-scroll')
    .filter({ has: page.locator('table.feature-matrix') })
    .first();

for (const width of [390, 1280]) {
  test(`at ${width} px a release table scrolls both ways with its header row and first column in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(RELEASES);
    await waitForIslands(page);
    const box = releaseTable(page);
    await box.scrollIntoViewIfNeeded();
    // Eight releases and long notes: more than fits across a phone, and taller than its box at this height.
    const { wide, tall } = await box.evaluate((el) => ({ wide: el.scrollWidth > el.clientWidth, tall: el.scrollHeight > el.clientHeight }));
    if (width === 390) expect(wide).toBe(true);
    expect(tall).toBe(true);
    await box.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      el.scrollTop = el.scrollHeight;
    });
    const seen = await box.evaluate((el) => {
      const frame = el.getBoundingClientRect();
      const table = el.querySelector('table')!;
      const lastRow = table.tBodies[0]!.rows[table.tBodies[0]!.rows.length - 1]!;
      const headerCells = [...table.tHead!.rows[0]!.cells];
      const lastHeader = headerCells[headerCells.length - 1]!.getBoundingClientRect();
      const rowName = lastRow.cells[0]!.getBoundingClientRect();
      // What the reader sees at the top-right of the box and at the left of the last row.
      const atTop = document.elementFromPoint(lastHeader.left + 4, frame.top + 4)?.closest('th');
      const atLeft = document.elementFromPoint(frame.left + 4, rowName.top + rowName.height / 2)?.closest('th');
      return {
        scrolled: el.scrollLeft > 0 || width === 1280,
        scrolledDown: el.scrollTop > 0,
        headerTop: lastHeader.top - frame.top,
        rowNameLeft: rowName.left - frame.left,
        atTop: atTop?.textContent?.trim(),
        lastHeaderText: headerCells[headerCells.length - 1]!.textContent?.trim(),
        atLeft: atLeft?.textContent?.trim(),
        lastRowName: lastRow.cells[0]!.textContent?.trim(),
      };
    });
    expect(seen.scrolled && seen.scrolledDown).toBe(true);
    expect(Math.abs(seen.headerTop)).toBeLessThan(1);
    expect(Math.abs(seen.rowNameLeft)).toBeLessThan(1);
    expect(seen.atTop).toBe(seen.lastHeaderText);
    expect(seen.atLeft).toBe(seen.lastRowName);
  });
}

test('the scroll cue is drawn at the right edge and no cell covers it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(RELEASES);
  await waitForIslands(page);
  const box = releaseTable(page);
  const style = await box.evaluate((el) => ({
    background: getComputedStyle(el).backgroundImage,
    cells: [...new Set([...el.querySelectorAll('td')].map((td) => getComputedStyle(td).backgroundColor))],
  }));
  // The edge shadow (a radial gradient fixed to the box) is there, and the data cells are transparent over it.
  expect(style.background).toMatch(/radial-gradient\(.*100% 50%/);
  expect(style.cells).toEqual(['rgba(0, 0, 0, 0)']);
});

async function tickLabels(chart: Locator): Promise<{ text: string; box: { left: number; right: number; top: number; bottom: number } }[]> {
  // Only the drawing on screen: a build-time chart also holds drawings at other widths, hidden (src/charts/chart-width.ts).
  return chart.locator('[data-mark="x-axis tick label"] text').evaluateAll((texts) =>
    texts
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom } };
      })
      .filter((label) => label.box.right > label.box.left),
  );
}

const overlapping = (labels: Awaited<ReturnType<typeof tickLabels>>) =>
  labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
      .map((b) => `${a.text} / ${b.text}`),
  );

for (const width of [390, 1280]) {
  for (const [path, query, releases] of [
    // Eight Hyper-V releases; a link makes the chart redraw at the page's width.
    [RELEASES, '?chartFeature=max-vm-vcpus', ['WS2008', 'WS2008 R2', 'WS2012', 'WS2012 R2', 'WS2016', 'WS2019', 'WS2022', 'WS2025']],
    // Every platform: vSphere 5.0's two editions share a year; vSphere 8 has a sourced vCPU limit (768).
    [
      EXPLORER,
      `?chartFeature=max-vm-vcpus&platforms=${['hyper-v-2008', 'hyper-v-2008r2', 'hyper-v-2012', 'hyper-v-2012r2', 'hyper-v-2016', 'hyper-v-2019', 'hyper-v-2022', 'hyper-v-2025', 'vsphere-5.0-free', 'vsphere-5.0-enterprise-plus', 'vsphere-8'].join(',')}`,
      ['WS2008', 'WS2008 R2', 'vSphere 5.0 free', 'vSphere 5.0 Ent+', 'WS2012', 'WS2012 R2', 'WS2016', 'WS2019', 'WS2022', 'vSphere 8', 'WS2025'],
    ],
  ] as const) {
    test(`at ${width} px the limits chart on /${path}${query.slice(0, 28)}… names each release once, in release order, without overlap`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${path}${query}`);
      await waitForIslands(page);
      const chart = page.locator('section.calculator figure.plot-chart').first();
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(async () => (await tickLabels(chart)).map((l) => l.text)).toEqual([...releases]);
      const labels = await tickLabels(chart);
      expect(overlapping(labels)).toEqual([]);
      // Dots: one per release named.
      await expect(chart.locator('[data-mark="dot"] circle')).toHaveCount(releases.length);
    });
  }
}

test('the chart rendered at build time names each release once, without overlap, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(RELEASES);
  const chart = page.locator('section.calculator figure.plot-chart').first();
  await chart.scrollIntoViewIfNeeded();
  const labels = await tickLabels(chart);
  expect(labels.map((l) => l.text)).toEqual(['WS2008', 'WS2008 R2', 'WS2012', 'WS2012 R2', 'WS2016', 'WS2019', 'WS2022', 'WS2025']);
  expect(overlapping(labels)).toEqual([]);
});
