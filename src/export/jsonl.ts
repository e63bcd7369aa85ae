// JSON Lines: one parley event record per line.
import type { StoredEvent } from "../store/events-read.js";
import { eventJson } from "./json.js";

export function renderJsonl(events: StoredEvent[]): string {
  return events.map((e) => JSON.stringify(eventJson(e)) + "\n").join("");
}
