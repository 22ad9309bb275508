/**
 * The README's budget table states the budgets `npm run measure` enforces:
 * both come from scripts/budgets.json, so a budget changed in one place and
 * not the other fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import budgets from '../../scripts/budgets.json' with { type: 'json' };

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Budgets and how they are measured'));
const tableRows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| what'))
  .map((line) =>
    line
      .split('|')
      .map((cell) => cell.trim())
      .slice(1, -1),
  );

/** The section as one line, for budgets stated in its prose. */
const prose = section.replace(/\s+/g, ' ');

/** The budget cell of the row whose first cell starts with `what`. */
function budgetCell(what: string): string | undefined {
  return tableRows.find(([label]) => label?.startsWith(what))?.[1];
}

/** Each budget key, the README row that states it, and the words it must say. */
const stated: Record<Exclude<keyof typeof budgets, '$comment'>, () => void> = {
  lighthouseScore: () => expect(budgetCell('Lighthouse')).toBe(`${budgets.lighthouseScore} in each of the four categories`),
  articleJsKB: () => expect(budgetCell('JS (gzip), home page and articles')).toBe(`≤ ${budgets.articleJsKB} KB`),
  calculatorJsKB: () => expect(budgetCell('JS (gzip), calculator pages')).toBe(`≤ ${budgets.calculatorJsKB} KB`),
  inputToResultMs: () => expect(budgetCell('Input → updated result')).toBe(`≤ ${budgets.inputToResultMs} ms`),
  searchMs: () => expect(budgetCell('Pagefind keypress → results')).toBe(`≤ ${budgets.searchMs} ms`),
  engineDefaultsMs: () => expect(budgetCell('Engine, one evaluation')).toBe(`≤ ${budgets.engineDefaultsMs} ms`),
  ovfCaseMs: () => expect(budgetCell('OVF reader')).toMatch(new RegExp(`^< ${budgets.ovfCaseMs} ms each;`)),
  ovfGrowthFactor: () => expect(budgetCell('OVF reader')).toMatch(new RegExp(`time per attribute at 160k ≤ ${budgets.ovfGrowthFactor} × that at 10k$`)),
  batchPeakMB: () => expect(prose).toContain(`(budget: every line answered, under ${budgets.batchPeakMB} MB)`),
  rvtoolsCaseMs: () => {
    expect(prose).toContain(`the export read and planned under ${budgets.rvtoolsCaseMs / 1000} s and`);
    expect(prose).toContain(`every hostile one refused under ${budgets.rvtoolsCaseMs / 1000} s)`);
  },
  rvtoolsPeakMB: () => expect(prose).toContain(`s and ${budgets.rvtoolsPeakMB} MB, every hostile one refused`),
};

describe('README budget table and scripts/budgets.json', () => {
  it('the README has the budget table', () => {
    expect(tableRows.length).toBeGreaterThanOrEqual(7);
  });

  for (const [key, check] of Object.entries(stated)) {
    it(`states ${key} as budgets.json has it`, check);
  }

  it('every budget in budgets.json is stated in the README', () => {
    expect(
      Object.keys(budgets)
        .filter((k) => k !== '$comment')
        .sort(),
    ).toEqual(Object.keys(stated).sort());
  });
});
