/**
 * Hostile and broken descriptors are refused quickly, by name, before any
 * entity could expand or any href could be fetched. The inputs are the
 * classic XML attacks (billion laughs: W3C XML 1.0 §4 internal entities
 * nested 10 × 10 deep → 10^9 copies; XXE: an external SYSTEM entity) and the
 * mundane failures (truncation, wrong root, HTML, size and depth bombs).
 */
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_DESCRIPTOR_CHARS, parseXml } from '../../../src/engine/ovf/xml.ts';
import { fixture, inspect, refusal } from './helpers.ts';

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"><VirtualSystem><Name>&lol9;</Name></VirtualSystem></Envelope>`;

const xxe = `<?xml version="1.0"?>
<!DOCTYPE Envelope [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"><VirtualSystem><Name>&secret;</Name></VirtualSystem></Envelope>`;

const lowercaseDoctype = `<?xml version="1.0"?><!doctype x SYSTEM "http://attacker.example/x.dtd"><Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"/>`;

describe('ovf-inspect refuses hostile input', () => {
  // Refused at the DOCTYPE, so no entity is ever expanded. (Parsing speed is measured by
  // `npm run measure`, scripts/bench-ovf-parse.mjs, not timed in unit tests.)
  it('refuses billion laughs at its DOCTYPE, before any entity is expanded', () => {
    expect(refusal(billionLaughs)).toMatch(/DOCTYPE/);
  });

  it('refuses an external entity (XXE) and never reads the file', () => {
    expect(refusal(xxe)).toMatch(/DOCTYPE/);
    expect(refusal(lowercaseDoctype)).toMatch(/DOCTYPE/);
  });

  it('refuses a lone ENTITY declaration too', () => {
    expect(refusal('<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"><!ENTITY x "y"></Envelope>')).toMatch(/ENTITY/);
  });

  it('refuses entity references that are not one of the five XML entities', () => {
    expect(refusal('<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"><VirtualSystem><Name>&nbsp;</Name></VirtualSystem></Envelope>')).toMatch(
      /not well-formed/,
    );
  });

  it('refuses text over 4 MiB without parsing it', () => {
    const huge = `<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"><!--${'x'.repeat(MAX_DESCRIPTOR_CHARS)}--></Envelope>`;
    const r = parseXml(huge);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/4 MiB/);
  });

  it('refuses nesting deeper than the depth cap', () => {
    const depth = 100_000;
    const deep = `<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</Envelope>`;
    expect(refusal(deep)).toMatch(new RegExp(`more than ${MAX_DEPTH} deep`));
  });

  it('refuses a truncated descriptor', () => {
    const full = fixture('vmware-ovftool-windows-bios.ovf');
    const cut = full.slice(0, Math.floor(full.length * 0.6));
    expect(refusal(cut)).toMatch(/not well-formed|truncated/);
  });

  it('refuses mismatched tags and unquoted attributes', () => {
    expect(refusal('<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"><A></B></Envelope>')).toMatch(/not well-formed/);
    expect(refusal('<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" x=1/>')).toMatch(/not well-formed/);
  });

  it('refuses an unbound namespace prefix', () => {
    expect(refusal('<ovf:Envelope ovf:version="1.0"/>')).toMatch(/not well-formed|Unbound/i);
  });

  it('refuses XML that is not an OVF envelope, naming what it found', () => {
    expect(refusal('<html><body>hello</body></html>')).toMatch(/<html>.*not an OVF <Envelope>/);
    // The right local name in the wrong namespace is not OVF either: namespaces count, not names.
    expect(refusal('<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"/>')).toMatch(/not an OVF <Envelope>/);
  });

  it('refuses plain text, empty text and an envelope without a VirtualSystem', () => {
    expect(refusal('just some text')).toMatch(/not well-formed|no XML element/);
    expect(refusal('   ')).toMatch(/empty/);
    expect(refusal('<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"/>')).toMatch(/no VirtualSystem/);
  });

  it('reads hrefs as names only: a URL href yields a warning, never a request', () => {
    const d = fixture('vmware-ovftool-windows-bios.ovf').replace('ovf:href="fileserver-disk1.vmdk"', 'ovf:href="http://198.51.100.7/disk1.vmdk"');
    const r = inspect(d);
    expect(r.systems[0]?.findings.some((f) => /never fetches/.test(f.message))).toBe(true);
    expect(r.systems[0]?.disks[0]?.fileName).toBe('disk1.vmdk');
  });

  it('accepts a byte-order mark before the XML declaration', () => {
    expect(inspect(`\uFEFF${fixture('vmware-ovftool-windows-bios.ovf')}`).systems).toHaveLength(1);
  });
});
