/**
 * Front-end IOPS against read percentage, one line per layout buildable from
 * the same disks. Layouts with the same write penalty have the same curve:
 * the first is drawn solid and the others dashed on top of it, offset so
 * every colour shows along the shared line, and each colour is fixed to its
 * layout whatever the scenario. The chosen layout's points are dots in the
 * reader's-choice colour.
 */
import type { LayoutCurvePoint, StorageIopsResult } from '../engine/storage/storage-iops.ts';
import { layoutIds, layouts } from '../engine/storage/layouts.ts';
import { decimals } from '../number-format.ts';
import { marginForValues } from './axis-margin.ts';
import type { ChartBuilder } from './types.ts';
import { YOUR_CHOICE, YOUR_CHOICE_COLOUR } from './your-choice.ts';

/** One colour per layout, in the order of the layout list, in every scenario. */
export const layoutColorDomain = layoutIds.map((id) => layouts[id].label);

const DASH_PX = 8;

interface Dash {
  dasharray?: string;
  offset?: number;
}

/**
 * How each layout's line is drawn among those sharing its write penalty: the
 * first solid, each other one dashed so that, with n layouts on one curve,
 * every dashed line covers its own 1/n of the length and the solid one shows
 * in the rest.
 */
function dashes(points: LayoutCurvePoint[]): Map<string, Dash> {
  const byPenalty = new Map<number, string[]>();
  for (const id of new Set(points.map((p) => p.layout))) {
    const penalty = layouts[id].writePenalty;
    byPenalty.set(penalty, [...(byPenalty.get(penalty) ?? []), id]);
  }
  const result = new Map<string, Dash>();
  for (const ids of byPenalty.values()) {
    ids.forEach((id, k) => {
      result.set(id, k === 0 ? {} : { dasharray: `${DASH_PX} ${DASH_PX * (ids.length - 1)}`, offset: -(k - 1) * DASH_PX });
    });
  }
  return result;
}

export const storageIopsReadMixChart: ChartBuilder<StorageIopsResult> = (Plot, result) => {
  const layoutsShown = [...new Set(result.curve.map((p) => p.layout))];
  const dash = dashes(result.curve);
  const max = Math.max(0, ...result.curve.map((p) => p.frontEndIops));
  const tipText = (p: LayoutCurvePoint) =>
    `${p.layoutLabel}\n${p.readPercent}% reads: ${decimals(p.frontEndIops, 0)} front-end IOPS\nWrite penalty ${layouts[p.layout].writePenalty}`;
  return {
    ariaLabel: `Front-end IOPS of ${result.disks} disks against read percentage, ${layoutsShown.length} layouts`,
    marginLeft: marginForValues(max),
    x: { label: 'Reads (%)', domain: [0, 100] },
    y: { label: 'Front-end IOPS', grid: true, zero: true, tickFormat: (v: number) => decimals(v, 0) },
    color: {
      legend: true,
      label: 'Layout',
      domain: [...layoutColorDomain.filter((label) => result.curve.some((p) => p.layoutLabel === label)), YOUR_CHOICE],
      range: [...layoutColors(result), YOUR_CHOICE_COLOUR],
    },
    marks: [
      Plot.ruleY([0]),
      ...layoutsShown.map((id) =>
        Plot.line(
          result.curve.filter((p) => p.layout === id),
          {
            x: 'readPercent',
            y: 'frontEndIops',
            stroke: 'layoutLabel',
            strokeWidth: dash.get(id)?.dasharray ? 3 : 4,
            strokeDasharray: dash.get(id)?.dasharray,
            strokeDashoffset: dash.get(id)?.offset,
          },
        ),
      ),
      Plot.dot(
        result.curve.filter((p) => p.layout === result.layout),
        { x: 'readPercent', y: 'frontEndIops', fill: () => YOUR_CHOICE, r: 3 },
      ),
      Plot.tip(result.curve, Plot.pointer({ x: 'readPercent', y: 'frontEndIops', title: tipText })),
    ],
  };
};

/** Plot's default categorical scheme (Tableau 10), indexed by the layout's place in the full list. */
const TABLEAU10 = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];
function layoutColors(result: StorageIopsResult): string[] {
  return layoutColorDomain
    .filter((label) => result.curve.some((p) => p.layoutLabel === label))
    .map((label) => TABLEAU10[layoutColorDomain.indexOf(label) % TABLEAU10.length] ?? '#4e79a7');
}
