/**
 * One colour means "your choice" on every chart: each builder that marks the
 * reader's own choice (the setting in force, the chosen resiliency, drive
 * class or layout) draws it, and only it, in YOUR_CHOICE_COLOUR, and names it
 * in a legend line starting "your choice". Read from the SVG the build-time
 * renderer writes, for two scenarios each, chosen here by hand.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostEvacuationConcurrencyChart } from '../../src/charts/host-evacuation-concurrency.ts';
import { renderChartSvg } from '../../src/charts/render-server.ts';
import { s2dResiliencyChart } from '../../src/charts/s2d-capacity-resiliency.ts';
import { storageIopsReadMixChart } from '../../src/charts/storage-iops-read-mix.ts';
import { storageScenarioDrivesChart } from '../../src/charts/storage-scenario-drives.ts';
import type { ChartBuilder } from '../../src/charts/types.ts';
import { OTHER_CHOICE_COLOUR, YOUR_CHOICE, YOUR_CHOICE_COLOUR } from '../../src/charts/your-choice.ts';
import { hostEvacuation } from '../../src/engine/migration/host-evacuation.ts';
import type { Model, ResultBase } from '../../src/engine/model.ts';
import type { Schema } from '../../src/engine/schema.ts';
import { s2dCapacity } from '../../src/engine/storage/s2d-capacity.ts';
import { storageIops } from '../../src/engine/storage/storage-iops.ts';
import { storageScenario } from '../../src/engine/storage/storage-scenario.ts';
import { resultOf } from '../helpers/evaluate.ts';

interface Drawn {
  /** Legend line → its swatch's colour. */
  legend: Map<string, string>;
  /** Fill of every bar and dot, in drawing order. */
  marks: { fill: string; y: string | null; cx: string | null }[];
  /** The y-axis tick labels, top to bottom. */
  yTicks: string[];
  xTicks: string[];
}

function draw<S extends Schema, R extends ResultBase, P>(model: Model<S, R, P>, input: Record<string, unknown>, builder: ChartBuilder<R>): Drawn {
  const result = resultOf(model, input);
  const { document } = parseHTML(`<!doctype html><html><body>${renderChartSvg((Plot) => builder(Plot, result))}</body></html>`);
  const legend = new Map(
    [...document.querySelectorAll('[class$="-swatch"]')].map((s) => [(s.textContent ?? '').trim(), s.querySelector('svg')?.getAttribute('fill') ?? '']),
  );
  const marks = [...document.querySelectorAll('[data-mark="bar"] rect, [data-mark="dot"] circle')].map((m) => ({
    fill: m.getAttribute('fill') ?? '',
    y: m.getAttribute('y'),
    cx: m.getAttribute('cx'),
  }));
  const ticks = (axis: string) => [...document.querySelectorAll(`[data-mark="${axis}-axis tick label"] text`)].map((t) => t.textContent ?? '');
  return { legend, marks, yTicks: ticks('y'), xTicks: ticks('x') };
}

/** The one legend line for the reader's choice: present, in the shared colour, and the only line in it. */
function expectYourChoiceLegend(drawn: Drawn): void {
  const lines = [...drawn.legend].filter(([label]) => label.startsWith(YOUR_CHOICE));
  expect(lines).toHaveLength(1);
  expect(lines[0]?.[1]).toBe(YOUR_CHOICE_COLOUR);
  expect([...drawn.legend].filter(([, colour]) => colour === YOUR_CHOICE_COLOUR)).toHaveLength(1);
}

const chosen = (drawn: Drawn) => drawn.marks.filter((m) => m.fill === YOUR_CHOICE_COLOUR);

describe('one colour means "your choice" on every chart', () => {
  it('is the text colour, never one of the categorical colours', () => {
    expect(YOUR_CHOICE_COLOUR).toBe('currentColor');
    expect(OTHER_CHOICE_COLOUR).not.toBe(YOUR_CHOICE_COLOUR);
  });

  // 2 simultaneous migrations set by hand: of the eight bars (1 to 8 at once), the second is the reader's.
  for (const maxConcurrent of [2, 5]) {
    it(`drain time by concurrency: the bar at ${maxConcurrent} at once`, () => {
      const drawn = draw(hostEvacuation, { maxConcurrent }, hostEvacuationConcurrencyChart);
      expectYourChoiceLegend(drawn);
      expect(drawn.marks).toHaveLength(8);
      expect(drawn.marks.map((m) => m.fill === YOUR_CHOICE_COLOUR)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => n === maxConcurrent));
    });
  }

  // Four servers can hold every resiliency type; the chosen one is the only bar in the colour, on its own row.
  for (const [resiliency, row] of [
    ['three-way-mirror', 'Three-way mirror'],
    ['two-way-mirror', 'Two-way mirror'],
  ] as const) {
    it(`S2D resiliency: the ${resiliency} bar`, () => {
      const drawn = draw(s2dCapacity, { nodes: 4, resiliency }, s2dResiliencyChart);
      expectYourChoiceLegend(drawn);
      const mine = chosen(drawn);
      expect(mine).toHaveLength(1);
      const index = drawn.marks.indexOf(mine[0] as Drawn['marks'][number]);
      expect(drawn.yTicks[index]).toMatch(new RegExp(`^${row}`, 'i'));
    });
  }

  it('storage scenario: the SAN tier of the chosen drive class, one bar', () => {
    const drawn = draw(storageScenario, {}, storageScenarioDrivesChart);
    expectYourChoiceLegend(drawn);
    expect(chosen(drawn)).toHaveLength(1);
  });

  // The read-mix curve has a point every 10 % from 0 to 100: eleven dots on the chosen layout.
  for (const layout of ['raid5', 'raid10']) {
    it(`IOPS read mix: the ${layout} layout's eleven points`, () => {
      const drawn = draw(storageIops, { disks: 8, layout }, storageIopsReadMixChart);
      expectYourChoiceLegend(drawn);
      const dots = drawn.marks.filter((m) => m.cx !== null);
      expect(dots).toHaveLength(11);
      expect(dots.every((d) => d.fill === YOUR_CHOICE_COLOUR)).toBe(true);
    });
  }
});
