/**
 * ovf-inspect against 27 real exporters' descriptors, read in place from
 * ../shared/ovf-corpus/ (never copied into the project). The expected answers
 * are in corpus-expected.ts, read by hand against DSP0243 (dmtf-dsp0243).
 * Every deployment option of every file is checked. Without ../shared (a
 * clone outside this workplace) the tests are skipped with a message naming
 * the folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InspectSystem } from '../../../src/engine/ovf/hyperv-mapping.ts';
import { CORPUS_EXPECTED } from './corpus-expected.ts';
import type { ExpectedFile, ExpectedSystem } from './corpus-expected.ts';
import { inspect } from './helpers.ts';

const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/ovf-corpus/', import.meta.url));
const present = existsSync(CORPUS_DIR);

/** The inspector's answer in the shape of the expectation; null where it says the descriptor gives none. */
function project(s: InspectSystem): ExpectedSystem {
  const said = (re: RegExp): boolean => s.findings.some((f) => re.test(f.message));
  return {
    id: s.id,
    cpus: said(/No readable processor Item/) ? null : s.cpus,
    memoryMiB: s.memoryMiB === 0 ? null : s.memoryMiB,
    diskBytes: s.disks.filter((d) => d.target.drive === 'hard-disk').map((d) => (d.capacityBytes === 0 ? null : d.capacityBytes)),
    controllers: s.controllers.map((c) => c.kind) as ExpectedSystem['controllers'],
    nics: s.nics.map((n) => n.network),
    firmware: s.firmware,
  };
}

function check(entry: ExpectedFile, text: string, option: string | undefined): void {
  const r = inspect(text, option);
  if (entry.ovfVersion.endsWith('.x')) expect(r.ovfVersion.split('.')[0]).toBe(entry.ovfVersion.split('.')[0]);
  else expect(r.ovfVersion).toBe(entry.ovfVersion);
  const overrides = option === undefined ? {} : (entry.options?.[option] ?? {});
  const expected = entry.systems.map((s) => ({ ...s, ...overrides }));
  const byId = new Map(r.systems.map((s) => [s.id, project(s)]));
  expect(r.systems.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
  for (const s of expected) expect(byId.get(s.id)).toEqual(s);
  const messages = [...r.findings, ...r.systems.flatMap((s) => s.findings)].map((f) => f.message);
  for (const pattern of entry.findings ?? [])
    expect(
      messages.some((m) => pattern.test(m)),
      `a finding matching ${pattern}`,
    ).toBe(true);
}

if (!present) {
  console.warn(`OVF corpus tests skipped: the folder ../shared/ovf-corpus/ (${CORPUS_DIR}) is absent.`);
  describe('OVF corpus (../shared/ovf-corpus/)', () => {
    it.skip('skipped: the folder ../shared/ovf-corpus/ is absent (a clone outside the workplace has no ../shared)', () => {});
  });
} else {
  describe('OVF corpus (../shared/ovf-corpus/)', () => {
    it('has an expected answer for every descriptor in the folder, and a file for every answer', () => {
      const files = readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith('.ovf'))
        .sort();
      expect(files).toHaveLength(27);
      expect(CORPUS_EXPECTED.map((e) => e.file).sort()).toEqual(files);
    });

    for (const entry of CORPUS_EXPECTED) {
      describe(entry.file, () => {
        const text = readFileSync(`${CORPUS_DIR}${entry.file}`, 'utf8');
        if (!entry.options) {
          it('reads version, systems, CPU, memory, disks, controllers, NICs and firmware', () => check(entry, text, undefined));
          return;
        }
        it(`reads "${entry.defaultOption}" when no option is asked`, () => {
          expect(inspect(text).deploymentOption).toBe(entry.defaultOption);
          check(entry, text, entry.defaultOption);
        });
        for (const option of Object.keys(entry.options)) {
          it(`reads deployment option "${option}"`, () => check(entry, text, option));
        }
      });
    }
  });
}
