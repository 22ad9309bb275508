/**
 * Checks command invocations against the dictionary the way PowerShell binds
 * them: a cmdlet name is matched case-insensitively; a parameter matches its
 * name or one of its aliases exactly, or else any prefix that picks out a
 * single parameter (an ambiguous prefix is an error in PowerShell too); the
 * common parameters (-Verbose, -ErrorAction, -WhatIf, …) are always allowed.
 * A word that is not Verb-Noun with a known verb (netsh, qemu-img, bcdedit)
 * is a native command and is not checked.
 */
import { editDistance } from '../../src/engine/closest-name.ts';
import type { CmdletEntry, Dictionary } from './dictionary.ts';
import { findInvocations } from './parse.ts';

export interface Problem {
  line: number;
  command: string;
  /** Set when the problem is a parameter. */
  parameter?: string;
  message: string;
}

export interface CheckOutcome {
  /** Invocations of cmdlets found in the dictionary or the allow-list (each checked). */
  checkedCmdlets: { name: string; line: number; entry: CmdletEntry }[];
  problems: Problem[];
}

const VERB_NOUN = /^([A-Za-z]+)-([A-Za-z][A-Za-z0-9]*)$/;

export function checkPowerShell(text: string, dictionary: Dictionary, firstLine = 1): CheckOutcome {
  const outcome: CheckOutcome = { checkedCmdlets: [], problems: [] };
  for (const invocation of findInvocations(text, firstLine)) {
    const written = invocation.command;
    const target = dictionary.aliases.get(written.toLowerCase()) ?? written;
    const entry = dictionary.cmdlets.get(target.toLowerCase());
    if (!entry) {
      const verbNoun = VERB_NOUN.exec(written);
      if (verbNoun && dictionary.verbs.has(verbNoun[1]!.toLowerCase())) {
        outcome.problems.push({
          line: invocation.line,
          command: written,
          message: `unknown cmdlet ${written}: not in Microsoft's PowerShell reference nor in data/powershell/allow-list.json${suggest(
            written,
            [...dictionary.cmdlets.values()].map((c) => c.name),
          )}`,
        });
      }
      continue;
    }
    outcome.checkedCmdlets.push({ name: entry.name, line: invocation.line, entry });
    const names = [...entry.parameters, ...dictionary.commonParameters];
    for (const parameter of invocation.parameters) {
      const problem = bindParameter(parameter.name, names);
      if (problem) {
        outcome.problems.push({ line: parameter.line, command: entry.name, parameter: parameter.name, message: `${entry.name} ${problem}` });
      }
    }
  }
  return outcome;
}

/** Undefined when `written` binds to exactly one parameter, else why not. */
export function bindParameter(written: string, names: string[]): string | undefined {
  const lower = written.toLowerCase();
  if (names.some((n) => n.toLowerCase() === lower)) return undefined;
  const matches = [...new Set(names.filter((n) => n.toLowerCase().startsWith(lower)).map((n) => n.toLowerCase()))];
  if (matches.length === 1) return undefined;
  if (matches.length > 1) {
    const spelled = names.filter((n) => matches.includes(n.toLowerCase()));
    return `-${written} is ambiguous: it is a prefix of ${[...new Set(spelled)].map((n) => `-${n}`).join(', ')}; write the parameter in full`;
  }
  return `has no parameter -${written}${suggest(written, names, '-')}`;
}

/** "; did you mean X?" for the closest names, or "" when nothing is close. */
function suggest(written: string, candidates: string[], prefix = ''): string {
  const lower = written.toLowerCase();
  const scored = [...new Set(candidates)]
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()), contains: c.toLowerCase().includes(lower) || lower.includes(c.toLowerCase()) }))
    .filter((s) => s.contains || s.d <= Math.max(2, Math.floor(written.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  if (scored.length === 0) return '';
  return `; did you mean ${scored.map((s) => `${prefix}${s.c}`).join(' or ')}?`;
}
