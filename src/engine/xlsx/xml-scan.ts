/**
 * A small streaming scanner for the XML inside an .xlsx: it reports start
 * tags (local name, raw attribute text), end tags and text, and keeps no tree,
 * so memory does not grow with the document and nesting costs nothing but a
 * counter. It refuses what no spreadsheet part contains and what attacks an
 * XML reader: a DOCTYPE (entity expansion), nesting past the limit, and
 * unterminated markup. Namespace prefixes are dropped (RVTools writes every
 * element as `x:row`, Excel writes `row`).
 */
import { XlsxRefusal } from './limits.ts';

export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, entities decoded; only called when `wantsText()` is true. */
  text(value: string): void;
  wantsText(): boolean;
  /** Whether open() needs this element's attributes (default: always); skipping them spares a string per tag. */
  wantsAttributes?(name: string): boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[ref] ?? whole;
  });
}

const localName = (qualified: string): string => {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

/** The value of one attribute (any prefix) from a start tag's attribute text. */
export function attribute(attributes: string, name: string): string | undefined {
  // indexOf rather than a regular expression: this runs for every cell of every sheet.
  let from = 0;
  const needle = `${name}=`;
  for (;;) {
    const at = attributes.indexOf(needle, from);
    if (at < 0) return undefined;
    const before = at === 0 ? 32 : attributes.charCodeAt(at - 1);
    const quote = attributes[at + name.length + 1];
    if ((before === 32 || before === 58 /* : */ || before === 9 || before === 10 || before === 13) && (quote === '"' || quote === "'")) {
      const start = at + name.length + 2;
      const end = attributes.indexOf(quote, start);
      if (end < 0) return undefined;
      return decodeEntities(attributes.slice(start, end));
    }
    from = at + 1;
  }
}

export function scanXml(xml: string, handler: XmlHandler, maxDepth: number, partName: string): void {
  let depth = 0;
  let at = 0;
  const length = xml.length;
  const refuse = (why: string) => new XlsxRefusal(`${partName} ${why}`);
  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at && handler.wantsText()) handler.text(decodeEntities(xml.slice(at, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw refuse('has an unterminated processing instruction.');
      at = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw refuse('has an unterminated comment.');
        at = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw refuse('has an unterminated CDATA section.');
        if (handler.wantsText()) handler.text(xml.slice(lt + 9, end));
        at = end + 3;
        continue;
      }
      throw refuse('has a DOCTYPE or other declaration, which no spreadsheet part contains: refused (entity expansion attack).');
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) throw refuse('has an unterminated tag.');
    if (next === 0x2f /* / */) {
      depth -= 1;
      handler.close(localName(xml.slice(lt + 2, gt).trim()));
      at = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    let colon = -1;
    for (; nameEnd < end; nameEnd++) {
      const code = xml.charCodeAt(nameEnd);
      if (code === 32 || code === 9 || code === 10 || code === 13) break;
      if (code === 58) colon = nameEnd;
    }
    const name = xml.slice(colon < 0 ? lt + 1 : colon + 1, nameEnd);
    const attributes = nameEnd < end && (handler.wantsAttributes?.(name) ?? true) ? xml.slice(nameEnd + 1, end) : '';
    if (!selfClosing) {
      depth += 1;
      if (depth > maxDepth) throw refuse(`nests elements more than ${maxDepth} deep: refused.`);
    }
    handler.open(name, attributes, selfClosing);
    if (selfClosing) handler.close(name);
    at = gt + 1;
  }
}
