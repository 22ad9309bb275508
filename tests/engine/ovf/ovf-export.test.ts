/**
 * ovf-export: the descriptor follows DSP0243 1.0 (dmtf-dsp0243) with explicit
 * programmatic units (dmtf-dsp0004), and ovf-inspect reads it back to the
 * same VM — checked for every VM fast-check can generate. Generation 2 is
 * written as firmware=efi and must come back as recommendedGeneration 2
 * (ms-hyperv-generation-1-or-2). The manifest digest follows the OVF
 * version (DSP0243: SHA-1 in 1.x, SHA-256 from 2.0); the OVA is built with
 * pax records because ustar stops at 8 GiB − 1 byte (gnu-tar-large-values).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { parseManifestLine } from '../../../src/engine/ovf/manifest.ts';
import { capacityWithUnits, diskFormatOf } from '../../../src/engine/ovf/export/disk-files.ts';
import { USTAR_MAX_MEMBER_BYTES } from '../../../src/engine/ovf/export/package-files.ts';
import { ovfExport } from '../../../src/engine/ovf/ovf-export.ts';
import { GiB, inspect } from './helpers.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(ovfExport, input);

// Names an admin might use, including XML metacharacters and quotes that must be escaped.
const nameChar = fc.constantFrom(...'abcXYZ019 -_.&<>"\'é'.split(''));
const safeName = fc
  .array(nameChar, { minLength: 1, maxLength: 30 })
  .map((cs) => cs.join('').trim())
  .filter((s) => s.length > 0);
const ext = fc.constantFrom('.vhdx', '.vhd', '.vmdk', '.VMDK', '');
// Whole GiB, whole MiB (n/1024 GiB) and arbitrary sizes, so each unit form is exercised.
const capacity = fc.oneof(
  fc.integer({ min: 1, max: 2040 }),
  fc.integer({ min: 1, max: 2040 * 1024 }).map((m) => m / 1024),
  fc.double({ min: 0.001, max: 2040, noNaN: true }),
);

const vmArb = fc.record({
  name: safeName,
  cpus: fc.integer({ min: 1, max: 1024 }),
  memoryMiB: fc.integer({ min: 4, max: 16_777_216 }),
  generation: fc.constantFrom(1, 2),
  disks: fc.uniqueArray(fc.record({ stem: fc.stringMatching(/^[a-z][a-z0-9 -]{0,12}[a-z0-9]$/), ext, capacityGiB: capacity }), {
    maxLength: 6,
    selector: (d) => d.stem,
  }),
  nics: fc.array(fc.record({ network: safeName }), { maxLength: 4 }),
});

describe('ovf-export', () => {
  it('writes explicit units, the documented format URIs and EFI for Generation 2', () => {
    const r = run({
      name: 'app01',
      generation: 2,
      disks: [
        { fileName: 'app01.vhdx', capacityGiB: 60 },
        { fileName: 'data.vmdk', capacityGiB: 200 },
      ],
    });
    expect(r.descriptor).toContain(
      'ovf:capacity="60" ovf:capacityAllocationUnits="byte * 2^30" ovf:format="http://technet.microsoft.com/en-us/library/hh831446.aspx"',
    );
    expect(r.descriptor).toContain('ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"');
    expect(r.descriptor).toContain('<rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>');
    expect(r.descriptor).toContain('vmw:key="firmware" vmw:value="efi"');
    expect(r.ovaOrder).toEqual(['app01.ovf', 'app01.mf', 'app01.vhdx', 'data.vmdk']);
    expect(r.powershell).toContain("qemu-img convert -p -f vhdx -O vmdk -o subformat=streamOptimized 'data.vhdx' 'data.vmdk'");
    expect(r.warnings.some((w) => /VHDX/.test(w))).toBe(true);
  });

  it('writes whole GiB as byte * 2^30, whole MiB as byte * 2^20, anything else in bytes', () => {
    // 60 GiB; 0.5 GiB = 512 MiB; 0.001 GiB = 1,073,741.824 bytes → 1,073,742 bytes
    expect(capacityWithUnits(60)).toEqual({ capacity: 60, units: 'byte * 2^30', bytes: 64_424_509_440 });
    expect(capacityWithUnits(0.5)).toEqual({ capacity: 512, units: 'byte * 2^20', bytes: 536_870_912 });
    expect(capacityWithUnits(0.001)).toEqual({ capacity: 1_073_742, units: 'byte', bytes: 1_073_742 });
  });

  it('refuses disk names in formats it does not describe', () => {
    const out = evaluate(ovfExport, { disks: [{ fileName: 'disk.qcow2', capacityGiB: 10 }] });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]?.field).toBe('disks[0].fileName');
  });

  it('uses SHA-1 manifests for OVF 1.0, the only digest DSP0243 1.x defines, and says why', () => {
    const r = run({});
    expect(r.manifestAlgorithm).toBe('SHA1');
    expect(r.manifestLineFormat).toBe('SHA1(<file name>)= <40 lowercase hex digits>');
    expect(r.manifestTemplate[0]).toBe('SHA1(app01.ovf)= <sha1 of the file>');
    expect(r.manifestAlgorithmWhy).toMatch(/OVF 1\.x.*SHA-1/);
    expect(r.powershell).toContain('"SHA1($_)= " + (Get-FileHash -Algorithm SHA1 -LiteralPath $_)');
    expect(r.powershell).not.toContain('SHA256');
    // SHA-1 of "abc" (FIPS 180-4 test value) formatted as a manifest line parses back.
    expect(parseManifestLine('SHA1(app01.ovf)= a9993e364706816aba3e25717850c26c9cd0d89d')).toEqual({
      algorithm: 'SHA1',
      fileName: 'app01.ovf',
      digest: 'a9993e364706816aba3e25717850c26c9cd0d89d',
    });
  });

  it('offers SHA-256 only with OVF 2.0, whose envelope it then writes', () => {
    const r = run({ ovfVersion: '2.0' });
    expect(r.manifestAlgorithm).toBe('SHA256');
    expect(r.manifestLineFormat).toBe('SHA256(<file name>)= <64 lowercase hex digits>');
    expect(r.manifestTemplate[0]).toBe('SHA256(app01.ovf)= <sha256 of the file>');
    expect(r.descriptor).toContain('<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2"');
    expect(r.descriptor).toContain('ovf:version="2.0"');
    expect(r.powershell).toContain('-Algorithm SHA256');
    expect(inspect(r.descriptor).ovfVersion).toBe('2.0');
    // SHA-256 of the empty string (FIPS 180-4 test value) formatted as a manifest line parses back.
    const line = 'SHA256(app01.ovf)= e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(parseManifestLine(line)).toEqual({
      algorithm: 'SHA256',
      fileName: 'app01.ovf',
      digest: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
  });

  it('builds the OVA with pax records, never ustar, and warns for a disk of 8 GiB or more', () => {
    // ustar's size field: 11 octal digits, 8^11 − 1 = 8,589,934,591 bytes = 8 GiB − 1 byte (GNU tar manual).
    expect(USTAR_MAX_MEMBER_BYTES).toBe(8 * GiB - 1);
    const small = run({ disks: [{ fileName: 'a.vmdk', capacityGiB: 8 }] });
    expect(small.powershell).not.toContain('--format=ustar');
    expect(small.powershell).toContain("tar -cf 'app01.ova' 'app01.ovf' 'app01.mf' 'a.vmdk'");
    // 8 GiB = 8,589,934,592 bytes: one byte over what ustar holds.
    expect(small.warnings.some((w) => /a\.vmdk.*ustar/.test(w))).toBe(true);
    const tiny = run({ disks: [{ fileName: 'a.vmdk', capacityGiB: 7 }] });
    expect(tiny.warnings.some((w) => /ustar/.test(w))).toBe(false);
  });

  it('refuses a VHD larger than 2040 GiB and duplicate file names, naming the row', () => {
    const big = evaluate(ovfExport, { disks: [{ fileName: 'a.vhd', capacityGiB: 2041 }] });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.issues[0]?.field).toBe('disks[0].capacityGiB');
    const dup = evaluate(ovfExport, {
      disks: [
        { fileName: 'a.vhdx', capacityGiB: 1 },
        { fileName: 'A.vhdx', capacityGiB: 2 },
      ],
    });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.issues[0]?.field).toBe('disks[1].fileName');
  });

  it('round-trips: ovf-inspect reads back the VM that was exported', () => {
    fc.assert(
      fc.property(vmArb, (vm) => {
        const disks = vm.disks.map((d) => ({ fileName: `${d.stem}${d.ext}`, capacityGiB: d.capacityGiB }));
        const exported = run({ name: vm.name, cpus: vm.cpus, memoryMiB: vm.memoryMiB, generation: vm.generation, disks, nics: vm.nics });
        const back = inspect(exported.descriptor);
        expect(back.ovfVersion).toBe('1.0');
        expect(back.systems).toHaveLength(1);
        const s = back.systems[0];
        expect(s?.name).toBe(vm.name);
        expect(s?.cpus).toBe(vm.cpus);
        expect(s?.memoryMiB).toBe(vm.memoryMiB);
        expect(s?.recommendedGeneration).toBe(vm.generation);
        expect(s?.firmware).toBe(vm.generation === 2 ? 'efi' : 'bios');
        expect(s?.disks.map((d) => [d.fileName, d.capacityBytes, d.format])).toEqual(
          disks.map((d) => [d.fileName, Math.round(d.capacityGiB * GiB), diskFormatOf(d.fileName)]),
        );
        expect(s?.nics.map((n) => n.network)).toEqual(vm.nics.map((n) => n.network));
        if (disks.length > 0) expect(s?.disks[0]?.boot).toBe(true);
        expect(s?.findings.every((f) => f.severity !== 'error')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
