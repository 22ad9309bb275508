/**
 * CIM allocation units, as OVF uses them for memory (`rasd:AllocationUnits`)
 * and disk capacity (`ovf:capacityAllocationUnits`).
 *
 * DSP0243 asks for DMTF "programmatic units" (DSP0004 annex C, profiled for
 * allocation by DSP1043): a base unit times powers, e.g. `byte * 2^20` (MiB)
 * or `hertz * 10^6` (MHz) (sources: dmtf-dsp0243, dmtf-dsp0004, dmtf-dsp1043).
 * Older exporters write words instead: VirtualBox writes `MegaBytes`, OVF 0.9
 * era tools `KiloBytes`/`GigaBytes`, and both VirtualBox and VMware read
 * these as binary multiples, as we do (assumption listed by the model).
 */
export type BaseUnit = 'byte' | 'bit' | 'hertz' | 'count';

export interface AllocationUnit {
  base: BaseUnit;
  /** How many base units one allocation unit is. */
  factor: number;
}

const WORDS: Record<string, AllocationUnit> = {
  byte: { base: 'byte', factor: 1 },
  bytes: { base: 'byte', factor: 1 },
  b: { base: 'byte', factor: 1 },
  kilobyte: { base: 'byte', factor: 2 ** 10 },
  kilobytes: { base: 'byte', factor: 2 ** 10 },
  kb: { base: 'byte', factor: 2 ** 10 },
  kib: { base: 'byte', factor: 2 ** 10 },
  megabyte: { base: 'byte', factor: 2 ** 20 },
  megabytes: { base: 'byte', factor: 2 ** 20 },
  mb: { base: 'byte', factor: 2 ** 20 },
  mib: { base: 'byte', factor: 2 ** 20 },
  gigabyte: { base: 'byte', factor: 2 ** 30 },
  gigabytes: { base: 'byte', factor: 2 ** 30 },
  gb: { base: 'byte', factor: 2 ** 30 },
  gib: { base: 'byte', factor: 2 ** 30 },
  terabyte: { base: 'byte', factor: 2 ** 40 },
  terabytes: { base: 'byte', factor: 2 ** 40 },
  tb: { base: 'byte', factor: 2 ** 40 },
  tib: { base: 'byte', factor: 2 ** 40 },
  bit: { base: 'bit', factor: 1 },
  bits: { base: 'bit', factor: 1 },
  hertz: { base: 'hertz', factor: 1 },
  hz: { base: 'hertz', factor: 1 },
  khz: { base: 'hertz', factor: 1e3 },
  mhz: { base: 'hertz', factor: 1e6 },
  ghz: { base: 'hertz', factor: 1e9 },
  count: { base: 'count', factor: 1 },
};

const MAX_FACTOR = 2 ** 60;

/**
 * Parses `byte * 2^20`, `byte*2^30`, `hertz * 10^6`, `byte * 1024`,
 * `MegaBytes`… Returns undefined for anything it cannot read exactly, and for
 * a factor that is fractional or above 2^60.
 */
export function parseAllocationUnits(text: string): AllocationUnit | undefined {
  const terms = text
    .trim()
    .toLowerCase()
    .split('*')
    .map((t) => t.trim());
  const head = terms.shift();
  if (head === undefined || head === '') return undefined;
  // Own keys only: a unit written "constructor" or "__proto__" is unknown, not Object's member.
  const unit = Object.hasOwn(WORDS, head) ? WORDS[head] : undefined;
  if (!unit) return undefined;
  let factor = unit.factor;
  for (const term of terms) {
    const power = /^(2|10)\s*\^\s*(-?\d{1,3})$/.exec(term);
    if (power) {
      factor *= Number(power[1]) ** Number(power[2]);
      continue;
    }
    if (/^\d{1,15}$/.test(term)) {
      factor *= Number(term);
      continue;
    }
    return undefined;
  }
  // A whole number of base units, at most 2^60 (an exbibyte): `byte * 2^-999` (0 bytes) and
  // `byte * 2^999` (beyond any disk or memory) are refused, never rounded to something else.
  return Number.isInteger(factor) && factor >= 1 && factor <= MAX_FACTOR ? { base: unit.base, factor } : undefined;
}
