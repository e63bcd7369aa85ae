// PLOVER event records (PLOVER manual v2.0, "Data Fields"): one JSON object per line, as the manual
// suggests. Required: id, date, actor, event. An entity's `code` is its country (ISO alpha-3, KOS for
// Kosovo) or, for a stateless actor, one of the manual's non-state codes (IGO, UNO, EUR, NGO, ISM, IMG,
// MNC); `sector` is in PLOVER's vocabulary (media JRN, health MED). Events PLOVER does not code are
// left out and counted in a note: CAMEO 01 statements (no PLOVER category) and events with no actor.
// parley adds its own named fields (cameo, modality, confidence, evidence, date_origin), as the manual allows.
import type { EventActor, EventPlace } from "../text/annotations.js";
import { loadOntology, type Ontology } from "../events/ontology.js";
import type { StoredEvent } from "../store/events-read.js";
import { evidenceOf } from "./evidence.js";
import { GeoLookup } from "./geo.js";
import { loadPloverVocabulary, type PloverVocabulary } from "./plover-vocabulary.js";

export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  other_sector_codes?: string[];
  identifier_text?: string;
  /** parley's: the CAMEO actor code and organisation. */
  actor_code?: string;
  org?: string;
}

/** Non-state codes by the block that leads a stateless CAMEO code (IGO's UN and EU have their own). */
const STATELESS: Record<string, string> = { NGO: "NGO", NGM: "ISM", IMG: "IMG", MNC: "MNC" };
const COUNTRY_ALIASES: Record<string, string> = { XKX: "KOS" };

/** The entity's top-level code: its country, else the manual's code for its kind of stateless actor. */
export function ploverEntityCode(a: EventActor): string | null {
  if (a.country) return COUNTRY_ALIASES[a.country] ?? a.country;
  const lead = (a.code ?? "").slice(0, 3);
  if (lead === "IGO") return a.org === "UNO" ? "UNO" : a.org === "EUR" ? "EUR" : "IGO";
  return STATELESS[lead] ?? null;
}

function entity(a: EventActor | null, vocab: PloverVocabulary): PloverEntity[] {
  if (!a) return [];
  const lead = (a.code ?? "").slice(0, 3);
  const sectors: string[] = [];
  for (const s of a.sectors ?? []) {
    // A stateless actor's type block (IGO, NGO, …) is its code, not a sector.
    if (!a.country && s === lead) continue;
    const p = vocab.sectorMap.get(s);
    if (p && !sectors.includes(p)) sectors.push(p);
  }
  const out: PloverEntity = { code: ploverEntityCode(a), sector: sectors[0] ?? null, entity_text: a.text };
  if (sectors.length > 1) out.other_sector_codes = sectors.slice(1);
  if (a.person) out.identifier_text = a.person;
  if (a.code) out.actor_code = a.code;
  if (a.org) out.org = a.org;
  return [out];
}

/** PLOVER's auxiliary modes, which the manual keeps in `context`, for parley's modalities. */
const AUXILIARY: Partial<Record<StoredEvent["modality"], string>> = {
  negated: "negation", hypothetical: "hypothetical", intended: "future", proposed: "future",
};

function contexts(e: StoredEvent, ont: Ontology, vocab: PloverVocabulary): string[] {
  const out: string[] = [];
  for (const c of ont.codes.get(e.cameo)?.contexts ?? []) {
    const name = vocab.contextAliases.get(c) ?? c;
    if (vocab.contexts.has(name) && !out.includes(name)) out.push(name);
  }
  const aux = AUXILIARY[e.modality];
  if (aux) out.push(aux);
  return out;
}

function eventLoc(p: EventPlace | null, geo: GeoLookup) {
  if (!p) return null;
  const country = geo.isCountry(p);
  const city = country ? null : geo.city(p);
  return {
    extracted_place: p.text,
    resolved_place: p.name,
    ...(city ? { geonameid: city.cityId, feature_class: "P", feature_code: city.featureCode } : {}),
    lat: p.lat,
    lon: p.lon,
    country_code: p.country ? (COUNTRY_ALIASES[p.country] ?? p.country) : null,
    resolution: country ? 1 : 4,
  };
}

export interface PloverContext {
  ontology: Ontology;
  vocab: PloverVocabulary;
  geo: GeoLookup;
}

export function ploverContext(): PloverContext {
  return { ontology: loadOntology(), vocab: loadPloverVocabulary(), geo: new GeoLookup() };
}

/** The PLOVER record of an event, or null when PLOVER does not code it (no category, or no actor). */
export function ploverRecord(e: StoredEvent, ctx: PloverContext = ploverContext()) {
  if (!e.plover.type || !e.source) return null;
  return {
    id: `parley-${e.articleId}-${e.idx}`,
    date: e.date ?? e.article.date,
    ...(e.dateEnd ? { enddate: e.dateEnd } : {}),
    actor: entity(e.source, ctx.vocab),
    recipient: entity(e.target, ctx.vocab),
    event: [e.plover.type],
    mode: e.plover.mode ? [e.plover.mode] : [],
    context: contexts(e, ctx.ontology, ctx.vocab),
    event_loc: eventLoc(e.place, ctx.geo),
    event_text: [e.trigger.text],
    quad_code: e.quadClass,
    event_scale: e.goldstein,
    text: e.sentenceText,
    text_info: { sequence: e.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: { url: e.article.url, title: e.article.title, publication: e.article.publisher, coder: "parley", codebook: "CAMEO 1.1b3 / PLOVER 2.0" },
    coder: "parley",
    coded_date: e.article.ingestedAt.slice(0, 10),
    cameo: e.cameo,
    modality: e.modality,
    confidence: e.confidence,
    date_origin: e.article.dateOrigin,
    evidence: evidenceOf(e),
  };
}

export type PloverRecord = NonNullable<ReturnType<typeof ploverRecord>>;

export function renderPlover(events: StoredEvent[], opts: { note?: (line: string) => void } = {}): string {
  const ctx = ploverContext();
  const lines: string[] = [];
  let untyped = 0;
  let actorless = 0;
  for (const e of events) {
    const rec = ploverRecord(e, ctx);
    if (rec) lines.push(JSON.stringify(rec) + "\n");
    else if (!e.plover.type) untyped++;
    else actorless++;
  }
  if (untyped) opts.note?.(`parley: ${untyped} event(s) left out of the PLOVER export: CAMEO public statements (01x) have no PLOVER category`);
  if (actorless) opts.note?.(`parley: ${actorless} event(s) left out of the PLOVER export: no actor (PLOVER codes events with a named actor only)`);
  return lines.join("");
}
