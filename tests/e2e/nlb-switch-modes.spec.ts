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

test('Dell PowerConnect lines never reuse Cisco port names: a placeholder and a warning instead', async ({ page }) => {
  await page.goto('networking/nlb-switch-configuration/?clusterIp=172.31.3.232&mode=igmp-multicast&ports=Gi1%2F0%2F1%2C%20g2');
  await waitForIslands(page);
  const dell = page.locator('[data-output="block-dell"]');
  // 172.31.3.232 → group MAC 01:00:5e:7f:03:e8 (last two octets 3 and 232 = 0x03, 0xE8).
  await expect(dell).toContainText('bridge multicast address 01:00:5e:7f:03:e8 add ethernet <PowerConnect port facing the host on Gi1/0/1>');
  await expect(dell).toContainText('bridge multicast address 01:00:5e:7f:03:e8 add ethernet g2');
  await expect(dell).not.toContainText('add ethernet Gi1/0/1');
  await expect(page.locator('section.calculator .warnings')).toContainText('placeholders for Gi1/0/1');
  // The Cisco block keeps the reader's Cisco name.
  await expect(page.locator('[data-output="block-cisco"]')).not.toContainText('<PowerConnect');
});
