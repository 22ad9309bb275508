/**
 * The CLI's help says what `@path` does the way the README does: a regular
 * file only, at most the field's own limit in bytes, and `@@` for a literal
 * `@`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelHelp, usage } from '../../src/cli/help.ts';
import { ovfInspect } from '../../src/engine/ovf/ovf-inspect.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('@path in the help text', () => {
  it("a text field's line states its byte limit and the @@ escape", () => {
    // The descriptor is capped at 4 MiB: 4 × 1024 × 1024 = 4,194,304 (the OVF article and README state the cap).
    const line = modelHelp(ovfInspect)
      .split('\n')
      .find((l) => l.includes('@path'));
    expect(line).toContain('text, up to 4194304 characters; @path reads a regular file of at most 4194304 bytes; @@ starts a literal @');
  });

  it('the usage text and the README describe @path with the same rules', () => {
    const readme = flat(readFileSync('README.md', 'utf8'));
    const help = flat(usage);
    for (const rule of [
      'a regular file only (not a device, FIFO or directory)',
      'UTF-8 or UTF-16 with a byte-order mark',
      "at most the field's own limit in bytes",
      '"too large (limit',
      'is the literal text',
      'batch lines are taken literally',
    ]) {
      expect(help.toLowerCase(), `usage: ${rule}`).toContain(rule.toLowerCase());
      expect(readme.toLowerCase(), `README: ${rule}`).toContain(rule.toLowerCase());
    }
  });
});
