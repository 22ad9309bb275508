/**
 * Programmatic units (dmtf-dsp0004 annex, as OVF requires them: dmtf-dsp0243)
 * and the older words, each checked against a hand computation.
 */
import { describe, expect, it } from 'vitest';
import { parseAllocationUnits } from '../../../src/engine/ovf/allocation-units.ts';

describe('parseAllocationUnits', () => {
  it.each([
    ['byte', 'byte', 1],
    ['byte * 2^10', 'byte', 1024],
    ['byte * 2^20', 'byte', 1_048_576],
    ['byte*2^30', 'byte', 1_073_741_824],
    ['byte * 2^40', 'byte', 1_099_511_627_776],
    ['byte * 1024', 'byte', 1024],
    ['byte * 10^9', 'byte', 1e9],
    ['KiloBytes', 'byte', 1024],
    ['MegaBytes', 'byte', 1_048_576],
    ['GigaBytes', 'byte', 1_073_741_824],
    ['hertz * 10^6', 'hertz', 1e6],
    ['MHz', 'hertz', 1e6],
    ['count', 'count', 1],
  ])('%s = %s × %d', (text, base, factor) => {
    expect(parseAllocationUnits(text)).toEqual({ base, factor });
  });

  it.each(['', 'furlongs', 'byte * 3^2', 'byte * two', 'byte ** 2^20', 'byte * 2^'])('refuses %j', (text) => {
    expect(parseAllocationUnits(text)).toBeUndefined();
  });
});
