/**
 * The cmdlet dictionary the guide is checked against: Microsoft's PowerShell
 * reference as names (data/powershell/cmdlets.json, see its README) plus the
 * project's allow-list of cmdlets the reference does not cover
 * (data/powershell/allow-list.json, each with a source id).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CmdletEntry {
  /** Canonical spelling, e.g. "Set-VMHost". */
  name: string;
  module: string;
  /** Reference sets that document it (winserver2016-ps … winserver2025-ps, powershell-5.1, powershell-7.5); empty for allow-listed ones. */
  releases: string[];
  /** Parameter names and parameter aliases. */
  parameters: string[];
  /** For an allow-listed cmdlet: the source id that documents it. */
  allowListSource?: string;
}

export interface Dictionary {
  commonParameters: string[];
  /** Lower-cased name → entry. */
  cmdlets: Map<string, CmdletEntry>;
  /** Lower-cased verbs that reference cmdlets use, to tell a mistyped cmdlet from a native tool such as qemu-img. */
  verbs: Set<string>;
  /** Lower-cased alias → cmdlet name, for the few aliases articles use in pipelines. */
  aliases: Map<string, string>;
}

interface RawDictionary {
  commonParameters: string[];
  cmdlets: Record<string, { module: string; releases: string[]; parameters: string[] }>;
}

export interface AllowListEntry {
  name: string;
  module: string;
  parameters: string[];
  source: string;
  note: string;
}

/**
 * Built-in aliases of PowerShell 5.1 (each is listed in the Aliases section of
 * the cmdlet's reference page); only those an article might pipe into.
 */
const BUILT_IN_ALIASES: Record<string, string> = {
  '?': 'Where-Object',
  where: 'Where-Object',
  '%': 'ForEach-Object',
  select: 'Select-Object',
  sort: 'Sort-Object',
  ft: 'Format-Table',
  fl: 'Format-List',
  gm: 'Get-Member',
  measure: 'Measure-Object',
  gci: 'Get-ChildItem',
  dir: 'Get-ChildItem',
  gwmi: 'Get-WmiObject',
};

const dataDir = fileURLToPath(new URL('../../data/powershell/', import.meta.url));

export function readAllowList(): AllowListEntry[] {
  const raw = JSON.parse(readFileSync(`${dataDir}allow-list.json`, 'utf8')) as { cmdlets: AllowListEntry[] };
  return raw.cmdlets;
}

export function loadDictionary(): Dictionary {
  const raw = JSON.parse(readFileSync(`${dataDir}cmdlets.json`, 'utf8')) as RawDictionary;
  return buildDictionary(raw, readAllowList());
}

export function buildDictionary(raw: RawDictionary, allowList: AllowListEntry[]): Dictionary {
  const cmdlets = new Map<string, CmdletEntry>();
  const verbs = new Set<string>();
  for (const [name, c] of Object.entries(raw.cmdlets)) {
    cmdlets.set(name.toLowerCase(), { name, module: c.module, releases: c.releases, parameters: c.parameters });
    verbs.add(name.split('-')[0]!.toLowerCase());
  }
  for (const a of allowList) {
    if (cmdlets.has(a.name.toLowerCase())) continue; // the reference wins; the allow-list test reports the duplicate
    cmdlets.set(a.name.toLowerCase(), { name: a.name, module: a.module, releases: [], parameters: a.parameters, allowListSource: a.source });
    verbs.add(a.name.split('-')[0]!.toLowerCase());
  }
  const aliases = new Map(Object.entries(BUILT_IN_ALIASES).map(([alias, target]) => [alias, target]));
  return { commonParameters: raw.commonParameters, cmdlets, verbs, aliases };
}
