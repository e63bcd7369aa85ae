// parley's own JSON event record: the EventRecord, its ids, the article it came from and its evidence.
import type { StoredEvent } from "../store/events-read.js";
import { evidenceOf } from "./evidence.js";

export function eventJson(e: StoredEvent) {
  const { sentenceText: _text, evidence: _span, explain: _explain, ...rest } = e;
  return { ...rest, evidence: evidenceOf(e) };
}

/** A JSON array, one event per element. */
export function renderJson(events: StoredEvent[]): string {
  return JSON.stringify(events.map(eventJson), null, 2) + "\n";
}
