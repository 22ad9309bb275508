/**
 * Search relevance: questions a reader would type, each of which must put the
 * page that answers it first or second in Starlight's search dialog.
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
];

for (const [query, page] of QUERIES) {
  test(`"${query}" finds ${page} first or second`, async ({ page: browserPage }) => {
    const topTwo = (await rankedResults(browserPage, query)).slice(0, 2);
    expect(topTwo.some((href) => href.includes(page)), `top two: ${topTwo.join(', ')}`).toBe(true);
  });
}
