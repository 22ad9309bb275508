/**
 * The model contract. A model is a pure, synchronous function of validated
 * input with one schema describing that input. Its result is plain JSON and
 * always carries the warnings it raised and the assumptions it used, each
 * assumption naming the source ids it rests on (see src/content/sources/).
 */
import type { InitialOf, InputOf, Issue, Schema } from './schema.ts';

export interface Assumption {
  /** A sentence a reader can check, e.g. "A live migration pauses to copy the last dirty pages". */
  text: string;
  /** Ids of entries in the sources collection. */
  sources: string[];
}

export interface ResultBase {
  warnings: string[];
  assumptions: Assumption[];
}

/** What a caller may hand to a long evaluation (the OVF inspector's Web Worker reports parsing progress). */
export interface EvaluateContext {
  /** Called now and then with the fraction of the work done (0–1). */
  onProgress?: (fraction: number) => void;
}

/**
 * `P` is what an optional `prepare` step derives once from the validated input
 * (a parsed document, say) so that `check` and `compute` share it instead of
 * each redoing the work. Models without `prepare` get `undefined`.
 */
export interface Model<S extends Schema, R extends ResultBase, P = void> {
  /** Public contract: scripts and articles refer to models by id. */
  id: string;
  title: string;
  /** One sentence: what the model answers. */
  summary: string;
  schema: S;
  /** Work that check and compute both need, done once per evaluation (e.g. parsing a descriptor). */
  prepare?: (input: InputOf<S>, context: EvaluateContext) => P;
  /** Cross-field rules the schema alone cannot express (e.g. RAID 5 needs 3 disks). */
  check?: (input: InputOf<S>, prepared: P) => Issue[];
  compute: (input: InputOf<S>, prepared: P) => R;
}

/** Keeps the schema's literal types so `compute` sees typed input. */
export function defineModel<const S extends Schema, R extends ResultBase, P = void>(model: Model<S, R, P>): Model<S, R, P> {
  return model;
}

/** A model of any schema, as the registry, CLI and generic UI see it. */
// The registry holds models of different input types; `any` is confined to this alias.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModel = Model<any, ResultBase, any>;

/** The result type a model computes. */
export type ResultOf<M extends AnyModel> = ReturnType<M['compute']>;

/** What an article or link may give a model: see InitialOf. */
export type ModelInitial<M extends AnyModel> = InitialOf<M['schema']>;
