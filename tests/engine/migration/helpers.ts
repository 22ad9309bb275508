/** Shared helpers for the migration tests: run a model or fail loudly, and relative error. */
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { AnyModel } from '../../../src/engine/model.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function run<R = any>(model: AnyModel, input: Record<string, unknown>): R {
  const outcome = evaluate(model, input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result as R;
}

/** (model − published) / published. */
export const relativeError = (model: number, published: number): number => (model - published) / published;

export const GiB = 1024 ** 3;
