/**
 * List editors from the keyboard and their error messages: Remove does not leave focus on the next row's Remove, says what it
 * did, and a bad cell is named as the form labels it.
 */
import { expect, test, waitForIslands } from './fixtures.ts';

test('Enter on Remove, twice, removes one VM: focus moves off the Remove buttons and the removal is announced', async ({ page }) => {
  await page.goto('migration/draining-a-host/');
  await waitForIslands(page);
  const calculator = page.locator('section.calculator').first();
  await calculator.getByRole('button', { name: 'Edit the list' }).click();
  const rows = calculator.locator('.list-editor tbody tr');
  await expect(rows).toHaveCount(6);
  await calculator.getByRole('button', { name: 'Remove row 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(5);
  await expect(calculator.locator('.list-editor [aria-live="polite"]')).toHaveText('VM 2 removed; 5 rows left.');
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, role: document.activeElement?.getAttribute('role') }));
  expect(focused).toEqual({ tag: 'DIV', role: 'region' });
  // The second Enter lands on the table's scroll region, which does nothing.
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(5);
});

test('a bad cell is named "VM 2: memory", not by its path', async ({ page }) => {
  await page.goto('migration/draining-a-host/');
  await waitForIslands(page);
  const calculator = page.locator('section.calculator').first();
  await calculator.getByRole('button', { name: 'Edit the list' }).click();
  await calculator.getByLabel('Memory, row 2').fill('0');
  const issue = calculator.locator('[data-field="vms"] .issue');
  await expect(issue).toContainText('VM 2: memory');
  await expect(issue).not.toContainText('vms[');
});

test('the exporter names a bad disk size "Disk 2: capacity"', async ({ page }) => {
  await page.goto('interop/export-for-other-hypervisors/');
  await waitForIslands(page);
  const disks = page.locator('section.calculator [data-field="disks"]');
  await disks.getByRole('button', { name: 'Add a row' }).click();
  await disks.getByLabel('Capacity, row 2').fill('0');
  await expect(disks.locator('.issue')).toContainText('Disk 2: capacity');
  await expect(disks.locator('.issue')).not.toContainText('disks[1]');
});
