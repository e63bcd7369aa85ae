// Turning stored event rows back into EventRecords, with the ids and context exports need.
import type { EventActor, EventExplanation, EventRecord, Modality, QuadClass } from "../text/annotations.js";
import type { EventRow } from "./schema.js";
import { parseJsonOr } from "../util/json.js";

/** An event as read from the store: the record plus where it lives and its evidence text. */
export interface StoredEvent extends EventRecord {
  /** Store-wide integer id (stable for the life of the database). */
  id: number;
  articleId: string;
  /** Position of the event within its article. */
  idx: number;
  /** Ids of the coding rules that produced the event (empty when none were recorded). */
  rules: string[];
  /** The event cluster it belongs to; null when the store is not linked. */
  cluster: EventCluster | null;
  /** The evidence sentence, sliced from the article text. */
  sentenceText: string;
  article: {
    title: string | null; url: string | null; date: string; source: string; publisher: string | null; ingestedAt: string;
    /** How the article's reference date was fixed: "ingest" means no date was found and the ingest day was used. */
    dateOrigin: string;
  };
}

/** An event's cluster as exports show it: its link and the cluster's counts (GDELT's NumMentions, NumSources, NumArticles). */
export interface EventCluster {
  id: number;
  score: number;
  reasons: string[];
  background: boolean;
  representative: boolean;
  factual: boolean;
  numMentions: number;
  numSources: number;
  numArticles: number;
  firstSeen: string;
  lastSeen: string;
  /** The most precise date its mentions give. */
  date: string | null;
  dateEnd: string | null;
}

type Role = "source" | "target";

function actorOf(row: EventRow, role: Role): EventActor | null {
  const r = row as unknown as Record<string, unknown>;
  const text = r[`${role}_text`] as string | null;
  if (text === null) return null;
  const actor: EventActor = { text, start: r[`${role}_start`] as number, end: r[`${role}_end`] as number };
  // An actor may have a country (or sectors) without a full code ("Israeli officials" with no
  // dictionary entry): keep whatever structure is stored, not only when a code is.
  const code = r[`${role}_code`] as string | null;
  const country = (r[`${role}_country`] as string | null) ?? null;
  const sectors = r[`${role}_sectors`] as string | null;
  const org = (r[`${role}_org`] as string | null) ?? null;
  const person = (r[`${role}_person`] as string | null) ?? null;
  if (code !== null || country !== null || sectors !== null || org !== null || person !== null) {
    Object.assign(actor, { code, country, sectors: sectors ? JSON.parse(sectors) : [], org, person });
  }
  return actor;
}

export type EventRowWithArticle = EventRow & {
  a_title: string | null; a_url: string | null; a_date: string; a_source: string; a_publisher: string | null; a_ingested_at: string; a_date_origin: string;
} & Partial<ClusterColumns>;

/** The cluster columns listEvents reads beside each event (null when unlinked). */
export interface ClusterColumns {
  c_id: number | null; c_score: number | null; c_reasons: string | null; c_background: number | null; c_rep: number | null; c_factual: number | null;
  c_mentions: number | null; c_sources: number | null; c_articles: number | null; c_first: string | null; c_last: string | null;
  c_date: string | null; c_date_end: string | null;
}

function clusterOf(row: EventRowWithArticle): EventCluster | null {
  if (row.c_id === null || row.c_id === undefined) return null;
  return {
    id: row.c_id, score: row.c_score ?? 1, reasons: parseJsonOr<string[]>(row.c_reasons ?? "[]", []), background: row.c_background === 1,
    representative: row.c_rep === row.id, factual: row.c_factual === 1,
    numMentions: Math.max(1, row.c_mentions ?? 1), numSources: Math.max(1, row.c_sources ?? 1), numArticles: Math.max(1, row.c_articles ?? 1),
    firstSeen: row.c_first ?? row.a_date, lastSeen: row.c_last ?? row.a_date, date: row.c_date ?? null, dateEnd: row.c_date_end ?? null,
  };
}


/** `text` is the article's full text, from which the evidence sentence is sliced. */
export function toStoredEvent(row: EventRowWithArticle, text: string): StoredEvent {
  return {
    id: row.id, articleId: row.article_id, idx: row.idx, sentence: row.sentence,
    source: actorOf(row, "source"), target: actorOf(row, "target"),
    cameo: row.cameo, root: row.root, quadClass: row.quad_class as QuadClass, goldstein: row.goldstein,
    plover: { type: row.plover_type, mode: row.plover_mode },
    trigger: { text: row.trigger_text, start: row.trigger_start, end: row.trigger_end },
    evidence: { start: row.evidence_start, end: row.evidence_end },
    date: row.event_date, dateEnd: row.date_end, dateResolution: row.date_resolution, dateText: row.date_text,
    place: row.place_name === null && row.place_text === null ? null : {
      text: row.place_text ?? "", name: row.place_name ?? "", country: row.place_country,
      lat: row.place_lat, lon: row.place_lon, origin: (row.place_origin ?? "clause") as "clause" | "dateline",
    },
    attribution: row.attribution_text === null ? null : {
      text: row.attribution_text, start: row.attribution_start ?? 0, end: row.attribution_end ?? 0,
      ...(row.attribution_code ? { code: row.attribution_code } : {}),
    },
    modality: row.modality as Modality, confidence: row.confidence,
    rules: parseJsonOr<string[]>(row.rules, []),
    ...(row.explain ? { explain: parseJsonOr<EventExplanation | undefined>(row.explain, undefined) } : {}),
    cluster: clusterOf(row),
    sentenceText: text.slice(row.evidence_start, row.evidence_end),
    article: { title: row.a_title, url: row.a_url, date: row.a_date, source: row.a_source, publisher: row.a_publisher, ingestedAt: row.a_ingested_at, dateOrigin: row.a_date_origin },
  };
}
