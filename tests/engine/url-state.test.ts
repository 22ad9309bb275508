/** URL scenario state: round trip, and per-field fallback for hostile or malformed parameters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineSchema } from '../../src/engine/schema.ts';
import { readScenario, writeScenario } from '../../src/engine/url-state.ts';

const schema = defineSchema({
  memoryGiB: { kind: 'number', unit: 'GiB', label: 'Memory', help: 'Memory assigned to the VM.', default: 8, min: 0.5, max: 12288 },
  jumbo: { kind: 'boolean', label: 'Jumbo', help: 'Jumbo frames on the migration path.', default: false },
  transport: {
    kind: 'enum',
    label: 'Transport',
    help: 'Live migration transport.',
    default: 'tcp',
    options: [
      { value: 'tcp', label: 'TCP' },
      { value: 'smb', label: 'SMB' },
    ],
  },
});

describe('url state', () => {
  it('writes only what differs from the defaults, and reads it back', () => {
    const query = writeScenario(schema, { memoryGiB: 64, jumbo: false, transport: 'smb' });
    expect(query).toBe('?memoryGiB=64&transport=smb');
    expect(readScenario(schema, query)).toEqual({ values: { memoryGiB: 64, transport: 'smb' }, fallbacks: {} });
  });

  it("against an article's own starting values, writes what differs from those, defaults included", () => {
    // The article starts at 64 GiB over SMB; the reader went back to the default 8 GiB and turned jumbo on.
    const article = { memoryGiB: 64, jumbo: false, transport: 'smb' };
    const query = writeScenario(schema, { memoryGiB: 8, jumbo: true, transport: 'smb' }, article);
    expect(query).toBe('?memoryGiB=8&jumbo=true');
    // Read over the article's values, as the page does, it gives the reader's scenario back.
    expect({ ...article, ...readScenario(schema, query).values }).toEqual({ memoryGiB: 8, jumbo: true, transport: 'smb' });
    expect(writeScenario(schema, article, article)).toBe('');
  });

  it('round-trips any valid scenario', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 12288, noNaN: true }), fc.boolean(), fc.constantFrom('tcp', 'smb'), (memoryGiB, jumbo, transport) => {
        const values = { memoryGiB, jumbo, transport };
        const back = readScenario(schema, writeScenario(schema, values));
        expect(back.fallbacks).toEqual({});
        expect({ ...{ memoryGiB: 8, jumbo: false, transport: 'tcp' }, ...back.values }).toEqual(values);
      }),
    );
  });

  it.each([
    ['memoryGiB=abc', 'memoryGiB'],
    ['memoryGiB=-4', 'memoryGiB'],
    ['memoryGiB=1e400', 'memoryGiB'],
    ['memoryGiB=NaN', 'memoryGiB'],
    ['memoryGiB=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'memoryGiB'],
    ['memoryGiB=8&memoryGiB=16', 'memoryGiB'],
    ['jumbo=maybe', 'jumbo'],
    ['transport=ftp', 'transport'],
    ['transport=%F0%9F%92%A5', 'transport'],
  ])('?%s falls back for %s and says why', (query, field) => {
    const { values, fallbacks } = readScenario(schema, `?${query}`);
    expect(values).toEqual({});
    expect(fallbacks[field]).toMatch(/using the default/);
  });

  it('ignores parameters that are not fields', () => {
    expect(readScenario(schema, '?utm_source=x&memoryGiB=4')).toEqual({ values: { memoryGiB: 4 }, fallbacks: {} });
  });
});
