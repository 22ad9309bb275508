/**
 * The feature explorer's three states as a reader arriving from vSphere sees
 * them: a value, a documented "no", or unknown. Unknown is never "lacks" and
 * never a difference; the caveat is said once per page; secondary values are
 * marked; sizes read in the unit that fits them; the requirement editor's
 * buttons are styled in dark mode; early releases' cells keep whole lines.
 *
 * Expected values are read by hand from src/content/compare/features.json and
 * the documents it cites: Windows Server 2022 and 2025 run 1,024 VMs per host in
 * 64-node clusters with 4 PB per host (ms-hyperv-scalability-ws); vSphere 7.0
 * U3 runs 1,024 VMs per host (nutanix-bible-vsphere-architecture, secondary)
 * and both vSphere 7 U3 and 8 allow 96 hosts per cluster without vSAN
 * (terraform-vsphere-2026-hosts-per-cluster, secondary); no stored source
 * gives vSphere 8's VMs per host, so it is unknown.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures.ts';

const CURRENT = 'compare/hyper-v-2025-vs-vsphere-8/';
const RELEASES = 'compare/hyper-v-releases/';

const explorer = (page: Page) => page.locator('section.calculator[data-model="feature-matrix"]');
const requirementsOf = (page: Page) => explorer(page).locator('fieldset.feature-requirements');
const row = (page: Page, n: number) => requirementsOf(page).getByRole('listitem', { name: `Requirement ${n}` });

async function require(page: Page, n: number, feature: string, unit: string, atLeast: string) {
  await requirementsOf(page).getByRole('button', { name: 'Add a requirement' }).click();
  await row(page, n).getByRole('combobox', { name: 'Feature' }).selectOption({ label: feature });
  await row(page, n).getByRole('combobox', { name: 'Comparison' }).selectOption({ label: 'at least' });
  await row(page, n)
    .getByRole('textbox', { name: `Number (${unit})` })
    .fill(atLeast);
}

test('at least 1,000 VMs per host and 64 hosts per cluster: vSphere 8 is unknown on the first, never said to lack it', async ({ page }) => {
  await page.goto(CURRENT);
  await waitForIslands(page);
  await require(page, 1, 'Running VMs per host (VMs)', 'VMs', '1000');
  await require(page, 2, 'Hosts per cluster (nodes)', 'nodes', '64');

  await expect(explorer(page).locator('[data-output="meetsAll"]')).toHaveText('WS2022, WS2025, vSphere 7');
  await expect(explorer(page).locator('[data-output="verdict"]')).toHaveText(
    "WS2022, WS2025, vSphere 7 meet every requirement; vSphere 8 unknown (Running VMs per host): check VMware's Configuration Maximums.",
  );
  // The requirement table: vSphere 8 is "unknown" on VMs per host and meets 64 hosts (96, secondary); no cell says "lacks".
  const table = explorer(page).locator('table[data-output="requirements"]');
  const cells = table.locator('tbody tr').first().locator('td');
  await expect(cells).toHaveText(['meets', 'meets', 'meets', 'unknown']);
  await expect(table.locator('tbody tr').nth(1).locator('td')).toHaveText(['meets', 'meets', 'meets', 'meets']);
  await expect(table.locator('td', { hasText: 'lacks' })).toHaveCount(0);
  await expect(explorer(page).locator('[data-output="lacks"] li')).toHaveCount(0);
  await expect(explorer(page)).not.toContainText(/vSphere 8 lacks/);
  // Unknown has its own look, unlike a met requirement.
  const unknownCell = cells.nth(3);
  await expect(unknownCell).toHaveAttribute('data-state', 'unknown');
  expect(await unknownCell.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');
  expect(await cells.nth(0).evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
  // The caveat once, under the verdict; no cell repeats it.
  await expect(page.getByText('means the guide has no sourced value for that platform')).toHaveCount(1);
  await expect(explorer(page).locator('table.feature-matrix td', { hasText: /treat it as unknown|not compared/ })).toHaveCount(0);

  // The shared link brings the same verdict back on first load.
  await page.reload();
  await waitForIslands(page);
  await expect(explorer(page).locator('[data-output="verdict"]')).toContainText('vSphere 8 unknown (Running VMs per host)');
});

test('unknown and secondary cells are marked in the tables, and sizes read in PiB and TiB', async ({ page }) => {
  await page.goto(CURRENT);
  await waitForIslands(page);
  const cell = (feature: string, platform: string) => explorer(page).locator(`tr[data-row="${feature}"] td[data-cell="${platform}"]`);
  // 4 PB per host = 4 × 1,024 × 1,024 GiB: shown as 4 PiB, not "4,194,304 GiB"; 240 TB per VM as 240 TiB.
  await expect(cell('max-host-memory', 'hyper-v-2025')).toContainText(/^\s*4 PiB/);
  await expect(cell('max-vm-memory', 'hyper-v-2025')).toContainText(/^\s*240 TiB/);
  await expect(explorer(page)).not.toContainText('4,194,304');
  // Unknown in its own style; a secondary value carries the word.
  await expect(cell('max-running-vms-per-host', 'vsphere-8')).toHaveClass(/matrix-unknown/);
  await expect(cell('max-running-vms-per-host', 'vsphere-8')).toContainText(/^\s*unknown/);
  await expect(cell('max-cluster-nodes', 'vsphere-8').locator('.matrix-secondary-mark')).toHaveText('secondary');
  await expect(cell('max-vm-vcpus', 'vsphere-8').locator('.matrix-secondary-mark')).toHaveCount(0);
});

test('"Features that differ" counts known values only', async ({ page }) => {
  // Scalability, WS2025 against vSphere 8: logical processors (2,048 / 896), host memory (4 PiB / 24 TiB),
  // vCPUs per VM (2,048 / 768) and memory per VM (240 TiB / 24,560 GiB) differ; VMs per host, disk size,
  // network adapters and SCSI disks are unknown for vSphere 8, so they are not differences: 4, not 8.
  await page.goto(`${CURRENT}?platforms=hyper-v-2025,vsphere-8&categories=scalability`);
  await waitForIslands(page);
  await expect(explorer(page).locator('[data-output="differingCount"]')).toHaveText('4');
});

test("in dark mode the requirement editor's Add and Remove buttons look like the calculator's other buttons", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(CURRENT);
  await waitForIslands(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const add = requirementsOf(page).getByRole('button', { name: 'Add a requirement' });
  await add.click();
  const remove = row(page, 1).getByRole('button', { name: /^Remove requirement 1/ });
  const reference = explorer(page).getByRole('button', { name: 'Copy link' });
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return { border: `${s.borderTopStyle} ${s.borderTopColor}`, background: s.backgroundColor, color: s.color, radius: s.borderTopLeftRadius };
  };
  const expected = await reference.evaluate(look);
  expect(expected.border).toMatch(/^solid /);
  expect(await add.evaluate(look)).toEqual(expected);
  expect(await remove.evaluate(look)).toEqual(expected);
});

for (const width of [390, 1280]) {
  test(`at ${width} px the early releases' cells keep whole lines, not a word per line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(RELEASES);
    await waitForIslands(page);
    // WS2008's logical-processor cell carries a note ("16 at release; 24 with the update for six-core processors.").
    const cell = explorer(page).locator('tr[data-row="max-host-logical-processors"] td[data-cell="hyper-v-2008"]');
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    // At least 8.5rem (136 px): wide enough for "six-core processors." on one line.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(136);
    const note = cell.locator('small');
    const lines = await note.evaluate((el) => {
      const style = getComputedStyle(el);
      const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
      return Math.round(el.getBoundingClientRect().height / lineHeight);
    });
    const words = ((await note.textContent()) ?? '').trim().split(/\s+/).length;
    expect(lines).toBeLessThan(words / 2);
  });
}
