/** Sources an island provides to the SourceRefs inside it, for ids that come from data rather than engine code. */
import { getContext, setContext } from 'svelte';
import type { SourceRefData } from './source-ref-data.ts';

const KEY = Symbol('source-refs');

/** For an island whose results cite sources from data: makes them known to every SourceRef inside it. */
export function provideSourceRefs(refs: Record<string, SourceRefData>): void {
  setContext(KEY, refs);
}

/** Sources provided by an enclosing island, if any. */
export function providedSourceRefs(): Record<string, SourceRefData> | undefined {
  return getContext<Record<string, SourceRefData> | undefined>(KEY);
}
