// Feed state for polite re-fetching (src/ingest/feed-cache.ts): the validators each feed URL answered
// last, and which URLs have a stored article already.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface FeedStateRow {
  etag: string | null;
  lastModified: string | null;
}

export async function readFeedState(db: Kysely<Database>, url: string): Promise<FeedStateRow | null> {
  const row = await db.selectFrom("feed_state").select(["etag", "last_modified"]).where("url", "=", url).executeTakeFirst();
  return row ? { etag: row.etag, lastModified: row.last_modified } : null;
}

export async function writeFeedState(db: Kysely<Database>, url: string, s: FeedStateRow, now: Date): Promise<void> {
  const row = { etag: s.etag, last_modified: s.lastModified, checked_at: now.toISOString() };
  await db.insertInto("feed_state").values({ url, ...row }).onConflict((c) => c.column("url").doUpdateSet(row)).execute();
}

const CHUNK = 500;

/** Which of `urls` an article is stored under (any version). */
export async function storedUrls(db: Kysely<Database>, urls: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < urls.length; i += CHUNK) {
    const rows = await db.selectFrom("articles").select("url").where("url", "in", urls.slice(i, i + CHUNK)).execute();
    for (const r of rows) if (r.url) found.add(r.url);
  }
  return found;
}
