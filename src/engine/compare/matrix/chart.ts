/** The chart of one limit across the chosen platforms, in release order; cells that are not a positive number are listed apart. */
import type { ChartPoint, FeatureMatrixResult } from '../feature-matrix.ts';
import type { Platform } from '../matrix-data.ts';
import { displayValue, featureById, features, isSecondary, isUnknown } from '../matrix-data.ts';

export const limitFeatures = features.filter((f) => f.kind === 'limit');

export function limitChart(chosen: readonly Platform[], chartFeatureId: string): FeatureMatrixResult['chart'] {
  const chartFeature = featureById.get(chartFeatureId) ?? limitFeatures[0];
  const points: ChartPoint[] = [];
  const omitted: FeatureMatrixResult['chart']['omitted'] = [];
  const releases: (FeatureMatrixResult['chart']['releases'][number] & { year: number })[] = [];
  for (const p of chosen) {
    const cell = chartFeature?.values[p.id];
    if (!cell) continue;
    if (typeof cell.value === 'number' && cell.value > 0) {
      points.push({ platform: p.id, short: p.short, family: p.family, year: p.year, value: cell.value, secondary: isSecondary(cell) });
      releases.push({ platform: p.id, short: p.short, unknown: false, year: p.year });
    } else {
      const unknown = isUnknown(cell);
      omitted.push({ platform: p.id, value: displayValue(cell, chartFeature?.unit), status: unknown ? 'unknown' : 'not a number' });
      if (unknown) releases.push({ platform: p.id, short: p.short, unknown: true, year: p.year });
    }
  }
  // Release order, oldest first (vSphere 5.0 between 2008 R2 and 2012); a stable sort keeps same-year editions in the data's order.
  points.sort((a, b) => a.year - b.year);
  releases.sort((a, b) => a.year - b.year);
  return {
    feature: chartFeature?.id ?? '',
    label: chartFeature?.label ?? '',
    unit: chartFeature?.unit ?? '',
    points,
    omitted,
    releases: releases.map(({ platform, short, unknown }) => ({ platform, short, unknown })),
  };
}
