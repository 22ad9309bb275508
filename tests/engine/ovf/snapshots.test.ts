/**
 * Regression net, not evidence: the whole ovf-inspect result (mapping, plan,
 * findings) for every OVF fixture of the project and every deployment
 * option, and the ovf-export result, kept as readable JSON files under
 * __snapshots__/. They hold the answers as they stood before a refactor so
 * that one which changes any figure or message shows up in review. They do
 * not say the answers are right: that evidence is the corpus test
 * (corpus.test.ts, read by hand against DSP0243) and the hand-checked tests
 * beside this file. Update them (`npx vitest run -u`) only for an intended
 * change, and read the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { ovfExport } from '../../../src/engine/ovf/ovf-export.ts';
import { SAMPLE_DESCRIPTOR } from '../../../src/engine/ovf/sample-descriptor.ts';
import { inspect } from './helpers.ts';

/** Every .ovf the tests keep: the engine's fixtures and the browser tests' one. */
const FIXTURE_DIRS = [new URL('./fixtures/', import.meta.url), new URL('../../e2e/fixtures/', import.meta.url)];
const fixtures = FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ovf'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') })),
);

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('ovf-inspect snapshots (regression net)', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(13);
  });

  it('the sample descriptor (the form default)', async () => {
    await expect(json(inspect(SAMPLE_DESCRIPTOR))).toMatchFileSnapshot('__snapshots__/inspect/sample-descriptor.json');
  });

  for (const { name, text } of fixtures) {
    it(name, async () => {
      const result = inspect(text);
      await expect(json(result)).toMatchFileSnapshot(`__snapshots__/inspect/${name}.json`);
      // Each deployment option reads a different set of Items.
      for (const option of result.deploymentOptions) {
        await expect(json(inspect(text, option.id))).toMatchFileSnapshot(`__snapshots__/inspect/${name}.option-${option.id}.json`);
      }
    });
  }
});

describe('ovf-export snapshots (regression net)', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['default', {}],
    [
      'gen1-ovf2-three-disks',
      {
        name: 'db01',
        cpus: 8,
        memoryMiB: 32768,
        generation: 1,
        ovfVersion: '2.0',
        disks: [
          { fileName: 'db01-os.vhdx', capacityGiB: 127 },
          { fileName: 'db01-data.vhd', capacityGiB: 500 },
          { fileName: 'db01-log.vmdk', capacityGiB: 40 },
        ],
        nics: [{ network: 'Production' }, { network: 'Backup' }],
      },
    ],
  ];
  for (const [label, input] of cases) {
    it(label, async () => {
      const outcome = evaluate(ovfExport, input);
      expect(outcome.ok, JSON.stringify(outcome.ok ? '' : outcome.issues)).toBe(true);
      await expect(json(outcome)).toMatchFileSnapshot(`__snapshots__/export/${label}.json`);
    });
  }
});
