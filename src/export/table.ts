// A plain terminal table of events: one line each, long cells cut to fit.
import type { EventActor } from "../text/annotations.js";
import type { StoredEvent } from "../store/events-read.js";

export function actorLabel(a: EventActor | null): string {
  if (!a) return "—";
  return a.code ? `${a.text} (${a.code})` : a.text;
}

function fit(s: string, width: number): string {
  return s.length > width ? s.slice(0, width - 1) + "…" : s.padEnd(width);
}

const COLUMNS: [string, number, (e: StoredEvent) => string][] = [
  ["ID", 6, (e) => String(e.id)],
  ["DATE", 10, (e) => e.date ?? ""],
  ["SOURCE", 28, (e) => actorLabel(e.source)],
  ["TARGET", 28, (e) => actorLabel(e.target)],
  ["CAMEO", 5, (e) => e.cameo],
  ["PLOVER", 10, (e) => e.plover.type],
  ["MODALITY", 12, (e) => e.modality],
  ["TRIGGER", 16, (e) => e.trigger.text],
  ["ARTICLE", 12, (e) => e.articleId],
];

export function renderTable(events: StoredEvent[]): string {
  const line = (cells: string[]) => cells.join("  ").trimEnd() + "\n";
  const head = line(COLUMNS.map(([name, w]) => fit(name, w)));
  const rows = events.map((e) => line(COLUMNS.map(([, w, get]) => fit(get(e), w))));
  return head + rows.join("") + `(${events.length} event${events.length === 1 ? "" : "s"})\n`;
}
