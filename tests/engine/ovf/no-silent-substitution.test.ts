/**
 * Values the reader cannot take at face value are refused or warned about,
 * never replaced silently. Expected readings by hand:
 * - `byte * 2^999` is about 5.4 × 10^300 bytes per unit: no memory or disk is
 *   that large, so the unit is refused (the plan used to take 32 MB quietly).
 * - `byte * 2^-999` is a fraction of a byte: a 40-unit disk would be 0 bytes.
 * - `0x10` is not an xs:unsignedLong (W3C XML Schema Part 2 §3.3: decimal
 *   digits only), though JavaScript's Number() reads it as 16.
 */
import { describe, expect, it } from 'vitest';
import { parseAllocationUnits } from '../../../src/engine/ovf/allocation-units.ts';
import { fixture, inspect } from './helpers.ts';

const base = fixture('vmware-ovftool-windows-bios.ovf');
const allFindings = (r: ReturnType<typeof inspect>): string => r.systems.flatMap((s) => s.findings.map((f) => `${f.severity}: ${f.message}`)).join('\n');

describe('no silent substitutions', () => {
  it('allocation units of 2^999 and 2^-999 bytes are refused', () => {
    expect(parseAllocationUnits('byte * 2^999')).toBeUndefined();
    expect(parseAllocationUnits('byte * 2^-999')).toBeUndefined();
    expect(parseAllocationUnits('byte * 2^-1')).toBeUndefined();
    expect(parseAllocationUnits('byte * 2^60')).toEqual({ base: 'byte', factor: 2 ** 60 });
  });

  it('unit words named like built-in members are unknown units', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty * 2^20', 'valueOf']) expect(parseAllocationUnits(word)).toBeUndefined();
  });

  it('memory in byte * 2^999 is an error finding, not a quiet 32 MB', () => {
    const d = base.replace(/<rasd:AllocationUnits>byte \* 2\^20<\/rasd:AllocationUnits>/, '<rasd:AllocationUnits>byte * 2^999</rasd:AllocationUnits>');
    expect(d).toContain('2^999');
    const r = inspect(d);
    expect(allFindings(r)).toMatch(/error: Memory units "byte \* 2\^999".*cannot be read/);
    expect(r.warnings.join(' ')).toMatch(/Memory units/);
  });

  it('memory over 16 TiB is an error finding', () => {
    const d = base.replace(/(<rasd:ResourceType>4<\/rasd:ResourceType>\s*<rasd:VirtualQuantity>)\d+/, '$199999999999');
    expect(d).toContain('99999999999');
    expect(allFindings(inspect(d))).toMatch(/error: The memory Item asks for more than 16 TiB/);
  });

  it('a disk in byte * 2^-999 is named, not a 0-byte disk in silence', () => {
    const d = base.replace(/ovf:capacityAllocationUnits="[^"]*"/, 'ovf:capacityAllocationUnits="byte * 2^-999"');
    expect(d).toContain('2^-999');
    expect(allFindings(inspect(d))).toMatch(/warning: Disk "[^"]+": its capacity units "byte \* 2\^-999" are not a byte multiple/);
  });

  it('0x10 virtual CPUs is not read as 16', () => {
    const d = base.replace(/(<rasd:ResourceType>3<\/rasd:ResourceType>\s*<rasd:VirtualQuantity>)\d+/, '$10x10');
    expect(d).toContain('0x10');
    const r = inspect(d);
    expect(r.systems[0]?.cpus).not.toBe(16);
    expect(allFindings(r)).toMatch(/warning: No readable processor Item/);
  });
});
