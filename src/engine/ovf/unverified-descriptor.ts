/**
 * An OVA whose descriptor does not match its own manifest: the descriptor was
 * changed after the package was signed off, or the download is damaged, so
 * nothing read from it can be trusted as the exporter wrote it (DSP0243: the
 * manifest's digests are how an importer detects exactly this). The inspection
 * still shows what the descriptor says, but the mismatch leads its findings as
 * an error, and every generated script says in its first line that it was
 * built from an unverified descriptor.
 */
import type { Finding } from './mapping/types.ts';
import type { OvfInspectResult } from './ovf-inspect.ts';

/** The first line of each generated script when the descriptor failed its manifest check. */
export const UNVERIFIED_SCRIPT_LINE =
  '# Generated from an unverified descriptor: it does not match the package manifest. Check the package before running this.';

/** The inspection with the manifest `verdict` first in its findings and in each system's, and each script marked. */
export function markUnverifiedDescriptor(result: OvfInspectResult, verdict: string): OvfInspectResult {
  const mismatch: Finding = { severity: 'error', message: verdict, sources: ['dmtf-dsp0243'] };
  const systems = result.systems.map((sys) => ({
    ...sys,
    findings: [mismatch, ...sys.findings],
    plan: { ...sys.plan, powershell: [UNVERIFIED_SCRIPT_LINE, ...sys.plan.powershell] },
  }));
  return {
    ...result,
    findings: [mismatch, ...result.findings],
    systems,
    plan: { ...result.plan, powershell: systems.map((s) => s.plan.powershell.join('\n')).join('\n\n') },
    warnings: [verdict, ...result.warnings],
  };
}
