/**
 * The calculators whose inputs are not numbers: the feature explorer
 * (platform choices; its requirement controls are in feature-explorer.spec.ts), the OVF inspector (a pasted
 * descriptor that never leaves the browser) and the OVF exporter's manifest
 * (hashed in the browser with the digest the OVF version defines).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, waitForIslands } from './fixtures.ts';

const EXPLORER = 'compare/ws2012-hyper-v-vs-vsphere-5/';

test('the full comparison table is in the page without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(EXPLORER);
  // Eight categories, each a table rendered at build time, so it reads without JavaScript.
  await expect(page.locator('table[data-output="features"]')).toHaveCount(8);
  await context.close();
});

test('"only differences" lists fewer features', async ({ page }) => {
  // Two neighbouring releases share most features, so hiding the shared ones must shorten the list.
  await page.goto(`${EXPLORER}?platforms=hyper-v-2016,hyper-v-2019`);
  await waitForIslands(page);
  const count = page.locator('[data-output="featureCount"]');
  const all = Number(await count.textContent());
  await page.getByLabel('Only differences').check();
  await expect.poll(async () => Number(await count.textContent())).toBeLessThan(all);
});

test('the OVF inspector reads a pasted VirtualBox-style descriptor', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.method()));
  await page.goto('interop/appliance-to-hyper-v/');
  await waitForIslands(page);
  await page.locator('section.calculator textarea').first().fill(readFileSync('tests/e2e/fixtures/virtualbox-style.ovf', 'utf8'));
  // 4 vCPU; 3072 "MegaBytes" (VirtualBox's word for MiB); no EFI → BIOS → Generation 1 (ms-hyperv-generation-1-or-2).
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText('4');
  await expect(page.locator('[data-output="systems.0.memoryMiB"]')).toHaveText('3072 MiB');
  await expect(page.locator('[data-output="systems.0.recommendedGeneration"]')).toHaveText('1');
  // The VMDK must be converted: the plan names it.
  await expect(page.locator('[data-output="systems.0.plan.qemuImg"]')).toContainText('box-disk001.vmdk');
  // Nothing was sent anywhere: no request other than the page's own GETs.
  expect(requests.filter((m) => m !== 'GET')).toEqual([]);
});

test('the OVF exporter hashes its descriptor with SHA-1 for OVF 1.0 and SHA-256 only for OVF 2.0', async ({ page }) => {
  await page.goto('interop/export-for-other-hypervisors/');
  await waitForIslands(page);
  const manifest = page.locator('[data-output="manifest"]');
  const descriptorText = async (): Promise<string> => (await page.locator('[data-output="descriptor"]').textContent()) ?? '';
  // DSP0243 1.x defines SHA-1 manifests; Node's own SHA-1 of the text shown must match the browser's Web Crypto digest.
  await expect(manifest).toContainText(/SHA1\(app01\.ovf\)= [0-9a-f]{40}\n/);
  const sha1 = createHash('sha1')
    .update(await descriptorText(), 'utf8')
    .digest('hex');
  await expect(manifest).toContainText(`SHA1(app01.ovf)= ${sha1}`);
  await expect(page.locator('[data-output="manifestAlgorithmWhy"]')).toContainText('SHA-1');
  await page.getByLabel('OVF version').selectOption('2.0');
  await expect(manifest).toContainText(/SHA256\(app01\.ovf\)= [0-9a-f]{64}\n/);
  const sha256 = createHash('sha256')
    .update(await descriptorText(), 'utf8')
    .digest('hex');
  await expect(manifest).toContainText(`SHA256(app01.ovf)= ${sha256}`);
});
