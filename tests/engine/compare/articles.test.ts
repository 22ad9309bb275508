/**
 * The comparison articles repeat some limits in hand-written Markdown tables.
 * These tests read those tables and check every number against the data the
 * explorer uses, so the prose and the explorer cannot drift apart.
 * Conversions: TB → × 1,024 GiB, PB → × 1,024² GiB, GB → GiB one to one
 * (Microsoft's and VMware's tables use binary units).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureById } from '../../../src/engine/compare/matrix-data.ts';

/** Rows of the first Markdown table after a heading, as arrays of trimmed cells. */
function tableAfter(file: string, heading: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.filter((r) => !r.every((c) => /^-+$/.test(c))); // drop the |---| line
}

/** The leading quantity of a cell in GiB or as a count, or the cell's text when it is not a number. */
function quantity(cell: string): number | string {
  const clean = cell.replace(/\*\*/g, '');
  const m = /^([\d,]+(?:\.\d+)?)\s*(PB|TB|GB)?/.exec(clean);
  if (!m) return clean;
  const n = Number((m[1] ?? '').replace(/,/g, ''));
  const unit = m[2];
  return unit === 'PB' ? n * 1024 * 1024 : unit === 'TB' ? n * 1024 : n;
}

function expectMatches(feature: string, platform: string, cell: string) {
  const data = featureById.get(feature)?.values[platform]?.value;
  const written = quantity(cell);
  if (typeof written === 'number') {
    expect(typeof data, `${feature} / ${platform}: "${cell}"`).toBe('number');
    expect(data as number, `${feature} / ${platform}: "${cell}"`).toBeCloseTo(written, 3);
  } else {
    expect(typeof data === 'string' || data === undefined, `${feature} / ${platform}: "${cell}" is text but the data has ${String(data)}`).toBe(true);
  }
}

describe('compare/hyper-v-releases.mdx "The limits at a glance"', () => {
  const rows = tableAfter('src/content/docs/compare/hyper-v-releases.mdx', '## The limits at a glance');
  const columns = ['max-host-logical-processors', 'max-host-memory', 'max-vm-vcpus', 'max-vm-memory', 'max-cluster-nodes', 'max-vms-per-cluster'];
  // An array, not an object: keys such as '2008' would be reordered as integers.
  const releaseRows: [string, string[]][] = [
    ['2008', ['hyper-v-2008']],
    ['2008 R2 SP1', ['hyper-v-2008r2']],
    ['2012 and 2012 R2', ['hyper-v-2012', 'hyper-v-2012r2']],
    ['2016 and 2019', ['hyper-v-2016', 'hyper-v-2019']],
    ['2022', ['hyper-v-2022']],
    ['2025', ['hyper-v-2025']],
  ];
  const releases = new Map(releaseRows);

  it('has one row per release group and the expected columns', () => {
    expect(rows.slice(1).map((r) => r[0])).toEqual(releaseRows.map(([label]) => label));
    expect(rows[0]?.length).toBe(columns.length + 1);
  });

  it('agrees with the data in every cell', () => {
    for (const row of rows.slice(1)) {
      for (const platform of releases.get(row[0] ?? '') ?? []) {
        columns.forEach((feature, i) => expectMatches(feature, platform, row[i + 1] ?? ''));
      }
    }
  });
});

/** The comparison articles' limit tables: each row's label, in the articles' order, and the feature it shows. */
const LIMIT_ROWS: [string, string][] = [
  ['Logical processors per host', 'max-host-logical-processors'],
  ['Memory per host', 'max-host-memory'],
  ['Virtual processors per VM', 'max-vm-vcpus'],
  ['Memory per VM', 'max-vm-memory'],
  ['Running VMs per host', 'max-running-vms-per-host'],
  ['Largest virtual disk', 'max-virtual-disk-size'],
  ['Hosts per cluster', 'max-cluster-nodes'],
  ['Running VMs per cluster', 'max-vms-per-cluster'],
];

/**
 * Checks that a limits table has exactly the rows of LIMIT_ROWS but `omitted`, in that order, and hands
 * every cell to `check` with its feature and the platform of its column.
 */
function eachLimitCell(rows: string[][], platforms: string[], omitted: string[], check: (feature: string, platform: string, cell: string) => void) {
  const features = new Map(LIMIT_ROWS.filter(([label]) => !omitted.includes(label)));
  expect(rows.slice(1).map((r) => r[0])).toEqual([...features.keys()]);
  for (const row of rows.slice(1)) {
    const feature = features.get(row[0] ?? '') ?? '';
    platforms.forEach((platform, i) => check(feature, platform, row[i + 1] ?? ''));
  }
}

describe('compare/ws2012-hyper-v-vs-vsphere-5.mdx "Scale"', () => {
  const rows = tableAfter('src/content/docs/compare/ws2012-hyper-v-vs-vsphere-5.mdx', '## Scale');

  it('agrees with the data in every cell', () => {
    eachLimitCell(rows, ['vsphere-5.0-free', 'vsphere-5.0-enterprise-plus', 'hyper-v-2012'], [], expectMatches);
  });
});

describe('compare/hyper-v-2025-vs-vsphere-8.mdx "Limits"', () => {
  const rows = tableAfter('src/content/docs/compare/hyper-v-2025-vs-vsphere-8.mdx', '## Limits');

  it('agrees with the data in every cell, unknown and secondary included', () => {
    eachLimitCell(rows, ['hyper-v-2022', 'hyper-v-2025', 'vsphere-7', 'vsphere-8'], ['Largest virtual disk'], (feature, platform, written) => {
      const cell = written.replace(/<Cite[^>]*\/>/g, '').trim();
      const data = featureById.get(feature)?.values[platform];
      expectMatches(feature, platform, cell);
      expect(cell === 'unknown', `${feature} / ${platform}: "${cell}"`).toBe(data?.value === 'not compared');
      expect(cell.includes('(secondary)'), `${feature} / ${platform}: "${cell}"`).toBe(data?.evidence === 'secondary');
    });
  });
});
