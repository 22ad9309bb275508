/**
 * Running a model on raw input: validate, apply the model's cross-field
 * checks, compute, and make sure nothing non-finite escapes. The one entry
 * point used by the CLI, the islands and the tests; it never throws.
 */
import type { AnyModel, EvaluateContext, Model, ResultBase } from './model.ts';
import type { Issue, Schema } from './schema.ts';
import { validate } from './validate.ts';

export type Outcome<R> = { ok: true; result: R } | { ok: false; issues: Issue[] };

export function evaluate<S extends Schema, R extends ResultBase, P>(model: Model<S, R, P>, raw: unknown, context?: EvaluateContext): Outcome<R>;
export function evaluate(model: AnyModel, raw: unknown, context?: EvaluateContext): Outcome<ResultBase>;
export function evaluate(model: AnyModel, raw: unknown, context: EvaluateContext = {}): Outcome<ResultBase> {
  const validated = validate(model.schema, raw);
  if (!validated.ok) return validated;
  return guarded(() => {
    // Done once, shared by check and compute (an OVF descriptor is parsed here, not twice).
    const prepared: unknown = model.prepare?.(validated.value, context);
    const crossFieldIssues = model.check?.(validated.value, prepared) ?? [];
    if (crossFieldIssues.length > 0) return { ok: false, issues: crossFieldIssues };
    return { ok: true, result: model.compute(validated.value, prepared) };
  });
}

/**
 * Runs work that produces an outcome so that nothing escapes it: what it
 * throws becomes an issue, and so does a NaN or ±Infinity in its result.
 * evaluate wraps a model in it; so does a calculator frame showing a result
 * worked out outside the model (scenario.svelte.ts).
 */
export function guarded<R>(work: () => Outcome<R>): Outcome<R> {
  try {
    const outcome = work();
    if (!outcome.ok) return outcome;
    const badPath = findNonFinite(outcome.result, 'result');
    if (badPath) {
      return {
        ok: false,
        issues: [{ field: '(result)', message: `the model produced a non-finite number at ${badPath}; this input is outside what it can answer` }],
      };
    }
    return outcome;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ field: '(model)', message: `internal error: ${reason}` }] };
  }
}

/** Path of the first NaN or ±Infinity in a JSON-like value, or undefined. */
export function findNonFinite(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNonFinite(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const found = findNonFinite(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
