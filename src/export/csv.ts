// CSV (RFC 4180): CRLF line ends. Text columns are always quoted and number columns never are, so a
// reader that types fields by their quoting (Python's csv.QUOTE_NONNUMERIC, spreadsheet imports
// set to "quoted field as text") keeps "0231" a CAMEO code, not the number 231. Readers that guess
// types whatever the quoting (R's read.csv, pandas.read_csv) need the text columns named: see
// CSV_TEXT_COLUMNS and the README's colClasses/dtype lines.
import type { StoredEvent } from "../store/events-read.js";

type Cell = string | number | null | undefined;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with "=", "+", "-",
 * "@", a tab or a carriage return is run as a formula by Excel, LibreOffice or Sheets when the file
 * is opened. Such a cell gets a leading apostrophe, which spreadsheets read as "this is text".
 * Numbers, and text that is only a number ("-5.0"), are left as they are.
 */
export function neutraliseFormula(v: Cell): Cell {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) && !/^[+-]?\d+(?:\.\d+)?$/.test(v) ? `'${v}` : v;
}

/** A field quoted only when it must be (comma, quote or line break); formulas neutralised. */
export function csvField(v: Cell): string {
  const c = neutraliseFormula(v);
  const s = c === null || c === undefined ? "" : String(c);
  return /[",\r\n]/.test(s) ? csvQuoted(s) : s;
}

/** A field always quoted: a text column, even when it looks like a number or is empty; formulas neutralised. */
export function csvQuoted(v: Cell): string {
  const c = neutraliseFormula(v);
  const s = c === null || c === undefined ? "" : String(c);
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvLine(cells: Cell[]): string {
  return cells.map(csvField).join(",") + "\r\n";
}

/** Columns holding numbers; every other column is text. */
const NUMBER_COLUMNS = new Set(["id", "quad_class", "goldstein", "confidence", "sentence", "evidence_start", "evidence_end", "cluster_id", "cluster_mentions", "background"]);

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
  // the event cluster (empty when the store is not linked) and whether this is a mention of a past event
  ["cluster_id", (e) => e.cluster?.id],
  ["cluster_mentions", (e) => e.cluster?.numMentions],
  ["background", (e) => (e.cluster ? (e.cluster.background ? 1 : 0) : undefined)],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

/** The columns to read as text (codes with leading zeros, ids, dates): R colClasses, pandas dtype. */
export const CSV_TEXT_COLUMNS = CSV_HEADER.filter((c) => !NUMBER_COLUMNS.has(c));

const cellOf = COLUMNS.map(([name]) => (NUMBER_COLUMNS.has(name) ? csvField : csvQuoted));

export function renderCsv(events: StoredEvent[]): string {
  const rows = events.map((e) => COLUMNS.map(([, get], k) => cellOf[k](get(e))).join(",") + "\r\n");
  return CSV_HEADER.map(csvQuoted).join(",") + "\r\n" + rows.join("");
}
