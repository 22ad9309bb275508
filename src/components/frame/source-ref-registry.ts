/**
 * The sources the page's engine modules cite, as SourceRef looks them up. In
 * the built site each engine module that quotes a source id registers those
 * sources when it loads (src/integrations/source-refs.ts adds the call), so a
 * page ships the titles of its own models' sources and no others.
 */
import type { SourceRefData } from './source-ref-data.ts';

const registered: Record<string, SourceRefData> = {};

export function registerSourceRefs(refs: Record<string, SourceRefData>): void {
  Object.assign(registered, refs);
}

export function registeredSourceRef(id: string): SourceRefData | undefined {
  return registered[id];
}
