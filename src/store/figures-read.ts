// Reading figures back from the store, with their article and the event they belong to, filtered as
// `parley figures` asks. Portable SQL only, like the event queries.
import type { Kysely, SqlBool } from "kysely";
import { sql } from "./kysely.js";
import type { Figure } from "../text/annotations.js";
import type { Database, FigureRow } from "./schema.js";
import { likeEscape } from "./queries.js";
import { ascending } from "./dialect.js";
import { figureOf } from "./figures-rows.js";

/** A figure as read from the store: the record plus where it lives and its evidence text. */
export interface StoredFigure extends Figure {
  /** Store-wide integer id. */
  id: number;
  articleId: string;
  /** Position of the figure within its article. */
  idx: number;
  /** Store-wide id of the event it belongs to, or null. */
  eventId: number | null;
  /** The evidence sentence, sliced from the article text. */
  sentenceText: string;
  article: { title: string | null; url: string | null; date: string; source: string; publisher: string | null; ingestedAt: string };
}

export interface FigureFilter {
  kind?: string;
  /** Claimant text substring or code prefix. */
  claimant?: string;
  /** Inclusive bounds on the as-of date (YYYY-MM-DD). */
  since?: string;
  until?: string;
  /** Article id (exact; resolve prefixes with findArticle first). */
  article?: string;
  limit?: number;
  allVersions?: boolean;
}

type Row = FigureRow & {
  event_id: number | null; a_title: string | null; a_url: string | null; a_date: string; a_source: string;
  a_publisher: string | null; a_ingested_at: string;
};

export async function listFigures(db: Kysely<Database>, f: FigureFilter = {}): Promise<StoredFigure[]> {
  let q = db.selectFrom("figures as f").innerJoin("articles as a", "a.id", "f.article_id")
    .leftJoin("events as e", (j) => j.onRef("e.article_id", "=", "f.article_id").onRef("e.idx", "=", "f.event_idx"))
    .selectAll("f")
    .select(["e.id as event_id", "a.title as a_title", "a.url as a_url", "a.ref_date as a_date", "a.source as a_source",
      "a.publisher as a_publisher", "a.ingested_at as a_ingested_at"]);
  if (!f.allVersions && !f.article) q = q.where("a.superseded_by", "is", null);
  if (f.kind) q = q.where("f.kind", "=", f.kind.toLowerCase());
  if (f.claimant) {
    const text = `%${likeEscape(f.claimant.toLowerCase())}%`;
    q = q.where((eb) => eb.or([
      eb("f.claimant_code", "like", `${likeEscape(f.claimant!.toUpperCase())}%`),
      sql<SqlBool>`lower(${sql.ref("f.claimant_text")}) like ${text} escape '\\'`,
    ]));
  }
  if (f.since) q = q.where("f.as_of", ">=", f.since);
  if (f.until) q = q.where("f.as_of", "<=", f.until);
  if (f.article) q = q.where("f.article_id", "=", f.article);
  q = q.orderBy("f.as_of", ascending(db)).orderBy("a.ref_date", ascending(db)).orderBy("f.article_id", ascending(db)).orderBy("f.idx");
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = (await q.execute()) as Row[];
  const texts = new Map<string, string>();
  const ids = [...new Set(rows.map((r) => r.article_id))];
  for (let k = 0; k < ids.length; k += 500) {
    for (const a of await db.selectFrom("articles").select(["id", "text"]).where("id", "in", ids.slice(k, k + 500)).execute()) texts.set(a.id, a.text);
  }
  return rows.map((r) => ({
    ...figureOf(r, r.a_date), id: r.id, articleId: r.article_id, idx: r.idx, eventId: r.event_id,
    sentenceText: (texts.get(r.article_id) ?? "").slice(r.evidence_start ?? r.char_start, r.evidence_end ?? r.char_end),
    article: { title: r.a_title, url: r.a_url, date: r.a_date, source: r.a_source, publisher: r.a_publisher, ingestedAt: r.a_ingested_at },
  }));
}
