// Replacing what was coded for a stored article, in one transaction: every table of article annotations is
// cleared for it (found from the database itself, so layers added by later migrations are included) and the
// new layers written; with the parse kept, tokens and sentences stay as they are.
import type { Kysely, Transaction } from "kysely";
import type { AnalysedDoc } from "../text/analysed.js";
import type { CodingInfo } from "../text/annotations.js";
import type { Database } from "./schema.js";
import { codingId, rowCount, writeCoded, writeParse } from "./save.js";

const PARSE_TABLES = new Set(["tokens", "sentences"]);

/** Tables holding an article's annotations: those with an `article_id` column, the articles table aside. */
export async function articleTables(db: Kysely<Database> | Transaction<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.filter((t) => t.name !== "articles" && t.columns.some((c) => c.name === "article_id")).map((t) => t.name).sort();
}

export interface ReplaceResult {
  eventsBefore: number;
  eventsAfter: number;
}

/** The stored models hash of an article's coding, or null when none was recorded. */
export async function storedModels(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom("articles").leftJoin("codings", "codings.id", "articles.coding_id")
    .select("codings.models").where("articles.id", "=", id).executeTakeFirst();
  return row?.models ?? null;
}

/**
 * Replace the annotations of article `id` with those of `doc`. `reparsed`: the parse is new too (tokens and
 * sentences replaced); otherwise the stored parse is kept and only what was coded over it is replaced.
 */
export async function replaceCoding(db: Kysely<Database>, id: string, doc: AnalysedDoc, o: { reparsed: boolean; coding?: CodingInfo }): Promise<ReplaceResult> {
  return db.transaction().execute(async (trx) => {
    const eventsBefore = await rowCount(trx, "events", id);
    for (const t of await articleTables(trx)) {
      if (!o.reparsed && PARSE_TABLES.has(t)) continue;
      await trx.deleteFrom(t as "events").where("article_id", "=", id).execute();
    }
    if (o.reparsed) await writeParse(trx, id, doc);
    await writeCoded(trx, id, doc);
    if (o.coding) await trx.updateTable("articles").set({ coding_id: await codingId(trx, o.coding) }).where("id", "=", id).execute();
    return { eventsBefore, eventsAfter: doc.events.length };
  });
}
