/**
 * Room for an axis's tick labels, so Plot's fixed default margins do not cut
 * off "300,000" or a long row name. Estimates text width from its length at
 * Plot's 10 px font (about 6 px a character, digits and Latin letters).
 */
const CHAR_PX = 6.2;
const PADDING_PX = 14;

/** Left margin for a linear axis from 0 to `max`, labelled with grouped thousands. */
export function marginForValues(max: number): number {
  return marginForLabels([groupedNiceMax(max)]);
}

/** Left (or right) margin for category labels, e.g. a Gantt chart's row names. */
export function marginForLabels(labels: readonly string[]): number {
  const longest = Math.max(1, ...labels.map((l) => l.length));
  return Math.ceil(PADDING_PX + CHAR_PX * longest);
}

/** The top tick Plot is likely to draw for a domain ending at `max` ("nice" rounding up). */
function groupedNiceMax(max: number): string {
  if (!(max > 0)) return '0';
  const step = 10 ** Math.floor(Math.log10(max));
  return (Math.ceil(max / step) * step).toLocaleString('en-US');
}

/** Cuts a label to `length` characters with an ellipsis; the table beside the chart has it in full. */
export function clip(label: string, length: number): string {
  return label.length <= length ? label : `${label.slice(0, length - 1)}…`;
}
