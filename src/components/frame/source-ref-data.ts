/**
 * What an island knows about a cited source: built at build time from the
 * sources collection (src/integrations/source-refs.ts for the ids the engine
 * quotes; a wrapper for ids that come from data, such as the feature matrix's).
 */
export interface SourceRefData {
  title: string;
  /** "Publisher, year", or the year alone when the publisher's name is long. */
  by: string;
  /** Absent when the source has no public address; the guide's Sources page explains it. */
  url?: string;
}

/** Longer publishers are left out of the short byline shown beside a title. */
const SHORT_PUBLISHER = 30;

export function toSourceRefData(source: { title: string; publisher: string; year: number; url?: string | undefined }): SourceRefData {
  const { title, publisher, year, url } = source;
  return { title, by: publisher.length <= SHORT_PUBLISHER ? `${publisher}, ${year}` : String(year), ...(url ? { url } : {}) };
}
