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
 * Names are resolved by namespace URI (`xmlns: true`), never by prefix.
 */
import sax from 'sax';

/** 4 MiB of text: real descriptors are a few to a few hundred KiB. */
export const MAX_DESCRIPTOR_CHARS = 4 * 1024 * 1024;
/** An OVF tree is about 6 levels deep (Envelope/VirtualSystem/VirtualHardwareSection/Item/rasd:x). */
export const MAX_DEPTH = 64;
/** Bounds the work a flat-but-huge document can cause. */
export const MAX_ELEMENTS = 100_000;

export interface XmlElement {
  /** Namespace URI ('' when none). */
  ns: string;
  /** Local name without prefix. */
  local: string;
  /** Attributes keyed by `local` when un-namespaced, else by `{uri}local`. */
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

interface SaxQualifiedAttribute {
  local: string;
  uri: string;
  value: string;
  prefix: string;
}
interface SaxQualifiedTag {
  local: string;
  uri: string;
  attributes: Record<string, SaxQualifiedAttribute>;
}

export function parseXml(text: string): XmlParse {
  const refused = precheck(text);
  if (refused) return { ok: false, message: refused };

  // sax's own options type predates strictEntities; the parser honours it.
  const options = { xmlns: true, strictEntities: true, position: true } as Parameters<typeof sax.parser>[1];
  const parser = sax.parser(true, options);
  const stack: { el: XmlElement; text: string[] }[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  let elements = 0;

  const fail = (message: string): void => {
    if (!failure) failure = message;
  };

  parser.onerror = (error: Error) => {
    const first = error.message.split('\n')[0] ?? 'parse error';
    fail(`the descriptor is not well-formed XML (${first.trim()}, line ${parser.line + 1})`);
    // Stop sax from carrying on after the first error.
    throw error;
  };
  parser.onopentag = (node) => {
    if (failure) return;
    const tag = node as unknown as SaxQualifiedTag;
    elements += 1;
    if (elements > MAX_ELEMENTS) {
      fail(`the descriptor has more than ${MAX_ELEMENTS} elements; refused as too large to be a real OVF`);
      throw new Error('too many elements');
    }
    if (stack.length >= MAX_DEPTH) {
      fail(`elements are nested more than ${MAX_DEPTH} deep; a real OVF is under 10 levels, so this is refused`);
      throw new Error('too deep');
    }
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      // Namespace declarations are how prefixes bind; they are not data.
      if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
      attrs[attrKey(a.uri, a.local)] = a.value;
    }
    const el: XmlElement = { ns: tag.uri ?? '', local: tag.local, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.el.children.push(el);
    else root = el;
    stack.push({ el, text: [] });
  };
  parser.ontext = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text.push(t);
  };
  parser.oncdata = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text.push(t);
  };
  parser.onclosetag = () => {
    const top = stack.pop();
    if (top) top.el.text = top.text.join('').trim();
  };

  try {
    // A byte-order mark is legal before the XML declaration; sax would call it text.
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    if (!failure) fail(`the descriptor is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (failure) return { ok: false, message: failure };
  if (!root) return { ok: false, message: 'the text contains no XML element' };
  if (stack.length > 0) return { ok: false, message: 'the descriptor is truncated: some elements are never closed' };
  return { ok: true, root };
}

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
