/** The guide's number formatting: small values keep their significant digits (issue 12, item 6). */
import { describe, expect, it } from 'vitest';
import { decimals, significant } from '../../src/number-format.ts';

describe('significant', () => {
  it('keeps three significant digits below 100', () => {
    // 3 drives at 130 each carrying 30,000 IOPS: 390 / 30,000 = 0.013 per IOPS (hand calculation).
    expect(significant(390 / 30_000)).toBe('0.013');
    expect(significant(0.004333333)).toBe('0.00433');
    expect(significant(6)).toBe('6');
    expect(significant(12.3456)).toBe('12.3');
  });
  it('rounds 100 and more to whole numbers, grouped', () => {
    expect(significant(1234.5)).toBe('1,235');
    expect(significant(300_000)).toBe('300,000');
  });
  it('never writes a non-zero value as 0', () => {
    for (const v of [1e-9, 0.0004, 0.049, 0.5]) expect(Number(significant(v))).toBeGreaterThan(0);
  });
});

describe('decimals', () => {
  it('rounds to the given places and groups thousands', () => {
    expect(decimals(218.0999, 1)).toBe('218.1');
    expect(decimals(299_999.6, 0)).toBe('300,000');
  });
});
