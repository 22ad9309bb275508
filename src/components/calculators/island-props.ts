/**
 * What every calculator wrapper does at build time, in one place: check the
 * article's `initial` against the model, failing the build with a message
 * that names the article, the field and the fix (a typo would otherwise drop
 * the article's scenario and show the defaults), and render the default
 * chart to SVG. Each `<Name>Calculator.astro` is then a few lines.
 */
import { AstroError } from 'astro/errors';
import { renderChartAtWidths } from '../../charts/render-server.ts';
import type { ChartBuilder } from '../../charts/types.ts';
import { evaluate } from '../../engine/evaluate.ts';
import type { AnyModel, ModelInitial, ResultOf } from '../../engine/model.ts';
import type { Issue } from '../../engine/schema.ts';
import { closestName } from '../../engine/closest-name.ts';

/** The props every calculator wrapper takes, and passes on to its island. */
export interface CalculatorProps<M extends AnyModel> {
  /** The article's scenario: any of the model's fields (checked at build time). */
  initial?: ModelInitial<M>;
  /** Mirror the inputs into the page URL; give all but one calculator on a page `false`. */
  urlState?: boolean;
}

/** The island's props: the wrapper's, plus the build-time chart when there is one. */
export interface IslandProps<M extends AnyModel> extends CalculatorProps<M> {
  chartSvg?: string;
}

/** The default chart: its builder, and whether this result has anything to draw. */
export interface ChartSpec<R> {
  chart: ChartBuilder<R>;
  drawn?: (result: R) => boolean;
}

/** The part of `Astro` a wrapper hands over. */
export interface WrapperContext<M extends AnyModel> {
  props: CalculatorProps<M>;
  url: URL;
  locals: object;
}

export function islandProps<M extends AnyModel>(astro: WrapperContext<M>, model: M, chart?: ChartSpec<ResultOf<M>>): IslandProps<M> {
  return islandPropsWithResult(astro, model, chart).props;
}

/** islandProps, and the initial scenario's result for a wrapper that draws more from it (a second chart, a first inspection). */
export function islandPropsWithResult<M extends AnyModel>(
  astro: WrapperContext<M>,
  model: M,
  chart?: ChartSpec<ResultOf<M>>,
): { props: IslandProps<M>; result: ResultOf<M> } {
  checkWrapperProps(astro, model, ['initial', 'urlState']);
  const { initial, urlState } = astro.props;
  const outcome = evaluate(model, initial ?? {});
  if (!outcome.ok) throw initialError(articleOf(astro), model, outcome.issues);
  const result = outcome.result as ResultOf<M>;
  const props: IslandProps<M> = { initial, urlState };
  if (chart) props.chartSvg = (chart.drawn?.(result) ?? true) ? renderChartAtWidths((Plot) => chart.chart(Plot, result)) : '';
  return { props, result };
}

/**
 * Refuses what an article can get wrong in a wrapper's props without any type
 * checker noticing (MDX props are not type-checked): a misspelled prop
 * (`inital=`), which would otherwise be dropped and the defaults shown, and
 * `urlState="false"`, a string that would count as true. Astro's own
 * `data-astro-*` attributes pass.
 */
export function checkWrapperProps(astro: Pick<WrapperContext<AnyModel>, 'props' | 'url' | 'locals'>, model: AnyModel, allowed: readonly string[]): void {
  const article = articleOf(astro);
  const props = astro.props as Record<string, unknown>;
  for (const name of Object.keys(props)) {
    if (allowed.includes(name) || name.startsWith('data-astro-')) continue;
    const meant = closestName(name, allowed);
    throw new AstroError(
      `The ${model.id} calculator in ${article} has an unknown prop \`${name}\`${meant ? ` (did you mean \`${meant}\`?)` : ''}.`,
      `It takes ${allowed.map((a) => `\`${a}\``).join(' and ')}; fix the tag in ${article}.`,
    );
  }
  if (props.urlState !== undefined && typeof props.urlState !== 'boolean') {
    throw new AstroError(
      `The urlState prop of the ${model.id} calculator in ${article} is ${JSON.stringify(props.urlState)}, not true or false.`,
      `Write \`urlState={false}\` in ${article}: a quoted "false" is a string, which counts as true.`,
    );
  }
}

/** The build error for a refused `initial`, in the form Starlight's own components use. */
export function initialError(article: string, model: AnyModel, issues: Issue[]): AstroError {
  const lines = issues.map((issue) => `  ${issue.field}: ${issue.message}`);
  return new AstroError(
    `The \`initial\` prop of the ${model.id} calculator in ${article} is not valid:\n${lines.join('\n')}\n`,
    `Fix \`initial={{ … }}\` in ${article}: it takes the fields of the ${model.id} model (${model.title}); ` +
      `\`npm run --silent calc -- ${model.id} --help\` lists each with its unit, default and range.`,
  );
}

/** The article's source file on a Starlight page, else the page's path. */
export function articleOf(astro: Pick<WrapperContext<AnyModel>, 'url' | 'locals'>): string {
  try {
    const route = (astro.locals as { starlightRoute?: { entry?: { filePath?: string } } }).starlightRoute;
    if (route?.entry?.filePath) return route.entry.filePath;
  } catch {
    // Starlight's locals throw when read outside one of its pages.
  }
  return `the page ${astro.url.pathname}`;
}
