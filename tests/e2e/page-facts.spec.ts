/**
 * Every article says which Windows Server releases it applies to and when it
 * was last reviewed, read from its front matter.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

// Written out by hand, not taken from the site's own label function.
const release: Record<string, string> = {
  '2008': '2008',
  '2008r2': '2008 R2',
  '2012': '2012',
  '2012r2': '2012 R2',
  '2016': '2016',
  '2019': '2019',
  '2022': '2022',
  '2025': '2025',
};
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function frontMatter(file: string): { versions?: string[]; reviewed: string | Date } {
  const text = readFileSync(file, 'utf8');
  return parse(text.slice(3, text.indexOf('\n---', 3))) as { versions?: string[]; reviewed: string | Date };
}

for (const article of ['storage/iops-write-penalty', 'networking/nlb-operation-modes', 'migration/quick-vs-live-migration']) {
  test(`${article}: shows Applies to and Last reviewed from its front matter`, async ({ page }) => {
    const { versions = [], reviewed } = frontMatter(`src/content/docs/${article}.mdx`);
    const [year, month, day] = String(reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : reviewed)
      .split('-')
      .map(Number);
    await page.goto(`${article}/`);
    const facts = page.locator('.page-facts');
    await expect(facts.locator('[data-fact="applies-to"]')).toHaveText(`Applies to: Windows Server ${versions.map((v) => release[v]).join(', ')}`);
    await expect(facts.locator('[data-fact="reviewed"]')).toHaveText(`Last reviewed: ${day} ${months[(month ?? 1) - 1]} ${year}`);
    // Right under the title.
    await expect(page.locator('h1#_top + .page-facts')).toHaveCount(1);
  });
}

test('the home page shows neither line', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.page-facts')).toHaveCount(0);
});
