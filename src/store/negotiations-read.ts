// The articles with a negotiation layer, read back for the board (latest versions unless asked).
import type { Kysely } from "kysely";
import type { NegotiationArticle } from "../text/annotations.js";
import type { Database } from "./schema.js";
import { readNegotiations } from "./negotiations-rows.js";

export interface BoardFilter {
  /** Inclusive bounds on the article's reference date (YYYY-MM-DD). */
  since?: string;
  until?: string;
  /** One article (exact id). */
  article?: string;
  allVersions?: boolean;
}

const TABLES = ["negotiation_proposals", "negotiation_responses", "negotiation_meetings", "negotiation_agreements"] as const;

export async function boardArticles(db: Kysely<Database>, f: BoardFilter = {}): Promise<NegotiationArticle[]> {
  const ids = new Set<string>();
  for (const t of TABLES) for (const r of await db.selectFrom(t).select("article_id").distinct().execute()) ids.add(r.article_id);
  if (!ids.size) return [];
  let q = db.selectFrom("articles").select(["id", "title", "url", "ref_date", "text"]).where("id", "in", [...ids]);
  if (!f.allVersions && !f.article) q = q.where("superseded_by", "is", null);
  if (f.article) q = q.where("id", "=", f.article);
  if (f.since) q = q.where("ref_date", ">=", f.since);
  if (f.until) q = q.where("ref_date", "<=", f.until);
  const out: NegotiationArticle[] = [];
  for (const a of await q.orderBy("ref_date").orderBy("id").execute()) {
    const { layer, proposalIds } = await readNegotiations(db, a.id);
    out.push({ id: a.id, title: a.title, url: a.url, date: a.ref_date, text: a.text, layer, proposalIds });
  }
  return out;
}
