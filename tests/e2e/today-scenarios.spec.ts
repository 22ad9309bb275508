/**
 * A page about today's releases opens its calculator on today's hardware: the
 * drain planner on the Windows Server 2022/2025 live-migration page starts on a
 * 2025 cluster node with a 25 GbE network, where the cluster's
 * MaximumParallelMigrations (1 by default, ms-techcommunity-cluster-wide-lm-control-2023)
 * runs one migration at a time.
 */
import { expect, test, waitForIslands } from './fixtures.ts';

test('the 2022/2025 page drains a 2025 node over 25 GbE, one migration at a time', async ({ page }) => {
  await page.goto('migration/live-migration-2022-2025/');
  await waitForIslands(page);
  await expect(page.getByLabel('Windows Server version')).toHaveValue('2025');
  await expect(page.getByLabel(/Link speed per live-migration network/)).toHaveValue('25');
  await expect(page.locator('[data-output="concurrencyUsed"]')).toHaveText('1');
  await expect(page.locator('section.calculator .warnings')).toContainText('MaximumParallelMigrations');
});
