/**
 * Keeps code frames' chrome out of the search index. Expressive Code writes
 * a frame's header (a file name, or the screen-reader text "Terminal window"
 * for an untitled terminal) before the code; Pagefind indexed it as article
 * text, so result excerpts began "Terminal window Get-VM …". The header is
 * marked data-pagefind-ignore; the code itself stays searchable.
 */
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, Parents } from '@astrojs/starlight/expressive-code/hast';

function markHeaders(node: Parents): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'figcaption') child.properties = { ...child.properties, dataPagefindIgnore: '' };
    else markHeaders(child as Element);
  }
}

export function codeFrameOutOfSearch(): ExpressiveCodePlugin {
  return {
    name: 'hvfg-code-frame-out-of-search',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => markHeaders(renderData.blockAst),
    },
  };
}
