/**
 * Attacks on the CLI found in review, each kept as a test: names of built-in
 * object members as ids, flags and keys; huge and control-character names;
 * blank and BOM-prefixed batch lines; and `@path` inside --input JSON read
 * exactly like a flag's `@path`.
 */
import { describe, expect, it } from 'vitest';
import { models } from '../../src/engine/index.ts';
import { calc } from './run-cli.ts';

const BUILT_IN_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];

describe('names of built-in members are unknown names, exit 2 with the JSON error', () => {
  it.each(BUILT_IN_NAMES)('model id %s', async (id) => {
    const { code, stdout, stderr } = await calc([id, '--input', '{}']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ error: 'unknown model', issues: [{ field: '(model)', message: `no model "${id}"; run "calc list" for the ids` }] });
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it.each(BUILT_IN_NAMES)('flag --%s', async (name) => {
    const { code, stdout } = await calc(['live-migration', `--${name}`, 'x']);
    expect(code).toBe(2);
    const error = JSON.parse(stdout);
    expect(error.error).toBe('invalid input');
    expect(error.issues).toEqual([expect.objectContaining({ field: name, message: expect.stringMatching(/^unknown field/) })]);
  });

  it.each(BUILT_IN_NAMES)('JSON key %s in --input and in a batch line', async (name) => {
    const json = `{${JSON.stringify(name)}:1}`;
    const single = await calc(['live-migration', '--input', json]);
    expect(single.code).toBe(2);
    expect(JSON.parse(single.stdout).issues).toEqual([expect.objectContaining({ field: name, message: expect.stringMatching(/^unknown field/) })]);
    const batch = await calc(['live-migration', '--batch', 'b.jsonl'], { 'b.jsonl': `${json}\n` });
    expect(batch.code).toBe(0);
    expect(JSON.parse(batch.stdout).issues[0].field).toBe(name);
  });
});

describe('names given back in errors are cut and escaped', () => {
  it('a 100 kB unknown key is shown as 60 characters, in stdout and in stderr', async () => {
    const key = 'k'.repeat(100_000);
    const { code, stdout, stderr } = await calc(['nlb-cluster-mac', '--input', JSON.stringify({ [key]: 1 })]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).issues[0].field).toBe(`${'k'.repeat(60)}…`);
    expect(stdout.length).toBeLessThan(1_000);
    expect(stderr.length).toBeLessThan(1_000);
  });

  it('a 100 kB unknown flag and a 100 kB model id too', async () => {
    const flag = await calc(['nlb-cluster-mac', `--${'f'.repeat(100_000)}`, '1']);
    expect(flag.stdout.length + flag.stderr.length).toBeLessThan(2_000);
    const model = await calc(['m'.repeat(100_000)]);
    expect(model.code).toBe(2);
    expect(model.stdout.length + model.stderr.length).toBeLessThan(2_000);
  });

  it('control characters never reach the terminal raw', async () => {
    const { stdout, stderr } = await calc(['nlb-cluster-mac', '--input', JSON.stringify({ 'a\u001b[2Jb\u0007': 1 })]);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(stderr).toContain('a\\u001b[2Jb\\u0007');
    // JSON.stringify already escapes them on stdout.
    expect(stdout).not.toMatch(/[\u0000-\u001f](?!$)/);
    expect(JSON.parse(stdout).issues[0].field).toBe('a\u001b[2Jb\u0007');
  });
});

