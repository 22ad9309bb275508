/**
 * One evaluation parses the descriptor once: check and compute share the tree
 * that the model's `prepare` step built (it used to be parsed twice, doubling the time on a large file).
 * Counted by wrapping sax's parser factory, which xml.ts calls once per parse.
 */
import { describe, expect, it, vi } from 'vitest';

const parsers = vi.hoisted(() => ({ created: 0 }));
vi.mock('sax', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof import('sax') }).default;
  return { default: { ...real, parser: (...args: Parameters<typeof real.parser>) => ((parsers.created += 1), real.parser(...args)) } };
});

const { evaluate } = await import('../../../src/engine/evaluate.ts');
const { ovfInspect } = await import('../../../src/engine/ovf/ovf-inspect.ts');
const { fixture } = await import('./helpers.ts');

describe('ovf-inspect parses once per evaluation', () => {
  it('an accepted descriptor: one parse for check and compute together', () => {
    parsers.created = 0;
    expect(evaluate(ovfInspect, { descriptor: fixture('vmware-ovftool-windows-bios.ovf') }).ok).toBe(true);
    expect(parsers.created).toBe(1);
  });

  it('a refused deployment option: still one parse', () => {
    parsers.created = 0;
    expect(evaluate(ovfInspect, { descriptor: fixture('vmware-vapp-deployment-options.ovf'), deploymentOption: 'nope' }).ok).toBe(false);
    expect(parsers.created).toBe(1);
  });
});
