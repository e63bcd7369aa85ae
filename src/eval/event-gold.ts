// Reads sentence-level gold event files (the format of ../shared/eval/voa-dev): JSON Lines, one sentence a
// line, {id, story, date, text, events: [{source, source_text, target, target_text, cameo, plover, trigger,
// modality}], notes}. A line that cannot be read is a skip with file:line and reason.
import { nearestCameo, ploverTypeName } from "../events/ontology.js";
import { duplicateIds, readGoldText, readRecordDate, type GoldFile, type Skip } from "./gold-records.js";

/** An event as gold files give it and as the scorer compares predicted ones. */
export interface CodedEvent {
  /** Actor codes as written ("USAGOV", "IGOUNO", "CVL"); "" when the actor is not identified. */
  source: string;
  target: string;
  /** The actors' words in the sentence; "" when not there. */
  sourceText: string;
  targetText: string;
  cameo: string;
  /** PLOVER type (v2 name); in gold files, from the CAMEO code when the record leaves it out. */
  plover: string;
  trigger: string;
  modality: string;
}

export type GoldEvent = CodedEvent;

export interface EventGoldRecord {
  id: string;
  /** The story the sentence comes from (for --stories); null when the record does not say. */
  story: string | null;
  /** Line in the gold file: the record's --half number. */
  line: number;
  where: string;
  date: string | null;
  /** The sentence, exactly as in the story. */
  text: string;
  events: GoldEvent[];
  notes: string | null;
}

class LineError extends Error {}

const str = (v: unknown) => (typeof v === "string" ? v : null);

function goldEvent(v: unknown, k: number): GoldEvent {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new LineError(`events[${k}] is not an object`);
  const e = v as Record<string, unknown>;
  const cameo = str(e.cameo)?.trim() ?? "";
  if (!/^\d{2,4}$/.test(cameo)) throw new LineError(`events[${k}].cameo must be a CAMEO code of 2 to 4 digits, not ${JSON.stringify(e.cameo)}`);
  for (const f of ["source", "target"]) {
    if (e[f] !== undefined && e[f] !== null && typeof e[f] !== "string") throw new LineError(`events[${k}].${f} must be an actor code or ""`);
  }
  const plover = str(e.plover)?.trim() || nearestCameo(cameo)?.plover?.type || "";
  return {
    source: str(e.source)?.trim() ?? "",
    target: str(e.target)?.trim() ?? "",
    sourceText: str(e.source_text) ?? "",
    targetText: str(e.target_text) ?? "",
    cameo,
    plover: plover ? ploverTypeName(plover) : "",
    trigger: str(e.trigger) ?? "",
    modality: str(e.modality) ?? "",
  };
}

function goldRecord(o: Record<string, unknown>, line: number, where: string): EventGoldRecord {
  const text = str(o.text);
  if (text === null || !text.trim()) throw new LineError(`"text" must be a non-empty string`);
  if (!Array.isArray(o.events)) throw new LineError(`"events" must be a list (empty for a sentence without events)`);
  const dated = readRecordDate(str(o.date));
  if ("error" in dated) throw new LineError(dated.error);
  const id = str(o.id) ?? (typeof o.id === "number" ? String(o.id) : `line ${line}`);
  return {
    id, line, where, date: dated.date, text,
    story: str(o.story) ?? (typeof o.story === "number" ? String(o.story) : null),
    events: o.events.map(goldEvent),
    notes: str(o.notes),
  };
}

export function parseEventGold(content: string, label: string): GoldFile<EventGoldRecord> {
  const records: EventGoldRecord[] = [];
  const skipped: Skip[] = [];
  content.split(/\r?\n/).forEach((raw, k) => {
    if (!raw.trim()) return;
    const line = k + 1;
    const where = `${label}:${line}`;
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch (err) {
      skipped.push({ where, id: null, reason: `not valid JSON: ${(err as Error).message}` });
      return;
    }
    if (typeof o !== "object" || o === null || Array.isArray(o)) {
      skipped.push({ where, id: null, reason: "not a JSON object" });
      return;
    }
    try {
      records.push(goldRecord(o as Record<string, unknown>, line, where));
    } catch (err) {
      if (!(err instanceof LineError)) throw err;
      skipped.push({ where, id: str((o as Record<string, unknown>).id), reason: err.message });
    }
  });
  return { records, skipped, warnings: [], duplicates: duplicateIds(records) };
}

export function readEventGold(path: string): GoldFile<EventGoldRecord> {
  return parseEventGold(readGoldText(path), path);
}
