/**
 * The OVF islands' logic, now in the engine: how much of a dropped file is
 * read, what the reader is told about it, an OVA descriptor's manifest check
 * (DSP0243: one line `ALG(file name)= hex` per file, source dmtf-dsp0243),
 * the exporter's manifest lines and the totals over many systems. Expected
 * values are worked by hand below; digests are FIPS 180-4 test values.
 */
import { describe, expect, it } from 'vitest';
import { descriptorFileStatus, OVA_HEAD_BYTES, ovaFileStatus, planFileRead } from '../../../src/engine/ovf/file-intake.ts';
import type { InspectSystem } from '../../../src/engine/ovf/hyperv-mapping.ts';
import { inspectTotals } from '../../../src/engine/ovf/inspect-totals.ts';
import { descriptorManifestCheck, descriptorManifestVerdict, manifestLines } from '../../../src/engine/ovf/manifest.ts';
import { readOva } from '../../../src/engine/ovf/ova.ts';
import { tar } from './tar.ts';

const enc = (s: string) => new TextEncoder().encode(s);
/** SHA-256("abc"), FIPS 180-4 example. */
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const MiB = 2 ** 20;

describe('planFileRead', () => {
  it('reads a descriptor whole up to 4 MiB and refuses one byte more', () => {
    expect(planFileRead('a.ovf', 4 * MiB)).toEqual({ ok: true, ova: false, bytesToRead: 4 * MiB });
    const refused = planFileRead('a.ovf', 4 * MiB + 1);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toBe('a.ovf is 4194305 bytes; a descriptor over 4 MiB is refused. Is it an .ova? Give it the .ova extension.');
  });

  it('reads only the head of an .ova: 4 MiB of descriptor + 2 MiB for the manifest and headers = 6,291,456 bytes', () => {
    expect(OVA_HEAD_BYTES).toBe(6 * MiB);
    expect(planFileRead('BIG.OVA', 10 * 2 ** 30)).toEqual({ ok: true, ova: true, bytesToRead: 6_291_456 });
    expect(planFileRead('small.ova', 1000)).toEqual({ ok: true, ova: true, bytesToRead: 1000 });
  });
});

describe('file status lines', () => {
  it('names a non-UTF-8 encoding and says when the descriptor was refused', () => {
    expect(descriptorFileStatus('a.ovf', 'utf-8', true)).toBe('a.ovf: read.');
    expect(descriptorFileStatus('a.ovf', 'utf-16le', false)).toBe('a.ovf (UTF-16LE): read, but refused (see below).');
  });

  it('counts the members of an OVA', () => {
    const ova = readOva(
      tar([
        { name: 'app.ovf', data: enc('abc') },
        { name: 'app.mf', data: enc('x') },
      ]),
    );
    if (!ova.ok) throw new Error(ova.message);
    expect(ovaFileStatus('app.ova', ova, true)).toBe('app.ova: read app.ovf (2 members seen).');
    expect(ovaFileStatus('app.ova', ova, false)).toBe('app.ova: read app.ovf (2 members seen), but it was refused (see below).');
  });
});

describe("an OVA descriptor's manifest check", () => {
  const ovaWith = (descriptorName: string, manifest?: string) => {
    const members = [{ name: descriptorName, data: enc('abc') }, ...(manifest === undefined ? [] : [{ name: 'app.mf', data: enc(manifest) }])];
    const ova = readOva(tar(members));
    if (!ova.ok) throw new Error(ova.message);
    return ova;
  };

  it('asks for the SHA256 of the descriptor bytes (after the 512-byte header) and compares it', () => {
    const check = descriptorManifestCheck(ovaWith('app.ovf', `SHA256(app.ovf)= ${SHA256_ABC.toUpperCase()}\r\n`));
    expect(check).toEqual({ kind: 'hash', algorithm: 'SHA256', offset: 512, sizeBytes: 3, expected: SHA256_ABC, manifestName: 'app.mf' });
    if (check.kind !== 'hash') return;
    expect(descriptorManifestVerdict(check, SHA256_ABC)).toBe("Manifest app.mf: the descriptor's SHA256 matches.");
    expect(descriptorManifestVerdict(check, '0'.repeat(64))).toBe(
      "Manifest app.mf: the descriptor's SHA256 does NOT match — it was edited after packaging, or the download is damaged.",
    );
  });

  it('finds the line by file name when the descriptor sits in a folder', () => {
    expect(descriptorManifestCheck(ovaWith('pkg/app.ovf', `SHA1(app.ovf)= ${'a'.repeat(40)}`)).kind).toBe('hash');
  });

  it('says when there is no manifest, or no line for the descriptor', () => {
    expect(descriptorManifestCheck(ovaWith('app.ovf'))).toEqual({
      kind: 'answered',
      status: 'No manifest (.mf) found near the descriptor: the package cannot be verified.',
    });
    expect(descriptorManifestCheck(ovaWith('app.ovf', `SHA1(disk1.vmdk)= ${'a'.repeat(40)}`))).toEqual({
      kind: 'answered',
      status: 'app.mf has no line for app.ovf.',
    });
  });
});

describe('manifestLines (the exporter)', () => {
  it('writes known digests in lowercase and a placeholder for each file not yet hashed', () => {
    expect(manifestLines('SHA1', { fileName: 'app01.ovf', digest: '' }, [{ fileName: 'd1.vmdk', digest: 'ABC' }, { fileName: 'd2.vmdk' }])).toEqual([
      'SHA1(app01.ovf)= <sha1 of the descriptor>',
      'SHA1(d1.vmdk)= abc',
      'SHA1(d2.vmdk)= <sha1 of the file>',
    ]);
  });
});

describe('inspectTotals', () => {
  it('sums two systems by hand: Gen 1 with 2 vCPU, 2048 MiB, 2 disks (1 to convert); Gen 2 with 4 vCPU, 1024.5 MiB, 1 disk', () => {
    const disk = (needsConversion: boolean) => ({ needsConversion }) as InspectSystem['disks'][number];
    const systems = [
      { recommendedGeneration: 1, cpus: 2, memoryMiB: 2048, disks: [disk(true), disk(false)] },
      { recommendedGeneration: 2, cpus: 4, memoryMiB: 1024.5, disks: [disk(false)] },
    ] as InspectSystem[];
    expect(inspectTotals(systems)).toEqual({ gen1: 1, gen2: 1, cpus: 6, memoryMiB: 3072.5, disks: 3, toConvert: 1 });
    expect(inspectTotals([])).toEqual({ gen1: 0, gen2: 0, cpus: 0, memoryMiB: 0, disks: 0, toConvert: 0 });
  });
});
