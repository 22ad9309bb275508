/**
 * sax reads Node's `stream` module only to define SAXStream, a Node stream
 * wrapper the guide never uses (src/engine/ovf/xml.ts calls sax.parser).
 * In the browser bundles Vite would substitute its "externalised" module and
 * warn on every build; this gives sax an empty stand-in there instead.
 * Server-side builds keep Node's real module.
 */
import type { Plugin } from 'vite';

const STAND_IN = '\0hvfg-sax-stream-stand-in';

export default function saxWithoutStream(): Plugin {
  return {
    name: 'hvfg-sax-without-stream',
    enforce: 'pre',
    resolveId(id, importer, options) {
      if (id === 'stream' && !options?.ssr && importer && /[\\/]sax[\\/]lib[\\/]sax\.js$/.test(importer)) return STAND_IN;
      return undefined;
    },
    load(id) {
      return id === STAND_IN ? 'export function Stream() {}\nexport default { Stream };\n' : undefined;
    },
  };
}
