/**
 * Shape of the comparison data (src/content/compare/*.json): every platform
 * has a value for every feature, values have the type their feature's kind
 * allows, limits carry a unit, every source id exists, and the ids that
 * scripts and links rely on as a public contract are present.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categories, features, platforms } from '../../../src/engine/compare/matrix-data.ts';

const sourceIds = new Set(readdirSync('src/content/sources').map((f) => f.replace(/\.yaml$/, '')));
const platformIds = platforms.map((p) => p.id);
const categoryIds = categories.map((c) => c.id);
const cells = features.flatMap((f) => platformIds.map((p) => ({ feature: f, platform: p, cell: f.values[p] })));

describe('comparison data', () => {
  it('has exactly the public platform ids (vSphere 8, then vSphere 7), in release order within each family', () => {
    expect(platformIds).toEqual([
      'hyper-v-2008',
      'hyper-v-2008r2',
      'hyper-v-2012',
      'hyper-v-2012r2',
      'hyper-v-2016',
      'hyper-v-2019',
      'hyper-v-2022',
      'hyper-v-2025',
      'vsphere-5.0-free',
      'vsphere-5.0-enterprise-plus',
      'vsphere-7',
      'vsphere-8',
    ]);
  });

  it('has the eight public categories and at least 40 features', () => {
    expect(categoryIds).toEqual(['scalability', 'mobility', 'clustering', 'storage', 'networking', 'security', 'management', 'backup']);
    expect(features.length).toBeGreaterThanOrEqual(40);
    for (const c of categoryIds)
      expect(
        features.some((f) => f.category === c),
        c,
      ).toBe(true);
  });

  it('contains the contract feature ids with the right kinds', () => {
    const kinds: Record<string, string> = {
      'max-host-logical-processors': 'limit',
      'max-host-memory': 'limit',
      'max-vm-vcpus': 'limit',
      'max-vm-memory': 'limit',
      'max-cluster-nodes': 'limit',
      'max-vms-per-cluster': 'limit',
      'live-migration': 'boolean',
      'shared-nothing-live-migration': 'boolean',
      'live-storage-migration': 'boolean',
      'ipsec-task-offload': 'boolean',
    };
    for (const [id, kind] of Object.entries(kinds)) expect(features.find((f) => f.id === id)?.kind, id).toBe(kind);
    expect(features.find((f) => f.id === 'max-vm-memory')?.unit).toBe('GiB');
    expect(features.find((f) => f.id === 'max-host-memory')?.unit).toBe('GiB');
  });

  it('uses unique kebab-case feature ids in known categories', () => {
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of features) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(categoryIds).toContain(f.category);
      expect(f.label.length, f.id).toBeGreaterThan(3);
      expect(f.description.length, f.id).toBeGreaterThan(10);
    }
  });

  it('gives every limit a unit and every yes/no feature none', () => {
    for (const f of features) {
      if (f.kind === 'limit') expect(f.unit, f.id).toMatch(/\S/);
      else expect(f.unit, f.id).toBeUndefined();
    }
  });

  it('has a value for every platform and no extra platforms', () => {
    for (const f of features) expect(Object.keys(f.values).sort(), f.id).toEqual([...platformIds].sort());
  });

  it('types every value by its feature kind; strings are short and deliberate', () => {
    for (const { feature, platform, cell } of cells) {
      const where = `${feature.id} / ${platform}`;
      expect(cell, where).toBeDefined();
      if (!cell) continue;
      const v = cell.value;
      if (typeof v === 'string') {
        expect(v.length, where).toBeGreaterThan(0);
        expect(v.length, where).toBeLessThanOrEqual(24);
      } else if (feature.kind === 'limit') {
        expect(typeof v, where).toBe('number');
        expect(Number.isFinite(v) && (v as number) > 0, where).toBe(true);
      } else {
        expect(typeof v, where).toBe('boolean');
      }
      // "no fixed limit" is the only way to say unbounded, and only on limits.
      if (cell.unbounded) {
        expect(feature.kind, where).toBe('limit');
        expect(typeof v, where).toBe('string');
      }
    }
  });

  it('cites at least one existing source for every cell and every platform', () => {
    for (const { feature, platform, cell } of cells) {
      expect(cell?.sources.length, `${feature.id} / ${platform}`).toBeGreaterThan(0);
      for (const id of cell?.sources ?? []) expect(sourceIds.has(id), `${feature.id} / ${platform}: unknown source ${id}`).toBe(true);
    }
    for (const p of platforms) for (const id of p.sources) expect(sourceIds.has(id), `${p.id}: ${id}`).toBe(true);
  });

  it('explains every "N/A" cell with a note, and leaves the "unknown, not no" caveat to the page instead of every unknown cell', () => {
    for (const { feature, platform, cell } of cells) {
      if (cell?.value === 'N/A') expect(cell.note, `${feature.id} / ${platform}`).toMatch(/\S/);
      if (cell?.value === 'not compared') expect(cell.note ?? '', `${feature.id} / ${platform}`).not.toMatch(/unknown|not no/i);
    }
  });

  it('marks the evidence of every known vSphere 7 and 8 cell: primary rests on a VMware document, secondary on none', () => {
    const vmware = new Set([
      'vmware-vsphere-8-vm-cpu',
      'vmware-vsphere-8-vm-compat',
      'vmware-vsphere-8-ft-limits',
      'vmware-vsphere-8-storage-vmotion',
      'vmware-vsphere-8-ha',
      'vmware-vsphere-7-vm-compat',
      'vmware-vsphere-7-ft-limits',
      'vmware-blog-2021-vcenter-concurrent-tasks',
    ]);
    for (const { feature, platform, cell } of cells) {
      if (!platform.startsWith('vsphere-7') && !platform.startsWith('vsphere-8')) continue;
      const where = `${feature.id} / ${platform}`;
      if (cell?.value === 'not compared') {
        expect(cell.evidence, where).toBeUndefined();
        continue;
      }
      expect(cell?.evidence, where).toMatch(/^(primary|secondary)$/);
      expect(
        cell?.sources.some((s) => vmware.has(s)),
        where,
      ).toBe(cell?.evidence === 'primary');
    }
  });
});
