/**
 * The XML reader refuses what a conforming XML 1.0 parser must reject, and
 * names that coincide with JavaScript's built-in members are only names.
 * Expected refusals come from the specifications, not from our output:
 * - W3C XML 1.0 (5th ed.) §2.2 Char: only #x9, #xA, #xD, #x20–#xD7FF,
 *   #xE000–#xFFFD and #x10000–#x10FFFF are characters; §2.8: the XML
 *   declaration, if present, is the very first thing in the document, and
 *   PI targets matching [Xx][Mm][Ll] are reserved; §3.1 WFC "Unique Att
 *   Spec": no attribute name appears more than once in a tag.
 * - W3C Namespaces in XML 1.0 (3rd ed.) §5 NSC "Prefix Declared": a prefix
 *   must be declared; §6.3: no element has two attributes with the same
 *   local name bound to the same namespace; §3 NSC "No Prefix Undeclaring":
 *   `xmlns:p=""` is an error in XML 1.0.
 * libxml2 (xmllint) rejects each of these cases the same way.
 */
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/engine/ovf/xml.ts';
import { fixture, inspect, refusal } from './helpers.ts';

const OVF = 'http://schemas.dmtf.org/ovf/envelope/1';
const RASD = 'http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData';
const base = fixture('vmware-ovftool-windows-bios.ovf');

describe('refuses input a conforming XML parser rejects', () => {
  it('a repeated attribute (XML 1.0 §3.1)', () => {
    expect(refusal(`<Envelope xmlns="${OVF}" a="1" a="2"/>`)).toMatch(/attribute "a" appears twice on <Envelope>/);
  });

  it('two prefixes for one namespace with the same local name (Namespaces §6.3)', () => {
    expect(refusal(`<Envelope xmlns="${OVF}" xmlns:p="urn:x" xmlns:q="urn:x" p:a="1" q:a="2"/>`)).toMatch(/"q:a" appears twice.*same namespace and name/);
  });

  it('a repeated namespace declaration', () => {
    expect(refusal(`<Envelope xmlns="${OVF}" xmlns:p="urn:x" xmlns:p="urn:y"/>`)).toMatch(/"xmlns:p" appears twice/);
  });

  it('NUL and other C0 control characters, raw or as a character reference (XML 1.0 §2.2)', () => {
    expect(refusal(`<Envelope xmlns="${OVF}"><Info>a\u0000b</Info></Envelope>`)).toMatch(/character U\+0000 at line 1, which XML does not allow/);
    expect(refusal(`<Envelope xmlns="${OVF}">\n<Info>\u0001</Info></Envelope>`)).toMatch(/U\+0001 at line 2/);
    expect(refusal(`<Envelope xmlns="${OVF}" a="\u001b[31m"/>`)).toMatch(/U\+001B/);
    expect(refusal(`<Envelope xmlns="${OVF}"><Info>&#0;</Info></Envelope>`)).toMatch(/not well-formed.*Invalid character entity/);
    expect(refusal(`<Envelope xmlns="${OVF}"><Info>&#x1;</Info></Envelope>`)).toMatch(/not well-formed.*Invalid character entity/);
  });

  it('unpaired surrogates and U+FFFE/U+FFFF', () => {
    expect(refusal(`<Envelope xmlns="${OVF}"><Info>\uD800x</Info></Envelope>`)).toMatch(/U\+D800/);
    expect(refusal(`<Envelope xmlns="${OVF}"><Info>\uFFFF</Info></Envelope>`)).toMatch(/U\+FFFF/);
    // A correctly paired surrogate (U+1F600) is a character.
    expect(parseXml(`<a>\uD83D\uDE00</a>`).ok).toBe(true);
  });

  it('an XML declaration that is not first (XML 1.0 §2.8)', () => {
    const decl = '<?xml version="1.0"?>';
    expect(refusal(`<!-- exported -->${decl}<Envelope xmlns="${OVF}"/>`)).toMatch(/XML declaration .* not at the very start/);
    expect(refusal(`\n${decl}<Envelope xmlns="${OVF}"/>`)).toMatch(/not well-formed/);
    expect(refusal(`<Envelope xmlns="${OVF}">${decl}</Envelope>`)).toMatch(/XML declaration/);
    expect(refusal(`${decl}${decl}<Envelope xmlns="${OVF}"/>`)).toMatch(/XML declaration/);
    expect(refusal(`<?XML version="1.0"?><Envelope xmlns="${OVF}"/>`)).toMatch(/XML declaration/);
    // First, after a byte-order mark, is fine.
    expect(parseXml(`\uFEFF${decl}<a/>`).ok).toBe(true);
  });

  it('unbound prefixes on elements and attributes, including built-in names (Namespaces §5)', () => {
    expect(refusal(`<constructor:Envelope xmlns="${OVF}"/>`)).toMatch(/prefix "constructor", which no xmlns:constructor declares/);
    expect(refusal(`<Envelope xmlns="${OVF}" __proto__:a="1"/>`)).toMatch(/prefix "__proto__", which no xmlns:__proto__ declares/);
    expect(refusal(`<Envelope xmlns="${OVF}"><toString:x/></Envelope>`)).toMatch(/prefix "toString"/);
  });

  it('reserved or undeclared namespace bindings (Namespaces §3)', () => {
    expect(refusal(`<Envelope xmlns="${OVF}" xmlns:p=""/>`)).toMatch(/prefix "p" is declared with an empty namespace/);
    expect(refusal(`<Envelope xmlns="${OVF}" xmlns:xml="urn:other"/>`)).toMatch(/reserved/);
    expect(refusal(`<Envelope xmlns="${OVF}" xmlns:xmlns="urn:other"/>`)).toMatch(/reserved/);
  });
});

