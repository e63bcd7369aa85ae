// Recounting clusters: the canonical record (the most specific code, the most precise date, a place the
// text gives, the most informative actors) and GDELT's counts (mentions, outlets, articles), first and
// last seen. Runs over the clusters a linking pass touched and those a deleted link marked stale.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { isFactual } from "./link-score.js";
import { removeArticles } from "../store/remove.js";

interface Member {
  id: number; article_id: string; trigger_start: number; cameo: string; root: string;
  source_code: string | null; target_code: string | null; event_date: string | null; date_end: string | null;
  date_resolution: string; place_name: string | null; place_country: string | null; place_origin: string | null; modality: string;
  ref_date: string; publisher: string | null; url: string | null;
}

const dateRank = (m: Member) => (m.date_resolution === "reference" ? 0 : 1);
const span = (m: Member) => (m.event_date ? Date.parse(m.date_end ?? m.event_date) - Date.parse(m.event_date) : Infinity);
const coded = (m: Member) => (m.source_code ? m.source_code.length : 0) + (m.target_code ? m.target_code.length : 0);

/** The outlet an article counts for: its publisher, else its URL's host, else the article alone. */
export function outletOf(a: { publisher: string | null; url: string | null; article_id: string }): string {
  if (a.publisher) return a.publisher.trim().toLowerCase();
  if (a.url) {
    try {
      return new URL(a.url).hostname.replace(/^www\./, "");
    } catch { /* not a URL: fall through */ }
  }
  return `article:${a.article_id}`;
}

function firstBy<T>(items: T[], ...keys: ((x: T) => number)[]): T {
  return [...items].sort((x, y) => {
    for (const k of keys) if (k(x) !== k(y)) return k(y) - k(x);
    return 0;
  })[0];
}

export async function refreshClusters(db: Kysely<Database>, ids: number[]): Promise<void> {
  const stale = await db.selectFrom("event_clusters").select("id").where("stale", "=", 1).execute();
  const all = [...new Set([...ids, ...stale.map((s) => s.id)])].sort((a, b) => a - b);
  for (let k = 0; k < all.length; k += 500) {
    const chunk = all.slice(k, k + 500);
    const rows = (await db.selectFrom("cluster_links as l").innerJoin("events as e", "e.id", "l.event_id")
      .innerJoin("articles as a", "a.id", "e.article_id")
      .select(["l.cluster_id", "e.id", "e.article_id", "e.trigger_start", "e.cameo", "e.root", "e.source_code", "e.target_code",
        "e.event_date", "e.date_end", "e.date_resolution", "e.place_name", "e.place_country", "e.place_origin", "e.modality",
        "a.ref_date", "a.publisher", "a.url"])
      .where("l.cluster_id", "in", chunk).orderBy("e.id").execute()) as (Member & { cluster_id: number })[];
    const byCluster = new Map<number, Member[]>();
    for (const r of rows) byCluster.set(r.cluster_id, [...(byCluster.get(r.cluster_id) ?? []), r]);
    for (const id of chunk) {
      const members = byCluster.get(id);
      if (!members) {
        await db.deleteFrom("event_clusters").where("id", "=", id).execute();
        continue;
      }
      const factual = members.filter((m) => isFactual(m.modality));
      const pool = factual.length ? factual : members;
      // most specific code, then most coded actors; ties go to the first event (rows are in id order)
      const rep = firstBy(pool, (m) => m.cameo.length, coded, (m) => -m.id);
      const dated = firstBy(pool.filter((m) => m.event_date), dateRank, (m) => -span(m), (m) => -m.id) ?? rep;
      const placed = pool.find((m) => m.place_origin === "clause" && m.place_name) ?? pool.find((m) => m.place_name) ?? null;
      const seen = members.map((m) => m.ref_date).sort();
      await db.updateTable("event_clusters").set({
        representative: rep.id, cameo: rep.cameo, root: rep.root, source_code: rep.source_code, target_code: rep.target_code,
        event_date: dated?.event_date ?? null, date_end: dated?.date_end ?? null,
        place_name: placed?.place_name ?? null, place_country: placed?.place_country ?? null,
        factual: factual.length ? 1 : 0,
        num_mentions: new Set(members.map((m) => `${m.article_id}@${m.trigger_start}`)).size,
        num_sources: new Set(members.map(outletOf)).size,
        num_articles: new Set(members.map((m) => m.article_id)).size,
        first_seen: seen[0], last_seen: seen[seen.length - 1], stale: 0,
      }).where("id", "=", id).execute();
    }
  }
}

/** Remove articles (see removeArticles) and recount the clusters their events were in, or drop those left empty: what `parley rm` and the API's DELETE both do. */
export async function removeArticlesAndRecount(db: Kysely<Database>, ids: string[]): Promise<Awaited<ReturnType<typeof removeArticles>>> {
  const removed = await removeArticles(db, ids);
  await refreshClusters(db, []);
  return removed;
}
