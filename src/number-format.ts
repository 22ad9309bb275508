/**
 * How the guide writes numbers on screen, shared by calculator islands and
 * the tooltips of their charts so a figure reads the same in both.
 */
import { GiB, MiB } from './engine/units.ts';

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

/** Longest time shown in seconds alone; longer ones are also given in minutes (and hours). */
export const SECONDS_ALONE_MAX = 90;

/**
 * A duration in seconds as a reader checks it against a watch: 78.3 s stays
 * "78.3 s"; past 90 s the minutes follow, "125 s (2 min 5 s)", "3,725 s
 * (1 h 2 min 5 s)". The bracket is rounded to whole seconds; the seconds
 * figure keeps `places` decimals so it matches the tables.
 */
export function duration(seconds: number, places = 1): string {
  const shown = `${decimals(seconds, places)} s`;
  if (!(Math.abs(seconds) > SECONDS_ALONE_MAX)) return shown;
  const whole = Math.round(Math.abs(seconds));
  const h = Math.floor(whole / 3600);
  const min = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const parts = [h > 0 ? `${decimals(h, 0)} h` : '', h > 0 || min > 0 ? `${min} min` : '', s > 0 ? `${s} s` : ''].filter(Boolean);
  return `${shown} (${seconds < 0 ? '−' : ''}${parts.join(' ')})`;
}

/**
 * A VM's pause, given in milliseconds: a short one stays in milliseconds
 * ("220 ms"); from one second on it reads as a duration, so a pause of
 * 293,000 ms is "293 s (4 min 53 s)", not a number to divide in one's head.
 */
export function pause(milliseconds: number): string {
  return Math.abs(milliseconds) < 1000 ? `${decimals(milliseconds, 1)} ms` : duration(milliseconds / 1000);
}

/** A whole number, thousands grouped: a count of VMs, drives or SAs ("1,060"). */
export function count(value: number): string {
  return decimals(value, 0);
}

/** A formatter that rounds to `digits` decimals, for a table column: `format: places(1)`. */
export function places(digits: number): (value: number) => string {
  return (value) => decimals(value, digits);
}

/** A size held in MiB, as RVTools gives it, written in GiB (1 GiB = 1,024 MiB) to `places` decimals. */
export function gibFromMib(mebibytes: number, places = 1): string {
  return decimals((mebibytes * MiB) / GiB, places);
}

/** A size held in bytes, as an OVF descriptor gives it, written in GiB (2^30 bytes) to `places` decimals. */
export function gibFromBytes(bytes: number, places = 2): string {
  return decimals(bytes / GiB, places);
}

/** A figure that may be missing (null): written by `format`, or as "—" when there is none. */
export function orMissing(value: number | null, format: (value: number) => string): string {
  return value === null ? '—' : format(value);
}
