import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { articleFields } from './article-fields.ts';

/** A source an article or an engine constant cites: one YAML file per source, named by its id. */
const sources = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/sources' }),
  schema: z.strictObject({
    title: z.string().min(3),
    /** Person or people who wrote it, where known. */
    author: z.string().optional(),
    /** Organisation that published it (Microsoft, VMware, USENIX, a blog's name). */
    publisher: z.string(),
    year: z.number().int().min(1980).max(2100),
    url: z.url().optional(),
    /** What in it the guide relies on, or a caveat (superseded, pre-release, retired page). */
    note: z.string().optional(),
  }),
});

const docs = defineCollection({
  loader: docsLoader(),
  schema: docsSchema({ extend: articleFields }),
});

/** Overrides of Starlight's interface strings (src/content/i18n/en.json). */
const i18n = defineCollection({ loader: i18nLoader(), schema: i18nSchema() });

export const collections = { docs, sources, i18n };
