/**
 * The NLB switch configuration shows the IGMP group only in IGMP multicast
 * mode: unicast and plain multicast nodes join no group, so an address there
 * would send the reader looking for one. 172.31.1.232 → IGMP group
 * 239.255.1.232 (the last two octets of the VIP, ms-nlb-igmp).
 */
import { expect, test, waitForIslands } from './fixtures.ts';

for (const mode of ['unicast', 'multicast']) {
  test(`${mode} mode shows no IGMP group`, async ({ page }) => {
    await page.goto(`networking/nlb-switch-configuration/?clusterIp=172.31.1.232&mode=${mode}`);
    await waitForIslands(page);
    await expect(page.locator('[data-output="clusterMacCisco"]')).toBeVisible();
    await expect(page.locator('[data-output="igmpGroupAddress"]')).toHaveCount(0);
  });
}

test('IGMP multicast mode shows the group the nodes join', async ({ page }) => {
  await page.goto('networking/nlb-switch-configuration/?clusterIp=172.31.1.232&mode=igmp-multicast');
  await waitForIslands(page);
  await expect(page.locator('[data-output="igmpGroupAddress"]')).toHaveText('239.255.1.232');
});
