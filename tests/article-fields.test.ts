import { describe, expect, it } from 'vitest';
import { articleFields } from '../src/article-fields.ts';

const base = { title: 'A page', versions: ['2016'], sources: [] };
const messages = (input: unknown): string[] => {
  const parsed = articleFields.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('article front matter: reviewed', () => {
  it('is required, with a message that says what to write', () => {
    expect(messages(base)).toEqual(['reviewed: reviewed is required: the date (YYYY-MM-DD) the page was last checked against its sources']);
  });

  it('rejects a date in the future, naming it', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(messages({ ...base, reviewed: `${nextYear}-01-15` })).toEqual([
      `reviewed: reviewed is ${nextYear}-01-15, a date in the future; give the day the page was actually reviewed`,
    ]);
  });

  it('rejects text that is not a calendar date', () => {
    for (const text of ['last week', '2025-02-30', '2025-13-01']) {
      expect(messages({ ...base, reviewed: text }), text).toEqual(['reviewed: reviewed must be a real date written YYYY-MM-DD']);
    }
  });

  it('accepts a past date, as YAML gives it (a Date) or as text', () => {
    const asDate = articleFields.parse({ ...base, reviewed: new Date('2024-03-01') });
    expect(asDate.reviewed.toISOString().slice(0, 10)).toBe('2024-03-01');
    expect(
      articleFields
        .parse({ ...base, reviewed: '2024-03-01' })
        .reviewed.toISOString()
        .slice(0, 10),
    ).toBe('2024-03-01');
  });
});
