/**
 * What a reader sees of the rule that TCP and compression use one live-migration
 * network at a time: the drain planner, opened from a shared link with six 1 GbE
 * networks, puts every VM on network 1, says the others are failover and gives
 * the same drain time as with one network; the validation page shows the cases
 * this changed with the error before and after.
 */
import { expect, test } from './fixtures.ts';
import { calculatorOf, scheduleRows } from './drain-schedule.ts';

const PAGE = 'migration/draining-a-host/';
/** Ten idle 4 GiB VMs, ten at once, Windows Server 2012, TCP over 1 GbE (van Eijk's lab, sizes assumed). */
const scenario = (networks: number) =>
  `${PAGE}?vms=${encodeURIComponent(JSON.stringify([{ name: 'vm', count: 10, memoryGiB: 4, dirtyRateMBps: 1, hotSetGiB: 0.01 }]))}&maxConcurrent=10&networks=${networks}&linkGbps=1&transport=tcp&hostVersion=2012`;

test('six TCP live-migration networks: every VM on network 1, a failover warning, and the drain time of one network', async ({ page }) => {
  await page.goto(scenario(1));
  const one = calculatorOf(page);
  await expect(one).toHaveAttribute('data-hydrated', 'true');
  const oneNetwork = (await one.locator('[data-output="totalSeconds"]').textContent()) ?? '';
  expect(oneNetwork).toMatch(/^[\d,.]+ s/);

  await page.goto(scenario(6));
  const six = calculatorOf(page);
  await expect(six).toHaveAttribute('data-hydrated', 'true');
  await expect(scheduleRows(six)).toHaveCount(10);
  // The network column (the third cell after the VM name) reads the same for all ten VMs.
  await expect(scheduleRows(six).locator('td:nth-of-type(3)')).toHaveText(Array.from({ length: 10 }, () => 'network 1'));
  await expect(six.locator('.warnings')).toContainText('the other 5 are failover and add no bandwidth');
  await expect(six.locator('[data-output="totalSeconds"]')).toHaveText(oneNetwork);
});

test('the validation page shows the cases the change moved, with the error before and after', async ({ page }) => {
  await page.goto('migration/model-validation/');
  const moved = page.getByRole('region', { name: 'Moved by the last model change' });
  await expect(moved.locator('tbody tr')).toHaveCount(3);
  // Before: six 1 GbE networks filled at 5.15 Gbps where one 1 GbE NIC carried everything, (5.15 − 1) ÷ 1 = +415 %.
  const sixNetworks = moved.locator('tbody tr', { hasText: 'six live-migration networks of 1 GbE' });
  await expect(sixNetworks).toContainText('5.15 Gbps');
  await expect(sixNetworks).toContainText('+415 %');
  await expect(page.getByText('Cases outside their stated tolerance: none')).toBeVisible();
});
