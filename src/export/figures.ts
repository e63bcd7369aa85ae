// Figure exports: a terminal table, parley's JSON figure record (docs/schema/figure.json) as JSON or
// JSON Lines, and CSV, each with the same evidence fields as events.
import { UserError } from "../errors.js";
import type { EventActor, FigureValue } from "../text/annotations.js";
import type { StoredFigure } from "../store/figures-read.js";
import { csvLine } from "./csv.js";
import { evidenceOf } from "./evidence.js";
import { actorLabel } from "./table.js";

const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** A value as read: "27,585+", "≤200", "~1,150,000", "1,500–3,000", "7". */
export function valueLabel(v: FigureValue): string {
  if (v.min !== null && v.max !== null && v.min !== v.max) return `${n(v.min)}–${n(v.max)}`;
  if (v.min !== null && v.max === null) return `${n(v.best)}+`;
  if (v.min === null && v.max !== null) return `≤${n(v.best)}`;
  if (v.min === null && v.max === null) return `~${n(v.best)}`;
  return n(v.best);
}

/** The period as read: "2023-10-07→2024-02-08 (since then)", "2023-10-07". */
export function periodLabel(f: StoredFigure): string {
  const p = f.period;
  if (p.type === "cumulative") return `${p.start ?? "…"}→${p.end ?? f.asOf}`;
  return p.end && p.end !== p.start ? `${p.start}…${p.end}` : p.start ?? "";
}

/** parley's JSON figure record: the Figure, its ids, its event, and its evidence (docs/schema/figure.json). */
export function figureJson(f: StoredFigure) {
  const { sentenceText: _text, evidence: _span, tokenStart: _ts, tokenEnd: _te, event, eventId, id, articleId, idx, ...rest } = f;
  return { id, articleId, idx, ...rest, event: event === null ? null : { idx: event, id: eventId }, evidence: evidenceOf(f) };
}

export function renderFiguresJson(figures: StoredFigure[]): string {
  return JSON.stringify(figures.map(figureJson), null, 2) + "\n";
}

export function renderFiguresJsonl(figures: StoredFigure[]): string {
  return figures.map((f) => JSON.stringify(figureJson(f)) + "\n").join("");
}

type Cell = string | number | null | undefined;
const code = (a: EventActor | null) => a?.code ?? null;

const CSV_COLUMNS: [string, (f: StoredFigure) => Cell][] = [
  ["id", (f) => f.id],
  ["article_id", (f) => f.articleId],
  ["kind", (f) => f.kind],
  ["value_min", (f) => f.value.min],
  ["value_best", (f) => f.value.best],
  ["value_max", (f) => f.value.max],
  ["qualifier", (f) => f.qualifier],
  ["value_rule", (f) => f.valueRule],
  ["subjects", (f) => f.subjects?.text],
  ["subjects_code", (f) => code(f.subjects)],
  ["perpetrator", (f) => f.perpetrator?.text],
  ["perpetrator_code", (f) => code(f.perpetrator)],
  ["claimant", (f) => f.claimant?.text],
  ["claimant_code", (f) => code(f.claimant)],
  ["outlet", (f) => f.outlet],
  ["verification", (f) => f.verification],
  ["period_type", (f) => f.period.type],
  ["period_start", (f) => f.period.start],
  ["period_end", (f) => f.period.end],
  ["period_text", (f) => f.period.text],
  ["as_of", (f) => f.asOf],
  ["place", (f) => f.place?.name],
  ["place_country", (f) => f.place?.country],
  ["place_origin", (f) => f.place?.origin],
  ["addition", (f) => f.addition?.text],
  ["event_id", (f) => f.eventId],
  ["words", (f) => f.text],
  ["url", (f) => f.article.url],
  ["sentence", (f) => f.sentence],
  ["evidence_start", (f) => f.evidence.start],
  ["evidence_end", (f) => f.evidence.end],
  ["evidence_text", (f) => f.sentenceText],
];

export const FIGURE_CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

/** One figure's CSV cells, in the order of FIGURE_CSV_HEADER. */
export function figureCsvCells(f: StoredFigure): Cell[] {
  return CSV_COLUMNS.map(([, get]) => get(f));
}

export function renderFiguresCsv(figures: StoredFigure[]): string {
  return csvLine(FIGURE_CSV_HEADER) + figures.map((f) => csvLine(figureCsvCells(f))).join("");
}

function fit(s: string, width: number): string {
  return s.length > width ? s.slice(0, width - 1) + "…" : s.padEnd(width);
}

const TABLE_COLUMNS: [string, number, (f: StoredFigure) => string][] = [
  ["ID", 5, (f) => String(f.id)],
  ["AS OF", 10, (f) => f.asOf],
  ["KIND", 18, (f) => f.kind],
  ["VALUE", 14, (f) => valueLabel(f.value)],
  ["PEOPLE", 26, (f) => actorLabel(f.subjects)],
  ["CLAIMANT", 28, (f) => actorLabel(f.claimant)],
  ["PERIOD", 23, (f) => `${f.period.type === "cumulative" ? "total " : ""}${periodLabel(f)}`],
  ["VERIFIED", 11, (f) => f.verification],
  ["ARTICLE", 12, (f) => f.articleId],
];

export function renderFiguresTable(figures: StoredFigure[]): string {
  const line = (cells: string[]) => cells.join("  ").trimEnd() + "\n";
  const head = line(TABLE_COLUMNS.map(([name, w]) => fit(name, w)));
  const rows = figures.map((f) => line(TABLE_COLUMNS.map(([, w, get]) => fit(get(f), w))));
  return head + rows.join("") + `(${figures.length} figure${figures.length === 1 ? "" : "s"})\n`;
}

export const FIGURE_FORMATS = {
  table: renderFiguresTable,
  json: renderFiguresJson,
  jsonl: renderFiguresJsonl,
  csv: renderFiguresCsv,
} as const;

export type FigureFormat = keyof typeof FIGURE_FORMATS;

export function checkFigureFormat(format: string): FigureFormat {
  if (!(format in FIGURE_FORMATS)) throw new UserError(`unknown format "${format}" for figures (choose ${Object.keys(FIGURE_FORMATS).join(", ")})`);
  return format as FigureFormat;
}
