// Removing articles with everything found in them, in one transaction. Version links are
// mended so the chain of an article's URL stays whole: removing the latest version makes the
// one before it latest again; removing a middle one links its neighbours.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import { rowCount } from "./save.js";
import { findArticle } from "./queries.js";

export interface RemoveResult {
  articles: number;
  events: number;
  figures: number;
}

/** Remove the articles with these exact ids (resolve prefixes first); all or nothing. */
export async function removeArticles(db: Kysely<Database>, ids: string[]): Promise<RemoveResult> {
  return db.transaction().execute(async (trx) => {
    const result: RemoveResult = { articles: 0, events: 0, figures: 0 };
    for (const id of new Set(ids)) {
      const row = await trx.selectFrom("articles").select(["id", "previous_version_id", "superseded_by"])
        .where("id", "=", id).executeTakeFirst();
      if (!row) throw new Error(`no article ${id}`);
      result.events += await rowCount(trx, "events", id);
      result.figures += await rowCount(trx, "figures", id);
      await trx.updateTable("articles").set({ previous_version_id: row.previous_version_id }).where("previous_version_id", "=", id).execute();
      if (row.previous_version_id) {
        await trx.updateTable("articles").set({ superseded_by: row.superseded_by }).where("id", "=", row.previous_version_id).execute();
      }
      // Sentences, tokens, mentions, places, events and figures go with it (on delete cascade).
      await trx.deleteFrom("articles").where("id", "=", id).execute();
      result.articles++;
    }
    return result;
  });
}

/** Every version of the article's URL chain, oldest first (just the article when it has no other versions). */
export async function versionChain(db: Kysely<Database>, id: string): Promise<string[]> {
  const chain: string[] = [id];
  for (let cur = id; ;) {
    const prev = await db.selectFrom("articles").select("previous_version_id").where("id", "=", cur).executeTakeFirst();
    if (!prev?.previous_version_id) break;
    chain.unshift((cur = prev.previous_version_id));
  }
  for (let cur = id; ;) {
    const next = await db.selectFrom("articles").select("superseded_by").where("id", "=", cur).executeTakeFirst();
    if (!next?.superseded_by) break;
    chain.push((cur = next.superseded_by));
  }
  return chain;
}

/** The exact ids that references (ids or unique prefixes) name, every one resolved before anything is removed. */
export async function idsToRemove(db: Kysely<Database>, refs: string[], allVersions = false): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) {
    const { id } = await findArticle(db, ref);
    ids.push(...(allVersions ? await versionChain(db, id) : [id]));
  }
  return ids;
}
