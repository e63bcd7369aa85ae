// The negotiation board's tables (src/negotiations): per article, its process, proposals, the terms of
// proposals, positions and agreements, responses, meetings and earlier agreements. Lists of parties and
// steps are JSON text, like the other tables' lists; every row keeps its evidence span.
import type { Kysely, Migration } from "kysely";
import { columnTypes } from "../dialect.js";

type AnyDb = Kysely<any>;

const table = (db: AnyDb, name: string) =>
  db.schema.createTable(name)
    .addColumn("id", columnTypes(db).id, columnTypes(db).idKey)
    .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("idx", "integer", (c) => c.notNull());

export const negotiationTables: Migration = {
  async up(db: AnyDb) {
    await table(db, "negotiation_processes")
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("parties", "text", (c) => c.notNull())
      .addColumn("mediators", "text", (c) => c.notNull())
      .execute();
    await table(db, "negotiation_proposals")
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("mentions", "text", (c) => c.notNull())
      .addColumn("proposers", "text", (c) => c.notNull())
      .addColumn("drafters", "text", (c) => c.notNull())
      .addColumn("mediators", "text", (c) => c.notNull())
      .addColumn("recipients", "text", (c) => c.notNull())
      .addColumn("relation_type", "text")
      .addColumn("relation_to", "integer")
      .addColumn("relation_text", "text")
      .addColumn("relation_start", "integer")
      .addColumn("relation_end", "integer")
      .addColumn("steps", "text", (c) => c.notNull())
      .addColumn("evidence_start", "integer", (c) => c.notNull())
      .addColumn("evidence_end", "integer", (c) => c.notNull())
      .execute();
    await table(db, "negotiation_terms")
      .addColumn("owner", "text", (c) => c.notNull())
      .addColumn("owner_idx", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("char_start", "integer", (c) => c.notNull())
      .addColumn("char_end", "integer", (c) => c.notNull())
      .addColumn("rule", "text", (c) => c.notNull())
      .execute();
    await table(db, "negotiation_responses")
      .addColumn("sentence", "integer", (c) => c.notNull())
      .addColumn("party_key", "text", (c) => c.notNull())
      .addColumn("party_text", "text", (c) => c.notNull())
      .addColumn("party_code", "text")
      .addColumn("stance", "text", (c) => c.notNull())
      .addColumn("stance_class", "text", (c) => c.notNull())
      .addColumn("proposal_idx", "integer")
      .addColumn("date", "text")
      .addColumn("speaker_text", "text")
      .addColumn("speaker_start", "integer")
      .addColumn("speaker_end", "integer")
      .addColumn("modality", "text", (c) => c.notNull())
      .addColumn("trigger_text", "text", (c) => c.notNull())
      .addColumn("trigger_start", "integer", (c) => c.notNull())
      .addColumn("trigger_end", "integer", (c) => c.notNull())
      .addColumn("evidence_start", "integer", (c) => c.notNull())
      .addColumn("evidence_end", "integer", (c) => c.notNull())
      .addColumn("rule", "text", (c) => c.notNull())
      .execute();
    await table(db, "negotiation_meetings")
      .addColumn("sentence", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("trigger_text", "text", (c) => c.notNull())
      .addColumn("trigger_start", "integer", (c) => c.notNull())
      .addColumn("trigger_end", "integer", (c) => c.notNull())
      .addColumn("venue_text", "text")
      .addColumn("venue_name", "text")
      .addColumn("venue_country", "text")
      .addColumn("date", "text")
      .addColumn("parties", "text", (c) => c.notNull())
      .addColumn("leader_text", "text")
      .addColumn("leader_start", "integer")
      .addColumn("leader_end", "integer")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("evidence_start", "integer", (c) => c.notNull())
      .addColumn("evidence_end", "integer", (c) => c.notNull())
      .execute();
    await table(db, "negotiation_agreements")
      .addColumn("sentence", "integer", (c) => c.notNull())
      .addColumn("trigger_text", "text", (c) => c.notNull())
      .addColumn("trigger_start", "integer", (c) => c.notNull())
      .addColumn("trigger_end", "integer", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("figures", "text", (c) => c.notNull())
      .addColumn("date", "text")
      .addColumn("evidence_start", "integer", (c) => c.notNull())
      .addColumn("evidence_end", "integer", (c) => c.notNull())
      .execute();
    for (const t of ["processes", "proposals", "terms", "responses", "meetings", "agreements"]) {
      await db.schema.createIndex(`negotiation_${t}_article`).on(`negotiation_${t}`).column("article_id").execute();
    }
  },
  async down(db: AnyDb) {
    for (const t of ["agreements", "meetings", "responses", "terms", "proposals", "processes"]) await db.schema.dropTable(`negotiation_${t}`).execute();
  },
};
