/**
 * A link that carries a scenario shows it, and prints it, as soon as the page
 * loads, without the reader scrolling to the calculator.
 */
import { hostEvacuationSchema } from '../../src/engine/migration/host-evacuation.ts';
import { writeScenario } from '../../src/engine/url-state.ts';
import { calculatorPages } from './calculator-pages.ts';
import { readChart } from './chart-reading.ts';
import { expect, test } from './fixtures.ts';

const scrollY = (page: import('@playwright/test').Page) => page.evaluate(() => window.scrollY);

test('a 30-VM drain link shows and prints its own schedule, not the built-in 6 VMs', async ({ page }) => {
  const vms = Array.from({ length: 30 }, (_, i) => ({ name: `app${String(i + 1).padStart(2, '0')}`, memoryGiB: 16, dirtyRateMBps: 40, hotSetGiB: 0.1 }));
  await page.goto(`migration/draining-a-host/${writeScenario(hostEvacuationSchema, { vms })}`);
  const calculator = page.locator('section.calculator').first();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true');
  expect(await scrollY(page), 'the test never scrolled').toBe(0);
  const schedule = calculator.locator('table').filter({ has: page.locator('caption', { hasText: 'Drain schedule' }) });
  await expect(schedule.locator('tbody tr')).toHaveCount(30);
  await expect(schedule.locator('tbody tr').last().locator('th')).toHaveText('app30');
  await expect(calculator.locator('[data-output="totalSeconds"]')).toContainText('s');

  await page.emulateMedia({ media: 'print' });
  await expect(schedule.locator('tbody tr').nth(29)).toBeVisible();
  // The printed chart is this scenario's too: one bar per VM (30 is under the 60-row cap).
  await expect.poll(async () => (await readChart(calculator.locator('figure.plot-chart').filter({ hasText: 'Drain schedule' }), 'x')).bars.length).toBe(30);
  expect(await scrollY(page)).toBe(0);
});

test('an IOPS link shows and prints its hand-checked result without scrolling', async ({ page }) => {
  // 10 disks × 200 IOPS in RAID 5 (write penalty 4) at 50 % reads:
  // 2,000 / (0.5 + 0.5 × 4) = 800 front-end IOPS (hand calculation).
  await page.goto('storage/iops-write-penalty/?disks=10&driveIops=200&layout=raid5&readPercent=50');
  await page.emulateMedia({ media: 'print' });
  const calculator = page.locator('section.calculator').first();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true');
  await expect(calculator.locator('[data-output="frontEndIops"]')).toHaveText('800');
  await expect(calculator.locator('[data-output="frontEndIops"]')).toBeVisible();
  await expect(calculator.locator('input[name="disks"]')).toHaveValue('10');
  expect(await scrollY(page)).toBe(0);
});

for (const { path, fields } of calculatorPages().filter((p) => p.urlState && p.fields.length > 0)) {
  test(`/${path}: a link with a scenario hydrates the calculator without scrolling`, async ({ page }) => {
    // The first field at the value the page was built with: any query string counts as a scenario.
    await page.goto(path);
    const first = page.locator(`section.calculator [data-field="${fields[0]}"] :is(input, select, textarea)`).first();
    const value = (await first.count()) > 0 && (await first.getAttribute('type')) !== 'checkbox' ? await first.inputValue() : '';
    await page.goto(`${path}?${fields[0]}=${encodeURIComponent(value)}`);
    await expect(page.locator('section.calculator').first()).toHaveAttribute('data-hydrated', 'true');
    expect(await scrollY(page)).toBe(0);
  });
}
