// Writing one analysed article: everything in one transaction, idempotent by text hash (a unique
// constraint, so concurrent writers on PostgreSQL store a text once), versioned by URL (the same URL
// with new text becomes version n+1, the old one is kept).
import type { Insertable, Kysely, Transaction } from "kysely";
import { beginWrite, isRetryable, lockKey } from "./dialect.js";
import type { Article } from "../text/article.js";
import type { AnalysedDoc } from "../text/analysed.js";
import { createHash } from "node:crypto";
import type { CodingInfo } from "../text/annotations.js";
import type { ActorCode, EventActor, EventRecord } from "../text/annotations.js";
import type { Database, EventTable } from "./schema.js";
import { figureRow } from "./figures-rows.js";
import { writeNegotiations } from "./negotiations-rows.js";

export interface SaveResult {
  status: "new" | "unchanged";
  /** Id of the stored article (the existing one when unchanged). */
  articleId: string;
  version: number;
  /** The version this one replaces, when the URL was seen before with other text. */
  previousVersionId: string | null;
  sentences: number;
  events: number;
}

/** Rows per multi-row INSERT: keeps bound parameters well under SQLite's and PostgreSQL's limits. */
const CHUNK = 400;

async function insertChunked<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Insertable<Database[T]>[]) {
  for (let k = 0; k < rows.length; k += CHUNK) {
    await trx.insertInto(table).values(rows.slice(k, k + CHUNK) as any).execute();
  }
}

const json = (v: unknown) => JSON.stringify(v);

/** Whether an article with this text hash is stored already. */
export async function hasHash(db: Kysely<Database>, hash: string): Promise<boolean> {
  return (await db.selectFrom("articles").select("id").where("hash", "=", hash).executeTakeFirst()) !== undefined;
}

/** A stable key for a coding record: one row per distinct combination. */
function codingKey(c: CodingInfo): string {
  return createHash("sha256").update(JSON.stringify([c.models, c.actors, c.verbs, c.conventions, c.withoutRules])).digest("hex").slice(0, 24);
}

/** The id of the coding record for `c`, added when new (inside the caller's transaction). */
export async function codingId(trx: Transaction<Database>, c: CodingInfo | undefined): Promise<number | null> {
  if (!c) return null;
  const key = codingKey(c);
  await trx.insertInto("codings").values({
    key, models: c.models, actors: json(c.actors), verbs: json(c.verbs), conventions: c.conventions,
    without_rules: json(c.withoutRules), created_at: new Date().toISOString(),
  }).onConflict((oc) => oc.column("key").doNothing()).execute();
  return (await trx.selectFrom("codings").select("id").where("key", "=", key).executeTakeFirstOrThrow()).id;
}

/** Store one analysed article in one transaction; `coding` says what coded it (kept with the article). */
export async function saveAnalysis(db: Kysely<Database>, analysis: AnalysedDoc, coding?: CodingInfo): Promise<SaveResult> {
  // A deadlock or serialisation failure (PostgreSQL under concurrent writers) rolled everything back: run again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute((trx) => saveIn(trx, analysis, coding));
    } catch (err) {
      if (!isRetryable(err) || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  }
}

async function unchanged(trx: Transaction<Database>, hash: string): Promise<SaveResult | null> {
  const same = await trx.selectFrom("articles").select(["id", "version", "previous_version_id"])
    .where("hash", "=", hash).executeTakeFirst();
  if (!same) return null;
  const counts = await countsOf(trx, same.id);
  return { status: "unchanged", articleId: same.id, version: same.version, previousVersionId: same.previous_version_id, ...counts };
}

