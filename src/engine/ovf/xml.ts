/**
 * A small, hostile-input-safe XML reader for OVF descriptors.
 *
 * It wraps sax (isaacs/sax-js), a maintained, dependency-free streaming
 * parser that runs unchanged in browsers and Node. sax never reads a DOCTYPE's
 * internal subset, so no entity can ever be declared; in strict mode with
 * `strictEntities` only the five XML entities and numeric character
 * references are decoded and any other `&name;` is an error. On top of that we
 * refuse, before parsing, any text containing `<!DOCTYPE` or `<!ENTITY`
 * (billion laughs, external entities), cap the size, the element depth and the
 * element count, and never follow an href or a schemaLocation: the result is a
 * plain tree of strings.
 *
 * Names are resolved by namespace URI, never by prefix; input a conforming
 * XML parser must reject (repeated attributes, control characters, a late
 * XML declaration, unbound prefixes) is refused with a message that says why.
 */
import sax from 'sax';

import { MAX_DESCRIPTOR_CHARS } from './descriptor-size.ts';

export { MAX_DESCRIPTOR_CHARS };
/** An OVF tree is about 6 levels deep (Envelope/VirtualSystem/VirtualHardwareSection/Item/rasd:x). */
export const MAX_DEPTH = 64;
/** Bounds the work a flat-but-huge document can cause. */
export const MAX_ELEMENTS = 100_000;

export interface XmlElement {
  /** Namespace URI ('' when none). */
  ns: string;
  /** Local name without prefix. */
  local: string;
  /** Attributes keyed by `local` when un-namespaced, else by `{uri}local`; a null-prototype object. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated direct text content (trimmed). */
  text: string;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; message: string };

/** Cheap checks made before any parsing, so hostile text costs a scan and nothing more. */
export function precheck(text: string): string | undefined {
  if (text.length > MAX_DESCRIPTOR_CHARS) {
    return `the descriptor is ${text.length} characters; the limit is ${MAX_DESCRIPTOR_CHARS} (4 MiB), far above any real OVF`;
  }
  if (text.trim() === '') return 'the descriptor is empty';
  if (/<!DOCTYPE/i.test(text)) {
    return 'the descriptor contains a <!DOCTYPE> declaration; OVF never needs one and it is how entity-expansion and external-entity attacks start, so it is refused';
  }
  if (/<!ENTITY/i.test(text)) {
    return 'the descriptor declares an <!ENTITY>; entity declarations are refused (entity-expansion and external-entity attacks)';
  }
  return undefined;
}

/** Key under which an attribute is stored in `attrs`. */
export const attrKey = (uri: string, local: string): string => (uri ? `{${uri}}${local}` : local);

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/**
 * Characters XML 1.0 §2.2 excludes: C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF and unpaired surrogates. A conforming parser must reject them.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describeChar(text: string): string {
  const code = text.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where, in lines, a character offset falls (only computed for an error message). */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Writes are fed to sax in slices so a caller can show progress. */
const SLICE_CHARS = 256 * 1024;

/** Prefix → namespace URI bindings in force at one element (XML Namespaces 1.0 §6). */
interface Scope {
  bindings: Map<string, string>;
  parent: Scope | undefined;
}

function lookup(scope: Scope | undefined, prefix: string): string | undefined {
  for (let s = scope; s; s = s.parent) {
    const uri = s.bindings.get(prefix);
    if (uri !== undefined) return uri;
  }
  return undefined;
}

function splitName(qname: string): { prefix: string; local: string } | undefined {
  const colon = qname.indexOf(':');
  if (colon < 0) return { prefix: '', local: qname };
  const prefix = qname.slice(0, colon);
  const local = qname.slice(colon + 1);
  if (prefix === '' || local === '' || local.includes(':')) return undefined;
  return { prefix, local };
}

/**
 * sax's tag.attributes answers "already seen?" through hasOwnProperty and then
 * silently drops the repeat. We want to see every attribute (to refuse repeats,
 * as XML 1.0 §3.1 requires), so every tag gets this one table, which says "not
 * seen" and keeps nothing (we keep our own list). Nothing is stored in it, so
 * no attribute name (`__proto__`, `constructor`, `hasOwnProperty`) can reach a
 * built-in member, and a huge element costs no second copy of its attributes.
 */
