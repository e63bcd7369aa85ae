// Re-ingesting known text with `--update-metadata`: the stored article takes the new title, URL,
// byline, publisher, source and reference date. A new reference date changes what "on Tuesday"
// and dated roles resolve to, so the article is then analysed again and its annotations replaced.
// Each update is one transaction.
import type { Kysely, Transaction } from "kysely";
import type { AnalysedDoc } from "../text/analysed.js";
import type { Article } from "../text/article.js";
import type { Database } from "./schema.js";
import { rowCount, writeAnnotations } from "./save.js";
import { articleTables } from "./recode.js";

export interface UpdateResult {
  status: "updated" | "unchanged";
  articleId: string;
  /** The fields that changed ("title", "url", "ref_date", …). */
  changed: string[];
  /** True when the reference date changed and the article was analysed again. */
  reanalysed: boolean;
  events: number;
}

const FIELDS = ["title", "byline", "url", "publisher", "source", "ref_date", "date_origin"] as const;

function metadataOf(a: Article): Record<(typeof FIELDS)[number], string | null> {
  return { title: a.title, byline: a.byline, url: a.url, publisher: a.publisher, source: a.source, ref_date: a.date, date_origin: a.dateOrigin };
}

/** Every annotation of the article replaced by the new analysis (the tables found by articleTables). */
async function replaceAnnotations(trx: Transaction<Database>, id: string, analysis: AnalysedDoc): Promise<void> {
  for (const t of await articleTables(trx)) await trx.deleteFrom(t as "events").where("article_id", "=", id).execute();
  await writeAnnotations(trx, id, analysis);
}

/**
 * Update the stored article with `article.hash` to the metadata of `article`. A missing value
 * (null title, no URL) never erases a stored one. `analyse` runs only when the date changed.
 */
export async function updateMetadata(db: Kysely<Database>, article: Article, analyse: (a: Article) => AnalysedDoc | Promise<AnalysedDoc>): Promise<UpdateResult> {
  const stored = await db.selectFrom("articles").selectAll().where("hash", "=", article.hash).executeTakeFirstOrThrow();
  const next = metadataOf(article);
  const changed = FIELDS.filter((f) => next[f] !== null && next[f] !== stored[f]);
  // A guessed date (the ingest day) never replaces one that was found.
  const dateChanged = changed.includes("ref_date") && !(article.dateOrigin === "ingest" && stored.date_origin !== "ingest");
  const apply = changed.filter((f) => dateChanged || (f !== "ref_date" && f !== "date_origin"));
  if (apply.length === 0) {
    return { status: "unchanged", articleId: stored.id, changed: [], reanalysed: false, events: await rowCount(db, "events", stored.id) };
  }
  // Analyse outside the transaction (it is the slow part), with the stored id and the new metadata.
  const analysis = dateChanged ? await analyse({ ...article, id: stored.id }) : null;
  await db.transaction().execute(async (trx) => {
    const set = Object.fromEntries(apply.map((f) => [f, next[f]]));
    await trx.updateTable("articles").set(set).where("id", "=", stored.id).execute();
    if (analysis) await replaceAnnotations(trx, stored.id, analysis);
  });
  const events = analysis ? analysis.events.length : await rowCount(db, "events", stored.id);
  return { status: "updated", articleId: stored.id, changed: apply, reanalysed: analysis !== null, events };
}
