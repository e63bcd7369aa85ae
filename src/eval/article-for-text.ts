// The Article for a gold record's text, built by ingest's own builder so that evaluation sees what
// `parley ingest` would: a dateline is found and left out of the first sentence, an empty text is refused
// (SourceError "no text in it"). `date` is the record's date, already read (gold-records.ts readRecordDate).
import type { Article } from "../text/article.js";
import { buildArticle } from "../ingest/build.js";

// Suites without dates (PLOVER GSR uses a placeholder) still need a reference date; 2000-01-01 is theirs.
// It stands in for the ingest day, so a record without a date gets the same day on every run.
export const EVAL_DAY = new Date(Date.UTC(2000, 0, 1));

export function articleForText(text: string, date: string | null, source: string, id: string | null = null): Article {
  return buildArticle({ text, source, id, date }, { now: () => EVAL_DAY });
}
