/** The build's own checks, on small hand-made sites: broken links, CSP completion. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completePolicies, sha256 } from '../../src/integrations/csp-complete.ts';
import { findBrokenLinks } from '../../src/integrations/link-check.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hvfg-site-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

describe('link check', () => {
  const root = site({
    'index.html': '<a href="/base/a/">a</a> <a href="a/#part">part</a> <a href="https://example.org/">out</a>',
    'a/index.html': '<h2 id="part">Part</h2><a href="../b/">b</a> <a href="../a/#nope">x</a> <a href="/elsewhere/">y</a> <img src="../logo.svg">',
    'logo.svg': '<svg/>',
  });

  it('resolves absolute and relative links under the base path and reports each broken one', () => {
    expect(findBrokenLinks(root, '/base/').sort()).toEqual([
      'a/index.html: ../a/#nope points at #nope, which is not an id on that page',
      'a/index.html: ../b/ does not exist',
      'a/index.html: /elsewhere/ is outside the base path /base/',
    ]);
  });

  it('reads links from attributes only: a code sample that shows an href is not a link', () => {
    const sample = site({ 'index.html': '<pre><code>Set-Content page.html \'&lt;a href="/missing/"&gt;\'</code></pre><a href="/base/?a=1&amp;b=2">home</a>' });
    expect(findBrokenLinks(sample, '/base/')).toEqual([]);
  });
});

describe('CSP completion', () => {
  it('adds the hash of an inline script and style the policy lacks, and keeps what it had', () => {
    // Hash of the text "alert(1)": SHA-256, base64 — computed independently with
    // `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`.
    expect(sha256('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    const root = site({
      'index.html':
        "<meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'\"><script>alert(1)</script><style>p{color:red}</style>",
    });
    completePolicies(root);
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(policy).toContain(sha256('p{color:red}'));
    expect(policy).toContain("default-src 'self'");
  });

  it("hashes inline module scripts and an SVG chart's <style>, not a script loaded from a file, and leaves the rest of the page as it was", () => {
    // Hashes computed independently: `printf '.bar{fill:red}' | openssl dgst -sha256 -binary | base64`;
    // the empty text gives 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=.
    const body = '<script type="module">alert(1)</script><script src="/a.js"></script><svg><style>.bar{fill:red}</style></svg><p title="a &amp; b">x</p>';
    const root = site({ 'index.html': `<meta http-equiv="content-security-policy" content="script-src 'self'">${body}` });
    completePolicies(root);
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(policy).not.toContain("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(policy).toContain("'sha256-Vnuw3vYjWVHGsK6HhRawr6h9wN9REOvSNUreciUbF6E='");
    expect(html.endsWith(body)).toBe(true);
  });

  it('refuses a page without a policy', () => {
    const root = site({ 'index.html': '<script>alert(1)</script>' });
    expect(() => completePolicies(root)).toThrow(/has no Content-Security-Policy meta tag/);
  });
});
