/**
 * The live state of one calculator: the form's values, URL fallbacks and the
 * outcome the results show, recomputed whenever an input changes. Islands
 * create one Scenario for their model and render from it; all domain logic
 * stays in the engine. `new Scenario(model, initial)` infers the result type
 * from the model and runs it on the page.
 *
 * A calculator whose work cannot run on the page (a file read in a Web Worker)
 * gives the Scenario an outside source instead: `new Scenario(model, initial,
 * source)`. The frame then only checks the form against the model's schema
 * and shows what the source returns; the model's prepare, check and compute
 * never run here, so `model` needs only its id and schema.
 */
import { evaluate, guarded, type Outcome } from '../../engine/evaluate.ts';
import type { AnyModel, ModelInitial, ResultBase, ResultOf } from '../../engine/model.ts';
import type { InputOf, Issue } from '../../engine/schema.ts';
import { readModelScenario, writeScenario } from '../../engine/url-state.ts';
import { validate } from '../../engine/validate.ts';
import { fieldName } from './field-name.ts';
import { formFromValues, rawFromForm, type FormValues } from './form-values.ts';

/** An outcome worked out outside `model.compute` (by a Web Worker), for the frame to show. */
export interface OutsideOutcome<R extends ResultBase> {
  /** What the results show; absent when there is nothing to show for this input (a refused file). */
  result?: R;
  /**
   * Why the outside work refused its input (a file that is not an RVTools
   * export, a descriptor that is not OVF). Shown above the results, not at a
   * form field: they are about a file or its reading, not about what was typed.
   */
  issues: Issue[];
}

/**
 * The island's outcome for the current form once the form is valid (it may
 * ignore the input, or plan a worker's reading with it); undefined while there
 * is nothing to show, which the frame draws as its empty state. Called again
 * whenever the form or any state it reads changes.
 */
export type OutsideSource<M extends AnyModel> = (input: InputOf<M['schema']>) => OutsideOutcome<ResultOf<M>> | undefined;

/** What the results show for one form: the form's own issues, or a result and/or a refusal (both absent: nothing yet). */
type Shown<R extends ResultBase> = { ok: false; issues: Issue[] } | { ok: true; result: R | undefined; refusal: Issue[] };

export class Scenario<M extends AnyModel = AnyModel> {
  /** The model's id (the frame marks its markup with it). */
  readonly id: string;
  form: FormValues = $state({});
  /** Why a URL parameter was ignored, by field. */
  fallbacks: Record<string, string> = $state({});
  /** True once the inputs differ from what the server rendered (charts load Plot only then). */
  changed = $state(false);

  /** The model, or for an outside source its schema alone: what a link's values are checked against. */
  readonly #model: M | Pick<M, 'schema'>;
  /** What the results show for form input that converts: from the model, or from the outside source. */
  readonly #show: (raw: Record<string, unknown>) => Shown<ResultOf<M>>;
  readonly #converted = $derived(rawFromForm(this.schema, this.form));
  readonly #shown: Shown<ResultOf<M>> = $derived.by(() => {
    const { raw, issues } = this.#converted;
    return issues.length > 0 ? { ok: false, issues } : this.#show(raw);
  });
  /** The latest valid outcome, kept on screen (dimmed) while the input is being corrected. Raw: always replaced whole. */
  #lastGood: { result: ResultOf<M> | undefined; refusal: Issue[] } = $state.raw({ result: undefined, refusal: [] });
  readonly result: ResultOf<M> | undefined = $derived(this.#shown.ok ? this.#shown.result : this.#lastGood.result);
  /** Why an outside source refused its input; always empty for a model run on the page. */
  readonly refusal: Issue[] = $derived(this.#shown.ok ? this.#shown.refusal : this.#lastGood.refusal);
  readonly stale: boolean = $derived(!this.#shown.ok);
  /**
   * Issues grouped by the top-level field they belong to ('' for whole-input
   * issues). An issue inside a field names its part as the form labels it
   * ("Disk 2: capacity must be …"), not by its path.
   */
  readonly issuesByField: Record<string, string[]> = $derived.by(() => {
    const grouped: Record<string, string[]> = {};
    if (this.#shown.ok) return grouped;
    for (const issue of this.#shown.issues) {
      const top = topField(issue, this.schema);
      (grouped[top] ??= []).push(issue.field === top ? issue.message : `${fieldName(this.schema, issue.field)} ${issue.message}`);
    }
    return grouped;
  });

  /** The article's starting values as the form holds them (Reset returns here). */
  readonly #initialForm: FormValues;
  /** The same, as engine input: a shared link records only what differs from it. */
  readonly #initialRaw: Record<string, unknown>;

  /** A model run on the page. */
  constructor(model: M, initial?: ModelInitial<M>);
  /** A model whose outcome comes from the island (`source`); only its id and schema are used, so they may come alone. */
  constructor(model: M | Pick<M, 'id' | 'schema'>, initial: ModelInitial<M>, source: OutsideSource<M>);
  constructor(model: M | Pick<M, 'id' | 'schema'>, initial: ModelInitial<M> = {}, source?: OutsideSource<M>) {
    this.id = model.id;
    // With an outside source the model is never run here, nor its checks applied to a link's values.
    this.#model = source ? { schema: model.schema } : (model as M);
    this.#show = source ? (raw) => shownFromOutside(model.schema, source, raw) : (raw) => shownByModel(model as M, raw);
    this.#initialForm = formFromValues(model.schema, initial);
    this.#initialRaw = rawFromForm(model.schema, this.#initialForm).raw;
    this.form = structuredClone(this.#initialForm);
    const first = this.#show(this.#initialRaw);
    if (first.ok) this.#lastGood = { result: first.result, refusal: first.refusal };
  }

  get schema(): M['schema'] {
    return this.#model.schema;
  }

  /** Remembers each valid outcome; call from an $effect in the island. */
  remember(): void {
    if (this.#shown.ok) this.#lastGood = { result: this.#shown.result, refusal: this.#shown.refusal };
  }

  /** Applies the scenario in a query string over the current form. */
  loadQuery(search: string): void {
    const { values, fallbacks } = readModelScenario(this.#model, search);
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

/** The model run on the page: its cross-field rules are the form's issues too. */
function shownByModel<M extends AnyModel>(model: M, raw: Record<string, unknown>): Shown<ResultOf<M>> {
  const outcome = evaluate(model, raw) as Outcome<ResultOf<M>>;
  return outcome.ok ? { ok: true, result: outcome.result, refusal: [] } : outcome;
}

/** The outside source's outcome, asked only for input that passes the schema. */
function shownFromOutside<M extends AnyModel>(schema: M['schema'], source: OutsideSource<M>, raw: Record<string, unknown>): Shown<ResultOf<M>> {
  const validated = validate(schema, raw);
  if (!validated.ok) return validated;
  let outside: OutsideOutcome<ResultOf<M>> | undefined;
  // Held to the model contract: nothing thrown, and no non-finite figure, reaches the page.
  const checked = guarded(() => {
    outside = source(validated.value as InputOf<M['schema']>);
    return { ok: true, result: outside?.result };
  });
  return checked.ok ? { ok: true, result: outside?.result, refusal: outside?.issues ?? [] } : checked;
}

function topField(issue: Issue, schema: AnyModel['schema']): string {
  const head = issue.field.split(/[.[]/, 1)[0] ?? '';
  return Object.hasOwn(schema, head) ? head : '';
}
