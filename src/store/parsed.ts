// An article read back from the store with its parse rows (tokens, tags, lemmas, dependencies, entity
// tags), so that later stages can be run again without the models: `parley recode` after a dictionary change.
import type { Kysely, Selectable } from "kysely";
import type { Article, Dateline } from "../text/article.js";
import type { ArticleTable, Database } from "./schema.js";
import { parseJsonOr } from "../util/json.js";


/** The Article a stored row was made from. */
export function articleFromRow(row: Selectable<ArticleTable>): Article {
  return {
    id: row.id, hash: row.hash, text: row.text, title: row.title, byline: row.byline, url: row.url, source: row.source,
    publisher: row.publisher, date: row.ref_date, dateOrigin: row.date_origin as Article["dateOrigin"],
    dateline: parseJsonOr<Dateline | null>(row.dateline, null), bodyStart: row.body_start, meta: parseJsonOr<Record<string, unknown>>(row.meta, {}),
  };
}

export interface StoredParse {
  article: Article;
  tokens: Selectable<Database["tokens"]>[];
  sentences: Selectable<Database["sentences"]>[];
}

/** The stored article with its token and sentence rows, in order. */
export async function readParse(db: Kysely<Database>, id: string): Promise<StoredParse> {
  const row = await db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const tokens = await db.selectFrom("tokens").selectAll().where("article_id", "=", id).orderBy("idx").execute();
  const sentences = await db.selectFrom("sentences").selectAll().where("article_id", "=", id).orderBy("idx").execute();
  return { article: articleFromRow(row), tokens, sentences };
}
