/**
 * sofs-suitability against Microsoft's table "Scale-Out File Server for
 * application data overview" (ms-sofs-overview): every "No" in the SOFS column
 * makes the verdict unsupported, every "Not recommended" not-recommended, and
 * the application rows (Hyper-V, SQL Server) recommended.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sofsSuitability } from '../../../src/engine/storage/sofs-suitability.ts';
import { applicationWorkloads, workloadOptions, workloadProfiles } from '../../../src/engine/storage/sofs-workloads.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(sofsSuitability, input);
const sourceIds = new Set(readdirSync('src/content/sources').map((f) => f.replace(/\.yaml$/, '')));

describe('Microsoft\u2019s support table (ms-sofs-overview)', () => {
  it.each(['dfsr', 'dfsn-root', 'fsrm', 'fci', 'dac', 'branchcache', 'work-folders', 'nfs'])('%s is "No" on SOFS → unsupported', (feature) => {
    const r = run({ workload: 'hyper-v', requiredFeatures: [feature] });
    expect(r.verdict).toBe('unsupported');
    expect(r.blockingFeatures).toHaveLength(1);
  });

  it.each(['dfsn-folder-target', 'smb-multichannel', 'smb-direct', 'smb-encryption'])('%s is "Yes" on SOFS → still recommended for Hyper-V', (feature) => {
    expect(run({ workload: 'hyper-v', requiredFeatures: [feature] }).verdict).toBe('recommended');
  });

  it('deduplication: No on 2012, Yes (VDI only) on 2012 R2', () => {
    expect(run({ workload: 'vdi', requiredFeatures: ['dedup'], windowsVersion: '2012' }).verdict).toBe('unsupported');
    expect(run({ workload: 'vdi', requiredFeatures: ['dedup'], windowsVersion: '2012r2' }).verdict).toBe('recommended');
    expect(run({ workload: 'hyper-v', requiredFeatures: ['dedup'], windowsVersion: '2012r2' }).verdict).toBe('unsupported');
  });

  it.each(['home-folders', 'roaming-profiles', 'folder-redirection', 'offline-files'])('%s is "Not recommended" (write-through on CA shares)', (workload) => {
    const r = run({ workload, metadataOpsPercent: 0 });
    expect(r.verdict).toBe('not-recommended');
    expect(r.reasons.some((x) => x.effect === 'against' && /write through/.test(x.text))).toBe(true);
  });

  it.each(['hyper-v', 'sql-server'])('%s is "Yes" on SOFS and "Not recommended" on a general-use cluster → recommended', (workload) => {
    expect(run({ workload }).verdict).toBe('recommended');
  });

  it('an information-worker share is not recommended: many metadata operations', () => {
    expect(run({ workload: 'general-file-share', metadataOpsPercent: 30, avgFileSizeMB: 0.3 }).verdict).toBe('not-recommended');
  });

  it('even Hyper-V is not recommended when metadata operations dominate (the guide\u2019s 20% line)', () => {
    expect(run({ workload: 'hyper-v', metadataOpsPercent: 21 }).verdict).toBe('not-recommended');
    expect(run({ workload: 'hyper-v', metadataOpsPercent: 20 }).verdict).toBe('recommended');
  });

  it('unsupported outranks not-recommended', () => {
    expect(run({ workload: 'home-folders', requiredFeatures: ['fsrm'] }).verdict).toBe('unsupported');
  });
});

describe('every reason and alternative cites a known source', () => {
  it.each([
    { workload: 'hyper-v' },
    { workload: 'home-folders', requiredFeatures: ['dfsr', 'dedup'], windowsVersion: '2012', metadataOpsPercent: 50, avgFileSizeMB: 0.1 },
    { workload: 'general-file-share', metadataOpsPercent: 10 },
  ])('%j', (input) => {
    const r = run(input);
    for (const item of [...r.reasons, ...r.alternatives]) {
      expect(item.sources.length, 'text' in item ? item.text : item.option).toBeGreaterThan(0);
      for (const id of item.sources) expect(sourceIds.has(id), id).toBe(true);
    }
  });

  it('offers a general-use clustered file server, a file-server VM, or a share without continuous availability when SOFS does not fit', () => {
    const options = run({ workload: 'home-folders' })
      .alternatives.map((a) => a.option)
      .join(' | ');
    expect(options).toMatch(/general-use clustered file server/);
    expect(options).toMatch(/file-server VM/);
    expect(options).toMatch(/without continuous availability/);
  });
});

describe('workload profiles (sofs-workloads.ts): typical metadata share and file size per workload', () => {
  it('has a profile for every workload option, with its reasoning', () => {
    for (const { value } of workloadOptions) {
      const profile = workloadProfiles[value];
      expect(profile, value).toBeDefined();
      expect(profile.basis.length, value).toBeGreaterThan(20);
    }
  });

  it('the model defaults are the Hyper-V profile, the default workload (2 %, 40,000 MB)', () => {
    expect(sofsSuitability.schema.metadataOpsPercent.default).toBe(workloadProfiles['hyper-v'].metadataOpsPercent);
    expect(sofsSuitability.schema.avgFileSizeMB.default).toBe(workloadProfiles['hyper-v'].avgFileSizeMB);
  });

  it('each profile reaches the verdict Microsoft gives the workload on its own (ms-sofs-overview)', () => {
    // Microsoft's table and "practical applications": application data Yes; user data "Not recommended";
    // information workers generate many metadata operations (not for SOFS).
    for (const { value } of workloadOptions) {
      const { metadataOpsPercent, avgFileSizeMB } = workloadProfiles[value];
      const r = run({ workload: value, metadataOpsPercent, avgFileSizeMB });
      expect(r.verdict, value).toBe(applicationWorkloads.has(value) ? 'recommended' : 'not-recommended');
    }
  });

  it('home folders with their own profile (30 %, 0.5 MB) gets two further reasons against: metadata-heavy and small files', () => {
    const r = run({ workload: 'home-folders', metadataOpsPercent: 30, avgFileSizeMB: 0.5 });
    expect(r.reasons.some((x) => x.effect === 'against' && /^30% of operations are metadata/.test(x.text))).toBe(true);
    expect(r.reasons.some((x) => x.effect === 'against' && /average file of 0\.5 MB/.test(x.text))).toBe(true);
    expect(
      r.assumptions.some((a) => a.text.startsWith('Typical for Home folders: 30% metadata operations and 0.5 MB files') && /not Microsoft/.test(a.text)),
    ).toBe(true);
  });

  it('labels the verdict in words, so it does not rely on colour', () => {
    expect(run({}).verdictLabel).toBe('Recommended');
    expect(run({ workload: 'home-folders' }).verdictLabel).toBe('Not recommended');
    const unsupported = run({ requiredFeatures: ['nfs'] });
    expect(unsupported.verdictLabel).toBe('Unsupported');
    expect(unsupported.verdictText).toBe(`Unsupported: ${unsupported.verdictReason}`);
  });
});