describe('--batch: one answer per input line', () => {
  it('a blank line and a whitespace line get an error of their own; CRLF works', async () => {
    const { code, stdout } = await calc(['nlb-cluster-mac', '--batch', 'b'], { b: '{}\r\n\r\n   \r\n{}' });
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error ?? 'answer')).toEqual(['answer', 'blank line', 'blank line', 'answer']);
    expect(lines[2].issues[0].message).toMatch(/^line 3 is blank/);
  });

  it('a BOM-prefixed line is answered, at the start of the file and where files were joined', async () => {
    const { stdout } = await calc(['nlb-cluster-mac', '--batch', 'b'], { b: '\uFEFF{"clusterIp":"1.2.3.4"}\n\uFEFF{"clusterIp":"10.0.0.1"}\n' });
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.multicastMac)).toEqual(['03-BF-01-02-03-04', '03-BF-0A-00-00-01']);
  });

  // feature-matrix once crashed at 5,000 lines; the others get 1,000 to keep the suite quick.
  it('5,000 lines of {} for feature-matrix and 1,000 for every other model: every line answered, none lost', async () => {
    const { main } = await import('../../src/cli/main.ts');
    for (const model of models) {
      const lines = model.id === 'feature-matrix' ? 5_000 : 1_000;
      // Count answers without keeping them: feature-matrix alone writes about 1 GB for 5,000 lines.
      let answers = 0;
      let errors = 0;
      const code = await main([model.id, '--batch', 'b'], {
        stdout: (text) => {
          answers += 1;
          if (text.startsWith('{"error"')) errors += 1;
        },
        stderr: () => undefined,
        readFile: async () => '',
        readChunks: async function* () {
          for (let i = 0; i < lines / 100; i++) yield '{}\n'.repeat(100);
        },
      });
      expect(code, model.id).toBe(0);
      expect(answers, model.id).toBe(lines);
      // Every model answers {} with its defaults.
      expect(errors, model.id).toBe(0);
    }
  }, 600_000);

  it('writes each answer as it is computed (the first answer is out before the last line is read)', async () => {
    const events: string[] = [];
    const { main } = await import('../../src/cli/main.ts');
    await main(['nlb-cluster-mac', '--batch', 'b'], {
      stdout: () => {
        events.push('write');
      },
      stderr: () => undefined,
      readFile: async () => '',
      readChunks: async function* () {
        for (let i = 0; i < 3; i++) {
          events.push('read');
          yield '{}\n';
        }
      },
    });
    expect(events).toEqual(['read', 'write', 'read', 'write', 'read', 'write']);
  });

  it('a missing batch file exits 2 with the JSON error', async () => {
    const { code, stdout } = await calc(['nlb-cluster-mac', '--batch', 'nope']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error).toBe('cannot read batch file');
  });
});

describe('@path reads a file the same way in a flag and inside --input JSON', () => {
  const files = { 'vip.txt': '1.2.3.4' };

  it('"@path" inside --input reads the file, as --field @path does', async () => {
    const viaFlag = await calc(['nlb-cluster-mac', '--clusterIp', '@vip.txt'], files);
    const viaJson = await calc(['nlb-cluster-mac', '--input', '{"clusterIp":"@vip.txt"}'], files);
    expect(viaFlag.code).toBe(0);
    expect(JSON.parse(viaFlag.stdout).multicastMac).toBe('03-BF-01-02-03-04');
    expect(viaJson.stdout).toBe(viaFlag.stdout);
  });

  it('a missing file is the same error either way', async () => {
    const viaFlag = await calc(['nlb-cluster-mac', '--clusterIp', '@missing.txt'], files);
    const viaJson = await calc(['nlb-cluster-mac', '--input', '{"clusterIp":"@missing.txt"}'], files);
    expect(viaFlag.code).toBe(2);
    expect(viaJson.code).toBe(2);
    expect(JSON.parse(viaJson.stdout).issues).toEqual(JSON.parse(viaFlag.stdout).issues);
    expect(JSON.parse(viaJson.stdout).issues[0]).toEqual({ field: 'clusterIp', message: 'cannot read "missing.txt": ENOENT: missing.txt' });
  });

  it("a file over the field's own limit is refused either way", async () => {
    const big = { 'big.txt': 'x'.repeat(201) };
    const viaFlag = await calc(['ovf-inspect', '--deploymentOption', '@big.txt'], big);
    const viaJson = await calc(['ovf-inspect', '--input', '{"deploymentOption":"@big.txt"}'], big);
    expect(JSON.parse(viaFlag.stdout).issues[0].message).toMatch(/too large \(limit 200 bytes\)/);
    expect(JSON.parse(viaJson.stdout).issues).toEqual(JSON.parse(viaFlag.stdout).issues);
  });

  it('"@@text" is the literal "@text" in both forms', async () => {
    const viaFlag = await calc(['ovf-inspect', '--deploymentOption', '@@small']);
    const viaJson = await calc(['ovf-inspect', '--input', '{"deploymentOption":"@@small"}']);
    // The sample descriptor has no deployment options, so the literal value is named in the refusal.
    expect(JSON.parse(viaFlag.stdout).issues[0].message).toMatch(/no option "@small"/);
    expect(viaJson.stdout).toBe(viaFlag.stdout);
  });
});
