/**
 * ovf-inspect: what an OVF descriptor describes and how to bring it to
 * Hyper-V — the hardware `VBoxManage import --dry-run` or ovftool's probe
 * would list, plus Hyper-V's reading of it (generation, conversions, what is
 * dropped) and a conversion plan.
 *
 * Safety: the descriptor is parsed by xml.ts (no DOCTYPE, no entities, size
 * and depth caps, never follows an href). Units: memory MiB (binary), disk
 * capacity in bytes (and GiB = 2^30 bytes). Sources: dmtf-dsp0243 (format),
 * dmtf-dsp0004/dmtf-dsp1043 (allocation units), dmtf-cim-schema (ids),
 * ms-hyperv-generation-1-or-2, ms-vpc-vhd-size-limit, ms-vhdx-format-overview,
 * ms-convert-vhd, qemu-img (the Hyper-V rules, see hyperv-mapping.ts).
 */
import { defineModel } from '../model.ts';
import type { Issue } from '../schema.ts';
import type { Finding } from './hyperv-mapping.ts';
import { hostResource, mapSystem } from './hyperv-mapping.ts';
import { INSPECT_ASSUMPTIONS, ovfInspectSchema, type OvfInspectResult } from './inspect-schema.ts';
import { OVF_09, OVF_2 } from './namespaces.ts';
import { planSystem } from './plan.ts';
import type { RawEnvelope } from './read-descriptor.ts';
import { readEnvelope } from './read-descriptor.ts';
import { parseXml } from './xml.ts';

export { INSPECT_ASSUMPTIONS, ovfInspectSchema, type OvfInspectResult };

type Loaded = { ok: true; envelope: RawEnvelope } | { ok: false; message: string };

function load(descriptor: string, onProgress?: (fraction: number) => void): Loaded {
  const parsed = parseXml(descriptor, { onProgress });
  if (!parsed.ok) return parsed;
  return readEnvelope(parsed.root);
}

function chooseOption(env: RawEnvelope, requested: string): { option?: string; issue?: string } {
  const wanted = requested.trim();
  if (env.deploymentOptions.length === 0) {
    return wanted ? { issue: `the descriptor has no DeploymentOptionSection, so there is no option "${wanted.slice(0, 40)}"; leave this empty` } : {};
  }
  if (!wanted) return { option: env.deploymentOptions.find((o) => o.default)?.id };
  if (env.deploymentOptions.some((o) => o.id === wanted)) return { option: wanted };
  return { issue: `no deployment option "${wanted.slice(0, 40)}"; the descriptor offers: ${env.deploymentOptions.map((o) => o.id).join(', ')}` };
}

export const ovfInspect = defineModel({
  id: 'ovf-inspect',
  title: 'OVF/OVA inspector for Hyper-V',
  summary: 'Reads an OVF descriptor and tells you the VM generation, which disks to convert to VHDX, what Hyper-V drops, and the PowerShell to build the VM.',
  schema: ovfInspectSchema,
  // Parsed once per evaluation; check and compute share the tree.
  prepare: (input, context): Loaded => load(input.descriptor, context.onProgress),
  check(input, loaded): Issue[] {
    if (!loaded.ok) return [{ field: 'descriptor', message: loaded.message }];
    if (loaded.envelope.systems.length === 0) {
      return [{ field: 'descriptor', message: 'the envelope contains no VirtualSystem (nor a VirtualSystemCollection holding one)' }];
    }
    const chosen = chooseOption(loaded.envelope, input.deploymentOption);
    return chosen.issue ? [{ field: 'deploymentOption', message: chosen.issue }] : [];
  },
  compute(input, loaded): OvfInspectResult {
    // check() has refused anything that does not load.
    if (!loaded.ok) throw new Error(loaded.message);
    const env = loaded.envelope;
    const { option } = chooseOption(env, input.deploymentOption);
    const findings: Finding[] = env.readerNotes.map((message) => ({ severity: 'warning' as const, message, sources: ['dmtf-dsp0243'] }));
    if (env.namespace === OVF_09) {
      findings.push({
        severity: 'warning',
        message:
          "This is VMware's pre-standard OVF 0.9 draft. What could be read is shown; if something is missing, re-export the appliance as OVF 1.0 with a current ovftool.",
        sources: ['dmtf-dsp0243'],
      });
    } else if (env.namespace === OVF_2) {
      findings.push({
        severity: 'info',
        message: `OVF ${env.version} envelope: some importers accept only OVF 1.x and reject it; Hyper-V has no OVF importer of its own, so follow the plan below.`,
        sources: ['dmtf-dsp0243'],
      });
    }
    if (env.deploymentOptions.length > 0) {
      findings.push({
        severity: 'info',
        message: `Deployment option "${option ?? ''}" read (of ${env.deploymentOptions.map((o) => o.id).join(', ')}); other options size the VM differently.`,
        sources: ['dmtf-dsp0243'],
      });
    }
    const usedFiles = new Set(env.disks.map((d) => d.fileRef).filter(Boolean));
    const unused = env.files.filter((f) => !usedFiles.has(f.id) && !usedFiles.has(f.href) && !/\.(iso|mf|cert)$/i.test(f.href));
    if (unused.length > 0)
      findings.push({
        severity: 'info',
        message: `Files not used by any disk: ${unused
          .map((f) => f.href)
          .slice(0, 5)
          .join(', ')}.`,
        sources: ['dmtf-dsp0243'],
      });
    // A Disk no drive Item attaches (in any system or option) would silently vanish from the plan.
    const attached = new Set(
      env.systems.flatMap((s) =>
        s.items
          .map((it) => hostResource(it.props.HostResource?.[0] ?? '', env.disks))
          .filter((r) => r?.kind === 'disk')
          .map((r) => r?.id),
      ),
    );
    const unattached = env.disks.filter((d) => !attached.has(d.diskId));
    if (unattached.length > 0) {
      findings.push({
        severity: 'warning',
        message: `Disk(s) ${unattached
          .slice(0, 5)
          .map((d) => `"${d.diskId}"`)
          .join(', ')} are listed in the DiskSection but attached nowhere (no drive Item refers to them), so they are not in the plan.`,
        sources: ['dmtf-dsp0243'],
      });
    }
    if (env.files.some((f) => f.chunkSize)) {
      findings.push({
        severity: 'warning',
        message: 'Some files are split into chunks (ovf:chunkSize): join the numbered parts into one file before converting.',
        sources: ['dmtf-dsp0243'],
      });
    }

    const systems = env.systems.map((raw) => {
      const sys = mapSystem(raw, env, option);
      return { ...sys, plan: planSystem(sys) };
    });
    const warnings = systems.flatMap((s) => s.findings.filter((f) => f.severity === 'error').map((f) => `${s.name}: ${f.message}`));
    return {
      ovfVersion: env.version,
      deploymentOptions: env.deploymentOptions,
      deploymentOption: option ?? '',
      findings,
      systems,
      plan: {
        powershell: systems.map((s) => s.plan.powershell.join('\n')).join('\n\n'),
        qemuImg: systems.flatMap((s) => s.plan.qemuImg).join('\n'),
      },
      warnings,
      assumptions: [...INSPECT_ASSUMPTIONS],
    };
  },
});
