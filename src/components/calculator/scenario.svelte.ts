/**
 * The live state of one calculator: the form's values, URL fallbacks and the
 * engine's outcome, recomputed whenever an input changes. Islands create one
 * Scenario for their model and render from it; all domain logic stays in the
 * engine. `new Scenario(model, initial)` infers the result type from the model.
 */
import { evaluate, type Outcome } from '../../engine/evaluate.ts';
import type { AnyModel, ModelInitial, ResultOf } from '../../engine/model.ts';
import type { Issue } from '../../engine/schema.ts';
import { readModelScenario, writeScenario } from '../../engine/url-state.ts';
import { fieldName } from './field-name.ts';
import { formFromValues, rawFromForm, type FormValues } from './form-values.ts';

export class Scenario<M extends AnyModel = AnyModel> {
  readonly model: M;
  form: FormValues = $state({});
  /** Why a URL parameter was ignored, by field. */
  fallbacks: Record<string, string> = $state({});
  /** True once the inputs differ from what the server rendered (charts load Plot only then). */
  changed = $state(false);

  readonly #converted = $derived(rawFromForm(this.schema, this.form));
  readonly outcome: Outcome<ResultOf<M>> = $derived.by(() => {
    const { raw, issues } = this.#converted;
    if (issues.length > 0) return { ok: false, issues } as Outcome<ResultOf<M>>;
    return evaluate(this.model, raw) as Outcome<ResultOf<M>>;
  });
  /** The latest valid result, kept on screen (dimmed) while the input is being corrected. */
  #lastGood: ResultOf<M> | undefined = $state();
  readonly result: ResultOf<M> | undefined = $derived(this.outcome.ok ? this.outcome.result : this.#lastGood);
  readonly stale: boolean = $derived(!this.outcome.ok);
  /**
   * Issues grouped by the top-level field they belong to ('' for whole-input
   * issues). An issue inside a field names its part as the form labels it
   * ("Disk 2: capacity must be …"), not by its path.
   */
  readonly issuesByField: Record<string, string[]> = $derived.by(() => {
    const grouped: Record<string, string[]> = {};
    if (this.outcome.ok) return grouped;
    for (const issue of this.outcome.issues) {
      const top = topField(issue, this.schema);
      (grouped[top] ??= []).push(issue.field === top ? issue.message : `${fieldName(this.schema, issue.field)} ${issue.message}`);
    }
    return grouped;
  });

  /** The article's starting values as the form holds them (Reset returns here). */
  readonly #initialForm: FormValues;
  /** The same, as engine input: a shared link records only what differs from it. */
  readonly #initialRaw: Record<string, unknown>;

  constructor(model: M, initial: ModelInitial<M> = {}) {
    this.model = model;
    this.#initialForm = formFromValues(model.schema, initial);
    this.#initialRaw = rawFromForm(model.schema, this.#initialForm).raw;
    this.form = structuredClone(this.#initialForm);
    const first = evaluate(model, this.#initialRaw);
    if (first.ok) this.#lastGood = first.result as ResultOf<M>;
  }

  get schema(): M['schema'] {
    return this.model.schema;
  }

  /** Remembers each valid result; call from an $effect in the island. */
  remember(): void {
    if (this.outcome.ok) this.#lastGood = this.outcome.result;
  }

  /** Applies the scenario in a query string over the current form. */
  loadQuery(search: string): void {
    const { values, fallbacks } = readModelScenario(this.model, search);
    if (Object.keys(values).length > 0) {
      const current = rawFromForm(this.schema, this.form).raw;
      this.form = formFromValues(this.schema, { ...current, ...values });
      // The page was rendered for the defaults: charts must redraw for this scenario.
      this.changed = true;
    }
    this.fallbacks = fallbacks;
  }

  /**
   * The query string for the current, readable inputs: what differs from the
   * article's initial values, which is what loadQuery applies them over.
   */
  query(): string {
    return writeScenario(this.schema, this.#converted.raw, this.#initialRaw);
  }

  /** Back to the article's initial values, with no URL fallbacks left to report. */
  reset(): void {
    this.form = structuredClone(this.#initialForm);
    this.fallbacks = {};
  }

  update(field: string, value: FormValues[string]): void {
    this.form[field] = value;
    this.changed = true;
    delete this.fallbacks[field];
  }
}

function topField(issue: Issue, schema: AnyModel['schema']): string {
  const head = issue.field.split(/[.[]/, 1)[0] ?? '';
  return Object.hasOwn(schema, head) ? head : '';
}
