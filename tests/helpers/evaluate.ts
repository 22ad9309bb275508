/**
 * Running a model in a test: the result of input the model must accept (a
 * refusal fails the test with the model's own issues), or the issues of input
 * it must refuse. Typed from the model, so a test reads its result's fields
 * without casts.
 */
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Model, ResultBase } from '../../src/engine/model.ts';
import type { Issue, Schema } from '../../src/engine/schema.ts';

/** The model's result for input it must accept; throws with the issues if it refuses. */
export function resultOf<S extends Schema, R extends ResultBase, P>(model: Model<S, R, P>, input: unknown): R {
  const outcome = evaluate(model, input);
  if (!outcome.ok) throw new Error(`${model.id} refused ${JSON.stringify(input)}: ${JSON.stringify(outcome.issues)}`);
  return outcome.result;
}

/** The issues the model raises for the input; empty when it accepts it. */
export function issuesOf<S extends Schema, R extends ResultBase, P>(model: Model<S, R, P>, input: unknown): Issue[] {
  const outcome = evaluate(model, input);
  return outcome.ok ? [] : outcome.issues;
}
