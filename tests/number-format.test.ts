/** The guide's number formatting: small values keep their significant digits, so a small cost never shows as 0. */
import { describe, expect, it } from 'vitest';
import { count, decimals, duration, gibFromBytes, gibFromMib, orMissing, pause, places, significant } from '../src/number-format.ts';

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

describe('duration', () => {
  it('keeps 90 s and less in seconds', () => {
    expect(duration(78.3)).toBe('78.3 s');
    expect(duration(90)).toBe('90 s');
    expect(duration(0)).toBe('0 s');
  });
  it('adds minutes and seconds past 90 s (hand: 125 = 2 × 60 + 5; 100.1 rounds to 100 = 60 + 40)', () => {
    expect(duration(125)).toBe('125 s (2 min 5 s)');
    expect(duration(100.1)).toBe('100.1 s (1 min 40 s)');
    expect(duration(90.4)).toBe('90.4 s (1 min 30 s)');
  });
  it('drops a zero seconds part and adds hours past an hour (hand: 3,725 = 3,600 + 2 × 60 + 5; 7,200 = 2 × 3,600)', () => {
    expect(duration(120)).toBe('120 s (2 min)');
    expect(duration(3725)).toBe('3,725 s (1 h 2 min 5 s)');
    expect(duration(7200)).toBe('7,200 s (2 h 0 min)');
    expect(duration(3605)).toBe('3,605 s (1 h 0 min 5 s)');
  });
  it('rounds the bracket to whole seconds: 119.6 s is 2 min', () => {
    expect(duration(119.6)).toBe('119.6 s (2 min)');
  });
  it('keeps the requested decimals on the seconds figure', () => {
    expect(duration(937.46, 0)).toBe('937 s (15 min 37 s)');
  });
});

describe('pause', () => {
  it('keeps a short pause in milliseconds and gives a long one in seconds and minutes', () => {
    expect(pause(220)).toBe('220 ms');
    expect(pause(999.4)).toBe('999.4 ms');
    // 12,500 ms = 12.5 s, under the 90 s shown alone.
    expect(pause(12_500)).toBe('12.5 s');
    // 293,000 ms = 293 s = 4 × 60 + 53.
    expect(pause(293_000)).toBe('293 s (4 min 53 s)');
  });
});

describe('count, places', () => {
  it('writes a count whole and grouped, as a reader compares it with "1,024"', () => {
    expect(count(1060)).toBe('1,060');
    expect(count(7)).toBe('7');
  });
  it('gives a column formatter that rounds to the places asked for', () => {
    // 3.14159 to 2 places is 3.14; 2.06 to 1 place is 2.1; 1,234.5 to 0 places is 1,235, grouped.
    expect(places(2)(3.14159)).toBe('3.14');
    expect(places(1)(2.06)).toBe('2.1');
    expect(places(0)(1234.5)).toBe('1,235');
  });
});

describe('gibFromMib', () => {
  it('writes MiB as GiB, 1,024 MiB to the GiB', () => {
    // 1,536 MiB = 1.5 GiB; 4,194,304 MiB = 4,096 GiB; 1,000 MiB = 0.977 GiB, 1.0 at one place.
    expect(gibFromMib(1536)).toBe('1.5');
    expect(gibFromMib(4_194_304)).toBe('4,096');
    expect(gibFromMib(1000)).toBe('1');
    expect(gibFromMib(1000, 2)).toBe('0.98');
  });
});

describe('gibFromBytes', () => {
  it('writes bytes as GiB, 2^30 = 1,073,741,824 bytes to the GiB, to two places', () => {
    // 17,179,869,184 bytes = 16 × 2^30 = 16 GiB; 1,000,000,000 bytes = 0.931 GiB, 0.93 at two places.
    expect(gibFromBytes(17_179_869_184)).toBe('16');
    expect(gibFromBytes(1_000_000_000)).toBe('0.93');
  });
});

describe('orMissing', () => {
  it('writes a missing figure as a dash and a present one with its formatter', () => {
    expect(orMissing(null, count)).toBe('—');
    expect(orMissing(0, count)).toBe('0');
    expect(orMissing(2048, gibFromMib)).toBe('2');
  });
});
