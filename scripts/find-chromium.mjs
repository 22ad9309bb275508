// @ts-check
/**
 * Finds a Chromium-based browser for the browser tests and `npm run measure`:
 * CHROME_PATH, then the usual install paths of Chromium and Google Chrome on
 * Linux, macOS and Windows, then Playwright's own cache. On Debian or Ubuntu
 * as root, where none is found, it installs Debian's `chromium` with apt-get
 * (saying so). Otherwise it stops with install advice for this platform.
 * It never downloads a browser build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isMain } from './is-main.mjs';

/** Where each platform's package managers and installers put Chromium or Chrome. */
export function installPaths(platform = process.platform, env = process.env, home = homedir()) {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      join(/** @type {string} */ (root), 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(/** @type {string} */ (root), 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return ['/Applications', join(home, 'Applications')].flatMap((apps) => [
      join(apps, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
      join(apps, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
    ]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/** Playwright's browser cache for this platform, and the binary inside each build. */
function fromPlaywrightCache(platform = process.platform) {
  const home = homedir();
  const defaultRoot =
    platform === 'win32'
      ? join(process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'ms-playwright')
      : platform === 'darwin'
        ? join(home, 'Library', 'Caches', 'ms-playwright')
        : join(home, '.cache', 'ms-playwright');
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || defaultRoot;
  if (!existsSync(root)) return undefined;
  const inside = {
    win32: [
      ['chrome-win64', 'chrome.exe'],
      ['chrome-win', 'chrome.exe'],
    ],
    darwin: [
      ['chrome-mac-arm64', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
      ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ],
  }[/** @type {'win32' | 'darwin'} */ (platform)] ?? [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux', 'chrome'],
    ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
  ];
  for (const dir of readdirSync(root)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const parts of inside) {
      const candidate = join(root, dir, ...parts);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** What to tell a contributor with no browser, in their platform's own terms. */
export function installAdvice(platform = process.platform) {
  const install =
    {
      win32: 'install Google Chrome (winget install Google.Chrome) or Chromium',
      darwin: 'install Google Chrome or Chromium (brew install --cask google-chrome)',
    }[/** @type {'win32' | 'darwin'} */ (platform)] ??
    "install your distribution's Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium)";
  const example = platform === 'win32' ? '$env:CHROME_PATH = "C:\\path\\to\\chrome.exe"; npm test' : 'CHROME_PATH=/path/to/chrome npm test';
  return [
    'No Chromium or Chrome found for the browser tests. Either way works; then run the tests again:',
    `  1. ${install}, or`,
    `  2. point CHROME_PATH at any Chromium or Chrome binary: ${example}`,
  ].join('\n');
}

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const installed = installPaths().find((candidate) => existsSync(candidate));
  if (installed) return installed;
  const cached = fromPlaywrightCache();
  if (cached) return cached;
  if (install && process.platform === 'linux' && isDebianLike() && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (one time)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(installAdvice());
}

/** Flags for headless runs on a closed network, as root, without a GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

if (isMain(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
