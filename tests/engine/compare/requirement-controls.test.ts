/**
 * The requirement controls of the feature explorer: which comparisons each
 * feature offers, and that rows read from and written to the `requirements`
 * record keep the meaning of the JSON links and the CLI always accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureMatrix } from '../../../src/engine/compare/feature-matrix.ts';
import { features } from '../../../src/engine/compare/matrix-data.ts';
import { checkRequirements } from '../../../src/engine/compare/requirement.ts';
import {
  comparisonsFor,
  newRequirementRow,
  requirementFeatureGroups,
  requirementsFromRows,
  rowsFromRequirements,
  withFeature,
} from '../../../src/engine/compare/requirement-controls.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const meetsAll = (requirements: Record<string, unknown>) => resultOf(featureMatrix, { requirements }).meetsAll;

describe('comparisons by kind of feature', () => {
  it('offers a limit the five comparisons of the requirement grammar, in words', () => {
    expect(comparisonsFor('max-vm-memory').map((c) => [c.id, c.label, c.value])).toEqual([
      ['>=', 'at least', 'number'],
      ['<=', 'at most', 'number'],
      ['>', 'more than', 'number'],
      ['<', 'less than', 'number'],
      ['=', 'exactly', 'number'],
    ]);
  });

  it('offers a yes/no feature supported, not supported and the qualified answers platforms have, but not "not compared"', () => {
    // guest-application-monitoring cells (features.json): true/false, "N/A" (vSphere free), "partner" (Enterprise Plus), "not compared" (vSphere 8).
    const ids = comparisonsFor('guest-application-monitoring').map((c) => c.id);
    expect(ids).toEqual(['yes', 'no', 'is:N/A', 'is:partner']);
    expect(comparisonsFor('guest-application-monitoring').every((c) => c.value === 'none')).toBe(true);
    expect(comparisonsFor('no-such-feature')).toEqual([]);
  });

  it('lists every feature exactly once, grouped by category, with its unit in the name', () => {
    const listed = requirementFeatureGroups.flatMap((g) => g.features.map((f) => f.id));
    expect([...listed].sort()).toEqual(features.map((f) => f.id).sort());
    expect(requirementFeatureGroups.flatMap((g) => g.features).find((f) => f.id === 'max-vm-memory')?.label).toBe('Memory per VM (GiB)');
  });
});

describe('rows from the record and back', () => {
  it('reads an old-style link into rows and writes it back unchanged', () => {
    const old = { 'max-vm-memory': 1024, 'shared-nothing-live-migration': true, 'max-cluster-nodes': '>= 16 nodes' };
    const rows = rowsFromRequirements(old);
    expect(rows.map(({ feature, comparison, value }) => [feature, comparison, value])).toEqual([
      ['max-vm-memory', '>=', '1024'], // a bare number means "at least" (requirement.ts)
      ['shared-nothing-live-migration', 'yes', ''],
      ['max-cluster-nodes', '>=', '16'],
    ]);
    expect(requirementsFromRows(rows)).toEqual({ requirements: old, problems: [] });
  });

  it('keeps an entry it cannot show, so the model still reports it', () => {
    const rows = rowsFromRequirements({ 'max-vm-ram': 64 });
    expect(rows[0]).toMatchObject({ feature: 'max-vm-ram', comparison: '' });
    expect(requirementsFromRows(rows).requirements).toEqual({ 'max-vm-ram': 64 });
  });

  it('writes edited rows in the grammar the JSON field takes, with the same verdict', () => {
    const { requirements, problems } = requirementsFromRows([
      { feature: 'max-vm-memory', comparison: '>=', value: '1,024' },
      { feature: 'shared-nothing-live-migration', comparison: 'yes', value: '' },
    ]);
    expect(problems).toEqual([]);
    expect(requirements).toEqual({ 'max-vm-memory': '>= 1,024', 'shared-nothing-live-migration': true });
    // Hand check against features.json: at least 1,024 GiB per VM and shared-nothing live migration
    // leaves Hyper-V 2012 to 2025 (1,024 / 12,288 / 245,760 GiB, all with shared-nothing);
    // vSphere 5.0 Enterprise Plus has 1,024 GiB but no shared-nothing, the free edition neither.
    const expected = ['hyper-v-2012', 'hyper-v-2012r2', 'hyper-v-2016', 'hyper-v-2019', 'hyper-v-2022', 'hyper-v-2025'];
    expect(meetsAll(requirements)).toEqual(expected);
    expect(meetsAll({ 'max-vm-memory': 1024, 'shared-nothing-live-migration': true })).toEqual(expected);
  });

  it('leaves out, and says why, a row without a number, with a word for a number, or repeating a feature', () => {
    const { requirements, problems } = requirementsFromRows([
      { feature: 'max-vm-memory', comparison: '>=', value: '' },
      { feature: 'max-vm-vcpus', comparison: '<=', value: 'lots' },
      { feature: 'live-migration', comparison: 'yes', value: '' },
      { feature: 'live-migration', comparison: 'no', value: '' },
    ]);
    expect(requirements).toEqual({ 'live-migration': true });
    expect(problems).toEqual([
      { row: 0, message: 'Give a number of GiB; this row is not counted until you do.' },
      { row: 1, message: '“lots” is not a number of virtual processors; this row is not counted.' },
      { row: 3, message: 'Live migration is already required above; this row is not counted.' },
    ]);
  });

  it('a qualified answer is written as the string the cells hold', () => {
    expect(requirementsFromRows([{ feature: 'guest-application-monitoring', comparison: 'is:partner', value: '' }]).requirements).toEqual({
      'guest-application-monitoring': 'partner',
    });
  });
});

describe('changing a row', () => {
  it('keeps the comparison and number when moving between limits, and starts a yes/no feature at "is supported"', () => {
    const row = { feature: 'max-vm-memory', comparison: '<=', value: '64' };
    expect(withFeature(row, 'max-vm-vcpus')).toEqual({ feature: 'max-vm-vcpus', comparison: '<=', value: '64' });
    expect(withFeature(row, 'live-migration')).toEqual({ feature: 'live-migration', comparison: 'yes', value: '' });
    expect(newRequirementRow()).toEqual({ feature: 'max-vm-memory', comparison: '>=', value: '' });
    // Memory per VM taken: the first feature of the list (features.json's first, logical processors per host).
    expect(newRequirementRow(['max-vm-memory'])).toEqual({ feature: 'max-host-logical-processors', comparison: '>=', value: '' });
  });

  it('any comparison of any feature, with a number where one is asked, gives an entry the model accepts', () => {
    const pick = fc
      .constantFrom(...features.map((f) => f.id))
      .chain((id) => fc.tuple(fc.constant(id), fc.constantFrom(...comparisonsFor(id).map((c) => c.id)), fc.integer({ min: 0, max: 1_000_000 })));
    fc.assert(
      fc.property(pick, ([feature, comparison, n]) => {
        const { requirements, problems } = requirementsFromRows([{ feature, comparison, value: String(n) }]);
        expect(problems).toEqual([]);
        expect(checkRequirements(requirements)).toEqual([]);
        // Read back, the row is the one chosen.
        expect(rowsFromRequirements(requirements)[0]).toMatchObject({ feature, comparison });
      }),
      { numRuns: 300 },
    );
  });
});
