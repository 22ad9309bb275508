/**
 * Starlight lets a wide Markdown table scroll sideways inside the article, and
 * a scroll region must be reachable by keyboard (WCAG 2.1.1; axe
 * "scrollable-region-focusable"). Every table an article writes in Markdown
 * gets tabindex="0" while the article is compiled. Tables the guide's own
 * Astro components render (the calculator index, model validation, the live
 * migration ladder) write tabindex="0" in their markup; calculator islands'
 * tables are never Markdown, and their ScrollTable wrapper is the focusable
 * region there.
 *
 * Astro's default Markdown processor, Sätteri, runs hast plugins of its own
 * shape (not rehype's); like Starlight's own Markdown plugins, this one is added
 * to the processor's list when the site is configured, so MDX runs it too.
 */
import type { AstroIntegration } from 'astro';

/** The parts of a hast element this plugin reads. */
export interface TableElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
}

/** The part of Sätteri's visitor context this plugin uses. */
interface PropertySetter {
  setProperty(node: TableElement, key: string, value: unknown): void;
}

/** A Sätteri hast plugin: gives each Markdown table a tab stop, unless the article set its own. */
export const focusableTablesPlugin = {
  name: 'hvfg-focusable-tables',
  element: {
    filter: ['table'],
    visit(node: TableElement, ctx: PropertySetter): void {
      if (node.properties && 'tabIndex' in node.properties) return;
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
};

interface SatteriProcessor {
  name: string;
  options: { hastPlugins: unknown[] };
}

export default function focusableTables(): AstroIntegration {
  return {
    name: 'hvfg-focusable-tables',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as unknown as SatteriProcessor;
        if (processor.name !== 'satteri') {
          throw new Error(
            `focusable-tables: the Markdown processor is "${processor.name}", not Sätteri; give src/integrations/focusable-tables.ts a plugin for it`,
          );
        }
        processor.options.hastPlugins.push(focusableTablesPlugin);
      },
    },
  };
}
