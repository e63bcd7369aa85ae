// Marking event triggers, actor mentions and figures in an article's text for the terminal:
// ANSI colours on a TTY, bracket markup otherwise ([actor](CODE), {trigger}(CAMEO), <figure>(kind value),
// «talks»(proposal #3 | ISR reject | talks in Cairo) for the negotiation board's items).
import type { StoredEvent } from "../store/events-read.js";

export interface Mark {
  start: number;
  end: number;
  kind: "actor" | "trigger" | "figure" | "talks";
  /** Code shown after the span (actor code or CAMEO code); may be empty. */
  label: string;
}

const ANSI = { actor: "\x1b[36;4m", trigger: "\x1b[1;33m", figure: "\x1b[1;35m", talks: "\x1b[1;32m", dim: "\x1b[2m", reset: "\x1b[0m" };
const BRACKETS = { actor: ["[", "]"], trigger: ["{", "}"], figure: ["<", ">"], talks: ["«", "»"] } as const;

/** Marks for an article's mentions, events and figures; overlapping spans keep the earlier, longer one. */
export function collectMarks(
  mentions: { char_start: number; char_end: number; actor_code: string | null }[], events: StoredEvent[],
  figures: { start: number; end: number; label: string }[] = [], talks: { start: number; end: number; label: string }[] = [],
): Mark[] {
  const marks: Mark[] = figures.map((f) => ({ start: f.start, end: f.end, kind: "figure" as const, label: f.label }));
  for (const t of talks) marks.push({ start: t.start, end: t.end, kind: "talks", label: t.label });
  for (const m of mentions) marks.push({ start: m.char_start, end: m.char_end, kind: "actor", label: m.actor_code ?? "" });
  for (const e of events) {
    marks.push({ start: e.trigger.start, end: e.trigger.end, kind: "trigger", label: e.cameo });
    for (const a of [e.source, e.target]) if (a) marks.push({ start: a.start, end: a.end, kind: "actor", label: a.code ?? "" });
  }
  const rank = { figure: 0, trigger: 1, talks: 2, actor: 3 };
  marks.sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start) || rank[x.kind] - rank[y.kind]);
  const kept: Mark[] = [];
  for (const m of marks) {
    const last = kept[kept.length - 1];
    // a negotiation item on an event's very trigger ("rejected"): one mark with both labels
    if (last && m.kind === "talks" && last.kind !== "actor" && m.start === last.start && m.end === last.end) last.label = [last.label, m.label].filter(Boolean).join(" · ");
    else if (m.end > m.start && (!last || m.start >= last.end)) kept.push(m);
  }
  return kept;
}

/** `clean` is applied to every piece of the text (escaping control characters) before markup is added. */
export function markText(text: string, marks: Mark[], colour: boolean, clean: (s: string) => string = (s) => s): string {
  let out = "";
  let at = 0;
  for (const m of marks) {
    out += clean(text.slice(at, m.start));
    const span = clean(text.slice(m.start, m.end));
    if (colour) {
      out += `${ANSI[m.kind]}${span}${ANSI.reset}` + (m.label ? `${ANSI.dim}(${m.label})${ANSI.reset}` : "");
    } else {
      const [open, close] = BRACKETS[m.kind];
      out += `${open}${span}${close}` + (m.label ? `(${m.label})` : "");
    }
    at = m.end;
  }
  return out + clean(text.slice(at));
}
