/**
 * The NLB calculators as one flow: VIP → MACs → mode advice →
 * switch lines, with links both ways that carry the cluster IP and the mode.
 * Expected MACs are hand conversions: 192.168.10.20 → C0 A8 0A 14, so the
 * multicast MAC is 03-BF-C0-A8-0A-14 (Cisco 03bf.c0a8.0a14) and the IGMP MAC
 * 01-00-5E-7F-0A-14 (ms-nlb-technical-overview, ms-nlb-igmp). Static MAC table
 * entries apply to plain multicast only (ms-nlb-operation-modes-kb).
 */
import { expect, test, waitForIslands } from './fixtures.ts';

test('following the next-step links carries the VIP and the mode through to the switch lines', async ({ page }) => {
  await page.goto('networking/nlb-cluster-mac/?clusterIp=192.168.10.20');
  await waitForIslands(page);
  await page.getByRole('link', { name: 'Next step: choose the operation mode for 192.168.10.20' }).click();

  await expect(page).toHaveURL(/networking\/nlb-operation-modes\/\?clusterIp=192\.168\.10\.20$/);
  await waitForIslands(page);
  await expect(page.locator('[data-field="clusterIp"] input')).toHaveValue('192.168.10.20');
  await expect(page.locator('[data-output="recommendedMode"]')).toHaveText('IGMP multicast');
  await expect(page.getByRole('cell', { name: /^192\.168\.10\.20 → 01-00-5E-7F-0A-14/ })).toBeVisible();

  // No IGMP snooping: plain multicast is recommended, and the next step carries that mode.
  await page.getByLabel('Switches do IGMP snooping').uncheck();
  await expect(page.locator('[data-output="recommendedMode"]')).toHaveText('Multicast');
  const next = page.getByRole('link', { name: 'Next step: the switch configuration for multicast mode and 192.168.10.20' });
  await expect(next).toHaveAttribute('href', '../nlb-switch-configuration/?clusterIp=192.168.10.20&mode=multicast');
  await next.click();

  await expect(page).toHaveURL(/networking\/nlb-switch-configuration\/\?clusterIp=192\.168\.10\.20&mode=multicast$/);
  await waitForIslands(page);
  await expect(page.locator('[data-field="clusterIp"] input')).toHaveValue('192.168.10.20');
  await expect(page.locator('h1')).toHaveText('Switch configuration for NLB (static ARP and MAC entries)');
  await expect(page.locator('[data-field="mode"] select')).toHaveValue('multicast');
  await expect(page.locator('[data-output="clusterMacCisco"]')).toHaveText('03bf.c0a8.0a14');
  await expect(page.locator('[data-output="block-cisco"]')).toContainText('arp 192.168.10.20 03bf.c0a8.0a14 ARPA');
  await expect(page.locator('[data-output="block-cisco"]')).toContainText('mac address-table static 03bf.c0a8.0a14 vlan 10');
});

test('the back links carry the VIP from the switch lines to the advisor and the MACs', async ({ page }) => {
  await page.goto('networking/nlb-switch-configuration/?clusterIp=10.1.2.3');
  await waitForIslands(page);
  await page.getByRole('link', { name: 'Back: which mode suits 10.1.2.3 on Hyper-V' }).click();
  await expect(page).toHaveURL(/networking\/nlb-operation-modes\/\?clusterIp=10\.1\.2\.3$/);
  await waitForIslands(page);
  await expect(page.locator('[data-field="clusterIp"] input')).toHaveValue('10.1.2.3');
  await page.getByRole('link', { name: 'Back: the MAC addresses of 10.1.2.3' }).click();
  await expect(page).toHaveURL(/networking\/nlb-cluster-mac\/\?clusterIp=10\.1\.2\.3$/);
  await waitForIslands(page);
  // 10.1.2.3 → 0A 01 02 03.
  await expect(page.locator('[data-output="multicastMac"]')).toHaveText('03-BF-0A-01-02-03');
});

test('the static-MAC count shows only when plain multicast is recommended', async ({ page }) => {
  await page.goto('networking/nlb-operation-modes/');
  await waitForIslands(page);
  // Defaults: IGMP snooping → IGMP multicast, where the switch learns the ports itself.
  await expect(page.locator('[data-output="recommendedMode"]')).toHaveText('IGMP multicast');
  await expect(page.locator('[data-output="staticMacPortEntries"]')).toHaveCount(0);
  // Multicast: one entry per host-facing port, 3 hosts × 2 NICs = 6.
  await page.goto('networking/nlb-operation-modes/?igmpSnooping=false&hosts=3');
  await waitForIslands(page);
  await expect(page.locator('[data-output="recommendedMode"]')).toHaveText('Multicast');
  await expect(page.locator('[data-output="staticMacPortEntries"]')).toHaveText('6 host-facing ports');
  // Unicast (no snooping, no static ARP, no teaming): nothing to pin, so no count.
  await page.goto('networking/nlb-operation-modes/?igmpSnooping=false&staticArpAllowed=false&teaming=none');
  await waitForIslands(page);
  await expect(page.locator('[data-output="recommendedMode"]')).toHaveText('Unicast');
  await expect(page.locator('[data-output="staticMacPortEntries"]')).toHaveCount(0);
});
