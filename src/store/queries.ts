// Reading the store: article lists, one article with its annotations, and filtered events.
// Portable SQL only (lower, like … escape, count), shared by the SQLite and PostgreSQL backends; LIKE is
// always applied to lower() of both sides (SQLite's is case-blind, PostgreSQL's is not), and text is
// ordered as SQLite orders it (./dialect.ts).
import type { Expression, Kysely, SqlBool } from "kysely";
import { sql } from "./kysely.js";
import { UserError } from "../errors.js";
import { ascending } from "./dialect.js";
import type { ArticleRow, Database, MentionRow } from "./schema.js";
import { toStoredEvent, type EventRowWithArticle, type StoredEvent } from "./events-read.js";

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  source: string;
  publisher: string | null;
  date: string;
  dateOrigin: string;
  version: number;
  latest: boolean;
  sentences: number;
  events: number;
  ingestedAt: string;
}

export interface ArticleQuery {
  /** Include superseded versions too (default: latest versions only). */
  allVersions?: boolean;
  limit?: number;
}

export async function listArticles(db: Kysely<Database>, q: ArticleQuery = {}): Promise<ArticleSummary[]> {
  let query = db.selectFrom("articles as a")
    .select((eb) => [
      "a.id", "a.title", "a.url", "a.source", "a.publisher", "a.ref_date", "a.date_origin", "a.version",
      "a.superseded_by", "a.ingested_at",
      eb.selectFrom("sentences").select(eb.fn.countAll<number>().as("n")).whereRef("sentences.article_id", "=", "a.id").as("sentences"),
      eb.selectFrom("events").select(eb.fn.countAll<number>().as("n")).whereRef("events.article_id", "=", "a.id").as("events"),
    ])
    .orderBy("a.ref_date", ascending(db)).orderBy("a.id", ascending(db));
  if (!q.allVersions) query = query.where("a.superseded_by", "is", null);
  if (q.limit !== undefined) query = query.limit(q.limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id, title: r.title, url: r.url, source: r.source, publisher: r.publisher, date: r.ref_date,
    dateOrigin: r.date_origin, version: r.version, latest: r.superseded_by === null,
    sentences: Number(r.sentences ?? 0), events: Number(r.events ?? 0), ingestedAt: r.ingested_at,
  }));
}

