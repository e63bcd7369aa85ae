// What one source may cost, in one place (no imports: the CLI's option parsers read it for --help).
const MiB = 1024 * 1024;

/** Largest file, download or JSON Lines line accepted by default (--max-bytes). */
export const DEFAULT_MAX_BYTES = 10 * MiB;
/** The most --max-bytes may ask for: a 300 MB text ended in V8 running out of memory. */
export const MAX_BYTES_CEILING = 64 * MiB;
/** Items read from one feed (--max-feed-items); the rest are named in one line. */
export const DEFAULT_MAX_FEED_ITEMS = 500;
/** Time one feed may spend fetching its items' pages (--feed-deadline), not counting their analysis. */
export const DEFAULT_FEED_DEADLINE_MS = 5 * 60_000;
/** Levels of nesting kept in an article's metadata (JSON Lines fields, sidecars); deeper values are replaced. */
export const MAX_META_DEPTH = 8;
/** Seconds of analysis one article may take in `ingest` (--max-seconds-per-article); then it fails with one line. */
export const DEFAULT_ARTICLE_SECONDS = 120;
/** Tokens one article may have in `ingest` (--max-tokens-per-article): a book-length text, skipped once tokenized. */
export const DEFAULT_ARTICLE_TOKENS = 200_000;
