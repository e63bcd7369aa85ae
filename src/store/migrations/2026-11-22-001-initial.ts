// First schema: articles and everything found in them, the actor registry and the run log.
// Only portable column types (text, integer, real); the spelling of reals and row ids per backend
// comes from ../dialect.ts.
import type { Kysely, Migration } from "kysely";
import { columnTypes } from "../dialect.js";

type AnyDb = Kysely<any>;

const articleRef = (db: AnyDb, table: string) =>
  db.schema.createTable(table)
    .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"));

export const initial: Migration = {
  async up(db: AnyDb) {
    const t = columnTypes(db);
    await db.schema.createTable("articles")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("hash", "text", (c) => c.notNull().unique())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("byline", "text")
      .addColumn("url", "text")
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("publisher", "text")
      .addColumn("ref_date", "text", (c) => c.notNull())
      .addColumn("date_origin", "text", (c) => c.notNull())
      .addColumn("dateline", "text")
      .addColumn("body_start", "integer", (c) => c.notNull())
      .addColumn("meta", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("previous_version_id", "text", (c) => c.references("articles.id"))
      .addColumn("superseded_by", "text")
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("articles_url").on("articles").column("url").execute();
    await db.schema.createIndex("articles_ref_date").on("articles").column("ref_date").execute();

    await articleRef(db, "sentences")
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("char_start", "integer", (c) => c.notNull())
      .addColumn("char_end", "integer", (c) => c.notNull())
      .addColumn("token_start", "integer", (c) => c.notNull())
      .addColumn("token_end", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("sentences_pk", ["article_id", "idx"])
      .execute();

    await articleRef(db, "tokens")
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("char_start", "integer", (c) => c.notNull())
      .addColumn("char_end", "integer", (c) => c.notNull())
      .addColumn("sentence", "integer", (c) => c.notNull())
      .addColumn("upos", "text", (c) => c.notNull())
      .addColumn("xpos", "text", (c) => c.notNull())
      .addColumn("lemma", "text", (c) => c.notNull())
      .addColumn("head", "integer", (c) => c.notNull())
      .addColumn("deprel", "text", (c) => c.notNull())
      .addColumn("ent", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("tokens_pk", ["article_id", "idx"])
      .execute();

    await db.schema.createTable("actors")
      .addColumn("code", "text", (c) => c.primaryKey())
      .addColumn("country", "text")
      .addColumn("sectors", "text", (c) => c.notNull())
      .addColumn("org", "text")
      .execute();

    await articleRef(db, "mentions")
      .addColumn("id", t.id, t.idKey)
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("char_start", "integer", (c) => c.notNull())
      .addColumn("char_end", "integer", (c) => c.notNull())
      .addColumn("token_start", "integer", (c) => c.notNull())
      .addColumn("token_end", "integer", (c) => c.notNull())
      .addColumn("head_token", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("actor_code", "text", (c) => c.references("actors.code"))
      .addColumn("country", "text")
      .addColumn("sectors", "text")
      .addColumn("org", "text")
      .addColumn("person", "text")
      .addColumn("via", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("mentions_article").on("mentions").column("article_id").execute();

    await articleRef(db, "places")
      .addColumn("id", t.id, t.idKey)
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("char_start", "integer", (c) => c.notNull())
      .addColumn("char_end", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("country", "text")
      .addColumn("lat", t.real)
      .addColumn("lon", t.real)
      .execute();
    await db.schema.createIndex("places_article").on("places").column("article_id").execute();

    let events = articleRef(db, "events")
      .addColumn("id", t.id, t.idKey)
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("sentence", "integer", (c) => c.notNull());
    for (const role of ["source", "target"]) {
      events = events
        .addColumn(`${role}_text`, "text").addColumn(`${role}_code`, "text")
        .addColumn(`${role}_country`, "text").addColumn(`${role}_sectors`, "text")
        .addColumn(`${role}_org`, "text").addColumn(`${role}_person`, "text")
        .addColumn(`${role}_start`, "integer").addColumn(`${role}_end`, "integer");
    }
    await events
      .addColumn("cameo", "text", (c) => c.notNull())
      .addColumn("root", "text", (c) => c.notNull())
      .addColumn("quad_class", "integer", (c) => c.notNull())
      .addColumn("goldstein", t.real, (c) => c.notNull())
      .addColumn("plover_type", "text", (c) => c.notNull())
      .addColumn("plover_mode", "text")
      .addColumn("trigger_text", "text", (c) => c.notNull())
      .addColumn("trigger_start", "integer", (c) => c.notNull())
      .addColumn("trigger_end", "integer", (c) => c.notNull())
      .addColumn("evidence_start", "integer", (c) => c.notNull())
      .addColumn("evidence_end", "integer", (c) => c.notNull())
      .addColumn("event_date", "text")
      .addColumn("date_end", "text")
      .addColumn("date_resolution", "text", (c) => c.notNull())
      .addColumn("date_text", "text")
      .addColumn("place_text", "text")
      .addColumn("place_name", "text")
      .addColumn("place_country", "text")
      .addColumn("place_lat", t.real)
      .addColumn("place_lon", t.real)
      .addColumn("place_origin", "text")
      .addColumn("attribution_text", "text")
      .addColumn("attribution_code", "text")
      .addColumn("attribution_start", "integer")
      .addColumn("attribution_end", "integer")
      .addColumn("modality", "text", (c) => c.notNull())
      .addColumn("confidence", t.real, (c) => c.notNull())
      .execute();
    for (const col of ["article_id", "cameo", "event_date", "source_code", "target_code", "plover_type"]) {
      await db.schema.createIndex(`events_${col}`).on("events").column(col).execute();
    }

    await articleRef(db, "figures")
      .addColumn("id", t.id, t.idKey)
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("sentence", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("value", t.real, (c) => c.notNull())
      .addColumn("qualifier", "text")
      .addColumn("reported_by", "text")
      .addColumn("unverified", "integer", (c) => c.notNull())
      .addColumn("char_start", "integer", (c) => c.notNull())
      .addColumn("char_end", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("figures_article").on("figures").column("article_id").execute();

    await db.schema.createTable("runs")
      .addColumn("id", t.id, t.idKey)
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .addColumn("command", "text", (c) => c.notNull())
      .addColumn("new_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("unchanged_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("failed_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("sentence_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("event_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("errors", "text", (c) => c.notNull().defaultTo("[]"))
      .execute();
  },

  async down(db: AnyDb) {
    for (const t of ["runs", "figures", "events", "places", "mentions", "actors", "tokens", "sentences", "articles"]) {
      await db.schema.dropTable(t).execute();
    }
  },
};
