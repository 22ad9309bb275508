/** The scripts behind npm test and npm start work on Linux, macOS and Windows and in paths with spaces. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installAdvice, installPaths } from '../../scripts/find-chromium.mjs';
import { resolveCommand } from '../../scripts/resolve-command.mjs';

describe('finding Chrome or Chromium', () => {
  it('looks where Windows installers put Chrome and Chromium (machine-wide and per user)', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' };
    const paths = installPaths('win32', env, 'C:\\Users\\ada').map((p) => p.replaceAll('/', '\\'));
    expect(paths).toContain(win32.join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'));
    expect(paths).toContain(win32.join('C:\\Program Files (x86)', 'Google', 'Chrome', 'Application', 'chrome.exe'));
    expect(paths).toContain(win32.join('C:\\Users\\ada\\AppData\\Local', 'Google', 'Chrome', 'Application', 'chrome.exe'));
  });

  it('looks in /Applications and ~/Applications on macOS', () => {
    const paths = installPaths('darwin', {}, '/Users/ada');
    expect(paths).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(paths).toContain('/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('looks for Debian, Ubuntu, Fedora and snap installs on Linux', () => {
    expect(installPaths('linux')).toEqual(
      expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium']),
    );
  });

  it("gives each platform's own install advice and CHROME_PATH syntax", () => {
    expect(installAdvice('win32')).toMatch(/winget install Google\.Chrome/);
    expect(installAdvice('win32')).toMatch(/\$env:CHROME_PATH = /);
    expect(installAdvice('darwin')).toMatch(/brew install --cask google-chrome/);
    expect(installAdvice('linux')).toMatch(/sudo apt-get install chromium/);
    expect(installAdvice('linux')).toMatch(/CHROME_PATH=\/path\/to\/chrome npm test/);
  });
});

describe('running tools without a shell', () => {
  it('runs a devDependency bin as a JavaScript file with this Node (no astro.cmd needed on Windows)', () => {
    const [node, script] = resolveCommand('astro');
    expect(node).toBe(process.execPath);
    expect(script).toMatch(/astro[\\/]bin[\\/]astro\.mjs$/);
    expect(resolveCommand('playwright')[1]).toMatch(/@playwright[\\/]test[\\/]cli\.js$/);
  });

  it('recognises a script run from a folder whose path has spaces', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hvfg ')), 'a folder with spaces');
    mkdirSync(dir);
    const isMainUrl = pathToFileURL(join(process.cwd(), 'scripts', 'is-main.mjs')).href;
    const script = join(dir, 'probe.mjs');
    writeFileSync(script, `import { isMain } from ${JSON.stringify(isMainUrl)};\nconsole.log(isMain(import.meta.url));\n`);
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8' }).trim()).toBe('true');
  });
});