async function saveIn(trx: Transaction<Database>, analysis: AnalysedDoc, coding?: CodingInfo): Promise<SaveResult> {
  const article = analysis.article;
  await beginWrite(trx);
  const known = await unchanged(trx, article.hash);
  if (known) return known;
  // Writers of one URL take turns, so two new texts of it become versions n+1 and n+2, not two n+1.
  if (article.url) await lockKey(trx, `parley-url:${article.url}`);
  const previous = article.url
    ? await trx.selectFrom("articles").select(["id", "version"])
      .where("url", "=", article.url).where("superseded_by", "is", null).executeTakeFirst()
    : undefined;
  const version = previous ? previous.version + 1 : 1;
  const codingRef = await codingId(trx, coding);
  let id: string | null = null;
  // The unique hash decides between concurrent writers of the same text: the insert of the later one
  // waits for the earlier to commit, then inserts nothing, and the article is reported unchanged.
  for (let attempt = 0; id === null; attempt++) {
    const candidate = await freeId(trx, article);
    const inserted = await trx.insertInto("articles").values({
      id: candidate, hash: article.hash, text: article.text, title: article.title, byline: article.byline,
      url: article.url, source: article.source, publisher: article.publisher,
      ref_date: article.date, date_origin: article.dateOrigin,
      dateline: article.dateline ? json(article.dateline) : null, body_start: article.bodyStart,
      meta: json(article.meta ?? {}), version, previous_version_id: previous?.id ?? null,
      superseded_by: null, ingested_at: new Date().toISOString(), coding_id: codingRef,
    }).onConflict((oc) => oc.doNothing()).returning("id").executeTakeFirst();
    if (inserted) id = inserted.id;
    else {
      const stored = await unchanged(trx, article.hash);
      if (stored) return stored;
      // Another writer took the id (for other text) meanwhile: choose again.
      if (attempt >= 3) throw new Error(`article id ${article.id} is taken`);
    }
  }
  if (previous) {
    await trx.updateTable("articles").set({ superseded_by: id }).where("id", "=", previous.id).execute();
  }
  await writeAnnotations(trx, id, analysis);
  return {
    status: "new", articleId: id, version, previousVersionId: previous?.id ?? null,
    sentences: analysis.sentences.length, events: analysis.events.length,
  };
}

/** Rows of one article in a table of its annotations. */
export async function rowCount(db: Kysely<Database> | Transaction<Database>, table: "sentences" | "events" | "figures", id: string): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).where("article_id", "=", id).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function countsOf(trx: Transaction<Database>, id: string) {
  return { sentences: await rowCount(trx, "sentences", id), events: await rowCount(trx, "events", id) };
}

/** The ingest id when free; a source-given id reused for other text gets the hash appended. */
async function freeId(trx: Transaction<Database>, article: Article): Promise<string> {
  for (const id of [article.id, `${article.id}-${article.hash.slice(0, 8)}`, article.hash]) {
    const taken = await trx.selectFrom("articles").select("id").where("id", "=", id).executeTakeFirst();
    if (!taken) return id;
  }
  throw new Error(`article id ${article.id} is taken`);
}

/** Write the annotations of one analysed article (inside the caller's transaction): its parse, then what was coded. */
export async function writeAnnotations(trx: Transaction<Database>, id: string, a: AnalysedDoc): Promise<void> {
  await writeParse(trx, id, a);
  await writeCoded(trx, id, a);
}

/** The parse layers: sentences and tokens with their tags, lemmas, dependencies and entity tags. */
export async function writeParse(trx: Transaction<Database>, id: string, doc: AnalysedDoc): Promise<void> {
  await insertChunked(trx, "sentences", doc.sentences.map((s) => ({
    article_id: id, idx: s.i, char_start: s.start, char_end: s.end, token_start: s.tokenStart, token_end: s.tokenEnd,
  })));
  await insertChunked(trx, "tokens", doc.tokens.map((t) => ({
    article_id: id, idx: t.i, char_start: t.start, char_end: t.end, sentence: t.sent,
    upos: t.upos, xpos: t.xpos, lemma: t.lemma, head: t.head, deprel: t.deprel, ent: t.ent,
  })));
}

/**
 * Everything coded over the parse (mentions, places, events, figures, and the layers later components add):
 * what `parley recode` replaces. A new coded layer's rows are written here, so ingest and recode agree.
 */
