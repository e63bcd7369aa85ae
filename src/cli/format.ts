// Human-readable listings shared by `parley articles`, `parley show` and the demo.
import type { StoredEvent } from "../store/events-read.js";
import { actorLabel } from "../export/table.js";
import type { ArticleSummary } from "../store/queries.js";
import type { StoredFigure } from "../store/figures-read.js";
import { periodLabel, valueLabel } from "../export/figures.js";

/** The trigger with up to `width` characters of its sentence on each side, trigger in «». */
export function triggerInContext(e: StoredEvent, width = 40): string {
  const s = e.sentenceText;
  const at = e.trigger.start - e.evidence.start;
  const len = e.trigger.end - e.trigger.start;
  const clean = (t: string) => t.replace(/\s+/g, " ");
  const before = clean(s.slice(Math.max(0, at - width), at));
  const after = clean(s.slice(at + len, at + len + width));
  const lead = at > width ? "…" : "";
  const tail = at + len + width < s.length ? "…" : "";
  return `${lead}${before}«${s.slice(at, at + len)}»${after}${tail}`;
}

export function eventLine(e: StoredEvent): string {
  const date = e.date ? (e.dateEnd && e.dateEnd !== e.date ? `${e.date}…${e.dateEnd}` : e.date) : "(undated)";
  const mode = e.plover.mode ? `/${e.plover.mode}` : "";
  return `${date.padEnd(10)}  ${actorLabel(e.source)} → ${actorLabel(e.target)}  ` +
    `${e.cameo} ${e.plover.type}${mode}  [${e.modality}]  ${triggerInContext(e)}`;
}

/** Marks a reference date that is only the ingest day (no date in metadata, dateline or text). */
export const INGEST_DAY_MARK = "~";

export function formatArticles(rows: ArticleSummary[]): string {
  if (rows.length === 0) return "no articles stored yet\n";
  const lines = rows.map((a) => {
    const title = a.title ?? a.url ?? a.source;
    const version = a.version > 1 || !a.latest ? ` v${a.version}${a.latest ? "" : " (superseded)"}` : "";
    const mark = a.dateOrigin === "ingest" ? INGEST_DAY_MARK : " ";
    return `${a.id.padEnd(12)}  ${a.date}${mark} ${String(a.sentences).padStart(4)} sent  ${String(a.events).padStart(4)} events  ${title}${version}`;
  });
  const guessed = rows.filter((a) => a.dateOrigin === "ingest").length;
  const legend = guessed ? `${INGEST_DAY_MARK} no date found in the article or its metadata: the ingest day is used (${guessed} of ${rows.length}; date_origin "ingest")\n` : "";
  return lines.join("\n") + "\n" + legend;
}

/** A figure in a line: kind and value, people, claimant, period, verification, and its words in context. */
export function figureLine(f: StoredFigure): string {
  const people = f.subjects ? actorLabel(f.subjects) : "(people not named)";
  const claim = f.claimant ? `per ${actorLabel(f.claimant)}` : "no claimant";
  const period = `${f.period.type === "cumulative" ? "total " : ""}${periodLabel(f)}`;
  return `${f.kind} ${valueLabel(f.value)}  ${people}  ${claim}  ${period}  [${f.verification}]  «${f.text}»`;
}
