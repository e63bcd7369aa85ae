// Reading stored figures (casualties, hostages, prisoners, displaced) with their article and evidence.
import type { Kysely } from "kysely";
import type { Figure } from "../text/annotations.js";
import type { Database } from "./schema.js";

/** A figure as read from the store: the Figure plus where it lives and its evidence sentence. */
export interface StoredFigure extends Figure {
  id: number;
  articleId: string;
  /** Position of the figure within its article. */
  idx: number;
  /** The sentence that carries it. */
  sentenceText: string;
  evidence: { start: number; end: number };
  article: { title: string | null; url: string | null; date: string; dateOrigin: string; source: string };
}

export interface FigureFilter {
  article?: string;
  /** Kind prefix: "hostages" covers hostages_taken and hostages_released. */
  kind?: string;
  /** Inclusive bounds on the article's reference date. */
  since?: string;
  until?: string;
  limit?: number;
  allVersions?: boolean;
}

export async function listFigures(db: Kysely<Database>, f: FigureFilter = {}): Promise<StoredFigure[]> {
  let q = db.selectFrom("figures as f").innerJoin("articles as a", "a.id", "f.article_id")
    .innerJoin("sentences as s", (j) => j.onRef("s.article_id", "=", "f.article_id").onRef("s.idx", "=", "f.sentence"))
    .selectAll("f")
    .select(["a.title", "a.url", "a.ref_date", "a.date_origin", "a.source", "a.text as article_text", "s.char_start as s_start", "s.char_end as s_end"]);
  if (!f.allVersions && !f.article) q = q.where("a.superseded_by", "is", null);
  if (f.article) q = q.where("f.article_id", "=", f.article);
  if (f.kind) q = q.where("f.kind", "like", `${f.kind.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.since) q = q.where("a.ref_date", ">=", f.since);
  if (f.until) q = q.where("a.ref_date", "<=", f.until);
  q = q.orderBy("a.ref_date").orderBy("f.article_id").orderBy("f.idx");
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, articleId: r.article_id, idx: r.idx, sentence: r.sentence, kind: r.kind, value: r.value,
    qualifier: r.qualifier, reportedBy: r.reported_by, unverified: r.unverified === 1,
    text: r.text, start: r.char_start, end: r.char_end,
    sentenceText: r.article_text.slice(r.s_start, r.s_end), evidence: { start: r.s_start, end: r.s_end },
    article: { title: r.title, url: r.url, date: r.ref_date, dateOrigin: r.date_origin, source: r.source },
  }));
}