/** Escape LIKE wildcards so user text matches literally (used with `escape '\'`). */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function like(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern.toLowerCase()} escape '\\'`;
}

/** Find an article by id or unique id prefix; a clear error when none or several match. */
export async function findArticle(db: Kysely<Database>, ref: string): Promise<ArticleRow> {
  const exact = await db.selectFrom("articles").selectAll().where("id", "=", ref).executeTakeFirst();
  if (exact) return exact;
  const matches = await db.selectFrom("articles").selectAll()
    .where(sql<SqlBool>`lower(${sql.ref("id")}) like ${likeEscape(ref.toLowerCase()) + "%"} escape '\\'`)
    .orderBy("id", ascending(db)).limit(6).execute();
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw new UserError(`no article with id or prefix "${ref}"`);
  throw new UserError(`"${ref}" matches several articles (${matches.slice(0, 5).map((m) => m.id).join(", ")}…); give more of the id`);
}

export interface EventFilter {
  /** Actor as source or target: a code prefix ("US" → USA, USAGOV) or whole words of its text ("US" never matches "Australia"). */
  actor?: string;
  /** CAMEO code prefix ("19" matches 190…196). */
  code?: string;
  /** PLOVER v2 type, already checked against the ontology. */
  plover?: string;
  /** Inclusive bounds on the event date (YYYY-MM-DD). */
  since?: string;
  until?: string;
  /** Article id (exact; resolve prefixes with findArticle first). */
  article?: string;
  /** Place name, text or country code. */
  place?: string;
  /** Keep only these modalities (asserted, reported, …); all when absent. */
  modality?: string[];
  /** Keep only events with at least this confidence (0..1). */
  minConfidence?: number;
  /** Keep only events one of whose coding rules has this id. */
  rule?: string;
  /** Only events of articles ingested at or after this ISO timestamp (see newSinceBound). */
  ingestedAfter?: string;
  limit?: number;
  /** Skip this many events first (pages). */
  offset?: number;
  allVersions?: boolean;
}

/** `--new-since`: a run number (articles ingested after that run ended) or a date (ingested on or after it). */
export async function newSinceBound(db: Kysely<Database>, v: string): Promise<string> {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (!/^\d+$/.test(v)) throw new UserError(`--new-since expects an ingest run number or a date YYYY-MM-DD, got "${v}"`);
  const run = await db.selectFrom("runs").select(["started_at", "finished_at"]).where("id", "=", Number(v)).executeTakeFirst();
  if (!run) throw new UserError(`--new-since: no run ${v} in the runs log`);
  return run.finished_at ?? run.started_at;
}

/** Whole-word, case-insensitive match: "US" finds "US forces" and "the US's", never "Australia" or "USAID". */
export function hasWords(text: string, words: string): boolean {
  return wordsMatcher(words)(text);
}

/** hasWords with its pattern compiled once, for checking many texts. */
function wordsMatcher(words: string): (text: string) => boolean {
  const escaped = words.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
  return (text) => re.test(text);
}

/** The actor filter on one side's code, country and text: a code prefix, or whole words of the text. */
function actorMatcher(actor: string): (code: string | null, country: string | null, text: string | null) => boolean {
  const prefix = actor.toUpperCase();
  const words = wordsMatcher(actor);
  return (code, country, text) => text !== null && ((code ?? country ?? "").startsWith(prefix) || words(text));
}

/** The events table joined to its articles with every filter of `f` but the limit applied (the actor only by SQL's superset). */
function filteredEvents(db: Kysely<Database>, f: EventFilter) {
  let q = db.selectFrom("events as e").innerJoin("articles as a", "a.id", "e.article_id");
  // Naming an article asks for its events, whichever version it is.
  if (!f.allVersions && !f.article) q = q.where("a.superseded_by", "is", null);
  if (f.actor) {
    // SQL narrows to codes with the prefix or texts holding the string; whole words are checked after reading.
    const code = `${likeEscape(f.actor.toUpperCase())}%`;
    const text = `%${likeEscape(f.actor.trim())}%`;
    q = q.where((eb) => eb.or([
      eb("e.source_code", "like", code), eb("e.target_code", "like", code),
      eb("e.source_country", "like", code), eb("e.target_country", "like", code),
      like("e.source_text", text), like("e.target_text", text),
    ]));
  }
  if (f.code) q = q.where(sql<SqlBool>`${sql.ref("e.cameo")} like ${likeEscape(f.code) + "%"} escape '\\'`);
  if (f.plover) q = q.where("e.plover_type", "=", f.plover.toUpperCase());
  if (f.since) q = q.where("e.event_date", ">=", f.since);
  if (f.until) q = q.where("e.event_date", "<=", f.until);
  if (f.article) q = q.where("e.article_id", "=", f.article);
  if (f.ingestedAfter) q = q.where("a.ingested_at", ">=", f.ingestedAfter);
  if (f.place) {
    const text = `%${likeEscape(f.place)}%`;
    q = q.where((eb) => eb.or([
      like("e.place_name", text), like("e.place_text", text), eb("e.place_country", "=", f.place!.toUpperCase()),
    ]));
  }
  if (f.modality?.length) q = q.where("e.modality", "in", f.modality);
  if (f.minConfidence !== undefined) q = q.where("e.confidence", ">=", f.minConfidence);
  // rules is a JSON array of strings: the id's JSON form, quotes included, appears in it verbatim.
  if (f.rule) q = q.where(like("e.rules", "%" + likeEscape(JSON.stringify(f.rule)) + "%"));
  return q;
}

export async function listEvents(db: Kysely<Database>, f: EventFilter = {}): Promise<StoredEvent[]> {
  if (!f.actor && !f.offset) {
    let q = fullRows(filteredEvents(db, f)).orderBy("e.event_date", ascending(db)).orderBy("a.ref_date", ascending(db)).orderBy("e.article_id", ascending(db)).orderBy("e.idx");
    if (f.limit !== undefined) q = q.limit(f.limit);
    return withTexts(db, (await q.execute()) as EventRowWithArticle[]);
  }
  // A deep page or an actor (whole words are checked after reading): find the page's ids on light
  // rows first, then read only those events whole.
  return eventsById(db, await matchingIds(db, f));
}

/** One page of the events `f` selects with the number selected in all (what an API page needs), reading the ids once. */
export async function pageEvents(db: Kysely<Database>, f: EventFilter & { limit: number }): Promise<{ total: number; events: StoredEvent[] }> {
  if (!f.actor) return { total: await countEvents(db, f), events: await listEvents(db, f) };
  const ids = await matchingIds(db, { ...f, limit: undefined, offset: undefined });
  const from = f.offset ?? 0;
  return { total: ids.length, events: await eventsById(db, ids.slice(from, from + f.limit)) };
}

function fullRows(q: ReturnType<typeof filteredEvents>) {
  return q.selectAll("e").select(["a.title as a_title", "a.url as a_url", "a.ref_date as a_date", "a.source as a_source",
    "a.publisher as a_publisher", "a.ingested_at as a_ingested_at", "a.date_origin as a_date_origin"])
    .leftJoin("cluster_links as l", "l.event_id", "e.id").leftJoin("event_clusters as c", "c.id", "l.cluster_id")
    .select(["l.cluster_id as c_id", "l.score as c_score", "l.reasons as c_reasons", "l.background as c_background", "c.representative as c_rep",
      "c.factual as c_factual", "c.num_mentions as c_mentions", "c.num_sources as c_sources", "c.num_articles as c_articles",
      "c.first_seen as c_first", "c.last_seen as c_last", "c.event_date as c_date", "c.date_end as c_date_end"]);
}

/** The events with these ids, in the order given. */
async function eventsById(db: Kysely<Database>, ids: number[]): Promise<StoredEvent[]> {
  const byId = new Map<number, EventRowWithArticle>();
  for (let k = 0; k < ids.length; k += 500) {
    const rows = (await fullRows(filteredEvents(db, { allVersions: true })).where("e.id", "in", ids.slice(k, k + 500)).execute()) as EventRowWithArticle[];
    for (const r of rows) byId.set(r.id, r);
  }
  return withTexts(db, ids.flatMap((id) => byId.get(id) ?? []));
}

async function withTexts(db: Kysely<Database>, rows: EventRowWithArticle[]): Promise<StoredEvent[]> {
  const texts = await articleTexts(db, [...new Set(rows.map((r) => r.article_id))]);
  return rows.map((r) => toStoredEvent(r, texts.get(r.article_id) ?? ""));
}

/** What views that count events need of each: its date, class, dyad and place, without text or evidence. */
export interface EventFacts {
  id: number;
  date: string | null;
  quadClass: number;
  cameo: string;
  source: { code: string | null; country: string | null; text: string } | null;
  target: { code: string | null; country: string | null; text: string } | null;
  place: { name: string | null; country: string | null; lat: number | null; lon: number | null } | null;
}

/** The facts of every event `f` selects (limit and offset ignored): for counts, timelines and networks. */
export async function eventFacts(db: Kysely<Database>, f: EventFilter = {}): Promise<EventFacts[]> {
  const rows = await filteredEvents(db, f)
    .select(["e.id", "e.event_date", "e.quad_class", "e.cameo", "e.source_code", "e.source_country", "e.source_text",
      "e.target_code", "e.target_country", "e.target_text", "e.place_name", "e.place_country", "e.place_lat", "e.place_lon"])
    .orderBy("e.event_date", ascending(db)).orderBy("a.ref_date", ascending(db)).orderBy("e.article_id", ascending(db)).orderBy("e.idx")
    .execute();
  const side = (code: string | null, country: string | null, text: string | null) => text === null ? null : { code, country, text };
  const facts = rows.map((r) => ({
    id: r.id, date: r.event_date, quadClass: r.quad_class, cameo: r.cameo,
    source: side(r.source_code, r.source_country, r.source_text), target: side(r.target_code, r.target_country, r.target_text),
    place: r.place_name === null && r.place_country === null ? null : { name: r.place_name, country: r.place_country, lat: r.place_lat, lon: r.place_lon },
  }));
  if (!f.actor) return facts;
  const matches = actorMatcher(f.actor);
  return facts.filter((e) => [e.source, e.target].some((a) => a !== null && matches(a.code, a.country, a.text)));
}

/** The ids of the events `f` selects, in listing order, limit and offset applied; read from light rows. */
async function matchingIds(db: Kysely<Database>, f: EventFilter): Promise<number[]> {
  let q = filteredEvents(db, f)
    .select(["e.id", "e.source_code", "e.source_country", "e.source_text", "e.target_code", "e.target_country", "e.target_text"])
    .orderBy("e.event_date", ascending(db)).orderBy("a.ref_date", ascending(db)).orderBy("e.article_id", ascending(db)).orderBy("e.idx");
  if (!f.actor) {
    q = q.limit(f.limit ?? -1);
    if (f.offset) q = q.offset(f.offset);
    return (await q.execute()).map((r) => r.id);
  }
  const matches = actorMatcher(f.actor);
  const ids = (await q.execute())
    .filter((r) => matches(r.source_code, r.source_country, r.source_text) || matches(r.target_code, r.target_country, r.target_text))
    .map((r) => r.id);
  const from = f.offset ?? 0;
  return ids.slice(from, f.limit === undefined ? undefined : from + f.limit);
}

/** How many events `f` selects, limit and offset aside. */
export async function countEvents(db: Kysely<Database>, f: EventFilter = {}): Promise<number> {
  if (f.actor) return (await matchingIds(db, { ...f, limit: undefined, offset: undefined })).length;
  const r = await filteredEvents(db, f).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  return Number(r?.n ?? 0);
}

async function articleTexts(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let k = 0; k < ids.length; k += 500) {
    const rows = await db.selectFrom("articles").select(["id", "text"]).where("id", "in", ids.slice(k, k + 500)).execute();
    for (const r of rows) out.set(r.id, r.text);
  }
  return out;
}

export interface ArticleDetail {
  article: ArticleRow;
  sentences: { idx: number; start: number; end: number }[];
  mentions: MentionRow[];
  events: StoredEvent[];
}

export async function articleDetail(db: Kysely<Database>, ref: string): Promise<ArticleDetail> {
  const article = await findArticle(db, ref);
  const sentences = (await db.selectFrom("sentences").select(["idx", "char_start", "char_end"])
    .where("article_id", "=", article.id).orderBy("idx").execute())
    .map((s) => ({ idx: s.idx, start: s.char_start, end: s.char_end }));
  const mentions = await db.selectFrom("mentions").selectAll().where("article_id", "=", article.id).orderBy("idx").execute();
  const events = await listEvents(db, { article: article.id, allVersions: true });
  events.sort((x, y) => x.idx - y.idx);
  return { article, sentences, mentions, events };
}

/** Row counts per table: summaries and consistency checks. */
export async function tableCounts(db: Kysely<Database>): Promise<Record<keyof Database, number>> {
  const tables: (keyof Database)[] = ["articles", "sentences", "tokens", "actors", "mentions", "places", "events", "figures", "runs"];
  const out = {} as Record<keyof Database, number>;
  for (const t of tables) {
    const r = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
    out[t] = Number(r?.n ?? 0);
  }
  return out;
}
