// What ingestion hands to the pipeline: the text plus what is known about where it came from.

/** How the article's reference date was fixed, in order of precedence. */
export type DateOrigin = "option" | "metadata" | "dateline" | "ingest";

export interface Dateline {
  /** Character span of the dateline in Article.text, up to and including its dash or colon
   *  (stripped from the first sentence; Article.bodyStart also skips the spaces after it). */
  start: number;
  end: number;
  /** Places as written, split at "/": ["CAIRO", "WASHINGTON", "RAFAH"]. */
  places: string[];
  /** Regions after the places, as written: ["Gaza Strip"] (absent when none). */
  regions?: string[];
  /** "MM-DD" when the dateline names a day, else null. */
  monthDay: string | null;
  /** The year, in the rare datelines that give one ("May 8, 2024"). */
  year?: number;
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
