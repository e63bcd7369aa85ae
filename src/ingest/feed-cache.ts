// Polite re-fetching of feeds: what a feed answered last time (its ETag and Last-Modified, sent back
// as If-None-Match / If-Modified-Since), and which of its items are stored already, so an unchanged
// feed costs one 304 and a changed one fetches only its new items' pages. The store keeps the
// state (src/store/feed-state.ts); ingestion only asks and reports.

/** A response's validators, as the server sent them (null when it sent none). */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** How a feed fetch went, reported once per feed URL read with a cache. */
export interface FeedFetch {
  url: string;
  /** 304: nothing read. */
  notModified: boolean;
  validators: Validators;
  /** Items in the feed, and how many of them were skipped as already stored. */
  items: number;
  known: number;
}

export interface FeedCache {
  /** What the feed at `url` answered last time, or null. */
  validators(url: string): Promise<Validators | null>;
  /** Of these item URLs, the ones already stored (they are not fetched again). */
  known(urls: string[]): Promise<Set<string>>;
  /** Called when a feed has been read to its end (or was not modified). */
  fetched(result: FeedFetch): void;
}

/** The request headers that make a GET conditional on `v`. */
export function conditionalHeaders(v: Validators | null): Record<string, string> {
  const h: Record<string, string> = {};
  if (v?.etag) h["if-none-match"] = v.etag;
  if (v?.lastModified) h["if-modified-since"] = v.lastModified;
  return h;
}
