/**
 * The OVF inspector's Clear and Load sample buttons: Clear empties the box and
 * the results (without a refusal), so a reader can paste their own descriptor;
 * Load sample brings back the descriptor the page opens with and its figures.
 */
import { readFileSync } from 'node:fs';
import { expect, test, waitForIslands } from './fixtures.ts';

const PAGE = 'interop/appliance-to-hyper-v/';
const ownDescriptor = readFileSync('tests/e2e/fixtures/virtualbox-style.ovf', 'utf8');
// The sample descriptor (src/engine/ovf/sample-descriptor.ts) has one virtual system with VirtualQuantity 2 processors.
const SAMPLE_CPUS = '2';

test('Clear empties the descriptor and the results; Load sample brings the opening sample back', async ({ page }) => {
  await page.goto(PAGE);
  await waitForIslands(page);
  const box = page.getByLabel('OVF descriptor (.ovf XML)');
  const sample = await box.inputValue();
  expect(sample).toContain('<Envelope');
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText(SAMPLE_CPUS);

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(page.locator('[data-output="empty"]')).toContainText('No descriptor yet');
  await expect(page.locator('[data-output="refusal"]')).toHaveCount(0);
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveCount(0);

  // The reader's own descriptor (the VirtualBox-style fixture: 4 vCPU) is inspected as usual.
  await box.fill(ownDescriptor);
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText('4');

  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(box).toHaveValue(sample);
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText(SAMPLE_CPUS);
  await expect(page.locator('[data-output="empty"]')).toHaveCount(0);
});

test('Load sample straight after Clear inspects the sample again', async ({ page }) => {
  await page.goto(PAGE);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('[data-output="empty"]')).toBeVisible();
  await page.getByRole('button', { name: 'Load sample' }).click();
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText(SAMPLE_CPUS);
  await expect(page.locator('[data-output="systemCount"]')).toHaveText('1');
  await expect(page.locator('[data-output="empty"]')).toHaveCount(0);
});
