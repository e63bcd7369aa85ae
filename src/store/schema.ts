// The store's typed schema: one interface per table, used by every query through Kysely.
// Portable on purpose (a PostgreSQL backend is planned): JSON is kept as text, booleans as 0/1,
// dates as ISO strings, and columns avoid SQL keywords (char_start/char_end, idx).
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

/** JSON held as text; callers parse it where they need the structure. */
export type JsonText = string;

export interface ArticleTable {
  /** Article id from ingestion (short hash or the source's own id), made unique on collision. */
  id: string;
  hash: string;
  text: string;
  title: string | null;
  byline: string | null;
  url: string | null;
  source: string;
  publisher: string | null;
  /** Reference date (YYYY-MM-DD) and how it was fixed (option, metadata, dateline, ingest). */
  ref_date: string;
  date_origin: string;
  dateline: JsonText | null;
  body_start: number;
  meta: JsonText;
  version: number;
  previous_version_id: string | null;
  /** Set on the older version when a newer one of the same URL arrives; latest versions have null. */
  superseded_by: string | null;
  ingested_at: string;
  /** The coding (models, dictionaries, conventions) that produced the article's annotations; null before codings were kept. */
  coding_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface CodingTable {
  id: Generated<number>;
  /** Hash of the fields below: one row per distinct combination. */
  key: string;
  models: string;
  /** JSON lists of {name, sha256}: the actor and verb dictionaries. */
  actors: JsonText;
  verbs: JsonText;
  conventions: string;
  /** JSON list of rule ids switched off. */
  without_rules: JsonText;
  created_at: string;
}

export interface SentenceTable {
  article_id: string;
  idx: number;
  char_start: number;
  char_end: number;
  token_start: number;
  token_end: number;
}

/** Tokens are spans only: their text is sliced from the article when needed. */
export interface TokenTable {
  article_id: string;
  idx: number;
  char_start: number;
  char_end: number;
  sentence: number;
  upos: string;
  xpos: string;
  lemma: string;
  head: number;
  deprel: string;
  ent: string;
}

export interface ActorTable {
  code: string;
  country: string | null;
  sectors: JsonText;
  org: string | null;
}

export interface MentionTable {
  id: Generated<number>;
  article_id: string;
  idx: number;
  char_start: number;
  char_end: number;
  token_start: number;
  token_end: number;
  head_token: number;
  text: string;
  type: string;
  actor_code: string | null;
  country: string | null;
  sectors: JsonText | null;
  org: string | null;
  person: string | null;
  via: string;
}

export interface PlaceTable {
  id: Generated<number>;
  article_id: string;
  idx: number;
  char_start: number;
  char_end: number;
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** Where an event or figure is: the place record flattened (origin "clause", "dateline", and for figures "event"). */
export interface PlaceColumns {
  place_text: string | null;
  place_name: string | null;
  place_country: string | null;
  place_lat: number | null;
  place_lon: number | null;
  place_origin: string | null;
}

export interface EventTable extends PlaceColumns {
  id: Generated<number>;
  article_id: string;
  /** Order of the event within its article. */
  idx: number;
  sentence: number;
  source_text: string | null;
  source_code: string | null;
  source_country: string | null;
  source_sectors: JsonText | null;
  source_org: string | null;
  source_person: string | null;
  source_start: number | null;
  source_end: number | null;
  target_text: string | null;
  target_code: string | null;
  target_country: string | null;
  target_sectors: JsonText | null;
  target_org: string | null;
  target_person: string | null;
  target_start: number | null;
  target_end: number | null;
  cameo: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover_type: string;
  plover_mode: string | null;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  evidence_start: number;
  evidence_end: number;
  event_date: string | null;
  date_end: string | null;
  date_resolution: string;
  date_text: string | null;
  attribution_text: string | null;
  attribution_code: string | null;
  attribution_start: number | null;
  attribution_end: number | null;
  modality: string;
  confidence: number;
  /** JSON list of the ids of the coding rules that shaped the event. */
  rules: ColumnType<JsonText, JsonText | undefined, JsonText>;
  /** JSON EventExplanation (frame and pattern), or null. */
  explain: JsonText | null;
}

/** An actor of a figure flattened into `<role>_text`, `_start`, `_end`, `_code`, `_country`, `_sectors` (JSON), `_org`. */
type FigureActorColumns<R extends string> = {
  [K in "text" | "start" | "end" | "code" | "country" | "sectors" | "org" as `${R}_${K}`]: K extends "start" | "end" ? number | null : string | null;
};

/** One figure (src/store/migrations/2026-12-02-001-figures.ts): the Figure record flattened; people, perpetrator and claimant as actor columns. */
export interface FigureTable extends PlaceColumns, FigureActorColumns<"subjects">, FigureActorColumns<"perpetrator">, FigureActorColumns<"claimant"> {
  id: Generated<number>;
  article_id: string;
  idx: number;
  sentence: number;
  kind: string;
  value_min: number | null;
  value_best: number;
  value_max: number | null;
  qualifier: string | null;
  value_rule: string;
  char_start: number;
  char_end: number;
  text: string;
  token_start: number | null;
  token_end: number | null;
  trigger_text: string | null;
  trigger_start: number | null;
  trigger_end: number | null;
  /** "incident" or "cumulative". */
  period_type: string;
  period_text: string | null;
  period_start: string | null;
  period_end: string | null;
  period_resolution: string;
  as_of: string | null;
  outlet: string | null;
  /** "unverified", "confirmed" or "as-reported". */
  verification: string;
  addition_text: string | null;
  addition_start: number | null;
  addition_end: number | null;
  /** `idx` of the article's event the figure belongs to, or null. */
  event_idx: number | null;
  evidence_start: number | null;
  evidence_end: number | null;
  /** JSON list of the ids of the figure rules that shaped it. */
  rules: ColumnType<JsonText, JsonText | undefined, JsonText>;
}

export interface RunTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string | null;
  command: string;
  new_count: ColumnType<number, number | undefined, number>;
  unchanged_count: ColumnType<number, number | undefined, number>;
  failed_count: ColumnType<number, number | undefined, number>;
  sentence_count: ColumnType<number, number | undefined, number>;
  event_count: ColumnType<number, number | undefined, number>;
  /** JSON array of "where: reason" lines. */
  errors: ColumnType<JsonText, JsonText | undefined, JsonText>;
}

/** An event cluster (src/store/migrations/2026-12-02-020-clusters.ts): the canonical record of one real-world event and its counts. */
export interface EventClusterTable {
  id: Generated<number>;
  /** The member event whose code and actors the cluster shows. */
  representative: number | null;
  cameo: string;
  root: string;
  source_code: string | null;
  target_code: string | null;
  /** The most precise date any member gives. */
  event_date: string | null;
  date_end: string | null;
  place_name: string | null;
  place_country: string | null;
  /** 1 when some member is asserted or reported; a cluster of negated or hypothetical mentions only stays 0. */
  factual: number;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  /** Reference dates of the first and last article that mention it. */
  first_seen: string | null;
  last_seen: string | null;
  /** Set (by a trigger) when a link was deleted: recounted by the next linking pass. */
  stale: ColumnType<number, number | undefined, number>;
}

/** One event's place in a cluster, and why it is there. */
export interface ClusterLinkTable {
  event_id: number;
  cluster_id: number;
  /** The event it was linked to (null for the event that opened the cluster). */
  linked_to: number | null;
  score: number;
  /** JSON list of the features that agreed ("same-trigger", "code", "dyad", "date", …). */
  reasons: JsonText;
  /** 1 for a mention of a past event (an explicit date well before the article's). */
  background: number;
}

// ── the negotiation board (src/store/migrations/2026-12-02-010-negotiations.ts) ──

interface ArticleRowKey {
  id: Generated<number>;
  article_id: string;
  idx: number;
}

export interface NegotiationProcessTable extends ArticleRowKey {
  name: string;
  /** JSON lists of {key, text, code}. */
  parties: JsonText;
  mediators: JsonText;
}

export interface NegotiationProposalTable extends ArticleRowKey {
  label: string;
  /** JSON list of {start, end, text, sentence, definite}. */
  mentions: JsonText;
  proposers: JsonText;
  drafters: JsonText;
  mediators: JsonText;
  recipients: JsonText;
  relation_type: string | null;
  /** idx of the related proposal in the same article. */
  relation_to: number | null;
  relation_text: string | null;
  relation_start: number | null;
  relation_end: number | null;
  /** JSON list of {step, date, evidence}. */
  steps: JsonText;
  evidence_start: number;
  evidence_end: number;
}

export interface NegotiationTermTable extends ArticleRowKey {
  /** "proposal", "response" or "agreement", and the idx of that row. */
  owner: string;
  owner_idx: number;
  kind: string;
  value: string;
  text: string;
  char_start: number;
  char_end: number;
  rule: string;
}

export interface NegotiationResponseTable extends ArticleRowKey {
  sentence: number;
  party_key: string;
  party_text: string;
  party_code: string | null;
  stance: string;
  stance_class: string;
  proposal_idx: number | null;
  date: string | null;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  modality: string;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  evidence_start: number;
  evidence_end: number;
  rule: string;
}

export interface NegotiationMeetingTable extends ArticleRowKey {
  sentence: number;
  kind: string;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  venue_text: string | null;
  venue_name: string | null;
  venue_country: string | null;
  date: string | null;
  parties: JsonText;
  leader_text: string | null;
  leader_start: number | null;
  leader_end: number | null;
  status: string;
  evidence_start: number;
  evidence_end: number;
}

export interface NegotiationAgreementTable extends ArticleRowKey {
  sentence: number;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  status: string;
  /** JSON list of indices into the article's figures (figures.idx). */
  figures: JsonText;
  date: string | null;
  evidence_start: number;
  evidence_end: number;
}

/** A feed's validators from its last full read, for If-None-Match / If-Modified-Since. */
export interface FeedStateTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  checked_at: string;
}

export interface Database {
  articles: ArticleTable;
  sentences: SentenceTable;
  tokens: TokenTable;
  actors: ActorTable;
  mentions: MentionTable;
  places: PlaceTable;
  events: EventTable;
  figures: FigureTable;
  runs: RunTable;
  codings: CodingTable;
  event_clusters: EventClusterTable;
  cluster_links: ClusterLinkTable;
  negotiation_processes: NegotiationProcessTable;
  negotiation_proposals: NegotiationProposalTable;
  negotiation_terms: NegotiationTermTable;
  negotiation_responses: NegotiationResponseTable;
  negotiation_meetings: NegotiationMeetingTable;
  negotiation_agreements: NegotiationAgreementTable;
  feed_state: FeedStateTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type EventRow = Selectable<EventTable>;
export type MentionRow = Selectable<MentionTable>;
export type RunRow = Selectable<RunTable>;
export type FigureRow = Selectable<FigureTable>;
export type NewEvent = Insertable<EventTable>;
