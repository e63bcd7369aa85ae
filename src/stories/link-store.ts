// The store-level linking pass: events not yet in a cluster are compared, in a fixed order (article date,
// article id, event order), with the linked events whose dates and codes could match; each joins the
// cluster of its best match above the threshold or opens a cluster of its own. Clusters that gained or
// lost members are then recounted. Candidates come from the (root, event_date) index, so the work for one
// new article depends on the events near its dates, not on the size of the store.
import type { Kysely } from "kysely";
import { sql } from "../store/kysely.js";
import { withoutIndex } from "../store/dialect.js";
import type { Database, EventRow } from "../store/schema.js";
import { compatibleRoots, DEFAULT_LINK_OPTIONS, isBackground, linkScore, type LinkOptions, type Mention } from "./link-score.js";
import { refreshClusters } from "./cluster-counts.js";

type LinkRow = Pick<EventRow, "id" | "article_id" | "sentence" | "trigger_start" | "cameo" | "root" | "source_code" | "source_country" |
  "target_code" | "target_country" | "event_date" | "date_end" | "date_resolution" | "place_name" | "place_country" | "place_origin" | "modality"> & { a_date: string };

const COLUMNS = ["e.id", "e.article_id", "e.sentence", "e.trigger_start", "e.cameo", "e.root", "e.source_code", "e.source_country",
  "e.target_code", "e.target_country", "e.event_date", "e.date_end", "e.date_resolution", "e.place_name", "e.place_country", "e.place_origin", "e.modality"] as const;

export function toMention(r: LinkRow): Mention {
  return {
    id: r.id, articleId: r.article_id, articleDate: r.a_date, sentence: r.sentence, triggerStart: r.trigger_start,
    cameo: r.cameo, root: r.root,
    source: r.source_code || r.source_country ? { code: r.source_code, country: r.source_country } : null,
    target: r.target_code || r.target_country ? { code: r.target_code, country: r.target_country } : null,
    date: r.event_date, dateEnd: r.date_end, dateResolution: r.date_resolution,
    place: r.place_name || r.place_country ? { name: r.place_name, country: r.place_country, origin: r.place_origin } : null,
    modality: r.modality,
  };
}

export interface LinkSummary {
  linked: number;
  /** Of those, how many joined an existing cluster. */
  joined: number;
  clusters: number;
  seconds: number;
}

const DAY = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(iso.slice(0, 10) + "T00:00:00Z") + days * DAY).toISOString().slice(0, 10);

/**
 * Link the unlinked events of `articleIds` (all unlinked events of latest article versions when absent).
 * Deterministic for the same store and options.
 */
export async function linkEvents(db: Kysely<Database>, o: Partial<LinkOptions> & { articleIds?: string[] } = {}): Promise<LinkSummary> {
  const t0 = performance.now();
  const opts: LinkOptions = { ...DEFAULT_LINK_OPTIONS, ...o };
  const summary: LinkSummary = { linked: 0, joined: 0, clusters: 0, seconds: 0 };
  const touched = new Set<number>();
  await db.transaction().execute(async (trx) => {
    // an article replaced by a newer version leaves its clusters (the trigger marks them for recounting)
    // (for an incremental pass only the versions the new articles replace are looked at)
    let old = trx.selectFrom("events as e").innerJoin("articles as a", "a.id", "e.article_id").select("e.id");
    old = o.articleIds ? old.where("a.superseded_by", "in", o.articleIds.length ? o.articleIds : [""]) : old.where("a.superseded_by", "is not", null);
    await trx.deleteFrom("cluster_links").where("event_id", "in", old).execute();
    let q = trx.selectFrom("events as e").innerJoin("articles as a", "a.id", "e.article_id")
      .leftJoin("cluster_links as l", "l.event_id", "e.id")
      .select([...COLUMNS, "a.ref_date as a_date"])
      .where("l.event_id", "is", null).where("a.superseded_by", "is", null);
    if (o.articleIds) q = q.where("e.article_id", "in", o.articleIds.length ? o.articleIds : [""]);
    const rows = (await q.orderBy("a.ref_date").orderBy("e.article_id").orderBy("e.idx").execute()) as LinkRow[];
    for (const row of rows) {
      const m = toMention(row);
      const best = await bestMatch(trx, m, opts);
      let clusterId: number;
      if (best) {
        clusterId = best.clusterId;
        summary.joined++;
      } else {
        const created = await trx.insertInto("event_clusters").values({ cameo: m.cameo, root: m.root, representative: m.id, factual: 1, num_mentions: 0, num_sources: 0, num_articles: 0, stale: 1 })
          .returning("id").executeTakeFirstOrThrow();
        clusterId = created.id;
        summary.clusters++;
      }
      await trx.insertInto("cluster_links").values({
        event_id: m.id, cluster_id: clusterId, linked_to: best?.eventId ?? null, score: best?.score ?? 1,
        reasons: JSON.stringify(best?.reasons ?? []), background: isBackground(m) ? 1 : 0,
      }).execute();
      touched.add(clusterId);
      summary.linked++;
    }
    await refreshClusters(trx, [...touched]);
  });
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

interface Match {
  clusterId: number;
  eventId: number;
  score: number;
  reasons: string[];
}

async function bestMatch(db: Kysely<Database>, m: Mention, o: LinkOptions): Promise<Match | null> {
  const from = shift(m.date ?? m.articleDate, -o.days - (m.dateResolution === "reference" ? o.days : 0));
  const to = shift(m.dateEnd ?? m.date ?? m.articleDate, o.days);
  const candidates = () => db.selectFrom("events as e").innerJoin("cluster_links as l", "l.event_id", "e.id")
    .innerJoin("articles as a", "a.id", "e.article_id")
    .select([...COLUMNS, "a.ref_date as a_date", "l.cluster_id"])
    .where("e.root", "in", compatibleRoots(m.root));
  // events starting in the window (root, event_date index), and ranges that start before it and reach
  // into it (root, date_end index; few events have a range)
  const rows = [
    ...await candidates().where("e.event_date", ">=", from).where("e.event_date", "<=", to)
      .orderBy("e.id", "desc").limit(o.candidates).execute(),
    // (keeps SQLite from scanning the event_date index for this one)
    ...await candidates().where("e.date_end", ">=", from).where(sql<boolean>`${withoutIndex(db, "e.event_date")} < ${from}`)
      .orderBy("e.id", "desc").limit(o.candidates).execute(),
  ].sort((x, y) => x.id - y.id);
  let best: Match | null = null;
  for (const r of rows) {
    const s = linkScore(m, toMention(r as LinkRow), o);
    if (!s || s.score < o.threshold) continue;
    if (!best || s.score > best.score) best = { clusterId: r.cluster_id, eventId: r.id, score: s.score, reasons: s.reasons };
  }
  return best;
}

/** Forget every cluster (the raw view); the next pass links from scratch. */
export async function clearClusters(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("cluster_links").execute();
    await trx.deleteFrom("event_clusters").execute();
  });
}

/** Link the whole store again from nothing, with these options. */
export async function relinkAll(db: Kysely<Database>, o: Partial<LinkOptions> = {}): Promise<LinkSummary> {
  await clearClusters(db);
  return linkEvents(db, o);
}
