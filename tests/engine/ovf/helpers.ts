/** Shared helpers for the OVF tests: fixture loading, and the inspector's result or refusal. */
import { readFileSync } from 'node:fs';
import { ovfInspect } from '../../../src/engine/ovf/ovf-inspect.ts';
import type { OvfInspectResult } from '../../../src/engine/ovf/ovf-inspect.ts';
import { issuesOf, resultOf } from '../../helpers/evaluate.ts';

export const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

export function inspect(descriptor: string, deploymentOption?: string): OvfInspectResult {
  return resultOf(ovfInspect, deploymentOption === undefined ? { descriptor } : { descriptor, deploymentOption });
}

export function refusal(descriptor: string): string {
  const issues = issuesOf(ovfInspect, { descriptor });
  if (issues.length === 0) throw new Error('expected the descriptor to be refused');
  const issue = issues.find((i) => i.field === 'descriptor');
  if (!issue) throw new Error(`no issue on descriptor: ${JSON.stringify(issues)}`);
  return issue.message;
}

export const GiB = 2 ** 30;
export const MiB = 2 ** 20;
