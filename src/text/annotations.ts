// The annotation layers over one text. Every layer is stand-off: a `Span` of character offsets into
// the article's text (and, for what covers tokens, a token range), so any output can cite its evidence
// exactly. Components add layers to an `AnalysedDoc` (./analysed.ts); nothing here rewrites the text.

/** A half-open character range [start, end) into the document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers (always text.slice(start, end)). */
export interface TextSpan extends Span {
  text: string;
}

/** A half-open token range [tokenStart, tokenEnd) into Doc.tokens. */
export interface TokenRange {
  tokenStart: number;
  tokenEnd: number;
}

// ── actors ──────────────────────────────────────────────────────────────────────────────────────────

/** An actor code in CAMEO/Phoenix conventions, kept both as the familiar string ("ISRGOV") and in structured form. */
export interface ActorCode {
  /** The CAMEO/Phoenix string, e.g. "ISRGOV", "USAGOV", "PSECVL", "IGOUNO", "PSENGA". */
  code: string;
  /** ISO 3166 alpha-3 country or territory ("ISR", "PSE"), null for transnational actors. */
  country: string | null;
  /** Sector codes in order ("GOV", "MIL", "HLH"). */
  sectors: string[];
  /** Organisation code ("HMS" for Hamas, "UNO"), null when none. */
  org: string | null;
  /** Canonical person name when the mention is a known person. */
  person: string | null;
}

/** A mention of an actor in the text, resolved to a code when possible. */
export interface Mention extends TextSpan, TokenRange {
  /** Token index of the mention's syntactic head ("Netanyahu"). */
  headToken: number;
  /** Entity type when known: PER, ORG, LOC, GPE, NORP or "" for common-noun agents. */
  type: string;
  /** Resolved code, or null when the mention stays unresolved. */
  actor: ActorCode | null;
  /** How it was resolved, for auditing ("dictionary", "title", "demonym", "coref", "capital", …). */
  via: string;
  /**
   * Members of one compound actor ("Mediators from the US, Qatar and Egypt") share a group id and the
   * compound's span and head token; each member carries its own code. Code one event per member.
   */
  group?: number;
  /** A news organisation or media outlet: a source of reports rather than an actor of events. */
  media?: boolean;
  /** Country inferred for the mention even when it stays unresolved (actor null), e.g. from a title. */
  country?: string | null;
}

/** An actor as an event names it: the words that name it, with its code where one was found. */
export interface EventActor extends TextSpan, Partial<ActorCode> {}

// ── places ──────────────────────────────────────────────────────────────────────────────────────────

