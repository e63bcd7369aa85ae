// The feed cache over the store: a feed URL's stored validators make its GET conditional, its items
// with a stored article are not fetched again, and the validators heard are written only by save(),
// after the batch's articles are stored, so an interrupted or failed batch reads the whole feed again.
import type { Kysely } from "kysely";
import type { Database } from "./store/schema.js";
import type { FeedCache, FeedFetch } from "./ingest/feed-cache.js";
import { readFeedState, storedUrls, writeFeedState } from "./store/feed-state.js";

export interface StoreFeedCache extends FeedCache {
  /** Writes the validators heard since the last save; returns those feeds, in order. */
  save(now: Date): Promise<FeedFetch[]>;
}

export interface FeedCacheOptions {
  /** Ignore stored validators and stored items: fetch everything again (--refetch, --update-metadata). */
  refetch?: boolean;
}

export function storeFeedCache(db: Kysely<Database>, o: FeedCacheOptions = {}): StoreFeedCache {
  const heard: FeedFetch[] = [];
  return {
    validators: async (url) => (o.refetch ? null : readFeedState(db, url)),
    known: async (urls) => (o.refetch ? new Set() : storedUrls(db, urls)),
    fetched: (result) => void heard.push(result),
    async save(now) {
      const done = heard.splice(0);
      for (const r of done) await writeFeedState(db, r.url, r.validators, now);
      return done;
    },
  };
}

/** One line per feed for the summary: "FEED: not modified" or "FEED: 3 new items (17 already stored)". */
export function feedLine(f: FeedFetch): string {
  if (f.notModified) return `${f.url}: not modified`;
  const fresh = f.items - f.known;
  return `${f.url}: ${fresh} new item${fresh === 1 ? "" : "s"}${f.known ? ` (${f.known} already stored)` : ""}`;
}
