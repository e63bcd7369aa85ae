// The contract between ingestion (src/ingest) and its consumers (CLI, store).
import type { Article } from "../text/article.js";
import type { SourceError } from "../errors.js";
import type { Resolver } from "./net-policy.js";
import type { FeedCache } from "./feed-cache.js";

export interface IngestOptions {
  /** Reference date given by the user (--date), ISO YYYY-MM-DD; wins over metadata and dateline. */
  date?: string;
  /** Glob patterns for directory walks (picomatch; a pattern without "/" matches the file name). */
  include?: string[];
  exclude?: string[];
  /** Follow symbolic links met in folders when their target is inside the folder (default: not followed). */
  followSymlinks?: boolean;
  /** Limits for files and HTTP bodies, in bytes (default 10 MiB, at most 64 MiB); for JSON Lines, per line. */
  maxBytes?: number;
  /** HTTP timeout in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Maximum redirects followed (default 5). */
  maxRedirects?: number;
  /** Fetch URLs whose host is loopback, private, link-local or otherwise non-public (--allow-private);
   *  default false, as OWASP's SSRF guidance advises. */
  allowPrivate?: boolean;
  /** Host name resolution for the address policy (default dns.lookup); tests pass their own. */
  resolve?: Resolver;
  /** Non-public addresses allowed one by one without allowPrivate (tests allow their own server). */
  permitAddress?: (address: string) => boolean;
  /** Clock for "ingest date" fallbacks; tests fix it. */
  now?: () => Date;
  /** What "-" reads (default process.stdin); tests pass a stream. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Feed items whose full-text content is at least this many characters are used as is
   *  instead of fetching their link (default 400). */
  feedFullTextChars?: number;
  /** Items read from one feed (default 500); the rest are named in one failure line. */
  maxFeedItems?: number;
  /** Time one feed may spend waiting for its items' pages, in milliseconds (default 5 min; the analysis of
   *  its items does not count); items not reached by then are named in one failure line. */
  feedDeadlineMs?: number;
  /** Conditional GET for feed URLs and skipping their stored items (ingest into a store; src/store/feed-state.ts). */
  feedCache?: FeedCache;
}

/** Each source yields articles and per-item failures; a failure never stops the rest. */
export type IngestItem = { ok: true; article: Article } | { ok: false; error: SourceError };

/** What a source kind produced before identity, dateline and reference date are worked out. */
export interface Draft {
  text: string;
  source: string;
  title?: string | null;
  byline?: string | null;
  url?: string | null;
  publisher?: string | null;
  /** An id the source gave (JSON Lines `id`, sidecar `id`). */
  id?: string | null;
  /** A date as found in metadata (ISO, RFC 822, …), parsed later. */
  date?: string | null;
  meta?: Record<string, unknown>;
}
