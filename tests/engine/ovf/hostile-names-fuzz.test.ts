/**
 * OVF reader fuzz: real-shaped descriptors with
 * built-in member names, repeated attributes, unbound prefixes, control
 * characters and stray XML declarations spliced in at random element
 * boundaries. Whatever the splice, evaluation never throws and never answers
 * "internal error": it either inspects the descriptor or refuses it by name.
 * Seeded so a failure replays; 400 cases per fixture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { ovfInspect } from '../../../src/engine/ovf/ovf-inspect.ts';
import { fixture } from './helpers.ts';

const FIXTURES = ['vmware-ovftool-windows-bios.ovf', 'virtualbox-ubuntu-efi.ovf', 'xenserver-vapp-collection.ovf', 'vmware-vapp-deployment-options.ovf'];
const NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'rasd:__proto__',
  'rasd:constructor',
  'ovf:toString',
  'constructor:x',
  '__proto__:y',
];
const SPLICES = fc.oneof(
  fc.constantFrom(...NAMES).map((n) => `<${n}>x</${n}>`),
  fc.constantFrom(...NAMES).map((n) => `<rasd:ResourceType ${n}="1">17</rasd:ResourceType>`),
  fc.constantFrom(...NAMES).map((n) => `<Property ovf:key="${n.replace(/:.*/, '')}" ovf:value="1"/>`),
  fc.constant('<a b="1" b="2"/>'),
  fc.constant('<?xml version="1.0"?>'),
  fc.constant('<x\u0000/>'),
  fc.constant('\u0001'),
  fc.constant('<a xmlns:p=""/>'),
  fc.constant('${constructor}'),
);

describe.each(FIXTURES)('hostile splices into %s', (name) => {
  const text = fixture(name);
  const boundaries = [...text.matchAll(/>/g)].map((m) => (m.index ?? 0) + 1);

  it('never throws, never an internal error', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: boundaries.length - 1 }), SPLICES), { minLength: 1, maxLength: 3 }), (splices) => {
        let mutated = text;
        for (const [at, piece] of [...splices].sort((a, b) => b[0] - a[0])) {
          const offset = boundaries[at] ?? 0;
          mutated = mutated.slice(0, offset) + piece + mutated.slice(offset);
        }
        const outcome = evaluate(ovfInspect, { descriptor: mutated });
        if (!outcome.ok) {
          for (const issue of outcome.issues) expect(issue.message).not.toMatch(/internal error/);
        }
      }),
      { numRuns: 400, seed: 13 },
    );
  });
});
