/**
 * The VMware estate planner in the browser: a real RVTools export from the
 * corpus (../shared/rvtools-corpus, read in place; skipped, naming the folder,
 * when it is absent) is chosen, read in the Web Worker under the site's CSP,
 * and the page shows facts.json's totals and one blocker; the Python clone is
 * refused with its reason; the table filters; the summary prints on one A4
 * page. (That the page keeps responding while a hostile workbook is read is
 * measured by scripts/bench-estate-browser.mjs: a timed assertion here would
 * be flaky on a loaded two-core machine.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, waitForIslands } from './fixtures.ts';
import { overprinted, pdfPages } from './printout.ts';
import { rankedResults } from './search-results.ts';

const PAGE = 'interop/vmware-estate-planner/';
const CORPUS = resolve('../shared/rvtools-corpus');
const REAL = 'real__pcmo-2__rvtools-4.6.1.3.xlsx';
const CLONE = 'synthetic__kylow-vmwareexport__python-clone.xlsx';
const present = existsSync(resolve(CORPUS, REAL));

const workbook = (name: string) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: readFileSync(resolve(CORPUS, name)),
});

const open = async (page: import('@playwright/test').Page) => {
  await page.goto(PAGE);
  await waitForIslands(page);
};

for (const query of ['RVTools', 'migrate from VMware', 'vSphere to Hyper-V']) {
  test(`search: "${query}" finds the planner first`, async ({ page }) => {
    const ranked = await rankedResults(page, query);
    expect(ranked[0], `results: ${ranked.slice(0, 3).join(', ')}`).toContain(PAGE.replace(/\/$/, ''));
  });
}

test('a real RVTools 4.6 export: the totals facts.json gives, and a blocker', async ({ page }) => {
  test.skip(!present, `RVTools corpus absent: ${CORPUS}`);
  await open(page);
  const facts = JSON.parse(readFileSync(resolve(CORPUS, 'facts.json'), 'utf8'))[REAL];
  await page.locator('#vmware-estate-file').setInputFiles(workbook(REAL));
  await expect(page.locator('[data-output="fileStatus"]')).toContainText('read in', { timeout: 30_000 });
  const figure = (name: string) => page.locator(`[data-output="${name}"]`);
  await expect(figure('totals.vms')).toHaveText(facts.vms.toLocaleString('en-US'));
  await expect(figure('totals.poweredOn')).toHaveText(facts.powered_on.toLocaleString('en-US'));
  await expect(figure('totals.vCpus')).toHaveText(facts.vcpus.toLocaleString('en-US'));
  await expect(figure('totals.memoryMiB')).toContainText(`${facts.memory_mib.toLocaleString('en-US')} MiB`);
  await expect(figure('totals.diskCapacityMiB')).toHaveText(`${facts.vdisk_capacity_mib.toLocaleString('en-US')} MiB`);
  await expect(figure('vmsWithSnapshots')).toHaveText(String(facts.vms_with_snapshots));
  // 34 VMs carry snapshots: the findings table names them.
  await expect(figure('blockerCounts').locator('tr', { hasText: 'snapshots' })).toContainText(String(facts.vms_with_snapshots));
  // Filtering the VM table to one kind of finding.
  await page.locator('[data-output="vmFilter"]').fill('snapshots');
  await expect(figure('vmTable').locator('caption')).toHaveText(`${facts.vms_with_snapshots} of ${facts.vms} VMs`);
});

test('the Python clone of RVTools is refused, saying why', async ({ page }) => {
  test.skip(!present, `RVTools corpus absent: ${CORPUS}`);
  await open(page);
  await page.locator('#vmware-estate-file').setInputFiles(workbook(CLONE));
  await expect(page.locator('[data-output="refusal"]')).toContainText('not a consistent RVTools export', { timeout: 30_000 });
  await expect(page.locator('[data-output="totals.vms"]')).toHaveText('0');
});

test('a file that is not a workbook is refused', async ({ page }) => {
  await open(page);
  await page
    .locator('#vmware-estate-file')
    .setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
  // 21 bytes: too short for a zip archive's end record (22 bytes), so the reader's first check refuses them (src/engine/xlsx/zip.ts).
  await expect(page.locator('[data-output="refusal"]')).toContainText('notes.xlsx is not an .xlsx workbook (no zip archive inside).', { timeout: 30_000 });
});

test('the estate prints as a one-page summary: totals, blockers and sizing, nothing overprinted', async ({ page }) => {
  test.skip(!present, `RVTools corpus absent: ${CORPUS}`);
  // An A4 page less its 12 mm margins is 186 mm wide: about 703 CSS pixels.
  await page.setViewportSize({ width: 703, height: 1000 });
  await open(page);
  const facts = JSON.parse(readFileSync(resolve(CORPUS, 'facts.json'), 'utf8'))[REAL];
  await page.locator('#vmware-estate-file').setInputFiles(workbook(REAL));
  await expect(page.locator('[data-output="fileStatus"]')).toContainText('read in', { timeout: 30_000 });
  const calculator = page.locator('section.calculator').first();
  await page.evaluate(() => {
    window.print = () => {};
  });
  await calculator.getByRole('button', { name: 'Print' }).click();
  await page.emulateMedia({ media: 'print' });
  const figure = (name: string) => calculator.locator(`[data-output="${name}"]`);
  await expect(figure('totals.vms')).toHaveText(facts.vms.toLocaleString('en-US'));
  await expect(figure('totals.vCpus')).toHaveText(facts.vcpus.toLocaleString('en-US'));
  await expect(figure('totals.diskCapacityMiB')).toHaveText(`${facts.vdisk_capacity_mib.toLocaleString('en-US')} MiB`);
  await expect(figure('blockerCounts').locator('tr', { hasText: 'snapshots' })).toContainText(String(facts.vms_with_snapshots));
  await expect(figure('blockerCounts')).toBeVisible();
  await expect(figure('sizing.hostsNeeded')).toBeVisible();
  await expect(figure('sizing')).toBeVisible();
  // The per-VM table is the CSV's job, not the summary's.
  await expect(figure('vmTable')).toBeHidden();
  expect(await overprinted(page)).toEqual({ overlaps: [], cut: [] });
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});
