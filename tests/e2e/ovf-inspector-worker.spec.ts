/**
 * The OVF inspector island under hostile and huge input: work happens in a Web Worker (the page fixture fails the
 * test on any CSP violation or page error, so the worker must load under the
 * site's policy), any descriptor the engine accepts renders, any it refuses
 * clears the previous result, a UTF-16 file reads as in the CLI, a huge result
 * is paged, a running inspection can be cancelled, and a file of another kind
 * is refused before it is read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tar } from '../engine/ovf/tar.ts';
import { expect, test, waitForIslands } from './fixtures.ts';

const PAGE = 'interop/appliance-to-hyper-v/';
const base = readFileSync('tests/e2e/fixtures/virtualbox-style.ovf', 'utf8');

/**
 * The VirtualBox-style fixture with its disk declared twice under one id and attached twice.
 * The second attachment is its own Item (InstanceID 70, next slot): Items that share an
 * InstanceID are one Item under DSP0243 §9.8, and would draw one row.
 */
function duplicateDiskIds(): string {
  const disk = /<Disk [^>]*\/>/.exec(base)?.[0] ?? '';
  const item = /<Item>(?:(?!<\/?Item>)[\s\S])*\/disk\/vmdisk1(?:(?!<\/?Item>)[\s\S])*<\/Item>/.exec(base)?.[0] ?? '';
  expect(disk).not.toBe('');
  expect(item).not.toBe('');
  const second = item
    .replace('<rasd:InstanceID>7</rasd:InstanceID>', '<rasd:InstanceID>70</rasd:InstanceID>')
    .replace('<rasd:AddressOnParent>0</rasd:AddressOnParent>', '<rasd:AddressOnParent>1</rasd:AddressOnParent>');
  expect(second).not.toBe(item);
  return base.replace(disk, disk + disk).replace(item, item + second);
}

/** `count` small VirtualSystems (2 vCPU, 2048 MiB each) in one collection. */
function manySystems(count: number): string {
  const system = (i: number) =>
    `<VirtualSystem ovf:id="vm${i}"><Info>x</Info><Name>vm${i}</Name><VirtualHardwareSection><Info>x</Info>` +
    '<Item><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity></Item>' +
    '<Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>2048</rasd:VirtualQuantity></Item>' +
    '</VirtualHardwareSection></VirtualSystem>';
  return (
    '<?xml version="1.0"?><Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" ' +
    'xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"><References/>' +
    `<VirtualSystemCollection ovf:id="all">${Array.from({ length: count }, (_, i) => system(i)).join('')}</VirtualSystemCollection></Envelope>`
  );
}

const file = (name: string, text: string | Buffer) => ({ name, mimeType: 'application/xml', buffer: typeof text === 'string' ? Buffer.from(text) : text });

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
  await waitForIslands(page);
});

test('duplicate disk ids render; a refused descriptor then clears the old result', async ({ page }) => {
  const input = page.locator('#ovf-inspect-file');
  await input.setInputFiles(file('dup.ovf', duplicateDiskIds()));
  await expect(page.locator('[data-output="fileStatus"]')).toHaveText('dup.ovf: read.');
  // 4 vCPU and 3072 MiB as in the fixture; both disk rows drawn.
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText('4');
  await expect(page.getByRole('table', { name: /Disks and where they go/ }).locator('tbody tr')).toHaveCount(2);

  await input.setInputFiles(file('page.ovf', '<html><body>not an appliance</body></html>'));
  await expect(page.locator('[data-output="refusal"]')).toContainText('not an OVF <Envelope>');
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveCount(0);
  await expect(page.locator('[data-output="fileStatus"]')).toHaveText('page.ovf: read, but refused (see below).');
});

test('a UTF-16 descriptor reads as its UTF-8 form does (as in the CLI)', async ({ page }) => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, 'utf16le')]);
  await page.locator('#ovf-inspect-file').setInputFiles(file('box16.ovf', utf16));
  await expect(page.locator('[data-output="fileStatus"]')).toHaveText('box16.ovf (UTF-16LE): read.');
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText('4');
  await expect(page.locator('[data-output="systems.0.memoryMiB"]')).toHaveText('3072 MiB');
});

test('1,500 systems: summarised, details 20 at a time, the page stays small', async ({ page }) => {
  await page.locator('#ovf-inspect-file').setInputFiles(file('many.ovf', manySystems(1500)));
  await expect(page.locator('[data-output="fileStatus"]')).toHaveText('many.ovf: read.', { timeout: 30_000 });
  await expect(page.locator('[data-output="systemCount"]')).toHaveText('1500');
  // 1,500 × 2 vCPU and 1,500 × 2048 MiB, summed by hand; BIOS (no EFI) means Generation 1.
  await expect(page.locator('[data-output="systemSummary"]')).toContainText(
    '1,500 virtual systems: 1,500 Generation 1 and 0 Generation 2; 3,000 vCPU and 3,072,000 MiB of memory in all',
  );
  const details = page.locator('[data-output$=".recommendedGeneration"]');
  await expect(details).toHaveCount(20);
  await page.locator('[data-output="showMoreSystems"]').click();
  await expect(details).toHaveCount(40);
  // The old rendering drew every system in full: 441k nodes for 1,484 systems.
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(nodes).toBeLessThan(30_000);
});

