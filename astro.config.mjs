// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import cspComplete from './src/integrations/csp-complete.ts';
import lazySearch from './src/integrations/lazy-search.ts';
import saxWithoutStream from './src/integrations/sax-without-stream.ts';
import linkCheck from './src/integrations/link-check.ts';
import focusableTables from './src/integrations/focusable-tables.ts';
import scenarioHydration from './src/integrations/scenario-hydration.ts';
import { scenarioPendingHead } from './src/integrations/scenario-pending.ts';
import { codeFrameOutOfSearch } from './src/integrations/code-frame-search.ts';
import sourceRefs from './src/integrations/source-refs.ts';
import { topics } from './src/topics.ts';

// GitHub Pages: SITE_URL is the Pages origin (https://<owner>.github.io) and
// BASE_PATH the repository path (/<repo>/). Locally both default to the root.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  vite: {
    plugins: [lazySearch(), saxWithoutStream(), sourceRefs()],
    // The OVF inspector's Web Worker is bundled separately and parses with sax too.
    worker: { plugins: () => [saxWithoutStream()] },
    build: {
      rolldownOptions: {
        // Upstream noise: the MDX integration marks every compiled article with the
        // directive "use astro:head-inject", which Astro reads itself; the bundler warns
        // once per article (45 lines) that it may drop it, which is expected and harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Code blocks are highlighted by Starlight's Expressive Code, which writes classes, not
  // inline styles; Astro's own Shiki pass would add inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  outDir: process.env.OUT_DIR || './dist',
  // Islands' styles go to files, not inline <style>, so the CSP needs no hash for them.
  build: { inlineStylesheets: 'never' },
  security: {
    // GitHub Pages cannot send headers, so the policy is a <meta> tag. Astro hashes the
    // scripts and styles it emits; src/integrations/csp-complete.ts adds hashes for the
    // inline ones it does not (Starlight's is:inline scripts, chart SVG <style>).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // style-src is 'self' plus hashes (Astro's default when no plain resource is listed);
      // inline style attributes only (Starlight and Svelte set some) go in style-src-attr.
      // Listing 'self' here as well would only draw Astro's shadowing warning.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: 'Hyper-V Field Guide',
      description: 'A sourced knowledge base for designing and running Windows Server Hyper-V fabrics, with live calculators.',
      sidebar: [{ label: 'Calculators', slug: 'calculators' }, ...topics.map((t) => ({ label: t.label, items: [{ autogenerate: { directory: t.id } }] }))],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
      },
      customCss: ['./src/styles/guide.css'],
      // Before the first paint: a shared link's calculators stay hidden until they show its scenario.
      head: [scenarioPendingHead],
      lastUpdated: false,
      // src/pages/404.astro replaces it (see there why).
      disable404Route: true,
      // Long PowerShell lines wrap instead of scrolling: a scrolling block would need its own tab stop.
      // Frame headers ("Terminal window") stay out of search excerpts.
      expressiveCode: { defaultProps: { wrap: true }, plugins: [codeFrameOutOfSearch()] },
      pagination: true,
    }),
    svelte(),
    // Calculators hydrate at load when a link carries a scenario, else when scrolled into view.
    scenarioHydration(),
    mdx(),
    // Articles' Markdown tables get a tab stop as they are compiled (a Sätteri hast plugin).
    focusableTables(),
    cspComplete(),
    linkCheck(),
  ],
});
