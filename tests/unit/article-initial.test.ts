/**
 * The build-time check of an article's `initial` prop (island-props.ts): what
 * a calculator wrapper does with it, called the way a wrapper calls it, with
 * a stand-in for `Astro`. The build itself failing is in
 * article-initial-build.test.ts.
 */
import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import { liveMigrationPassesChart } from '../../src/charts/live-migration-passes.ts';
import { closestName, editDistance } from '../../src/engine/closest-name.ts';
import { hostEvacuation } from '../../src/engine/migration/host-evacuation.ts';
import { liveMigration } from '../../src/engine/migration/live-migration.ts';
import type { AnyModel } from '../../src/engine/model.ts';
import { islandProps, type CalculatorProps } from '../../src/components/calculators/island-props.ts';

const ARTICLE = 'src/content/docs/migration/faster-live-migration-10gbe.mdx';

/** What `Astro` holds on a Starlight article page, as far as the wrapper reads it. */
function onArticle<M extends AnyModel>(props: CalculatorProps<M>) {
  return { props, url: new URL('http://127.0.0.1:4321/migration/faster-live-migration-10gbe/'), locals: { starlightRoute: { entry: { filePath: ARTICLE } } } };
}

/** The AstroError a wrapper throws for these props (fails the test when none is thrown). */
function refusal(model: AnyModel, initial: Record<string, unknown>): AstroError {
  try {
    islandProps(onArticle({ initial }), model);
  } catch (error) {
    expect(error).toBeInstanceOf(AstroError);
    return error as AstroError;
  }
  throw new Error('the initial was accepted');
}

describe("an article's initial", () => {
  it('refuses a mistyped field, naming the article, the calculator, the field and the one meant', () => {
    // memGiB → memoryGiB: three letters ("ory") missing, the closest of the model's fields.
    const error = refusal(liveMigration, { memGiB: 50 });
    expect(error.message).toContain(ARTICLE);
    expect(error.message).toContain('live-migration calculator');
    expect(error.message).toMatch(/^ {2}memGiB: unknown field \(did you mean memoryGiB\?\)/m);
    expect(error.hint).toContain(`initial={{ … }}\` in ${ARTICLE}`);
    expect(error.hint).toContain('npm run --silent calc -- live-migration --help');
  });

  it('refuses values the schema refuses: out of range and of the wrong type, each by field', () => {
    // The schema's memoryGiB ends at 16384 GiB (16 TiB) and jumboFrames is true or false.
    const error = refusal(liveMigration, { memoryGiB: 20000, jumboFrames: 'yes' });
    expect(error.message).toMatch(/^ {2}memoryGiB: must be at most 16384 GiB, not 20000$/m);
    expect(error.message).toMatch(/^ {2}jumboFrames: must be true or false, not "yes"$/m);
  });

  it("refuses what the model's own checks refuse (a hot set larger than the VM)", () => {
    const error = refusal(liveMigration, { memoryGiB: 4, hotSetGiB: 8 });
    expect(error.message).toMatch(/^ {2}hotSetGiB: the hot set \(8 GiB\) cannot be larger than the VM's memory \(4 GiB\)$/m);
  });

  it('finds a mistyped field inside a list row', () => {
    const error = refusal(hostEvacuation, {
      vms: [
        { name: 'sql01', memoryGiB: 64 },
        { name: 'web01', memGiB: 8 },
      ],
    });
    expect(error.message).toMatch(/^ {2}vms\[1\]\.memGiB: unknown field \(did you mean memoryGiB\?\)/m);
    expect(error.message).not.toContain('vms[0]');
  });

  it('names the page when it is not a Starlight article', () => {
    let message = '';
    try {
      islandProps({ props: { initial: { memGiB: 50 } as never }, url: new URL('http://127.0.0.1:4321/fixture/'), locals: {} }, liveMigration);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('the page /fixture/');
  });

  it('passes a valid initial on unchanged, with the chart of its scenario', () => {
    const initial = { memoryGiB: 50, dirtyRateMBps: 20, linkGbps: 10, transport: 'tcp', hostVersion: '2008r2' } as const;
    const props = islandProps(onArticle<typeof liveMigration>({ initial, urlState: false }), liveMigration, { chart: liveMigrationPassesChart });
    expect(props.initial).toBe(initial);
    expect(props.urlState).toBe(false);
    // The first pre-copy pass sends all 50 GiB of the article's VM, so the y axis ends at 50
    // (with the 16 GiB default it would end at 16).
    expect(props.chartSvg).toContain('role="img"');
    expect(props.chartSvg).toMatch(/data-mark="y-axis tick label"[^]*?>50<\/text><\/g>/);
  });

  it('draws no chart when the result has nothing to draw', () => {
    const props = islandProps(onArticle<typeof liveMigration>({}), liveMigration, { chart: liveMigrationPassesChart, drawn: () => false });
    expect(props.chartSvg).toBe('');
  });
});

describe("a wrapper's other props", () => {
  /** The message of the AstroError these props raise (fails the test when none is thrown). */
  function propError(props: Record<string, unknown>): AstroError {
    try {
      islandProps(onArticle(props as CalculatorProps<typeof liveMigration>), liveMigration);
    } catch (error) {
      expect(error).toBeInstanceOf(AstroError);
      return error as AstroError;
    }
    throw new Error('the props were accepted');
  }

  it('refuses a misspelled prop instead of dropping the scenario and showing the defaults', () => {
    // <LiveMigrationCalculator inital={{ memoryGiB: 50 }} />: "initial" less one letter.
    const error = propError({ inital: { memoryGiB: 50 } });
    expect(error.message).toContain('unknown prop `inital` (did you mean `initial`?)');
    expect(error.message).toContain(ARTICLE);
  });

  it('refuses urlState="false", a string that would count as true', () => {
    const error = propError({ urlState: 'false' });
    expect(error.message).toContain('is "false", not true or false');
    expect(error.hint).toContain('urlState={false}');
  });

  it("lets Astro's own data attributes through", () => {
    expect(islandProps(onArticle({ 'data-astro-cid-abc': '' } as never), liveMigration).urlState).toBeUndefined();
  });
});

describe('closest name', () => {
  it('counts edits the way Levenshtein defined them', () => {
    // kitten → sitting: k→s, e→i, +g (the textbook example).
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests a close name, ignoring case, and nothing for a name unlike any', () => {
    const fields = Object.keys(liveMigration.schema);
    expect(closestName('memGiB', fields)).toBe('memoryGiB');
    expect(closestName('LinkGbp', fields)).toBe('linkGbps');
    expect(closestName('dirtyRate', fields)).toBe('dirtyRateMBps');
    expect(closestName('zzz', fields)).toBeUndefined();
    expect(closestName('x'.repeat(100_000), fields)).toBeUndefined();
  });
});
