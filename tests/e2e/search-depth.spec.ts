/**
 * Search relevance for the in-depth pages on host tuning, security, CSV/SOFS
 * and NLB today: a plain query for each topic must put the page that answers
 * it first in Starlight's search dialog (stricter than search-relevance.spec.ts,
 * which accepts first or second).
 */
import { expect, test } from './fixtures.ts';
import { rankedResults, type SearchCase } from './search-results.ts';

const QUERIES: SearchCase[] = [
  ['C-states', 'tuning/power-plans-and-c-states'],
  ['C-state counters', 'tuning/power-plans-and-c-states'],
  ['NUMA spanning', 'tuning/numa-spanning'],
  ['core scheduler', 'tuning/hypervisor-scheduler-types'],
  ['VT-d IOMMU SR-IOV', 'tuning/bios-virtualization-switches'],
  ['Shielded VMs', 'security/shielded-vms-and-hgs'],
  ['Host Guardian Service', 'security/shielded-vms-and-hgs'],
  ['Credential Guard', 'security/credential-guard-and-live-migration'],
  ['Kerberos constrained delegation', 'security/credential-guard-and-live-migration'],
  ['SMB encryption', 'security/protecting-migration-traffic'],
  ['CSV cache', 'storage/csv-cache-and-redirected-io'],
  ['redirected I/O', 'storage/csv-cache-and-redirected-io'],
  ['SMB Witness', 'storage/sofs-client-rebalancing'],
  ['Software Load Balancer', 'networking/nlb-on-set-and-alternatives'],
];

for (const [query, page] of QUERIES) {
  test(`"${query}" finds ${page} first`, async ({ page: browserPage }) => {
    const ranked = await rankedResults(browserPage, query);
    expect(ranked[0] ?? '', `top three: ${ranked.slice(0, 3).join(', ')}`).toContain(page);
  });
}
