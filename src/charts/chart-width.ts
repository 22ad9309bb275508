/**
 * The widths a chart is drawn at. Plot lays a chart out in pixels at one
 * width; a browser that shows it narrower scales its 10 px text down with it
 * (a 640 px chart on a phone had 5 px text). So every build-time chart is
 * drawn at each of these widths, and the page shows the widest one that fits
 * its box (guide.css, by container query), scaled up by at most a third to
 * fill it; a chart redrawn in the browser takes the same width, so the
 * chart a reader sees first has the size and text of the one drawn after
 * the first edit. guide.css's `.chart-at-<width>` rules list the same widths
 * (tests/charts/chart-width.test.ts checks).
 */
export const CHART_WIDTHS = [320, 420, 520, 640] as const;

/** The widest chart width that fits a box `boxWidth` px wide (the narrowest if none does; the widest for an unmeasured box). */
export function chartWidthFor(boxWidth: number): number {
  const [narrowest] = CHART_WIDTHS;
  const widest = CHART_WIDTHS[CHART_WIDTHS.length - 1] ?? narrowest;
  if (!(boxWidth > 0)) return widest;
  return CHART_WIDTHS.filter((w) => w <= boxWidth).at(-1) ?? narrowest;
}