/** Where a place is: the fields every place record shares (gazetteer entry, mention, event place). */
export interface Located {
  /** Canonical name ("Rafah"). */
  name: string;
  /** ISO alpha-3. */
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** A place mention in the text, resolved through the gazetteer. */
export interface Place extends TextSpan, Located {}

/** The place of an event: the clause's own, else the dateline's. */
export interface EventPlace extends Located {
  text: string;
  origin: "clause" | "dateline";
}

// ── clauses ─────────────────────────────────────────────────────────────────────────────────────────

export type Modality = "asserted" | "negated" | "intended" | "hypothetical" | "reported" | "proposed";

export interface Oblique {
  /** Case word ("in", "to", "by", "according"), "" when none ("on Thursday" has "on"; "Thursday" alone has ""). */
  case: string;
  /** Relation of the first head ("obl", "obl:tmod", "nmod"). */
  rel: string;
  /** Argument heads, coordination expanded. */
  heads: number[];
}

/** One predicate of a dependency tree with its logical arguments: who does what to whom, and how it is said. */
export interface Frame {
  sentence: number;
  /** Token index of the predicate. */
  predicate: number;
  lemma: string;
  /** True for event nouns ("talks", "offensive") rather than verbs or predicative adjectives. */
  nominal: boolean;
  /** Verb particles ("up" in "stepped up"). */
  particles: string[];
  /** Logical subjects (agents): heads, coordination expanded. */
  subjects: number[];
  /** Logical objects (themes): obj, or the passive subject, or the noun a participle modifies. */
  objects: number[];
  iobjs: number[];
  obliques: Oblique[];
  /**
   * Prepositional modifiers of the objects and obliques ("stepped up its assault **on Rafah**", "travel on Thursday
   * **to Cairo**" with "to Cairo" hung on "Thursday"): where parsers often put what a verb pattern's `prep=` names.
   */
  objectObliques: Oblique[];
  /** Heads of xcomp/ccomp complements (and "to"-infinitives of event nouns). */
  complements: number[];
  voice: "active" | "passive";
  negated: boolean;
  /** Modality cues found, e.g. ["would"], ["due to"], ["if"], ["propose"], ["reported"]. */
  cues: string[];
  modality: Modality;
  tense: "past" | "present" | "future";
  /** Heads of whoever reports the clause ("residents said", "according to Reuters"); empty when none. */
  reporter: number[];
  /** Frame predicate this one depends on, and the relation of the attachment; -1 / "root" at the top. */
  governor: number;
  relation: string;
  /** Whether the subjects came from the clause itself ("own") or were inherited. */
  subjectOrigin: "own" | "inherited" | "none";
  /** Ids of the parser-slip repairs that shaped this frame (see src/clauses/repairs). */
  repairs: string[];
}

/** What the clause component leaves on a document for later components (events, figures). */
export interface ClauseLayer {
  readonly frames: readonly Frame[];
  /** Sentences that a note such as "Reuters could not independently verify …" covers. */
  readonly unverified: ReadonlySet<number>;
}

// ── events ──────────────────────────────────────────────────────────────────────────────────────────

export type QuadClass = 1 | 2 | 3 | 4;

/** How an event came about, for `parley show --explain` and audits. */
export interface EventExplanation {
  /** The predicate's word and lemma, and whether it is an event noun. */
  predicate: string;
  lemma: string;
  nominal: boolean;
  voice: "active" | "passive";
  modality: Modality;
  cues: string[];
  /** The frame's arguments as they read: subjects, objects, and obliques as "case phrase". */
  subjects: string[];
  objects: string[];
  obliques: string[];
  /** Where the matched verb pattern comes from ("data/verbs/12-reject.txt:12"), and how much of it matched. */
  pattern: string;
  specificity: number;
  /** The coding conventions in force ("builtin", "petrarch"). */
  conventions: string;
}

/** The event record: who did what to whom, when, where, according to whom, with evidence. */
export interface EventRecord {
  /** Sentence index in the article's Doc. */
  sentence: number;
  source: EventActor | null;
  target: EventActor | null;
  /** CAMEO code as a string ("0231"): the leading zero is part of the code. */
  cameo: string;
  /** Two-digit CAMEO root ("02"). */
  root: string;
  quadClass: QuadClass;
  goldstein: number;
  plover: { type: string; mode: string | null };
  /** The predicate that carries the event. */
  trigger: TextSpan;
  /** The sentence span: evidence for auditors. */
  evidence: Span;
  /** ISO date (YYYY-MM-DD); dateEnd is set for ranges ("last week"). */
  date: string | null;
  dateEnd: string | null;
  /** How the date was found: "clause" (a time expression), "reference" (article date), … */
  dateResolution: string;
  /** The time expression text when one was used. */
  dateText: string | null;
  place: EventPlace | null;
  /** Who reports it ("residents said"), when the event is reported speech. */
  attribution: EventActor | null;
  modality: Modality;
  /** 0..1, deterministic for the same input and resources. */
  confidence: number;
  /** True when the text says the reporter could not verify it ("Reuters could not independently verify the details"). */
  unverified?: boolean;
  /** Ids of the coding rules (and parser-slip repairs) that shaped this record, in the order they acted. */
  rules: string[];
  explain?: EventExplanation;
}

// ── figures ─────────────────────────────────────────────────────────────────────────────────────────

/** What a figure counts (docs/schema/figure.json lists them with their meaning). */
export const FIGURE_KINDS = [
  "killed", "injured", "casualties", "missing", "hostages_taken", "hostages_held", "hostages_released", "hostages_dead",
  "prisoners_held", "prisoners_released", "detained", "rescued", "displaced", "homeless", "refugees", "sheltering",
  "aid_trucks", "aid_tonnes", "count",
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A number as a range: exact figures have min = best = max; "at least 50" has no max; "about 80" only a best. */
export interface FigureValue {
  min: number | null;
  best: number;
  max: number | null;
}

/** The stretch a figure covers: one incident ("on Thursday") or a running total ("since October 7"). */
export interface FigurePeriod {
  type: "incident" | "cumulative";
  /** The time words it came from ("on October 7", "since then"), null when none. */
  text: string | null;
  /** ISO dates: an incident's day (and last day of a range); a total's first day and, as the end, its as-of date. */
  start: string | null;
  end: string | null;
  /** Where the dates came from: the figure's clause, a clause it hangs on, an earlier sentence ("since then"), or the article's date. */
  resolution: "clause" | "inherited" | "previous" | "reference";
}

/** Where a figure is: its clause's place, else the dateline's, else (set by the "links" component) its event's. */
export interface FigurePlace extends Located {
  text: string;
  origin: "clause" | "dateline" | "event";
}

/** "unverified": the text says it could not be verified; "confirmed": it says so; else as reported. */
export type Verification = "unverified" | "confirmed" | "as-reported";

/** A figure reported in the text: casualties, hostages, prisoners, displaced people, aid. */
export interface Figure extends TextSpan, TokenRange {
  sentence: number;
  kind: FigureKind;
  value: FigureValue;
  /** The words that qualify the number ("at least", "more than", "hundreds of thousands"), or null. */
  qualifier: string | null;
  /** How the words became the number ("digits", "number words: seven", "vague plural: hundreds of thousands ≥ 200,000", "half × 2,300,000"). */
  valueRule: string;
  /** The word that says what happened to them ("killed", "released", "homeless"), when one does. */
  trigger: TextSpan | null;
  /** The people counted ("Palestinians", "displaced Palestinians"), with the actor coder's code where it gives one. */
  subjects: EventActor | null;
  /** Who did it to them, where the sentence says ("killed by Hamas militants", "in Israel's offensive", "Israel freed"). */
  perpetrator: EventActor | null;
  place: FigurePlace | null;
  period: FigurePeriod;
  /** The date the figure stands at (ISO): an "as of" date in the text, else the article's reference date. */
  asOf: string;
  /** Who gives the figure ("Gaza's health ministry says", "according to the UN"), when the text says. */
  claimant: EventActor | null;
  /** The outlet carrying the article (publisher or dateline agency), when known. */
  outlet: string | null;
  verification: Verification;
  /** An unquantified addition the sentence makes ("with thousands more feared buried under rubble"). */
  addition: TextSpan | null;
  /** Index into the document's events of the event the figure belongs to (set by the "links" component), or null. */
  event: number | null;
  /** The sentence span: evidence for auditors. */
  evidence: Span;
  /** Ids of the figure rules that shaped the record, in the order they acted. */
  rules: string[];
}

// ── negotiations ────────────────────────────────────────────────────────────────────────────────────

/** A party to talks: its key (organisation code, else country, else an international body's code, else its name). */
export interface NegotiationParty {
  /** "HMS", "ISR", "USA", "IGOUNO", or the name as written ("G7") when the actor coder gave no code. */
  key: string;
  /** The words that name it here. */
  text: string;
  code: string | null;
}

/** What a term of a proposal or a position is about (data/negotiations/terms.tsv lists the patterns). */
export const TERM_KINDS = [
  "duration", "phases", "ceasefire_type", "hostage_release", "prisoner_release", "withdrawal", "end_of_war",
  "exile", "governance", "aid", "sanctions_relief", "denuclearization", "conditions",
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** One term, structured: "duration" "4.5 months", "phases" "3", "withdrawal" "Israel from Gaza", with its evidence. */
export interface NegotiationTerm {
  kind: TermKind;
  value: string;
  evidence: TextSpan;
  /** The terms.tsv line that read it. */
  rule: string;
}

/** Coarse stances, the ones scored: see data/negotiations/stances.tsv for the fine ones. */
export type StanceClass = "accept" | "reject" | "positive" | "conditions";

export interface ProposalMention extends TextSpan {
  sentence: number;
  /** Definite or possessive ("the Hamas offer", "Hamas' latest offer"): refers back (or, in a lead, forward). */
  definite: boolean;
}

export type ProposalRelationType = "response_to" | "revision_of" | "counter_to";

/** One offer, plan, framework, draft or request within one article. */
export interface Proposal {
  /** Words naming it, from its first indefinite mention where there is one ("a three-phase proposal"). */
  label: string;
  mentions: ProposalMention[];
  proposers: NegotiationParty[];
  /** Who drew it up, when that is said ("drawn up by US and Israeli spy chiefs"). */
  drafters: NegotiationParty[];
  /** Who carried it ("delivered … by Qatari and Egyptian mediators"). */
  mediators: NegotiationParty[];
  recipients: NegotiationParty[];
  /** Index (within the article's proposals) of the proposal this one answers, revises or counters. */
  relation: { type: ProposalRelationType; to: number; evidence: TextSpan } | null;
  /** Steps the text dates: drafted, delivered, proposed, presented. */
  steps: { step: string; date: string | null; evidence: TextSpan }[];
  terms: NegotiationTerm[];
  /** The sentence of the first mention. */
  evidence: Span;
}

/** A party's answer to a proposal, or a standing position in the talks. */
export interface NegotiationResponse {
  sentence: number;
  party: NegotiationParty;
  /** Fine stance as stances.tsv names it ("rejects", "declares unacceptable", "sees room to negotiate"). */
  stance: string;
  stanceClass: StanceClass;
  /** Index of the proposal answered, or null for a position. */
  proposal: number | null;
  date: string | null;
  /** Whoever the text says reports it ("told NBC News", "Kirby said"), when not the party itself. */
  speaker: TextSpan | null;
  modality: Modality;
  trigger: TextSpan;
  /** The conditions or sticking points the position names, read as terms. */
  conditions: NegotiationTerm[];
  evidence: Span;
  /** The stances.tsv line that read it. */
  rule: string;
}

/** Talks, a meeting, a summit or a visit. */
export interface NegotiationMeeting {
  sentence: number;
  kind: string;
  trigger: TextSpan;
  venue: { text: string; name: string; country: string | null } | null;
  date: string | null;
  parties: NegotiationParty[];
  /** Who leads a delegation ("led by senior official Khalil Al Hayya"). */
  leader: TextSpan | null;
  status: "planned" | "held" | "failed";
  evidence: Span;
}

/** An earlier agreement mentioned in passing ("the only truce to date, lasting a week"). */
export interface PastAgreement {
  sentence: number;
  trigger: TextSpan;
  status: "implemented";
  terms: NegotiationTerm[];
  /** Indices into the document's figures given in the same sentence (hostages released, prisoners freed). */
  figures: number[];
  date: string | null;
  evidence: Span;
}

/** The talks an article reports: named by its parties ("Israel–Hamas"). */
export interface NegotiationProcess {
  name: string;
  parties: NegotiationParty[];
  mediators: NegotiationParty[];
}

/** An article with its negotiation layer, as the store gives it to the board across articles. */
export interface NegotiationArticle {
  id: string;
  title: string | null;
  url: string | null;
  date: string;
  text: string;
  layer: NegotiationLayer;
  /** Store ids of the article's proposals, by index. */
  proposalIds: Map<number, number>;
}

/** What the negotiations component leaves on a document. */
export interface NegotiationLayer {
  process: NegotiationProcess | null;
  proposals: Proposal[];
  responses: NegotiationResponse[];
  meetings: NegotiationMeeting[];
  agreements: PastAgreement[];
}

// ── coding ──────────────────────────────────────────────────────────────────────────────────────────

/** A resource that coded an article: what coded it, stored with it (src/pipeline/coding.ts builds it). */
export interface ResourceRef {
  /** A file path as given, or "built-in" for the package's own data. */
  name: string;
  sha256: string;
}

export interface CodingInfo {
  /** Content hash of the model files (tagger, lemmatizer, parser, NER): equal hashes parse alike. */
  models: string;
  actors: ResourceRef[];
  verbs: ResourceRef[];
  conventions: string;
  withoutRules: string[];
}
