// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import linkCheck from './src/integrations/link-check.ts';
import { topics } from './src/topics.ts';

// GitHub Pages: SITE_URL is the Pages origin (https://<owner>.github.io) and
// BASE_PATH the repository path (/<repo>/). Locally both default to the root.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR || './dist',
  integrations: [
    starlight({
      title: 'Hyper-V Field Guide',
      description:
        'A sourced knowledge base for designing and running Windows Server Hyper-V fabrics, with live calculators.',
      sidebar: topics.map((t) => ({ label: t.label, items: [{ autogenerate: { directory: t.id } }] })),
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      customCss: ['./src/styles/guide.css'],
      lastUpdated: false,
      pagination: true,
    }),
    svelte(),
    mdx(),
    linkCheck(),
  ],
});
