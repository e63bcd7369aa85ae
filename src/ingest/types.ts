// The contract between ingestion (src/ingest) and its consumers (CLI, store).
import type { Article } from "../text/article.js";
import type { SourceError } from "../errors.js";

export interface IngestOptions {
  /** Reference date given by the user (--date), ISO YYYY-MM-DD; wins over metadata and dateline. */
  date?: string;
  /** Glob patterns for directory walks. */
  include?: string[];
  exclude?: string[];
  /** Limits for files and HTTP bodies, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** HTTP timeout in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Maximum redirects followed (default 5). */
  maxRedirects?: number;
  /** Clock for "ingest date" fallbacks; tests fix it. */
  now?: () => Date;
}

/** Each source yields articles and per-item failures; a failure never stops the rest. */
export type IngestItem = { ok: true; article: Article } | { ok: false; error: SourceError };
