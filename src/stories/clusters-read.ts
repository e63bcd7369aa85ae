// Reading event clusters back with their mentions as evidence: what `parley timeline` and `parley stories` show.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { parseJsonOr } from "../util/json.js";

export interface ClusterMention {
  eventId: number;
  articleId: string;
  articleDate: string;
  title: string | null;
  outlet: string | null;
  cameo: string;
  source: { text: string | null; code: string | null; country: string | null };
  target: { text: string | null; code: string | null; country: string | null };
  trigger: string;
  modality: string;
  background: boolean;
  score: number;
  reasons: string[];
  placeName: string | null;
  placeOrigin: string | null;
  /** The evidence sentence. */
  evidence: string;
}

export interface StoredCluster {
  id: number;
  cameo: string;
  root: string;
  sourceCode: string | null;
  targetCode: string | null;
  date: string | null;
  dateEnd: string | null;
  place: string | null;
  placeCountry: string | null;
  factual: boolean;
  numMentions: number;
  numSources: number;
  numArticles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  mentions: ClusterMention[];
}

/** Every cluster of latest article versions with its mentions, by date then id (or only the ids given). */
export async function readClusters(db: Kysely<Database>, ids?: number[]): Promise<StoredCluster[]> {
  let q = db.selectFrom("cluster_links as l").innerJoin("event_clusters as c", "c.id", "l.cluster_id")
    .innerJoin("events as e", "e.id", "l.event_id").innerJoin("articles as a", "a.id", "e.article_id")
    .select(["c.id as cid", "c.cameo as c_cameo", "c.root as c_root", "c.source_code as c_source", "c.target_code as c_target",
      "c.event_date as c_date", "c.date_end as c_date_end", "c.place_name as c_place", "c.place_country as c_place_country", "c.factual",
      "c.num_mentions", "c.num_sources", "c.num_articles", "c.first_seen", "c.last_seen",
      "e.id", "e.article_id", "e.cameo", "e.source_text", "e.source_code", "e.source_country", "e.target_text", "e.target_code", "e.target_country",
      "e.trigger_text", "e.modality", "e.place_name", "e.place_origin", "e.evidence_start", "e.evidence_end",
      "l.background", "l.score", "l.reasons", "a.ref_date", "a.title", "a.publisher", "a.text"])
    .where("a.superseded_by", "is", null);
  if (ids) q = q.where("c.id", "in", ids.length ? ids : [-1]);
  const rows = await q.orderBy("c.event_date").orderBy("c.id").orderBy("a.ref_date").orderBy("e.id").execute();
  const out = new Map<number, StoredCluster>();
  for (const r of rows) {
    let c = out.get(r.cid);
    if (!c) {
      c = {
        id: r.cid, cameo: r.c_cameo, root: r.c_root, sourceCode: r.c_source, targetCode: r.c_target, date: r.c_date, dateEnd: r.c_date_end,
        place: r.c_place, placeCountry: r.c_place_country, factual: r.factual === 1, numMentions: r.num_mentions, numSources: r.num_sources,
        numArticles: r.num_articles, firstSeen: r.first_seen, lastSeen: r.last_seen, mentions: [],
      };
      out.set(r.cid, c);
    }
    c.mentions.push({
      eventId: r.id, articleId: r.article_id, articleDate: r.ref_date, title: r.title, outlet: r.publisher, cameo: r.cameo,
      source: { text: r.source_text, code: r.source_code, country: r.source_country },
      target: { text: r.target_text, code: r.target_code, country: r.target_country },
      trigger: r.trigger_text, modality: r.modality, background: r.background === 1, score: r.score, reasons: parseJsonOr<string[]>(r.reasons, []),
      placeName: r.place_name, placeOrigin: r.place_origin, evidence: r.text.slice(r.evidence_start, r.evidence_end).replace(/\s+/g, " "),
    });
  }
  return [...out.values()];
}
