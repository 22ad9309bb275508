/** The words of the feature-matrix result: each platform's verdict, the warnings and the assumptions, from what the other stages found. */
import type { Assumption } from '../../model.ts';
import type { FeatureRow, PlatformVerdict, Shortfall } from '../feature-matrix.ts';
import type { Platform } from '../matrix-data.ts';
import { featureById, UNKNOWN_TEXT } from '../matrix-data.ts';
import type { RequirementCheck } from './requirements.ts';
import { canShowOnlyDifferences, categoryLabel } from './rows.ts';

/** One platform's answer to every requirement, in words: a shortfall decides it; otherwise an unknown leaves it open. */
function platformVerdict(platform: Platform, lacks: readonly Shortfall[], unknown: readonly Shortfall[]): PlatformVerdict {
  const labels = (list: readonly Shortfall[]) => list.map((s) => s.label).join(', ');
  const hint = platform.unknownHint ? `: ${platform.unknownHint}` : '';
  if (lacks.length > 0) {
    const open = unknown.length > 0 ? ` (${UNKNOWN_TEXT}: ${labels(unknown)}${hint})` : '';
    return { platform: platform.id, short: platform.short, status: 'fails', text: `${platform.short} lacks ${labels(lacks)}${open}` };
  }
  if (unknown.length > 0) {
    return { platform: platform.id, short: platform.short, status: 'unknown', text: `${platform.short} ${UNKNOWN_TEXT} (${labels(unknown)})${hint}` };
  }
  return { platform: platform.id, short: platform.short, status: 'meets', text: `${platform.short} meets every requirement` };
}

/** Every chosen platform's verdict, or none without requirements. */
export function platformVerdicts(chosen: readonly Platform[], check: RequirementCheck): PlatformVerdict[] {
  return check.rows.length === 0 ? [] : chosen.map((p) => platformVerdict(p, check.lacks[p.id] ?? [], check.unknownFor[p.id] ?? []));
}

/** The verdicts as one sentence, the platforms that meet everything named together: "WS2022, WS2025 meet every requirement; vSphere 8 unknown (…)". */
export function verdictSentence(verdicts: readonly PlatformVerdict[]): string {
  if (verdicts.length === 0) return '';
  const meeting = verdicts.filter((v) => v.status === 'meets').map((v) => v.short);
  const clauses = meeting.length > 1 ? [`${meeting.join(', ')} meet every requirement`] : verdicts.filter((v) => v.status === 'meets').map((v) => v.text);
  for (const v of verdicts) if (v.status !== 'meets') clauses.push(v.text);
  return `${clauses.join('; ')}.`;
}

export function matrixWarnings(
  input: { onlyDifferences: boolean; categories: readonly string[] },
  chosenCount: number,
  check: RequirementCheck,
  verdicts: readonly PlatformVerdict[],
): string[] {
  const warnings: string[] = [];
  if (input.onlyDifferences && !canShowOnlyDifferences(chosenCount)) {
    warnings.push('Only differences needs at least two platforms to compare; all features are listed.');
  }
  for (const row of check.rows) {
    const category = featureById.get(row.feature)?.category ?? '';
    if (!input.categories.includes(category)) {
      warnings.push(`${row.label} is required but its category (${categoryLabel.get(category)}) is hidden; it still counts.`);
    }
  }
  if (check.rows.length > 0 && check.meetsAll.length === 0) {
    warnings.push(
      verdicts.some((v) => v.status === 'unknown')
        ? 'No chosen platform is known to meet every requirement; some may, where the guide has no value (see the verdict).'
        : 'No chosen platform meets every requirement; see what each lacks.',
    );
  }
  return warnings;
}

/** Every source behind a cell shown or a requirement checked, sorted. */
function sourcesCited(shown: readonly FeatureRow[], check: RequirementCheck, chosenIds: readonly string[]): string[] {
  const cited = new Set<string>();
  for (const r of shown) for (const ids of Object.values(r.sources)) for (const id of ids) cited.add(id);
  for (const r of check.rows) for (const id of chosenIds) for (const s of featureById.get(r.feature)?.values[id]?.sources ?? []) cited.add(s);
  return [...cited].sort();
}

export function matrixAssumptions(shown: readonly FeatureRow[], check: RequirementCheck, chosenIds: readonly string[]): Assumption[] {
  const cited = sourcesCited(shown, check, chosenIds);
  return [
    {
      text: 'Memory limits are in GiB; Microsoft\'s "TB" in its scalability tables is read as TiB (1 TB = 1,024 GiB).',
      sources: ['ms-hyperv-scalability-ws', 'ms-hyperv-scalability-2016-2019'],
    },
    {
      text: 'Where a 2009–2012 blog post quoted a pre-release figure (Windows Server 2012 at 4,000 VMs per cluster, 2008 R2 at 32 logical processors), the released figure is used and the cell notes the change.',
      sources: ['seed-000', 'seed-001', 'ms-hyperv-scalability-2012', 'erickraus-2012-ws2012-scalability'],
    },
    {
      text: 'Hyper-V figures are for generation 2 VMs where generations differ, and for 2008 R2 with Service Pack 1.',
      sources: ['ms-hyperv-scalability-ws', 'ms-hyperv-limits-2008r2'],
    },
    {
      text: "vSphere 5.0 limits are VMware's configuration maximums; the free edition's memory and vCPU limits are licence caps.",
      sources: ['vmware-vsphere-50-config-max', 'vcapdcd-2013-vsphere-hypervisor', 'vmware-hypervisor-vcpu-limit'],
    },
    {
      text: "vSphere 7.0 U3 and 8.0 U3: VMware's configuration maximums were not available to the guide. Values from VMware's own 7.0 and 8.0 documents (VM compatibility tables, Fault Tolerance, HA, Storage vMotion) are primary; values only partners, pull requests or articles give are marked secondary, and a low-confidence one is used only where a second source agrees. VMware's GB and TB for memory and disks are read as GiB and TiB.",
      sources: ['vmware-vsphere-8-vm-compat', 'vmware-vsphere-7-vm-compat', 'vmware-vsphere-8-config-max', 'vmware-vsphere-7-config-max'],
    },
    {
      text: 'An unknown cell ("not compared" in the data) is one the guide has no sourced value for: not "no". It neither meets nor lacks a requirement, and it is never counted as a difference.',
      sources: ['vmware-vsphere-8-config-max'],
    },
    ...(cited.length > 0 ? [{ text: 'Every value shown comes from the sources listed with its cell.', sources: cited }] : []),
  ];
}
