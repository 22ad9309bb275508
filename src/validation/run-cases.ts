/**
 * Runs every validation case (cases.json) through the engine: what the model
 * predicts, its error against the published measurement, and whether it is
 * within the case's stated tolerance. The validation page and
 * tests/engine/validation.test.ts both call this, so the reader sees exactly
 * what the tests assert.
 */
import { evaluate } from '../engine/evaluate.ts';
import { registry } from '../engine/index.ts';
import data from './cases.json' with { type: 'json' };

export interface ValidationCase {
  id: string;
  model: string;
  /** Source id; absent for a hand calculation. */
  source?: string;
  /** 'measured' (default): a published measurement; 'hand': an independent hand calculation; 'exact': a published value that must match exactly. */
  kind?: 'measured' | 'hand' | 'exact';
  heldOut: boolean;
  what: string;
  input: Record<string, unknown>;
  /** The same model on the input with these fields changed; the case compares the two outputs' ratio. */
  ratioTo?: Record<string, unknown>;
  output: string;
  measured: number | string;
  unit: string;
  tolerancePercent?: number;
  /** 'upper': the model is a ceiling and passes when it is at or above the measurement. */
  bound?: 'upper';
  /** Why a published case cannot test the model (inconsistent as published); it is shown, not scored. */
  excluded?: string;
  note?: string;
  /** What the model predicted before the last change that moved this case (a record, never an expected value). */
  previous?: { predicted: number; change: string; input?: Record<string, unknown> };
}

export interface CaseOutcome {
  case: ValidationCase;
  predicted: number | string | undefined;
  /** (predicted − measured) ÷ measured × 100; 0 for an exact match, undefined when the model refused the input. */
  errorPercent: number | undefined;
  withinTolerance: boolean;
  /** Problem running the case (the model refused the input). */
  problem?: string;
  /** For time outputs: the model's low–high range, when it gives one. */
  range?: { low: number; high: number };
}

export const validationCases: ValidationCase[] = data.cases as ValidationCase[];

function runOutput(modelId: string, input: Record<string, unknown>, output: string): { value?: unknown; result?: Record<string, unknown>; problem?: string } {
  const model = registry[modelId];
  if (!model) return { problem: `no model ${modelId}` };
  const outcome = evaluate(model, input);
  if (!outcome.ok) return { problem: JSON.stringify(outcome.issues) };
  const result = outcome.result as unknown as Record<string, unknown>;
  return { value: result[output], result };
}

export function runCase(c: ValidationCase): CaseOutcome {
  const first = runOutput(c.model, c.input, c.output);
  if (first.problem !== undefined) return { case: c, predicted: undefined, errorPercent: undefined, withinTolerance: false, problem: first.problem };

  if (c.kind === 'exact') {
    const match = first.value === c.measured;
    return { case: c, predicted: first.value as string, errorPercent: match ? 0 : undefined, withinTolerance: match };
  }

  let predicted = first.value as number;
  let range: CaseOutcome['range'];
  if (c.ratioTo) {
    const second = runOutput(c.model, { ...c.input, ...c.ratioTo }, c.output);
    if (second.problem !== undefined) return { case: c, predicted: undefined, errorPercent: undefined, withinTolerance: false, problem: second.problem };
    predicted = predicted / (second.value as number);
  } else if (c.output === 'totalSeconds' && typeof first.result?.totalSecondsLow === 'number') {
    range = { low: first.result.totalSecondsLow as number, high: first.result.totalSecondsHigh as number };
  }
  const measured = c.measured as number;
  const errorPercent = ((predicted - measured) / measured) * 100;
  const withinTolerance = c.excluded !== undefined || (c.bound === 'upper' ? predicted >= measured : Math.abs(errorPercent) <= (c.tolerancePercent ?? 0));
  return { case: c, predicted, errorPercent, withinTolerance, ...(range ? { range } : {}) };
}

export const runAllCases = (): CaseOutcome[] => validationCases.map(runCase);

/** (previous prediction − measured) ÷ measured × 100, for a case the last model change moved. */
export function previousErrorPercent(c: ValidationCase): number | undefined {
  if (c.previous === undefined || typeof c.measured !== 'number') return undefined;
  return ((c.previous.predicted - c.measured) / c.measured) * 100;
}

export interface ModelSummary {
  model: string;
  cases: number;
  medianAbsErrorPercent: number;
  worstAbsErrorPercent: number;
}

/** Median and worst absolute error per model, over numeric cases with a measurement (bounds and exact matches excluded). */
export function summarise(outcomes: CaseOutcome[]): ModelSummary[] {
  const byModel = new Map<string, number[]>();
  for (const o of outcomes) {
    if (o.case.kind === 'exact' || o.case.bound === 'upper' || o.case.excluded !== undefined || o.errorPercent === undefined) continue;
    const list = byModel.get(o.case.model) ?? [];
    list.push(Math.abs(o.errorPercent));
    byModel.set(o.case.model, list);
  }
  return [...byModel.entries()].map(([model, errors]) => {
    const sorted = [...errors].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    return { model, cases: errors.length, medianAbsErrorPercent: median, worstAbsErrorPercent: sorted[sorted.length - 1]! };
  });
}
