/**
 * The estate planner's article states the workbook reader's caps in words.
 * Each figure there must be the cap src/engine/xlsx/limits.ts enforces, so a
 * cap changed in one place and not the other fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MiB } from '../../src/engine/units.ts';
import { XLSX_LIMITS } from '../../src/engine/xlsx/limits.ts';

const article = readFileSync('src/content/docs/interop/vmware-estate-planner.mdx', 'utf8');
const section = article.slice(article.indexOf('## Sizes and limits of the reader')).replace(/\s+/g, ' ');

/** The number the article writes right after `before` ("over 32 MiB" → 32), thousands separators removed. */
function statedAfter(before: string): number {
  const match = new RegExp(`${before} ([\\d,]+)`).exec(section);
  if (!match?.[1]) throw new Error(`The article no longer says "${before} <number>"`);
  return Number(match[1].replace(/,/g, ''));
}

describe('the estate planner article states the reader caps limits.ts enforces', () => {
  it('states each cap in its own words', () => {
    expect(statedAfter('a workbook over') * MiB).toBe(XLSX_LIMITS.maxFileBytes);
    expect(statedAfter('a part that inflates past') * MiB).toBe(XLSX_LIMITS.maxEntryBytes);
    expect(statedAfter('or more than')).toBe(XLSX_LIMITS.maxRatio);
    expect(statedAfter('\\(a zip bomb\\), more than') * MiB).toBe(XLSX_LIMITS.maxTotalBytes);
    expect(statedAfter('XML nested over')).toBe(XLSX_LIMITS.maxDepth);
    expect(statedAfter('a sheet of more than')).toBe(XLSX_LIMITS.maxRowElements);
    expect(statedAfter('rows, more than') * 1_000_000).toBe(XLSX_LIMITS.maxCells);
    expect(statedAfter('a shared string over')).toBe(XLSX_LIMITS.maxStringChars);
  });
});
