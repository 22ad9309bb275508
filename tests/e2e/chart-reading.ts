/**
 * Reads what a chart actually drew, in the browser: the marks Plot labelled
 * (kept as data-mark by src/charts/accessible.ts), mapped back to data values
 * through the axis tick labels, so a test can compare the drawing with the
 * figures beside it instead of checking that "something changed".
 */
import type { Locator } from '@playwright/test';

export interface DrawnBar {
  /** Data value at the bar's two ends along the value axis. */
  from: number;
  to: number;
  fill: string;
}

export interface DrawnChart {
  ariaLabel: string;
  caption: string;
  bars: DrawnBar[];
  /** Each line as the data points it passes through, with its stroke and dash pattern. */
  lines: { stroke: string; dasharray: string; points: { x: number; y: number }[] }[];
  dots: { x: number; y: number; fill: string }[];
  /** Text drawn inside the plot (labels next to marks, not axis ticks). */
  texts: string[];
  axisLabels: string[];
  /** Legend entries (Plot's swatches): label → colour. */
  legend: Record<string, string>;
  /** Text elements that extend beyond the chart's own box (clipped when drawn). */
  clippedTexts: string[];
}

/**
 * Reads the chart inside `figure` (a figure.plot-chart). `valueAxis` is the
 * axis bars extend along; both axes are read as linear where their tick
 * labels are plain numbers (log axes leave values as NaN).
 */
export async function readChart(figure: Locator, valueAxis: 'x' | 'y'): Promise<DrawnChart> {
  return figure.evaluate((fig, axis) => {
    // A build-time chart comes at several widths, one shown (src/charts/chart-width.ts): read the one on screen.
    const svg = [...fig.querySelectorAll<SVGSVGElement>('svg[role="img"]')].find((s) => s.getBoundingClientRect().width > 0);
    if (!svg) throw new Error('no chart svg on screen');
    const drawing = svg.closest('.chart-at') ?? fig;
    const center = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    /** Least-squares line through (screen position, value) pairs of an axis's numeric tick labels. */
    const scale = (name: 'x' | 'y') => {
      const pairs = [...svg.querySelectorAll(`[data-mark="${name}-axis tick label"] text`)]
        .map((t) => ({ at: center(t)[name], value: Number((t.textContent ?? '').replace(/[,\s]/g, '').replace('−', '-')) }))
        .filter((p) => Number.isFinite(p.value));
      if (pairs.length < 2) return (_: number) => Number.NaN;
      const n = pairs.length;
      const mx = pairs.reduce((s, p) => s + p.at, 0) / n;
      const my = pairs.reduce((s, p) => s + p.value, 0) / n;
      const slope = pairs.reduce((s, p) => s + (p.at - mx) * (p.value - my), 0) / pairs.reduce((s, p) => s + (p.at - mx) ** 2, 0);
      return (at: number) => my + slope * (at - mx);
    };
    const sx = scale('x');
    const sy = scale('y');
    const fillOf = (el: Element) => getComputedStyle(el).fill;
    const bars = [...svg.querySelectorAll('[data-mark="bar"] rect')].map((rect) => {
      const r = rect.getBoundingClientRect();
      const [a, b] = axis === 'x' ? [sx(r.left), sx(r.right)] : [sy(r.bottom), sy(r.top)];
      return { from: Math.min(a, b), to: Math.max(a, b), fill: fillOf(rect) };
    });
    const lines = [...svg.querySelectorAll<SVGPathElement>('[data-mark="line"] path')].map((path) => {
      const ctm = path.getScreenCTM();
      const numbers = (path.getAttribute('d') ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/g)?.map(Number) ?? [];
      const points: { x: number; y: number }[] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const p = new DOMPoint(numbers[i], numbers[i + 1]).matrixTransform(ctm ?? undefined);
        points.push({ x: sx(p.x), y: sy(p.y) });
      }
      const style = getComputedStyle(path);
      return { stroke: style.stroke, dasharray: style.strokeDasharray, points };
    });
    const dots = [...svg.querySelectorAll('[data-mark="dot"] circle')].map((c) => {
      const p = center(c);
      return { x: sx(p.x), y: sy(p.y), fill: fillOf(c) };
    });
    const texts = [...svg.querySelectorAll('[data-mark="text"] text')].map((t) => t.textContent ?? '');
    const axisLabels = [...svg.querySelectorAll('[data-mark$="-axis label"] text')].map((t) => t.textContent ?? '');
    const legend: Record<string, string> = {};
    for (const swatch of drawing.querySelectorAll('[class$="-swatch"]')) {
      const shape = swatch.querySelector('svg rect, svg circle, svg');
      const fill = shape ? getComputedStyle(shape).fill : '';
      legend[(swatch.textContent ?? '').trim()] = fill;
    }
    const box = svg.getBoundingClientRect();
    const clippedTexts = [...svg.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
      })
      .map((t) => t.textContent ?? '');
    return {
      ariaLabel: svg.getAttribute('aria-label') ?? '',
      caption: fig.querySelector('figcaption')?.textContent ?? '',
      bars,
      lines,
      dots,
      texts,
      axisLabels,
      legend,
      clippedTexts,
    };
  }, valueAxis);
}

/** Parses a figure as the page prints it ("218.1 s (3.6 min)" → 218.1, "26,000" → 26000). */
export function figure(text: string | null): number {
  const match = /-?[\d,]*\.?\d+/.exec(text ?? '');
  return match ? Number(match[0].replace(/,/g, '')) : Number.NaN;
}
