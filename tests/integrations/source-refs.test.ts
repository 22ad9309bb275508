import { describe, expect, it } from 'vitest';
import { quotedSources, readSources, unknownListedIds } from '../../src/integrations/source-refs.ts';

const sources = readSources('.');

describe('source references for the islands (src/integrations/source-refs.ts)', () => {
  it('fails on an unknown id in a sources array, naming it', () => {
    const code = `const KB = 'ms-nlb-operation-modes-kb';\nconst a = { text: 'It floods.', sources: [KB, 'ms-nlb-igmp', 'ms-nlb-igmpp'] };`;
    expect(unknownListedIds(code, sources)).toEqual(['ms-nlb-igmpp']);
  });

  it('reads ids, not the prose around them (an apostrophe does not hide one)', () => {
    const code = `{ text: 'The adapter\\'s MAC', sources: ['ms-csv-use'] }`;
    expect(Object.keys(quotedSources(code, sources))).toEqual(['ms-csv-use']);
  });

  it("gives a source's title, address and short byline as its YAML file states them", () => {
    // src/content/sources/ms-csv-use.yaml and seed-001.yaml, read by hand.
    const { 'ms-csv-use': csv } = quotedSources(`['ms-csv-use']`, sources);
    expect(csv?.title).toBe('Use Cluster Shared Volumes in a failover cluster');
    // Its publisher line is long (it names the docs repository and file), so the byline is the year alone.
    expect(csv?.by).toBe('2018');
    expect(csv?.url).toBe('https://learn.microsoft.com/en-us/windows-server/failover-clustering/failover-cluster-csvs');
    const { 'seed-001': seed } = quotedSources(`"seed-001"`, sources);
    expect(seed).toEqual({ title: 'Microsoft Virtualization: the R2 wave', by: "Practitioner's blog post, 2009" });
  });
});
