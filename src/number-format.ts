/**
 * How the guide writes numbers on screen, shared by calculator islands and
 * the tooltips of their charts so a figure reads the same in both.
 */
const formatters = new Map<number, Intl.NumberFormat>();

/** Rounded to at most `decimals` decimals, thousands grouped: 218.1, 300,000. */
export function decimals(value: number, places: number): string {
  let format = formatters.get(places);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: places });
    formatters.set(places, format);
  }
  return format.format(value);
}

const threeSignificant = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/**
 * A figure that may be small (cost per IOPS, say): values of 100 and more
 * are rounded to whole numbers, smaller ones keep three significant digits,
 * so 0.00433 is not shown as "0".
 */
export function significant(value: number): string {
  return Math.abs(value) >= 100 ? decimals(value, 0) : threeSignificant.format(value);
}
