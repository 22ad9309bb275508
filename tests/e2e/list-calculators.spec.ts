/** Calculators whose inputs are rows of a table (the list editor). */
import { expect, test, waitForIslands } from './fixtures.ts';

test('the cluster network script follows an edited row and a new row', async ({ page }) => {
  await page.goto('networking/cluster-network-names/');
  await waitForIslands(page);
  const script = page.locator('[data-output="powershell"]');
  // Row 3 is 10.10.31.11/23 → 10.10.30.0; as /24 it is 10.10.31.0 (the last octet cleared).
  await expect(script).toContainText("Address = '10.10.30.0'; Mask = '255.255.254.0'");
  await page.getByLabel('Prefix, row 3').fill('24');
  await expect(script).toContainText("Address = '10.10.31.0'; Mask = '255.255.255.0'; Name = 'LiveMigration'");
  await page.getByRole('button', { name: 'Add a row' }).click();
  await page.getByLabel('Node address, row 5').fill('10.10.50.7');
  await page.getByLabel('Name, row 5').fill('Backup');
  await expect(script).toContainText("Address = '10.10.50.0'; Mask = '255.255.255.0'; Name = 'Backup'");
  await expect(page).toHaveURL(/networks=/);
});
