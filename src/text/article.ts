// What ingestion hands to the pipeline: the text plus what is known about where it came from.

/** How the article's reference date was fixed, in order of precedence. */
export type DateOrigin = "option" | "metadata" | "dateline" | "ingest";

export interface Dateline {
  /** Character span of the dateline in Article.text (stripped from the first sentence). */
  start: number;
  end: number;
  places: string[];
  /** "MM-DD" when the dateline names a day, else null. */
  monthDay: string | null;
  agency: string | null;
}

export interface Article {
  /** Stable id: a short hash of the normalised text unless the source gave one. */
  id: string;
  /** Full hash (sha256 hex) of the normalised text; the identity used for de-duplication. */
  hash: string;
  text: string;
  title: string | null;
  byline: string | null;
  url: string | null;
  /** Where it was read from: a file path, URL, "stdin", or "file.jsonl:12". */
  source: string;
  /** Publisher or agency, e.g. "Reuters". */
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) that relative time expressions resolve against. */
  date: string;
  dateOrigin: DateOrigin;
  dateline: Dateline | null;
  /** Offset where the body begins (end of the dateline and its dash), 0 if none. */
  bodyStart: number;
  /** Extra metadata as found (feed item fields, JSONL extras, meta tags). */
  meta: Record<string, unknown>;
}
