// Which models, dictionaries, conventions and rule switches coded each article: one `codings` row per
// distinct combination, referenced from the article. `parley recode` reuses a stored parse only when the
// models of the article's coding are the ones loaded now.
import type { Kysely, Migration } from "kysely";
import { columnTypes } from "../dialect.js";

export const codings: Migration = {
  async up(db: Kysely<any>) {
    const t = columnTypes(db);
    await db.schema.createTable("codings")
      .addColumn("id", t.id, t.idKey)
      .addColumn("key", "text", (c) => c.notNull().unique())
      .addColumn("models", "text", (c) => c.notNull())
      .addColumn("actors", "text", (c) => c.notNull())
      .addColumn("verbs", "text", (c) => c.notNull())
      .addColumn("conventions", "text", (c) => c.notNull())
      .addColumn("without_rules", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.alterTable("articles").addColumn("coding_id", "integer", (c) => c.references("codings.id")).execute();
  },
};
