/**
 * An OVA descriptor that fails its manifest check (DSP0243, dmtf-dsp0243): the
 * mismatch leads the findings of the package and of every system as an error,
 * and every PowerShell script says in its first line that it was built from an
 * unverified descriptor. The descriptor is the XenServer vApp fixture, read by hand:
 * it names two VirtualSystems, so two scripts must be marked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ovfInspect, type OvfInspectResult } from '../../../src/engine/ovf/ovf-inspect.ts';
import { markUnverifiedDescriptor, UNVERIFIED_SCRIPT_LINE } from '../../../src/engine/ovf/unverified-descriptor.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const VERDICT = "Manifest app.mf: the descriptor's SHA256 does NOT match — it was edited after packaging, or the download is damaged.";

function inspected(fixture: string): OvfInspectResult {
  return resultOf(ovfInspect, { descriptor: readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8') });
}

describe('markUnverifiedDescriptor', () => {
  const original = inspected('xenserver-vapp-collection.ovf');
  const marked = markUnverifiedDescriptor(original, VERDICT);

  it('puts the mismatch first among the findings, as an error, and in the warnings', () => {
    expect(marked.findings[0]).toEqual({ severity: 'error', message: VERDICT, sources: ['dmtf-dsp0243'] });
    expect(marked.findings.slice(1)).toEqual(original.findings);
    expect(marked.warnings[0]).toBe(VERDICT);
  });

  it('leads every system’s findings with it and marks every script’s first line', () => {
    expect(marked.systems.length).toBe(2);
    expect(marked.systems.length).toBe(original.systems.length);
    for (const [i, sys] of marked.systems.entries()) {
      expect(sys.findings[0]?.message).toBe(VERDICT);
      expect(sys.plan.powershell[0]).toBe(UNVERIFIED_SCRIPT_LINE);
      expect(sys.plan.powershell.slice(1)).toEqual(original.systems[i]?.plan.powershell);
    }
    expect(marked.plan.powershell.startsWith(`${UNVERIFIED_SCRIPT_LINE}\n`)).toBe(true);
    expect(marked.plan.powershell.split(UNVERIFIED_SCRIPT_LINE).length - 1).toBe(marked.systems.length);
  });

  it('says "unverified descriptor" in a PowerShell comment, so pasting the script runs nothing new', () => {
    expect(UNVERIFIED_SCRIPT_LINE).toMatch(/^# .*from an unverified descriptor/);
  });

  it('leaves the inspection it was given unchanged', () => {
    expect(original.findings.some((f) => f.message === VERDICT)).toBe(false);
    expect(original.systems[0]?.plan.powershell[0]).not.toBe(UNVERIFIED_SCRIPT_LINE);
  });
});
