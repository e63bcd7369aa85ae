// Marking event triggers and actor mentions in an article's text for the terminal:
// ANSI colours on a TTY, bracket markup otherwise ([actor](CODE), {trigger}(CAMEO)).
import type { StoredEvent } from "../store/events-read.js";

export interface Mark {
  start: number;
  end: number;
  kind: "actor" | "trigger";
  /** Code shown after the span (actor code or CAMEO code); may be empty. */
  label: string;
}

const ANSI = { actor: "\x1b[36;4m", trigger: "\x1b[1;33m", dim: "\x1b[2m", reset: "\x1b[0m" };

/** Marks for an article's mentions and events; overlapping spans keep the earlier, longer one. */
export function collectMarks(mentions: { char_start: number; char_end: number; actor_code: string | null }[], events: StoredEvent[]): Mark[] {
  const marks: Mark[] = [];
  for (const m of mentions) marks.push({ start: m.char_start, end: m.char_end, kind: "actor", label: m.actor_code ?? "" });
  for (const e of events) {
    marks.push({ start: e.trigger.start, end: e.trigger.end, kind: "trigger", label: e.cameo });
    for (const a of [e.source, e.target]) if (a) marks.push({ start: a.start, end: a.end, kind: "actor", label: a.code ?? "" });
  }
  marks.sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start) || (x.kind === "trigger" ? -1 : 1));
  const kept: Mark[] = [];
  for (const m of marks) if (m.end > m.start && (kept.length === 0 || m.start >= kept[kept.length - 1].end)) kept.push(m);
  return kept;
}

export function markText(text: string, marks: Mark[], colour: boolean): string {
  let out = "";
  let at = 0;
  for (const m of marks) {
    out += text.slice(at, m.start);
    const span = text.slice(m.start, m.end);
    if (colour) {
      out += `${ANSI[m.kind]}${span}${ANSI.reset}` + (m.label ? `${ANSI.dim}(${m.label})${ANSI.reset}` : "");
    } else {
      const [open, close] = m.kind === "actor" ? ["[", "]"] : ["{", "}"];
      out += `${open}${span}${close}` + (m.label ? `(${m.label})` : "");
    }
    at = m.end;
  }
  return out + text.slice(at);
}
