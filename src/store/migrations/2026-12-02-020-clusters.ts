// Event clusters (issue 13): mentions of one real-world event, within and across articles, grouped after
// ingest by src/stories. `event_clusters` holds the canonical record and the counts; `cluster_links` gives
// each linked event its cluster, the event it was linked to, the score and the features that agreed.
// A trigger marks a cluster stale when one of its links goes (an event recoded or removed), so the next
// linking pass recounts it without scanning the store. Indexes on events' date and dyad keep finding
// candidates cheap as the store grows.
import type { Kysely, Migration } from "kysely";
import { sql } from "../kysely.js";
import { backendOf, columnTypes } from "../dialect.js";

export const eventClusters: Migration = {
  async up(db: Kysely<any>) {
    const t = columnTypes(db);
    await db.schema.createTable("event_clusters")
      .addColumn("id", t.id, t.idKey)
      .addColumn("representative", "integer")
      .addColumn("cameo", "text", (c) => c.notNull())
      .addColumn("root", "text", (c) => c.notNull())
      .addColumn("source_code", "text")
      .addColumn("target_code", "text")
      .addColumn("event_date", "text")
      .addColumn("date_end", "text")
      .addColumn("place_name", "text")
      .addColumn("place_country", "text")
      .addColumn("factual", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("num_mentions", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("num_sources", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("num_articles", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("first_seen", "text")
      .addColumn("last_seen", "text")
      .addColumn("stale", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createTable("cluster_links")
      .addColumn("event_id", "integer", (c) => c.primaryKey().references("events.id").onDelete("cascade"))
      .addColumn("cluster_id", "integer", (c) => c.notNull().references("event_clusters.id").onDelete("cascade"))
      .addColumn("linked_to", "integer")
      .addColumn("score", t.real, (c) => c.notNull().defaultTo(1))
      .addColumn("reasons", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("background", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex("cluster_links_cluster").on("cluster_links").column("cluster_id").execute();
    await db.schema.createIndex("event_clusters_date").on("event_clusters").column("event_date").execute();
    await db.schema.createIndex("event_clusters_stale").on("event_clusters").column("stale").execute();
    await db.schema.createIndex("events_root_date").on("events").columns(["root", "event_date"]).execute();
    await db.schema.createIndex("events_root_date_end").on("events").columns(["root", "date_end"]).execute();
    await db.schema.createIndex("events_dyad").on("events").columns(["source_code", "target_code"]).execute();
    if (backendOf(db) === "postgres") {
      await sql`create function cluster_links_gone() returns trigger language plpgsql as $$
        begin update event_clusters set stale = 1 where id = old.cluster_id; return old; end $$`.execute(db);
      await sql`create trigger cluster_links_gone after delete on cluster_links
        for each row execute function cluster_links_gone()`.execute(db);
    } else {
      await sql`create trigger cluster_links_gone after delete on cluster_links
        begin update event_clusters set stale = 1 where id = old.cluster_id; end`.execute(db);
    }
  },
};
