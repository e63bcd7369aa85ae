// A plain terminal table of events: one line each, columns as wide as their widest cell.
// Codes (actor codes, CAMEO, PLOVER, ids) are never cut; only free text (an actor's words,
// the trigger) is shortened, with "…", so that one long name does not push every row wide.
import type { EventActor } from "../text/annotations.js";
import type { StoredEvent } from "../store/events-read.js";

/** Longest actor text and trigger shown before they are shortened. */
const ACTOR_TEXT_MAX = 28;
const TRIGGER_MAX = 20;

function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

/** "text (CODE)"; `maxText` shortens the text, never the code. */
export function actorLabel(a: EventActor | null, maxText = Infinity): string {
  if (!a) return "—";
  const text = cut(a.text.replace(/\s+/g, " "), maxText);
  const code = a.code ?? a.country;
  return code ? `${text} (${code})` : text;
}

const COLUMNS: [string, (e: StoredEvent) => string][] = [
  ["ID", (e) => String(e.id)],
  ["DATE", (e) => e.date ?? ""],
  ["SOURCE", (e) => actorLabel(e.source, ACTOR_TEXT_MAX)],
  ["TARGET", (e) => actorLabel(e.target, ACTOR_TEXT_MAX)],
  ["CAMEO", (e) => e.cameo],
  ["PLOVER", (e) => e.plover.type || "-"],
  ["MODALITY", (e) => e.modality],
  ["TRIGGER", (e) => cut(e.trigger.text.replace(/\s+/g, " "), TRIGGER_MAX)],
  ["ARTICLE", (e) => e.articleId],
];

export function renderTable(events: StoredEvent[]): string {
  const cells = events.map((e) => COLUMNS.map(([, get]) => get(e)));
  const widths = COLUMNS.map(([name], k) => Math.max(name.length, ...cells.map((row) => row[k].length)));
  const line = (row: string[]) => row.map((c, k) => c.padEnd(widths[k])).join("  ").trimEnd() + "\n";
  return line(COLUMNS.map(([name]) => name)) + cells.map(line).join("") + `(${events.length} event${events.length === 1 ? "" : "s"})\n`;
}
