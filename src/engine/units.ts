/**
 * Units. Memory and disk capacity are binary (GiB = 2^30 bytes); network
 * rates and drive throughput are decimal (1 Gbps = 10^9 bit/s, 1 MB/s = 10^6
 * B/s). Models compute in bytes, bits per second and seconds.
 */
export const KiB = 1024;
export const MiB = 1024 ** 2;
export const GiB = 1024 ** 3;
export const TiB = 1024 ** 4;
export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;
export const TB = 1e12;

export const gbpsToBytesPerSecond = (gbps: number): number => (gbps * 1e9) / 8;
export const bytesPerSecondToGbps = (bytesPerSecond: number): number => (bytesPerSecond * 8) / 1e9;

/** Rounds for display without losing the value's scale (3 significant digits). */
export const round3 = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(3)));
/** Rounds to a fixed number of decimals. */
export const roundTo = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};
