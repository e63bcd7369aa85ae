// Scores event coding against PLOVER gold-standard records (JSON Lines: text, event type, source and
// target actors with country codes). Per gold record: does some predicted event in its text have the
// gold PLOVER type, and do the predicted sources/targets cover the gold countries?
import { SourceError } from "../errors.js";
import { isoCountry, ploverTypeName } from "../events/ontology.js";
import type { EventActor } from "../text/annotations.js";
import { duplicateIds, readGoldText, readRecordDate, type GoldFile, type Skip } from "./gold-records.js";
import { pct } from "./metrics.js";

export interface PloverGoldActor {
  text: string;
  code: string;
  sector: string | null;
}

export interface PloverRecord {
  id: string;
  /** Line in the file: the record's --half number. */
  line: number;
  where: string;
  date: string | null;
  text: string;
  /** Gold PLOVER v2 type (older labels mapped: DEMAND → REQUEST, …). */
  type: string;
  /** The label as written in the file. */
  label: string;
  mode: string | null;
  sources: PloverGoldActor[];
  targets: PloverGoldActor[];
}

/** One predicted event reduced to what the PLOVER scorer compares. Actor keys: see actorKey. */
export interface PloverPrediction {
  type: string;
  sources: string[];
  targets: string[];
}

export type PloverPredictor = (text: string, date: string | null, record: PloverRecord) => PloverPrediction[];

export interface PloverScore {
  records: number;
  event_type_accuracy: number;
  source_country_accuracy: number;
  target_country_accuracy: number;
}

export interface PloverResult {
  id: string;
  type: string;
  typeHit: boolean;
  /** null when the record has no gold source (left out of that figure). */
  sourceHit: boolean | null;
  targetHit: boolean | null;
  predicted: PloverPrediction[];
}

/** Comparable key of an actor code: ISO country for country codes ("JAP" → "JPN"), else the 3-letter prefix ("IGOUNO" → "IGO"). */
export function actorKey(code: string): string {
  return isoCountry(code.trim().toUpperCase().slice(0, 3));
}

/** Key of a predicted event actor: its country when known, else the prefix of its code; null when unresolved. */
export function eventActorKey(a: EventActor | null | undefined): string | null {
  if (!a) return null;
  if (a.country) return isoCountry(a.country);
  return a.code ? actorKey(a.code) : null;
}

function actors(v: unknown, where: string, field: string): PloverGoldActor[] {
  if (v === undefined || v === null || v === "") return [];
  if (!Array.isArray(v)) throw new SourceError(where, `"${field}" must be a list of actors or ""`);
  return v.map((a, k) => {
    if (typeof a !== "object" || a === null || typeof (a as { code?: unknown }).code !== "string") {
      throw new SourceError(where, `${field}[${k}] needs a string "code"`);
    }
    const o = a as { code: string; actorText?: unknown; sector?: unknown };
    return { code: o.code, text: typeof o.actorText === "string" ? o.actorText : "", sector: typeof o.sector === "string" ? o.sector : null };
  });
}

/** Parses PLOVER JSONL; lines that cannot be read are skips (file:line and reason) and are left out. */
export function parsePloverJsonl(text: string, label: string): GoldFile<PloverRecord> {
  const records: PloverRecord[] = [];
  const skipped: Skip[] = [];
  text.split(/\r?\n/).forEach((line, k) => {
    if (!line.trim()) return;
    const where = `${label}:${k + 1}`;
    let o: Record<string, unknown>;
    try {
      const v: unknown = JSON.parse(line);
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not a JSON object");
      o = v as Record<string, unknown>;
    } catch (err) {
      skipped.push({ where, id: null, reason: `not valid JSON: ${(err as Error).message}` });
      return;
    }
    try {
      if (typeof o.text !== "string" || !o.text.trim()) throw new SourceError(where, `"text" must be a non-empty string`);
      if (typeof o.event !== "string" || !o.event.trim()) throw new SourceError(where, `"event" must be a PLOVER type`);
      const dated = readRecordDate(typeof o.date === "string" ? o.date : null);
      if ("error" in dated) throw new SourceError(where, dated.error);
      records.push({
        id: typeof o.id === "string" ? o.id : `line ${k + 1}`,
        line: k + 1,
        where,
        date: dated.date,
        text: o.text,
        type: ploverTypeName(o.event),
        label: o.event,
        mode: typeof o.mode === "string" ? o.mode : null,
        sources: actors(o.source, where, "source"),
        targets: actors(o.target, where, "target"),
      });
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      skipped.push({ where, id: typeof o.id === "string" ? o.id : null, reason: err.reason });
    }
  });
  return { records, skipped, warnings: [], duplicates: duplicateIds(records) };
}

export function readPloverRecords(path: string): GoldFile<PloverRecord> {
  return parsePloverJsonl(readGoldText(path), path);
}

function covers(gold: PloverGoldActor[], predicted: string[]): boolean {
  const have = new Set(predicted);
  return gold.every((a) => have.has(actorKey(a.code)));
}

/**
 * Scores `predict` over the records. The events compared for actors are those with the gold type when
 * there are any, else all events of the text; compound gold actors are covered by the union of those
 * events' actors, since the coder gives one event per source–target pair.
 */
export function scorePlover(records: PloverRecord[], predict: PloverPredictor): { score: PloverScore; results: PloverResult[] } {
  const results: PloverResult[] = records.map((rec) => {
    const predicted = predict(rec.text, rec.date, rec);
    const typed = predicted.filter((p) => ploverTypeName(p.type) === rec.type);
    const pool = typed.length ? typed : predicted;
    return {
      id: rec.id,
      type: rec.type,
      typeHit: typed.length > 0,
      sourceHit: rec.sources.length ? covers(rec.sources, pool.flatMap((p) => p.sources)) : null,
      targetHit: rec.targets.length ? covers(rec.targets, pool.flatMap((p) => p.targets)) : null,
      predicted,
    };
  });
  const rate = (hits: (boolean | null)[]) => {
    const counted = hits.filter((h): h is boolean => h !== null);
    return pct(counted.filter(Boolean).length, counted.length);
  };
  return {
    score: {
      records: results.length,
      event_type_accuracy: rate(results.map((r) => r.typeHit)),
      source_country_accuracy: rate(results.map((r) => r.sourceHit)),
      target_country_accuracy: rate(results.map((r) => r.targetHit)),
    },
    results,
  };
}
