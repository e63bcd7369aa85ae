// One warning per ingest batch for articles whose reference date is only the ingest day: their
// relative dates ("on Tuesday") are resolved against a guess, so the user should know how many.
import type { SourceReader } from "../ingest-run.js";

export interface IngestDayCount {
  /** Articles read whose date fell back to the ingest day. */
  count: number;
  /** Their sources, for the first few to be named. */
  sources: string[];
  /** The ingest day they were given. */
  day?: string;
}

/** Wrap a reader so that it counts the articles dated by the ingest day as they pass. */
export function countingIngestDays(read: SourceReader, tally: IngestDayCount): SourceReader {
  return async function* (sources, opts) {
    for await (const item of read(sources, opts)) {
      if (item.ok && item.article.dateOrigin === "ingest") {
        tally.count++;
        tally.sources.push(item.article.source);
        tally.day ??= item.article.date;
      }
      yield item;
    }
  };
}

export function ingestDayWarning(tally: IngestDayCount): string | null {
  if (tally.count === 0) return null;
  const named = tally.sources.slice(0, 3).join(", ") + (tally.count > 3 ? ", …" : "");
  const n = tally.count === 1 ? "1 article has no date in its" : `${tally.count} articles have no date in their`;
  return `parley: warning: ${n} metadata, dateline or text, so the ingest day (${tally.day}) is used ` +
    `and flagged date_origin "ingest" (${named}); give --date, a sidecar FILE.meta.json or a dated file name`;
}
