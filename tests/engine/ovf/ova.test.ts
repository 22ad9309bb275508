/**
 * The OVA reader on tar archives built here byte by byte (POSIX ustar
 * headers: name 0–99, size 124–135 in octal, checksum 148–155 = sum of the
 * header bytes with the checksum field read as spaces, typeflag 156, magic
 * "ustar" at 257). DSP0243 (dmtf-dsp0243) puts the descriptor first.
 */
import { describe, expect, it } from 'vitest';
import { readOva } from '../../../src/engine/ovf/ova.ts';
import { fixture } from './helpers.ts';
import { header, tar } from './tar.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const ovf = fixture('vmware-ovftool-windows-bios.ovf');
const mf = 'SHA256(fileserver.ovf)= 00\nSHA256(fileserver-disk1.vmdk)= 11\n';

describe('readOva', () => {
  it('finds the descriptor first and the manifest after it', () => {
    const r = readOva(
      tar([
        { name: 'fileserver.ovf', data: enc(ovf) },
        { name: 'fileserver.mf', data: enc(mf) },
        { name: 'fileserver-disk1.vmdk', data: new Uint8Array(3000) },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.descriptorName).toBe('fileserver.ovf');
    expect(r.descriptor).toBe(ovf);
    expect(r.manifest?.text).toBe(mf);
    expect(r.entries.map((e) => [e.name, e.sizeBytes])).toEqual([
      ['fileserver.ovf', enc(ovf).length],
      ['fileserver.mf', mf.length],
      ['fileserver-disk1.vmdk', 3000],
    ]);
    // The descriptor's data starts right after its 512-byte header.
    expect(r.entries[0]?.offset).toBe(512);
    expect(r.partial).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('reads the descriptor from the first bytes of a large OVA (partial read)', () => {
    const whole = tar([
      { name: 'a.ovf', data: enc(ovf) },
      { name: 'a-disk1.vmdk', data: new Uint8Array(100_000) },
    ]);
    const r = readOva(whole.subarray(0, 8192 + 1024));
    expect(r.ok && r.partial).toBe(true);
    if (r.ok) expect(r.descriptor).toBe(ovf);
  });

  it('skips a disk whose size is in GNU base-256 form (over 8 GiB)', () => {
    const size = 10 * 2 ** 30;
    const bytes = new Uint8Array(512 * 3);
    bytes.set(header('big.vmdk', size, '0', true), 0);
    const r = readOva(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no \.ovf descriptor among the archive members read \(big\.vmdk\)/);
  });

  it('warns when the descriptor is not the first member', () => {
    const r = readOva(
      tar([
        { name: 'x.vmdk', data: new Uint8Array(10) },
        { name: 'x.ovf', data: enc(ovf) },
      ]),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings[0]).toMatch(/not the first file/);
  });

  it('refuses a file that is not a tar archive (e.g. a pasted .ovf) and a damaged header', () => {
    const notTar = readOva(enc(ovf.padEnd(2048, ' ')));
    expect(notTar.ok).toBe(false);
    if (!notTar.ok) expect(notTar.message).toMatch(/not start with a valid tar header/);
    const damaged = tar([
      { name: 'a.vmdk', data: new Uint8Array(10) },
      { name: 'a.ovf', data: enc(ovf) },
    ]);
    damaged[512 * 2 + 5] = 0x41; // corrupt the second header's name
    const r = readOva(damaged);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/checksum/);
  });

  it('refuses a short file and an archive cut inside the descriptor', () => {
    expect(readOva(new Uint8Array(100)).ok).toBe(false);
    const cut = tar([{ name: 'a.ovf', data: enc(ovf) }]).subarray(0, 1024);
    const r = readOva(cut);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/cut off inside the descriptor/);
  });

  it('uses a pax path header for long names', () => {
    const long = `${'d'.repeat(120)}.ovf`;
    const record = ` path=${long}\n`;
    const paxText = `${record.length + String(record.length + 3).length}${record}`;
    const r = readOva(
      tar([
        { name: 'PaxHeader', data: enc(paxText), type: 'x' },
        { name: 'short.ovf', data: enc(ovf) },
      ]),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.descriptorName).toBe(long);
  });
});

describe('readOva says what it did not use and reads UTF-16', () => {
  it('a second .ovf member is named in a warning; the first one is read', () => {
    const r = readOva(
      tar([
        { name: 'a.ovf', data: enc(ovf) },
        { name: 'b.ovf', data: enc(ovf) },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.descriptorName).toBe('a.ovf');
    expect(r.warnings.join(' ')).toMatch(/second descriptor "b\.ovf"; only the first, "a\.ovf", is read/);
  });

  it('absolute and traversal member names are warned about', () => {
    const r = readOva(
      tar([
        { name: 'app.ovf', data: enc(ovf) },
        { name: '../../etc/cron.d/x', data: enc('x') },
        { name: '/etc/passwd', data: enc('x') },
        { name: 'C:\\Windows\\x.dll', data: enc('x') },
        { name: 'disks/../../up.vmdk', data: enc('x') },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = r.warnings.join('\n');
    expect(text).toMatch(/"\.\.\/\.\.\/etc\/cron\.d\/x" climbs out/);
    expect(text).toMatch(/"\/etc\/passwd" has an absolute path/);
    expect(text).toMatch(/"C:\\\\Windows\\\\x\.dll" has an absolute path/);
    expect(text).toMatch(/"disks\/\.\.\/\.\.\/up\.vmdk" climbs out/);
    // A plain name is not flagged.
    expect(text).not.toMatch(/"app\.ovf"/);
  });

  it('a UTF-16LE descriptor with a byte-order mark reads as the same text as its UTF-8 form', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(ovf, (c) => c.charCodeAt(0)).buffer)]);
    const r = readOva(tar([{ name: 'app.ovf', data: utf16 }]));
    expect(r.ok && r.descriptor).toBe(ovf);
  });

  it('a descriptor that is not valid UTF-8 is refused, not patched with U+FFFD', () => {
    const r = readOva(tar([{ name: 'app.ovf', data: new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]) }]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/app\.ovf is not valid UTF-8/);
  });
});

describe('readOva takes sizes and names from pax headers, as pax-format writers emit for disks of 8 GiB or more', () => {
  // Each pax record is "<length> key=value\n" and its length counts itself, worked by hand:
  // "size=9663676416\n" is 16 bytes, plus the space and the two digits of "19" = 19.
  // "path=fileserver-disk1.vmdk\n" is 27 bytes, plus the space and the two digits of "30" = 30.
  const paxRecords = '19 size=9663676416\n30 path=fileserver-disk1.vmdk\n';

  it('lists a 9 GiB disk (9 × 2^30 = 9,663,676,416 bytes) whose ustar size field reads 0, under its pax path', () => {
    const r = readOva(
      tar([
        { name: 'fileserver.ovf', data: enc(ovf) },
        { name: 'PaxHeaders/disk1', data: enc(paxRecords), type: 'x' },
        { name: 'truncated-ustar-name', data: new Uint8Array(0) },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries.map((e) => [e.name, e.sizeBytes])).toEqual([
      ['fileserver.ovf', enc(ovf).length],
      ['fileserver-disk1.vmdk', 9_663_676_416],
    ]);
    // The archive given ends long before the 9 GiB of data: a partial read, as when the inspector reads only the head.
    expect(r.partial).toBe(true);
  });

  it('applies a pax size only to the member that follows it', () => {
    const r = readOva(
      tar([
        { name: 'PaxHeaders/app', data: enc('12 size=100\n'), type: 'x' },
        { name: 'app.ovf', data: enc(ovf.padEnd(100, ' ').slice(0, 100)) },
        { name: 'app.mf', data: enc(mf) },
      ]),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.entries.map((e) => e.sizeBytes)).toEqual([100, mf.length]);
  });

  it('refuses a pax size record that is not a decimal number', () => {
    const r = readOva(
      tar([
        { name: 'PaxHeaders/x', data: enc('13 size=0x10\n'), type: 'x' },
        { name: 'a.ovf', data: enc(ovf) },
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/unreadable size record/);
  });
});
