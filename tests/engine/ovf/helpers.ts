/** Shared helpers for the OVF tests: fixture loading and a strict evaluate. */
import { readFileSync } from 'node:fs';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { ovfInspect } from '../../../src/engine/ovf/ovf-inspect.ts';
import type { OvfInspectResult } from '../../../src/engine/ovf/ovf-inspect.ts';

export const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

export function inspect(descriptor: string, deploymentOption?: string): OvfInspectResult {
  const outcome = evaluate(ovfInspect, deploymentOption === undefined ? { descriptor } : { descriptor, deploymentOption });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

export function refusal(descriptor: string): string {
  const outcome = evaluate(ovfInspect, { descriptor });
  if (outcome.ok) throw new Error('expected the descriptor to be refused');
  const issue = outcome.issues.find((i) => i.field === 'descriptor');
  if (!issue) throw new Error(`no issue on descriptor: ${JSON.stringify(outcome.issues)}`);
  return issue.message;
}

export const GiB = 2 ** 30;
export const MiB = 2 ** 20;
