/**
 * The home page starts from what a reader came to do: each task links to the
 * page that does it, and the releases covered are listed with how many
 * articles apply to each, counted here from the articles' front matter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

const TASKS: [link: string, path: string, heading: RegExp][] = [
  ['Drain a host', 'migration/draining-a-host/', /Draining a host/i],
  ['Size Storage Spaces Direct', 'storage/storage-spaces-direct/', /Storage Spaces Direct/],
  ['Choose RAID for the IOPS you need', 'storage/iops-write-penalty/', /RAID|IOPS/],
  ['Work out an NLB cluster MAC', 'networking/nlb-cluster-mac/', /MAC/],
  ['Import an OVA or OVF appliance', 'interop/appliance-to-hyper-v/', /OVF or OVA appliance/],
  ['Plan a VMware estate migration', 'interop/vmware-estate-planner/', /RVTools estate planner/],
  ['Compare with vSphere', 'compare/hyper-v-2025-vs-vsphere-8/', /vSphere 7 and 8/],
];

for (const [link, path, heading] of TASKS) {
  test(`the home page's task "${link}" opens ${path}`, async ({ page }) => {
    await page.goto('');
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}

function articleVersions(dir: string): string[][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return articleVersions(path);
    if (!entry.name.endsWith('.mdx') && !entry.name.endsWith('.md')) return [];
    const text = readFileSync(path, 'utf8');
    const data = parse(text.slice(3, text.indexOf('\n---', 3))) as { versions?: string[] };
    return [data.versions ?? []];
  });
}

test('the home page lists the releases covered, oldest first, with the articles on each', async ({ page }) => {
  const versions = articleVersions('src/content/docs');
  const count = (v: string) => versions.filter((vs) => vs.includes(v)).length;
  // Written out by hand, not taken from the site's own label function.
  const expected = [
    ['2008', '2008'],
    ['2008r2', '2008 R2'],
    ['2012', '2012'],
    ['2012r2', '2012 R2'],
    ['2016', '2016'],
    ['2019', '2019'],
    ['2022', '2022'],
    ['2025', '2025'],
  ].map(([id = '', label]) => `Windows Server ${label}: ${count(id)} article${count(id) === 1 ? '' : 's'}`);
  await page.goto('');
  await expect(page.locator('[data-versions-covered] li')).toHaveText(expected);
});
