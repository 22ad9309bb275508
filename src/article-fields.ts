/**
 * The guide's own front-matter fields, added to Starlight's docs schema in
 * src/content.config.ts. A separate module so a unit test can hold the rules
 * to account without an Astro build.
 */
import { z } from 'astro/zod';
import { topicIds, windowsVersions } from './topics.ts';

const REQUIRED = 'reviewed is required: the date (YYYY-MM-DD) the page was last checked against its sources';
const FORMAT = 'reviewed must be a real date written YYYY-MM-DD';

/** Text YYYY-MM-DD as that UTC day, or the input unchanged (so February 30 stays text and is refused). */
function dateFromText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : value;
}

/** The last day someone checked the page against its sources: a real calendar date, never in the future. */
export const reviewedDate = z.preprocess(
  dateFromText,
  z.date({ error: (issue) => (issue.input === undefined ? REQUIRED : FORMAT) }).refine((date) => date.getTime() <= Date.now(), {
    error: (issue) => `reviewed is ${(issue.input as Date).toISOString().slice(0, 10)}, a date in the future; give the day the page was actually reviewed`,
  }),
);

export const articleFields = z.object({
  /** Section the page belongs to; drives the search filter. */
  topic: z.enum(topicIds).optional(),
  /** Windows Server releases the page applies to (shown as "Applies to"). */
  versions: z.array(z.enum(windowsVersions)).default([]),
  /** Source ids, listed under "Sources" at the end of the page. */
  sources: z.array(z.string()).default([]),
  /** Shown as "Last reviewed" under the title. */
  reviewed: reviewedDate,
});
