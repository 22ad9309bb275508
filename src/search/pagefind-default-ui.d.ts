/**
 * Pagefind's search UI as deferred-search-ui.ts imports it: the package Starlight
 * depends on, reached through src/integrations/lazy-search.ts (it ships no types).
 */
declare module 'virtual:hvfg/pagefind-default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
