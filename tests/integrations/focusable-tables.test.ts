/**
 * Articles' Markdown tables get a tab stop (src/integrations/focusable-tables.ts).
 * First the plugin on a hand-written hast tree; then through Astro's real
 * Markdown processor (Sätteri) on a one-page MDX site (tests/fixtures/focusable-tables),
 * built with Astro's programmatic build() in a few seconds, as
 * article-initial-build.test.ts does.
 */
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { build } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import focusableTables, { focusableTablesPlugin, type TableElement } from '../../src/integrations/focusable-tables.ts';

/** What Sätteri's context does on setProperty: set the hast property. */
const context = {
  setProperty(node: TableElement, key: string, value: unknown) {
    node.properties = { ...node.properties, [key]: value };
  },
};

describe('the hast plugin', () => {
  it('asks Sätteri for tables only', () => {
    expect(focusableTablesPlugin.element.filter).toEqual(['table']);
  });

  it('gives a table without a tab order tabIndex 0 and leaves one that has its own', () => {
    const plain: TableElement = { type: 'element', tagName: 'table', properties: {} };
    const ownOrder: TableElement = { type: 'element', tagName: 'table', properties: { tabIndex: -1 } };
    focusableTablesPlugin.element.visit(plain, context);
    focusableTablesPlugin.element.visit(ownOrder, context);
    expect(plain.properties).toEqual({ tabIndex: 0 });
    expect(ownOrder.properties).toEqual({ tabIndex: -1 });
  });
});

const root = fileURLToPath(new URL('../fixtures/focusable-tables/', import.meta.url));

afterAll(() => {
  // What the build leaves behind (all git-ignored), so no stray types reach `astro check`.
  for (const dir of ['dist', '.astro', 'node_modules']) rmSync(`${root}${dir}`, { recursive: true, force: true });
});

it('an MDX page built by Astro has tabindex="0" on its Markdown table only', async () => {
  await build({ root, configFile: false, logLevel: 'silent', integrations: [mdx(), focusableTables()] });
  const html = readFileSync(`${root}dist/index.html`, 'utf8');
  expect(html.match(/<table[^>]*>/g)).toEqual(['<table tabindex="0">', '<table tabindex="-1">']);
});
