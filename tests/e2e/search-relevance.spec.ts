/**
 * Search relevance: questions a reader would type, each of which must put the
 * page that answers it first or second in Starlight's search dialog; the
 * bibliography (the Sources page) is not in the index and never outranks them.
 */
import { expect, test } from './fixtures.ts';
import { rankedResults, type SearchCase } from './search-results.ts';

const QUERIES: SearchCase[] = [
  ['how long does live migration take', 'migration/how-live-migration-works'],
  ['IOPS RAID 5', 'storage/iops-write-penalty'],
  ['NLB multicast MAC', 'networking/nlb-cluster-mac'],
  ['storvsc STOP 0xD1', 'notes/kb2636573-storvsc-stop-0xd1'],
  ['Linux guest 127 GB', 'notes/kb2711771-linux-127-gb-lba48'],
  ['scale-out file server home folders', 'storage/scale-out-file-server'],
  ['IPsec offload security associations', 'security/ipsec-task-offload'],
  ['drain a host simultaneous live migrations', 'migration/draining-a-host'],
  // What readers type, vSphere words included.
  ['SMB Direct', 'networking/set-and-rdma'],
  ['maintenance mode', 'migration/draining-a-host'],
  ['OVF import', 'interop/appliance-to-hyper-v'],
  ['MaximumVirtualMachineMigrations', 'migration/draining-a-host'],
  ['calculator', 'calculators'],
  ['C1E', 'tuning/power-plans-and-c-states'],
  ['cisco static arp', 'networking/nlb-switch-configuration'],
];

for (const [query, page] of QUERIES) {
  test(`"${query}" finds ${page} first or second`, async ({ page: browserPage }) => {
    const topTwo = (await rankedResults(browserPage, query)).slice(0, 2);
    expect(
      topTwo.some((href) => href.includes(page)),
      `top two: ${topTwo.join(', ')}`,
    ).toBe(true);
  });
}

test('the Sources page is not a search result (it repeated every title and outranked the articles)', async ({ page }) => {
  const ranked = await rankedResults(page, 'Microsoft Learn');
  expect(ranked.length).toBeGreaterThan(0);
  expect(ranked.filter((href) => /\/sources\/$/.test(href))).toEqual([]);
});