export async function writeCoded(trx: Transaction<Database>, id: string, a: AnalysedDoc): Promise<void> {
  await registerActors(trx, [
    ...a.mentions.map((m) => m.actor),
    ...a.events.flatMap((e) => [e.source, e.target, e.attribution]),
    ...a.figures.flatMap((f) => [f.subjects, f.perpetrator, f.claimant]),
  ]);
  await insertChunked(trx, "mentions", a.mentions.map((m, idx) => ({
    article_id: id, idx, char_start: m.start, char_end: m.end, token_start: m.tokenStart, token_end: m.tokenEnd,
    head_token: m.headToken, text: m.text, type: m.type, actor_code: m.actor?.code ?? null,
    country: m.actor?.country ?? null, sectors: m.actor ? json(m.actor.sectors) : null,
    org: m.actor?.org ?? null, person: m.actor?.person ?? null, via: m.via,
  })));
  await insertChunked(trx, "places", a.places.map((p, idx) => ({
    article_id: id, idx, char_start: p.start, char_end: p.end, text: p.text, name: p.name,
    country: p.country, lat: p.lat, lon: p.lon,
  })));
  await insertChunked(trx, "events", a.events.map((e, idx) => eventRow(id, idx, e)));
  await insertChunked(trx, "figures", a.figures.map((f, idx) => figureRow(id, idx, f)));
  await writeNegotiations(trx, id, a.negotiations);
}

/** Add codes not yet in the actor registry; existing entries are left as they are. */
async function registerActors(trx: Transaction<Database>, found: (Partial<ActorCode> | null | undefined)[]) {
  const byCode = new Map<string, Partial<ActorCode>>();
  for (const a of found) if (a?.code && !byCode.has(a.code)) byCode.set(a.code, a);
  // In code order, so concurrent PostgreSQL writers lock shared codes in the same order and cannot deadlock.
  const rows = [...byCode.values()].sort((x, y) => (x.code! < y.code! ? -1 : x.code! > y.code! ? 1 : 0)).map((a) => ({
    code: a.code!, country: a.country ?? null, sectors: json(a.sectors ?? []), org: a.org ?? null,
  }));
  for (let k = 0; k < rows.length; k += CHUNK) {
    await trx.insertInto("actors").values(rows.slice(k, k + CHUNK))
      .onConflict((oc) => oc.column("code").doNothing()).execute();
  }
}

function actorColumns(role: "source" | "target", a: EventActor | null) {
  return {
    [`${role}_text`]: a?.text ?? null,
    [`${role}_code`]: a?.code ?? null,
    [`${role}_country`]: a?.country ?? null,
    [`${role}_sectors`]: a?.sectors ? json(a.sectors) : null,
    [`${role}_org`]: a?.org ?? null,
    [`${role}_person`]: a?.person ?? null,
    [`${role}_start`]: a?.start ?? null,
    [`${role}_end`]: a?.end ?? null,
  };
}

function eventRow(articleId: string, idx: number, e: EventRecord): Insertable<EventTable> {
  return {
    article_id: articleId, idx, sentence: e.sentence,
    ...actorColumns("source", e.source), ...actorColumns("target", e.target),
    cameo: e.cameo, root: e.root, quad_class: e.quadClass, goldstein: e.goldstein,
    plover_type: e.plover.type, plover_mode: e.plover.mode,
    trigger_text: e.trigger.text, trigger_start: e.trigger.start, trigger_end: e.trigger.end,
    evidence_start: e.evidence.start, evidence_end: e.evidence.end,
    event_date: e.date, date_end: e.dateEnd, date_resolution: e.dateResolution, date_text: e.dateText,
    place_text: e.place?.text ?? null, place_name: e.place?.name ?? null, place_country: e.place?.country ?? null,
    place_lat: e.place?.lat ?? null, place_lon: e.place?.lon ?? null, place_origin: e.place?.origin ?? null,
    attribution_text: e.attribution?.text ?? null, attribution_code: e.attribution?.code ?? null,
    attribution_start: e.attribution?.start ?? null, attribution_end: e.attribution?.end ?? null,
    modality: e.modality, confidence: e.confidence,
    rules: json(e.rules), explain: e.explain ? json(e.explain) : null,
  } as Insertable<EventTable>;
}
