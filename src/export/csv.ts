// CSV (RFC 4180): CRLF line ends, fields quoted when they hold a comma, quote or line break.
import type { StoredEvent } from "../store/events-read.js";

type Cell = string | number | null | undefined;

export function csvField(v: Cell): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: Cell[]): string {
  return cells.map(csvField).join(",") + "\r\n";
}

const COLUMNS: [string, (e: StoredEvent) => Cell][] = [
  ["id", (e) => e.id],
  ["article_id", (e) => e.articleId],
  ["date", (e) => e.date],
  ["date_end", (e) => e.dateEnd],
  ["article_date", (e) => e.article.date],
  ["date_origin", (e) => e.article.dateOrigin],
  ["source_text", (e) => e.source?.text],
  ["source_code", (e) => e.source?.code],
  ["source_country", (e) => e.source?.country],
  ["target_text", (e) => e.target?.text],
  ["target_code", (e) => e.target?.code],
  ["target_country", (e) => e.target?.country],
  ["cameo", (e) => e.cameo],
  ["quad_class", (e) => e.quadClass],
  ["goldstein", (e) => e.goldstein],
  ["plover_type", (e) => e.plover.type],
  ["plover_mode", (e) => e.plover.mode],
  ["modality", (e) => e.modality],
  ["confidence", (e) => e.confidence],
  ["trigger", (e) => e.trigger.text],
  ["place", (e) => e.place?.name],
  ["place_country", (e) => e.place?.country],
  ["attribution", (e) => e.attribution?.text],
  ["url", (e) => e.article.url],
  ["sentence", (e) => e.sentence],
  ["evidence_start", (e) => e.evidence.start],
  ["evidence_end", (e) => e.evidence.end],
  ["evidence_text", (e) => e.sentenceText],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

export function renderCsv(events: StoredEvent[]): string {
  return csvLine(CSV_HEADER) + events.map((e) => csvLine(COLUMNS.map(([, get]) => get(e)))).join("");
}
