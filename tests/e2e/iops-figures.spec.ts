/**
 * The IOPS calculator's key figures and the sentence under them come from the
 * same numbers, and small costs keep their digits.
 */
import { expect, test } from './fixtures.ts';

test('with SSDs and a target, the key figures, the sentence and the cost per IOPS agree with a hand calculation', async ({ page }) => {
  // Hand calculation: RAID 10 at 70 % reads costs 0.7 + 0.3 × 2 = 1.3 back-end I/Os per front-end I/O.
  // A 20,000 IOPS target generates 20,000 × 1.3 = 26,000 back-end IOPS; one SATA SSD (75,000 IOPS preset)
  // would do, but RAID 10 needs 4 disks: 4 × 75,000 = 300,000 back-end IOPS, carrying 300,000 / 1.3 =
  // 230,769 front-end IOPS. Four drives at 130 cost 520, so 520 / 230,769 = 0.00225 per IOPS.
  await page.goto('storage/iops-write-penalty/?driveClass=sata-ssd&targetIops=20000&drivePrice=130');
  const calculator = page.locator('section.calculator').first();
  await expect(calculator).toHaveAttribute('data-hydrated', 'true');
  await expect(calculator.locator('[data-output="rawIops"]')).toHaveText('300,000');
  await expect(calculator.locator('[data-output="backEndIops"]')).toHaveText('26,000');
  await expect(calculator.locator('[data-output="frontEndIops"]')).toHaveText('230,769');
  await expect(calculator.locator('[data-output="costPerIops"]')).toHaveText('0.00225');
  const sentence = calculator.locator('[data-output="backEndPerFrontEnd"]');
  await expect(sentence).toContainText('4 × 75,000 IOPS');
  await expect(sentence).toContainText('= 300,000 back-end IOPS');
  await expect(sentence).toContainText('300,000 ÷ 1.3 = 230,769 front-end IOPS');
  await expect(sentence).toContainText('20,000 × 1.3 = 26,000 back-end IOPS');
});