const neverSeen = (): boolean => false;
const NOTHING_SEEN: object = new Proxy(Object.create(null) as object, {
  get: (_target, key) => (key === 'hasOwnProperty' ? neverSeen : undefined),
  set: () => true,
});

export interface ParseOptions {
  /** Called between slices with the fraction of the text read (0–1). */
  onProgress?: (fraction: number) => void;
}

/**
 * Parses with sax in its plain (non-namespace) mode, which is linear in the
 * number of attributes, and resolves namespaces here. sax's own namespace mode
 * compares every attribute with every earlier one (quadratic: 160k attributes
 * on one element took 43 s; measured by scripts/bench-ovf-parse.mjs).
 */
export function parseXml(text: string, options: ParseOptions = {}): XmlParse {
  const refused = precheck(text);
  if (refused) return { ok: false, message: refused };
  // A byte-order mark is legal before the XML declaration; sax would call it text.
  const body = text.replace(/^\uFEFF/, '');
  const badChar = NOT_XML_CHAR.exec(body);
  if (badChar) {
    return {
      ok: false,
      message: `the descriptor contains the character ${describeChar(badChar[0])} at line ${lineAt(body, badChar.index)}, which XML does not allow (control characters other than tab and line breaks, unpaired surrogates)`,
    };
  }

  // sax's own options type predates strictEntities; the parser honours it.
  const saxOptions = { xmlns: false, strictEntities: true, position: true } as Parameters<typeof sax.parser>[1];
  const parser = sax.parser(true, saxOptions);
  const stack: { el: XmlElement; text: string[]; scope: Scope }[] = [];
  const rootScope: Scope = {
    bindings: new Map([
      ['xml', XML_NAMESPACE],
      ['xmlns', XMLNS_NAMESPACE],
    ]),
    parent: undefined,
  };
  let pending: { name: string; value: string }[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  let elements = 0;
  let eventsSeen = 0;

  const where = (): string => `line ${parser.line + 1}`;
  const fail = (message: string): never => {
    if (!failure) failure = message;
    // Stop sax from carrying on after the first error.
    throw new Error(message);
  };
  const notWellFormed = (reason: string): never => fail(`the descriptor is not well-formed XML (${reason}, ${where()})`);

  parser.onerror = (error: Error) => {
    const first = error.message.split('\n')[0] ?? 'parse error';
    notWellFormed(first.trim());
  };
  parser.onprocessinginstruction = (pi: { name: string }) => {
    // XML 1.0 §2.8: the declaration may only open the document; other targets named xml are reserved.
    if (pi.name.toLowerCase() === 'xml' && (eventsSeen > 0 || pi.name !== 'xml' || !body.startsWith('<?xml'))) {
      notWellFormed('an XML declaration <?xml …?> that is not at the very start of the document');
    }
    eventsSeen += 1;
  };
  parser.oncomment = () => {
    eventsSeen += 1;
  };
  parser.onopentagstart = (tag: { attributes: object }) => {
    eventsSeen += 1;
    tag.attributes = NOTHING_SEEN;
    pending = [];
  };
  parser.onattribute = (a: { name: string; value: string }) => {
    pending.push(a);
  };
  parser.onopentag = (tag: { name: string }) => {
    elements += 1;
    if (elements > MAX_ELEMENTS) fail(`the descriptor has more than ${MAX_ELEMENTS} elements; refused as too large to be a real OVF`);
    if (stack.length >= MAX_DEPTH) fail(`elements are nested more than ${MAX_DEPTH} deep; a real OVF is under 10 levels, so this is refused`);
    const parent = stack[stack.length - 1];
    let scope = parent ? parent.scope : rootScope;
    let ownScope = false;

    // Namespace declarations first: they apply to this element's own name and attributes.
    for (const a of pending) {
      const declared = a.name === 'xmlns' ? '' : a.name.startsWith('xmlns:') ? a.name.slice(6) : undefined;
      if (declared === undefined) continue;
      if (declared === 'xmlns' || (declared === 'xml') !== (a.value === XML_NAMESPACE) || a.value === XMLNS_NAMESPACE) {
        notWellFormed(`the namespace declaration ${printable(a.name)}="${printable(a.value)}" is reserved by XML Namespaces`);
      }
      if (declared !== '' && a.value === '') notWellFormed(`the prefix ${shortName(declared)} is declared with an empty namespace`);
      if (ownScope && scope.bindings.has(declared)) notWellFormed(`the attribute ${shortName(a.name)} appears twice on <${printable(tag.name)}>`);
      if (!ownScope) {
        scope = { bindings: new Map(), parent: scope };
        ownScope = true;
      }
      scope.bindings.set(declared, a.value);
    }

    const name = splitName(tag.name);
    if (!name) notWellFormed(`the element name <${printable(tag.name)}> is not a valid qualified name`);
    const { prefix, local } = name as { prefix: string; local: string };
    const ns = lookup(scope, prefix) ?? '';
    if (prefix !== '' && ns === '')
      notWellFormed(`the element <${printable(tag.name)}> uses the prefix ${shortName(prefix)}, which no xmlns:${printable(prefix)} declares`);

    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const a of pending) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      const an = splitName(a.name);
      if (!an) notWellFormed(`the attribute name ${shortName(a.name)} is not a valid qualified name`);
      const { prefix: ap, local: al } = an as { prefix: string; local: string };
      // Unprefixed attributes are in no namespace (XML Namespaces 1.0 §6.2).
      const uri = ap === '' ? '' : lookup(scope, ap);
      if (uri === undefined || (ap !== '' && uri === '')) {
        notWellFormed(
          `the attribute ${shortName(a.name)} on <${printable(tag.name)}> uses the prefix ${shortName(ap)}, which no xmlns:${printable(ap)} declares`,
        );
      }
      const key = attrKey(uri as string, al);
      // The same name twice, or two prefixes for one namespace with the same local name (XML 1.0 §3.1, Namespaces §6.3).
      if (attrs[key] !== undefined) notWellFormed(`the attribute ${shortName(a.name)} appears twice on <${printable(tag.name)}> (same namespace and name)`);
      attrs[key] = a.value;
    }
    pending = [];

    const el: XmlElement = { ns, local, attrs, children: [], text: '' };
    if (parent) parent.el.children.push(el);
    else root = el;
    stack.push({ el, text: [], scope });
  };
  parser.ontext = (t: string) => {
    eventsSeen += 1;
    const top = stack[stack.length - 1];
    if (top) top.text.push(t);
  };
  parser.oncdata = (t: string) => {
    eventsSeen += 1;
    const top = stack[stack.length - 1];
    if (top) top.text.push(t);
  };
  parser.onclosetag = () => {
    const top = stack.pop();
    if (top) top.el.text = top.text.join('').trim();
  };

  try {
    for (let at = 0; at < body.length; at += SLICE_CHARS) {
      parser.write(body.slice(at, at + SLICE_CHARS));
      options.onProgress?.(Math.min(1, (at + SLICE_CHARS) / body.length));
    }
    parser.close();
  } catch (error) {
    if (!failure) failure = `the descriptor is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  if (failure) return { ok: false, message: failure };
  if (!root) return { ok: false, message: 'the text contains no XML element' };
  if (stack.length > 0) return { ok: false, message: 'the descriptor is truncated: some elements are never closed' };
  return { ok: true, root };
}

/** A name or value from the document, short and printable, for a message. */
function printable(text: string): string {
  const safe = text.replace(/[^\x20-\x7e]/g, '?');
  return safe.length > 60 ? `${safe.slice(0, 60)}…` : safe;
}
const shortName = (text: string): string => JSON.stringify(printable(text));

/** Direct children with this namespace and local name. */
export function childrenOf(el: XmlElement, ns: string | readonly string[], local: string): XmlElement[] {
  const uris = typeof ns === 'string' ? [ns] : ns;
  return el.children.filter((c) => c.local === local && uris.includes(c.ns));
}

export function firstChild(el: XmlElement, ns: string | readonly string[], local: string): XmlElement | undefined {
  return childrenOf(el, ns, local)[0];
}

/** Attribute value in one of the namespaces (or un-namespaced when '' is listed). */
export function attr(el: XmlElement, ns: readonly string[], local: string): string | undefined {
  for (const uri of ns) {
    const v = el.attrs[attrKey(uri, local)];
    if (v !== undefined) return v;
  }
  return undefined;
}
