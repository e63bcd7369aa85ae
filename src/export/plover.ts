// PLOVER event records (PLOVER manual, "Data Fields"): one JSON object per line, as the manual
// suggests. Required fields: id, date, actor, event. parley adds its own named fields (cameo,
// modality, confidence, evidence), which the manual allows.
import type { EventActor } from "../events/types.js";
import type { StoredEvent } from "../store/events-read.js";
import { evidenceOf } from "./evidence.js";

export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  actor_code?: string;
  org?: string;
  identifier_text?: string;
}

function entity(a: EventActor | null): PloverEntity[] {
  if (!a) return [];
  const out: PloverEntity = {
    // The manual's code is the top-level entity (a country, or an IGO/organisation when stateless).
    code: a.country ?? a.org ?? a.code ?? null,
    sector: a.sectors?.[0] ?? null,
    entity_text: a.text,
  };
  if (a.code) out.actor_code = a.code;
  if (a.org) out.org = a.org;
  if (a.person) out.identifier_text = a.person;
  return [out];
}

export function ploverRecord(e: StoredEvent) {
  return {
    id: `parley-${e.articleId}-${e.idx}`,
    date: e.date ?? e.article.date,
    ...(e.dateEnd ? { enddate: e.dateEnd } : {}),
    actor: entity(e.source),
    recipient: entity(e.target),
    event: [e.plover.type],
    mode: e.plover.mode ? [e.plover.mode] : [],
    context: [] as string[],
    event_loc: e.place ? {
      extracted_place: e.place.text, resolved_place: e.place.name,
      lat: e.place.lat, lon: e.place.lon, country_code: e.place.country,
    } : null,
    event_text: [e.trigger.text],
    quad_code: e.quadClass,
    event_scale: e.goldstein,
    text: e.sentenceText,
    text_info: { sequence: e.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: { url: e.article.url, title: e.article.title, publication: e.article.publisher, coder: "parley", codebook: "CAMEO 1.1b3 / PLOVER 2.0" },
    coder: "parley",
    coded_date: e.article.ingestedAt.slice(0, 10),
    date_origin: e.article.dateOrigin,
    cameo: e.cameo,
    modality: e.modality,
    confidence: e.confidence,
    evidence: evidenceOf(e),
  };
}

export function renderPlover(events: StoredEvent[], _opts: { note?: (line: string) => void } = {}): string {
  return events.map((e) => JSON.stringify(ploverRecord(e)) + "\n").join("");
}
