/**
 * A calculator whose outcome is worked out outside `model.compute` (the OVF
 * inspector and the estate planner read files in a Web Worker) hands the
 * frame that outcome through `new Scenario(model, initial, source)`. What the
 * reader sees of it: the frame rendered as the build renders it (svelte/server).
 */
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Calculator from '../../../src/components/frame/Calculator.svelte';
import { Scenario, type OutsideOutcome } from '../../../src/components/frame/scenario.svelte.ts';
import { defineModel, type ResultBase } from '../../../src/engine/model.ts';
import { defineSchema, type Issue } from '../../../src/engine/schema.ts';

// A model written for this test: one number in, and a compute that must never run on the page.
const schema = defineSchema({
  hosts: { kind: 'number', label: 'Hosts', help: '', unit: 'hosts', default: 2, min: 1, max: 64, integer: true },
});
interface Plan extends ResultBase {
  vms: number;
}
const fileModel = defineModel({
  id: 'file-read-elsewhere',
  title: 'Read elsewhere',
  summary: '',
  schema,
  check: (): Issue[] => {
    throw new Error('check ran on the page');
  },
  compute: (): Plan => {
    throw new Error('compute ran on the page');
  },
});

const plan = (vms: number): Plan => ({ vms, warnings: [`${vms} VMs were read.`], assumptions: [{ text: 'Every VM moves once.', sources: [] }] });

/** A scenario whose outcome the test sets, and the frame drawn from it. */
function frame(initial: { hosts?: number } = {}) {
  let outside: OutsideOutcome<Plan> | undefined;
  const asked: number[] = [];
  const scenario = new Scenario(fileModel, initial, (input) => {
    asked.push(input.hosts);
    return outside;
  });
  const html = () =>
    render(Calculator, {
      props: {
        scenario,
        title: 'Read elsewhere',
        idPrefix: 'elsewhere',
        children: createRawSnippet(() => ({ render: () => `<p data-output="vms">${scenario.result?.vms ?? ''} VMs on ${scenario.form.hosts} hosts</p>` })),
        refused: createRawSnippet((issues: () => Issue[]) => ({
          render: () =>
            `<p data-output="refusal">Not read: ${issues()
              .map((issue) => issue.message)
              .join(' ')}</p>`,
        })),
        empty: createRawSnippet(() => ({ render: () => '<p data-output="empty">No file yet.</p>' })),
      },
    }).body;
  return { scenario, html, asked, set: (next: OutsideOutcome<Plan> | undefined) => (outside = next) };
}

describe('a scenario with an outside outcome', () => {
  it('shows the outside result with its warnings and assumptions, and never runs the model', () => {
    const { scenario, html, set } = frame();
    set({ result: plan(1300), issues: [] });
    const page = html();
    expect(page).toContain('<p data-output="vms">1300 VMs on 2 hosts</p>');
    expect(page).toContain('1300 VMs were read.');
    expect(page).toContain('Every VM moves once.');
    expect(page).not.toContain('data-output="empty"');
    expect(page).not.toContain('data-output="refusal"');
    expect(page).toContain('data-model="file-read-elsewhere"');
    expect(scenario.stale).toBe(false);
    expect(scenario.issuesByField).toEqual({});
  });

  it('hands the source the validated form, and follows the source as it changes', () => {
    const { scenario, html, asked, set } = frame({ hosts: 4 });
    set({ result: plan(10), issues: [] });
    expect(scenario.result?.vms).toBe(10);
    expect(asked.at(-1)).toBe(4);
    set({ result: plan(25), issues: [] });
    scenario.update('hosts', '8');
    expect(html()).toContain('<p data-output="vms">25 VMs on 8 hosts</p>');
    expect(asked.at(-1)).toBe(8);
  });

  it('draws a refusal above the results, with a result when the source gives one too', () => {
    const { html, set } = frame();
    set({ issues: [{ field: 'export', message: 'notes.xlsx is not a workbook.' }] });
    let page = html();
    expect(page).toContain('<p data-output="refusal">Not read: notes.xlsx is not a workbook.</p>');
    // A refusal is not "nothing yet": no empty state, and no results without a result.
    expect(page).not.toContain('data-output="empty"');
    expect(page).not.toContain('data-output="vms"');

    set({ result: plan(0), issues: [{ field: 'export', message: 'notes.xlsx is not a workbook.' }] });
    page = html();
    expect(page.indexOf('data-output="refusal"')).toBeLessThan(page.indexOf('data-output="vms"'));
  });

  it('shows the empty state while the source has nothing to show', () => {
    const { scenario, html } = frame();
    const page = html();
    expect(page).toContain('<p data-output="empty">No file yet.</p>');
    expect(page).not.toContain('data-output="vms"');
    expect(page).not.toContain('Showing the last valid result');
    expect(scenario.result).toBeUndefined();
    expect(scenario.refusal).toEqual([]);
    expect(scenario.stale).toBe(false);
  });

  it('marks a wrong input at its field and keeps the last result, dimmed, without asking the source', () => {
    const { scenario, html, asked, set } = frame();
    set({ result: plan(40), issues: [] });
    scenario.remember();
    const askedBefore = asked.length;
    scenario.update('hosts', '0');
    set({ result: plan(99), issues: [] });
    expect(scenario.stale).toBe(true);
    expect(scenario.issuesByField.hosts?.[0]).toMatch(/at least 1/);
    expect(html()).toContain('<p data-output="vms">40 VMs on 0 hosts</p>');
    expect(html()).toContain('Showing the last valid result');
    expect(asked.length).toBe(askedBefore);
  });

  it('holds the outside result to the model contract: a non-finite figure is refused as a whole-input issue', () => {
    const { scenario, set } = frame();
    set({ result: plan(Number.NaN), issues: [] });
    expect(scenario.stale).toBe(true);
    // Named by its path, as the frame names any issue outside the form's fields.
    expect(scenario.issuesByField['']?.[0]).toBe('(result) the model produced a non-finite number at result.vms; this input is outside what it can answer');
  });
});
