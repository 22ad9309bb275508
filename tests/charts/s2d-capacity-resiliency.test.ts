/**
 * The S2D resiliency chart keeps a readable capacity axis at every width the
 * island draws it at (300 px on a phone to 640 px): with fixed 130 + 110 px
 * margins a live redraw at phone width kept only the "0" tick. The expected
 * ticks are hand-read from the results: 40 TB of three-way mirror beside
 * 60 TB of dual parity on the default cluster gives 0, 20, 40, 60.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { s2dResiliencyChart } from '../../src/charts/s2d-capacity-resiliency.ts';
import { s2dCapacity } from '../../src/engine/storage/s2d-capacity.ts';
import { resultOf } from '../helpers/evaluate.ts';

function tickLabels(width: number, input: Record<string, unknown>): string[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({ width, ...s2dResiliencyChart(Plot, resultOf(s2dCapacity, input)), document: document as unknown as Document });
  return [...chart.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent ?? '');
}

describe('S2D resiliency chart x-axis', () => {
  for (const width of [300, 358, 640]) {
    it(`keeps 0, 20, 40 and 60 TB on the default cluster at ${width} px`, () => {
      expect(tickLabels(width, {})).toEqual(['0', '20', '40', '60']);
    });
  }

  it('keeps more than the zero tick for two servers at phone width', () => {
    expect(tickLabels(300, { nodes: 2, resiliency: 'two-way-mirror' }).length).toBeGreaterThanOrEqual(3);
  });
});
