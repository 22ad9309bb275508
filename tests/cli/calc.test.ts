/**
 * The CLI contract from the foundation issue, exercised through `main` with
 * in-memory I/O: list, --help, --input, flags, @file, --batch, and exit code 2
 * with a JSON error naming each bad field (nothing partial on stdout).
 */
import { describe, expect, it } from 'vitest';
import { models } from '../../src/engine/index.ts';
import { calc } from './run-cli.ts';

describe('calc', () => {
  it('list prints id<TAB>title, one line per model', async () => {
    const { code, stdout } = await calc(['list']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(models.length);
    expect(lines).toContain('nlb-cluster-mac\tNLB cluster MAC addresses');
  });

  it('<model> --help lists every field with unit, default and range', async () => {
    const { code, stdout } = await calc(['nlb-cluster-mac', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--clusterIp');
    expect(stdout).toContain('--hostPriority');
    expect(stdout).toMatch(/default 1; ≥ 1, ≤ 32/);
  });

  it('--input prints the result as one JSON line', async () => {
    const { code, stdout } = await calc(['nlb-cluster-mac', '--input', '{"clusterIp":"1.2.3.4"}']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).multicastMac).toBe('03-BF-01-02-03-04');
  });

  it('flags give the same answer as --input, and @path reads a text field from a file', async () => {
    const viaFlags = await calc(['nlb-cluster-mac', '--clusterIp', '1.2.3.4', '--hostPriority=5']);
    const viaFile = await calc(['nlb-cluster-mac', '--clusterIp', '@vip.txt', '--hostPriority', '5'], { 'vip.txt': '1.2.3.4' });
    expect(viaFlags.code).toBe(0);
    expect(JSON.parse(viaFlags.stdout).hostSourceMac).toBe('02-05-01-02-03-04');
    expect(viaFile.stdout).toBe(viaFlags.stdout);
  });

  it('invalid input exits 2 with a JSON error naming each bad field', async () => {
    const { code, stdout, stderr } = await calc(['nlb-cluster-mac', '--clusterIp', '1.2.3', '--hostPriority', '40', '--colour', 'red']);
    expect(code).toBe(2);
    const error = JSON.parse(stdout);
    expect(error.error).toBe('invalid input');
    expect(error.issues.map((i: { field: string }) => i.field).sort()).toEqual(['colour', 'hostPriority']);
    expect(stderr).toContain('colour');
  });

  it('a cross-field refusal names the field too', async () => {
    const { code, stdout } = await calc(['nlb-cluster-mac', '--input', '{"clusterIp":"1.2.3"}']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).issues[0].field).toBe('clusterIp');
  });

  it('an unknown model exits 2', async () => {
    const { code, stdout } = await calc(['no-such-model', '--input', '{}']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error).toBe('unknown model');
  });

  it('--batch answers each line in order, line N for line N, and carries on past a bad one', async () => {
    const batch = ['{"clusterIp":"1.2.3.4"}', '{"clusterIp":"999.1.1.1"}', 'not json', '', '{"clusterIp":"10.0.0.1"}'].join('\n');
    const { code, stdout } = await calc(['nlb-cluster-mac', '--batch', 'in.jsonl'], { 'in.jsonl': `${batch}\n` });
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].multicastMac).toBe('03-BF-01-02-03-04');
    expect(lines[1]).toEqual({ error: 'invalid input', issues: [expect.objectContaining({ field: 'clusterIp' })] });
    expect(lines[2].error).toBe('invalid JSON');
    expect(lines[3]).toEqual({ error: 'blank line', issues: [{ field: '(line)', message: 'line 4 is blank; write {} for every field at its default' }] });
    expect(lines[4].multicastMac).toBe('03-BF-0A-00-00-01');
  });
});
