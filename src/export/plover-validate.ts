// A validator for PLOVER event records against the manual's "Data Fields" (PLOVER v2.0 draft):
// the required fields, each named field's type, and the value sets (event categories, modes per
// category, contexts and auxiliary modes, entity codes, sector codes). Extra named fields are
// allowed, as the manual says. Returns one line per problem; an empty list means valid.
import type { Ontology } from "../events/ontology.js";
import { isIsoDate } from "../ingest/refdate.js";
import type { PloverVocabulary } from "./plover-vocabulary.js";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function checkEntity(e: unknown, where: string, vocab: PloverVocabulary, out: string[]): void {
  if (!isObject(e)) return void out.push(`${where}: an entity must be an object`);
  if (e.code !== null && e.code !== undefined && !(typeof e.code === "string" && vocab.entityCodes.has(e.code))) {
    out.push(`${where}.code: "${String(e.code)}" is neither an ISO alpha-3 country nor one of PLOVER's non-state codes`);
  }
  if (e.sector !== null && e.sector !== undefined && !(typeof e.sector === "string" && vocab.sectors.has(e.sector))) {
    out.push(`${where}.sector: "${String(e.sector)}" is not a PLOVER sector code`);
  }
  if (e.other_sector_codes !== undefined) {
    if (!isStringList(e.other_sector_codes)) out.push(`${where}.other_sector_codes: must be a list of sector codes`);
    else for (const s of e.other_sector_codes) if (!vocab.sectors.has(s)) out.push(`${where}.other_sector_codes: "${s}" is not a PLOVER sector code`);
  }
  if (e.entity_text !== undefined && (typeof e.entity_text !== "string" || e.entity_text === "")) out.push(`${where}.entity_text: must be a non-empty string`);
  for (const f of ["identifier_id", "identifier_text", "religion", "ethnicity", "office", "gender"]) {
    if (e[f] !== undefined && typeof e[f] !== "string") out.push(`${where}.${f}: must be a string`);
  }
  if (e.age !== undefined && !Number.isInteger(e.age)) out.push(`${where}.age: must be an integer`);
}

export function validatePlover(rec: unknown, ont: Ontology, vocab: PloverVocabulary): string[] {
  const out: string[] = [];
  if (!isObject(rec)) return ["a record must be a JSON object"];
  for (const f of ["id", "date", "actor", "event"]) if (!(f in rec)) out.push(`${f}: required field missing`);
  if ("id" in rec && (typeof rec.id !== "string" || rec.id === "")) out.push("id: must be a non-empty string");
  for (const f of ["date", "enddate", "coded_date"]) {
    if (f in rec && !(typeof rec[f] === "string" && isIsoDate(rec[f] as string))) out.push(`${f}: must be a date as YYYY-MM-DD`);
  }
  if (typeof rec.enddate === "string" && typeof rec.date === "string" && rec.enddate < rec.date) out.push("enddate: before date");
  for (const role of ["actor", "recipient"]) {
    if (!(role in rec)) continue;
    if (!Array.isArray(rec[role])) out.push(`${role}: must be a list of entity objects`);
    else (rec[role] as unknown[]).forEach((e, k) => checkEntity(e, `${role}[${k}]`, vocab, out));
  }
  const types: string[] = [];
  if ("event" in rec) {
    if (!isStringList(rec.event) || rec.event.length === 0) out.push("event: must be a non-empty list of event categories");
    else for (const t of rec.event) {
      if (ont.ploverTypes.has(t)) types.push(t);
      else out.push(`event: "${t}" is not a PLOVER category`);
    }
  }
  if ("mode" in rec) {
    if (!isStringList(rec.mode)) out.push("mode: must be a list of modes");
    else for (const m of rec.mode) {
      if (!types.some((t) => ont.ploverTypes.get(t)!.modes.some((x) => x.name === m))) out.push(`mode: "${m}" is not a mode of ${types.join("/") || "the event"}`);
    }
  }
  if ("context" in rec) {
    if (!isStringList(rec.context)) out.push("context: must be a list of contexts");
    else for (const c of rec.context) if (!vocab.contexts.has(c) && !vocab.auxiliary.has(c)) out.push(`context: "${c}" is neither a PLOVER context nor an auxiliary mode`);
  }
  if ("event_text" in rec && !isStringList(rec.event_text)) out.push("event_text: must be a list of texts");
  if ("quad_code" in rec && ![1, 2, 3, 4].includes(rec.quad_code as number)) out.push("quad_code: must be 1, 2, 3 or 4");
  if ("event_scale" in rec && !(typeof rec.event_scale === "number" && Number.isFinite(rec.event_scale))) out.push("event_scale: must be a number");
  if ("has_event" in rec && typeof rec.has_event !== "boolean") out.push("has_event: must be true or false");
  for (const f of ["text", "coder", "comment", "link", "time", "endtime", "coded_time"]) {
    if (f in rec && typeof rec[f] !== "string") out.push(`${f}: must be a string`);
  }
  if ("event_loc" in rec && rec.event_loc !== null) {
    const l = rec.event_loc;
    if (!isObject(l)) out.push("event_loc: must be a location object or null");
    else {
      for (const [f, lim] of [["lat", 90], ["lon", 180]] as const) {
        if (l[f] !== null && l[f] !== undefined && !(typeof l[f] === "number" && Math.abs(l[f] as number) <= lim)) out.push(`event_loc.${f}: must be degrees within ±${lim}`);
      }
      if (l.geonameid !== undefined && !Number.isInteger(l.geonameid)) out.push("event_loc.geonameid: must be an integer");
      if (l.country_code !== null && l.country_code !== undefined && !vocab.entityCodes.has(String(l.country_code))) out.push(`event_loc.country_code: "${String(l.country_code)}" is not a 3-letter ISO code`);
      if (l.resolution !== undefined && ![1, 2, 3, 4, 5].includes(l.resolution as number)) out.push("event_loc.resolution: must be 1 to 5");
    }
  }
  if ("text_info" in rec) {
    const t = rec.text_info;
    if (!isObject(t)) out.push("text_info: must be an object");
    else {
      for (const f of ["sequence", "start", "end"]) if (t[f] !== undefined && !(Number.isInteger(t[f]) && (t[f] as number) >= 0)) out.push(`text_info.${f}: must be a whole number`);
      if (typeof t.start === "number" && typeof t.end === "number" && t.end < t.start) out.push("text_info: end before start");
    }
  }
  if ("cite_info" in rec) {
    if (!isObject(rec.cite_info)) out.push("cite_info: must be an object");
    else for (const [k, v] of Object.entries(rec.cite_info)) if (v !== null && typeof v !== "string") out.push(`cite_info.${k}: must be a string`);
  }
  return out;
}