describe('names of built-in members are plain names', () => {
  it('elements and attributes named __proto__, constructor, hasOwnProperty, toString', () => {
    const r = parseXml(
      `<x:constructor xmlns:x="urn:x" hasOwnProperty="1" __proto__="2" constructor="3" x:toString="4"><__proto__/><hasOwnProperty/></x:constructor>`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.local).toBe('constructor');
    expect(Object.getPrototypeOf(r.root.attrs)).toBeNull();
    expect(Object.keys(r.root.attrs)).toEqual(['hasOwnProperty', '__proto__', 'constructor', '{urn:x}toString']);
    expect(r.root.attrs.__proto__).toBe('2');
    expect(r.root.children.map((c) => c.local)).toEqual(['__proto__', 'hasOwnProperty']);
  });

  it('an unknown attribute is absent, not a built-in member', () => {
    const r = parseXml('<a b="1"/>');
    expect(r.ok && r.root.attrs.constructor).toBeUndefined();
    expect(r.ok && r.root.attrs.toString).toBeUndefined();
  });

  it('a descriptor with <rasd:constructor>, rasd:__proto__ and ${constructor} is inspected, not an internal error', () => {
    const hostile = base
      .replace(
        '<rasd:InstanceID>1</rasd:InstanceID>',
        `<rasd:InstanceID>1</rasd:InstanceID><rasd:constructor>x</rasd:constructor><rasd:__proto__>y</rasd:__proto__><rasd:hasOwnProperty>z</rasd:hasOwnProperty>`,
      )
      .replace('<Item>', `<Item rasd:__proto__="p" xmlns:rasd2="${RASD}" rasd2:toString="q">`)
      .replace(/ovf:capacity="\d+"/, 'ovf:capacity="${constructor}"');
    expect(hostile).toContain('${constructor}');
    const r = inspect(hostile);
    const disk = r.systems[0]?.disks.find((d) => d.target.drive !== 'dvd');
    // No ProductSection defines a property "constructor": the capacity is unknown, and said so.
    expect(disk?.capacityBytes).toBe(0);
    expect(JSON.stringify(r.systems[0]?.findings)).toMatch(/\$\{constructor\}, which no ProductSection defines/);
  });
});
