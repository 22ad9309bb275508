/**
 * The GitHub Actions workflows are valid (checked against the workflow schema by
 * @action-validator/core, which runs the same in every OS) and use the action
 * versions this project has moved to.
 */
import { validateWorkflow } from '@action-validator/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = '.github/workflows';
const workflows = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
  it('has the test and the deploy workflow', () => {
    expect(workflows.sort()).toEqual(['deploy.yml', 'test.yml']);
  });

  for (const file of workflows) {
    it(`${file} is a valid workflow`, () => {
      const { errors } = validateWorkflow(readFileSync(join(dir, file), 'utf8'));
      expect(errors).toEqual([]);
    });
  }

  it('the validator does reject a broken workflow (a job without runs-on, a misspelt key)', () => {
    const broken = 'on: push\njobs:\n  test:\n    stepz:\n      - run: npm test\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('tests on Linux, Windows and macOS with npm ci and the README test command', () => {
    const test = readFileSync(join(dir, 'test.yml'), 'utf8');
    expect(test).toMatch(/os: \[ubuntu-latest, windows-latest, macos-latest\]/);
    expect(test).toMatch(/run: npm ci\n/);
    expect(test).toMatch(/run: npm test\n/);
  });

  it('deploys with the current major versions of its actions', () => {
    const deploy = readFileSync(join(dir, 'deploy.yml'), 'utf8');
    const uses = [...deploy.matchAll(/uses: (\S+)/g)].map((m) => m[1]);
    expect(uses).toEqual(['actions/checkout@v7', 'withastro/action@v6', 'actions/deploy-pages@v5']);
  });
});
