/**
 * Pasting Get-VM output into the drain planner as an administrator copies it,
 * prompt line and all: the planner reads the right VMs and memory, shows what
 * it read before it replaces anything, skips the VMs that are off by name,
 * and the drain time is the one worked out by hand.
 */
import type { Locator } from '@playwright/test';
import { FORMAT_TABLE_WITH_PROMPT } from '../fixtures/get-vm-pastes.ts';
import { expect, test, waitForIslands } from './fixtures.ts';
import { calculatorOf, scheduleRows } from './drain-schedule.ts';

const PAGE = 'migration/draining-a-host/';

const scheduleNames = (calculator: Locator) => scheduleRows(calculator).locator('th');

async function readPaste(calculator: Locator, text: string): Promise<void> {
  await calculator.locator('summary', { hasText: 'Paste a table' }).click();
  await calculator.getByLabel('Table to import').fill(text);
  await calculator.getByRole('button', { name: 'Import', exact: true }).click();
}

test('the Format-Table paste with its prompt line: preview first, then 6 VMs, 252 GiB and the hand-worked drain time', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(PAGE);
  await waitForIslands(page);
  const calculator = calculatorOf(page);
  const summary = calculator.locator('[data-list-summary]');
  // The built-in VMs: 64 + 32 + 8 + 8 + 4 + 16 = 132 GiB.
  await expect(summary).toHaveText('6 VMs, 132 GiB: sql01 64 GiB, exch01 32 GiB, web01 8 GiB, …');
  const drainBefore = (await calculator.locator('[data-output="totalSeconds"]').textContent()) ?? '';

  await readPaste(calculator, FORMAT_TABLE_WITH_PROMPT);
  const status = calculator.locator('[data-import-status]');
  // Six running VMs, 128 + 64 + 32 + 16 + 8 + 4 = 252 GiB; the two that are off are named, not refused.
  await expect(status.locator('[data-import-preview]')).toHaveText('Read: 6 VMs, 252 GiB: SQL-PRD-01 128 GiB, SQL-PRD-02 64 GiB, EXCH 01 32 GiB, …');
  await expect(status.locator('[data-import-skipped]')).toHaveText('Skipped 2 VMs not running (0 bytes of memory assigned): TEMPLATE-2022, OLD APP.');
  await expect(status).toContainText('Read a PowerShell table with its header on line 3.');
  await expect(status.locator('.issue')).toHaveCount(0);
  await expect(status.locator('[data-import-ignored] summary')).toHaveText('Ignored 4 other columns');
  await expect(status.locator('[data-import-ignored] li').first()).toBeHidden();
  await status.locator('[data-import-ignored] summary').click();
  await expect(status.locator('[data-import-ignored] li')).toHaveCount(4);
  // Nothing has changed yet.
  await expect(summary).toHaveText('6 VMs, 132 GiB: sql01 64 GiB, exch01 32 GiB, web01 8 GiB, …');
  await expect(calculator.locator('[data-output="totalSeconds"]')).toHaveText(drainBefore);

  // Cancel leaves the list as it was.
  await calculator.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toContainText('Nothing imported; the list is as it was.');
  await expect(summary).toHaveText('6 VMs, 132 GiB: sql01 64 GiB, exch01 32 GiB, web01 8 GiB, …');
  await expect(scheduleNames(calculator).first()).toHaveText('sql01');

  // Read it again and replace the list.
  await calculator.getByRole('button', { name: 'Import', exact: true }).click();
  await calculator.getByRole('button', { name: 'Replace the list' }).click();
  await expect(status).toContainText('Imported 6 VMs, 252 GiB from a PowerShell table.');
  await expect(summary).toHaveText('6 VMs, 252 GiB: SQL-PRD-01 128 GiB, SQL-PRD-02 64 GiB, EXCH 01 32 GiB, …');
  await expect(calculator.locator('[data-output="vmCount"]')).toHaveText('6');
  await expect(scheduleNames(calculator)).toHaveText(['SQL-PRD-01', 'SQL-PRD-02', 'EXCH 01', 'FILE-01', 'WEB-01', 'DC01']);

  // Get-VM gives no dirty rate or hot set: set both to 0 for every VM, one migration at a time at a
  // measured 1 GiB/s (2^30 × 8 bits = 8.589934592 Gbps). Each VM: 1.5 s setup + GiB ÷ 1 GiB/s + 1 s
  // clean-up; 6 × 2.5 s + 252 s = 267 s = 4 min 27 s. (Read as ten 8 GiB "vm" rows it was 105 s.)
  await calculator.locator('[name="all-dirtyRateMBps"]').fill('0');
  await calculator.locator('[name="all-hotSetGiB"]').fill('0');
  await calculator.getByRole('button', { name: 'Apply to all 6 VMs' }).click();
  await expect(calculator.locator('[data-bulk-set] [role="status"]')).toHaveText('Dirty rate 0 MB/s and Hot set 0 GiB set for 6 VMs.');
  await calculator.locator('[name="maxConcurrent"]').fill('1');
  await calculator.locator('[name="effectiveGbps"]').fill('8.589934592');
  await expect(calculator.locator('[data-output="totalSeconds"]')).toHaveText('267 s (4 min 27 s)');
  await expect(calculator.locator('[data-summary="totalSeconds"]')).toContainText('Drain time 267 s (4 min 27 s) for 6 VMs, 1 at once');
});

test('a "CSV" whose lines never split is refused and the list is kept', async ({ page }) => {
  await page.goto(PAGE);
  await waitForIslands(page);
  const calculator = calculatorOf(page);
  // The table without its dash line under a comma-separated header: the rows do not split at commas.
  await readPaste(calculator, 'Name, State, MemoryAssigned\nSQL-PRD-01    Running   137438953472\nDC01          Running     4294967296\n');
  const status = calculator.locator('[data-import-status]');
  await expect(status.locator('.issue')).toContainText('Line 1: This line reads as 3 columns, but none of the 2 lines under it has more than one');
  await expect(status).toContainText('No rows imported; the list is as it was.');
  await expect(calculator.getByRole('button', { name: 'Replace the list' })).toHaveCount(0);
  await expect(calculator.locator('[data-list-summary]')).toHaveText('6 VMs, 132 GiB: sql01 64 GiB, exch01 32 GiB, web01 8 GiB, …');
});
