// What each feed URL answered last time (ETag, Last-Modified), for conditional GETs when a feed is
// ingested again or watched (parley ingest FEED --watch). Named after the branch that added it.
import type { Kysely, Migration } from "kysely";

export const feedState: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createTable("feed_state")
      .addColumn("url", "text", (c) => c.primaryKey())
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("checked_at", "text", (c) => c.notNull())
      .execute();
  },
};