test('a long inspection shows its progress and can be cancelled', async ({ page }) => {
  // The largest attribute-heavy descriptor under the 4 MiB cap keeps the worker busy long enough to cancel.
  const attributes = Array.from({ length: 300_000 }, (_, i) => ` a${i}="1"`).join('');
  const heavy = base.replace('<Envelope ', `<Envelope${attributes} `);
  await page.locator('#ovf-inspect-file').setInputFiles(file('heavy.ovf', heavy));
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(page.locator('[data-output="progress"]')).toContainText('Inspecting');
  await cancel.click();
  await expect(page.locator('[data-output="refusal"]')).toContainText('cancelled');
  await expect(page.locator('[data-output="fileStatus"]')).toHaveText('Cancelled.');
  await expect(cancel).toHaveCount(0);
  // The worker is gone, the page is not: a new descriptor is inspected as usual.
  await page.locator('#ovf-inspect-file').setInputFiles(file('box.ovf', base));
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText('4');
});

test("an OVA's manifest is checked in the worker: a SHA-256 line that matches, and one that does not", async ({ page }) => {
  const input = page.locator('#ovf-inspect-file');
  const status = page.locator('[data-output="manifestStatus"]');
  const descriptor = Buffer.from(base);
  // Node's own SHA-256 of the descriptor: computed apart from the browser's Web Crypto.
  const sha256 = createHash('sha256').update(descriptor).digest('hex');
  const ova = (manifest: string) =>
    Buffer.from(
      tar([
        { name: 'app.ovf', data: descriptor },
        { name: 'app.mf', data: Buffer.from(manifest) },
      ]),
    );

  const firstFinding = page.locator('[data-output="findings"] li').first();
  const script = page.locator('[data-output="systems.0.plan.powershell"]');
  const unverified = '# Generated from an unverified descriptor';

  await input.setInputFiles({ name: 'good.ova', mimeType: 'application/x-tar', buffer: ova(`SHA256(app.ovf)= ${sha256}\n`) });
  await expect(status).toHaveText("Manifest app.mf: the descriptor's SHA256 matches.");
  await expect(script).not.toContainText(unverified);

  await input.setInputFiles({ name: 'edited.ova', mimeType: 'application/x-tar', buffer: ova(`SHA256(app.ovf)= ${'0'.repeat(64)}\n`) });
  await expect(status).toContainText("the descriptor's SHA256 does NOT match");
  // The mismatch leads the findings, as a problem drawn in red, and the script says where it came from.
  await expect(firstFinding).toContainText("Problem: Manifest app.mf: the descriptor's SHA256 does NOT match");
  const border = await firstFinding.evaluate((li) => getComputedStyle(li).borderInlineStartColor);
  const [red = 0, green = 0, blue = 0] = (border.match(/\d+/g) ?? []).map(Number);
  expect(red, `border ${border}`).toBeGreaterThan(Math.max(green, blue) + 60);
  await expect(page.locator('[data-output="systems.0.findings"] li').first()).toContainText('does NOT match');
  expect((await script.textContent())?.split('\n')[0]).toMatch(/^# Generated from an unverified descriptor/);
});

test('a file of a kind the inspector does not read is refused by name, chosen or dropped; the result stays', async ({ page }) => {
  const refusal = page.locator('[data-output="fileRefusal"]');
  const message = 'notes.txt was not read: only .ovf, .ova and .xml files are read here.';
  await page.locator('#ovf-inspect-file').setInputFiles(file('notes.txt', base));
  await expect(refusal).toHaveText(message);
  // The sample's result is untouched: nothing was read.
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveCount(1);
  await expect(page.locator('[data-output="refusal"]')).toHaveCount(0);

  // Dropped on the file field: the same check, then an .ovf is read as usual and the message goes.
  const drop = async (name: string, text: string) => {
    const transfer = await page.evaluateHandle(
      ([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], n, { type: 'application/xml' }));
        return dt;
      },
      [name, text] as const,
    );
    await page.locator('fieldset:has(#ovf-inspect-file)').dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop('notes.txt', base);
  await expect(refusal).toHaveText(message);
  await drop('box.ovf', base);
  await expect(refusal).toHaveCount(0);
  await expect(page.locator('[data-output="fileStatus"]')).toHaveText('box.ovf: read.');
  await expect(page.locator('[data-output="systems.0.cpus"]')).toHaveText('4');
});

test('a refused descriptor and an empty box keep the inspector assumptions in view', async ({ page }) => {
  const assumptions = page.locator('section.calculator .calculator-results details.assumptions');
  await expect(assumptions).toHaveCount(1);
  await page.locator('#ovf-inspect-file').setInputFiles(file('page.ovf', '<html><body>not an appliance</body></html>'));
  await expect(page.locator('[data-output="refusal"]')).toBeVisible();
  await expect(assumptions).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('[data-output="empty"]')).toBeVisible();
  await expect(assumptions).toHaveCount(1);
});
