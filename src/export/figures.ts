// Figure exports: parley's JSON record (docs/schema/figure.json), JSON Lines, CSV and a table.
import type { StoredFigure } from "../store/figures-read.js";
import { csvField, csvQuoted } from "./csv.js";

export function figureJson(f: StoredFigure) {
  const { sentenceText, evidence, ...rest } = f;
  return { ...rest, evidence: { article: f.articleId, start: evidence.start, end: evidence.end, sentence: f.sentence, text: sentenceText } };
}

const COLUMNS: [string, "text" | "number", (f: StoredFigure) => string | number | null][] = [
  ["id", "number", (f) => f.id], ["article_id", "text", (f) => f.articleId], ["article_date", "text", (f) => f.article.date],
  ["date_origin", "text", (f) => f.article.dateOrigin], ["kind", "text", (f) => f.kind], ["value", "number", (f) => f.value],
  ["qualifier", "text", (f) => f.qualifier], ["reported_by", "text", (f) => f.reportedBy], ["unverified", "number", (f) => (f.unverified ? 1 : 0)],
  ["text", "text", (f) => f.text], ["url", "text", (f) => f.article.url], ["sentence", "number", (f) => f.sentence],
  ["evidence_start", "number", (f) => f.evidence.start], ["evidence_end", "number", (f) => f.evidence.end], ["evidence_text", "text", (f) => f.sentenceText],
];

export const FIGURE_FORMATS = {
  table: (figs: StoredFigure[]) => figs.map((f) =>
    `${f.article.date}  ${f.kind.padEnd(18)} ${(f.qualifier ? `${f.qualifier} ` : "") + f.value}${f.reportedBy ? `  (${f.reportedBy})` : ""}${f.unverified ? "  [unverified]" : ""}  «${f.text}»  ${f.articleId}\n`,
  ).join("") + `(${figs.length} figure${figs.length === 1 ? "" : "s"})\n`,
  json: (figs: StoredFigure[]) => JSON.stringify(figs.map(figureJson), null, 2) + "\n",
  jsonl: (figs: StoredFigure[]) => figs.map((f) => JSON.stringify(figureJson(f)) + "\n").join(""),
  csv: (figs: StoredFigure[]) => COLUMNS.map(([n]) => csvQuoted(n)).join(",") + "\r\n" +
    figs.map((f) => COLUMNS.map(([, kind, get]) => (kind === "text" ? csvQuoted : csvField)(get(f))).join(",") + "\r\n").join(""),
} as const;
