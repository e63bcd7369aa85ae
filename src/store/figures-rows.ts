// Figure records to and from their table rows (src/store/migrations/2026-12-02-001-figures.ts).
import type { Insertable } from "kysely";
import type { EventActor, Figure, FigureKind, FigurePeriod, Verification } from "../text/annotations.js";
import type { FigureRow, FigureTable } from "./schema.js";

type Role = "subjects" | "perpetrator" | "claimant";

function actorColumns(role: Role, a: EventActor | null): Record<string, unknown> {
  return {
    [`${role}_text`]: a?.text ?? null, [`${role}_start`]: a?.start ?? null, [`${role}_end`]: a?.end ?? null,
    [`${role}_code`]: a?.code ?? null, [`${role}_country`]: a?.country ?? null,
    [`${role}_sectors`]: a?.sectors ? JSON.stringify(a.sectors) : null, [`${role}_org`]: a?.org ?? null,
  };
}

export function figureRow(articleId: string, idx: number, f: Figure): Insertable<FigureTable> {
  return {
    article_id: articleId, idx, sentence: f.sentence, kind: f.kind,
    value_min: f.value.min, value_best: f.value.best, value_max: f.value.max, qualifier: f.qualifier, value_rule: f.valueRule,
    char_start: f.start, char_end: f.end, text: f.text, token_start: f.tokenStart, token_end: f.tokenEnd,
    trigger_text: f.trigger?.text ?? null, trigger_start: f.trigger?.start ?? null, trigger_end: f.trigger?.end ?? null,
    ...actorColumns("subjects", f.subjects), ...actorColumns("perpetrator", f.perpetrator), ...actorColumns("claimant", f.claimant),
    place_text: f.place?.text ?? null, place_name: f.place?.name ?? null, place_country: f.place?.country ?? null,
    place_lat: f.place?.lat ?? null, place_lon: f.place?.lon ?? null, place_origin: f.place?.origin ?? null,
    period_type: f.period.type, period_text: f.period.text, period_start: f.period.start, period_end: f.period.end,
    period_resolution: f.period.resolution, as_of: f.asOf, outlet: f.outlet, verification: f.verification,
    addition_text: f.addition?.text ?? null, addition_start: f.addition?.start ?? null, addition_end: f.addition?.end ?? null,
    event_idx: f.event, evidence_start: f.evidence.start, evidence_end: f.evidence.end, rules: JSON.stringify(f.rules),
  } as Insertable<FigureTable>;
}

function parseList(text: string | null): string[] {
  try {
    const v = text ? JSON.parse(text) : [];
    return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function actorOf(row: FigureRow, role: Role): EventActor | null {
  const r = row as unknown as Record<string, unknown>;
  const text = r[`${role}_text`] as string | null;
  if (text === null) return null;
  const a: EventActor = { text, start: (r[`${role}_start`] as number | null) ?? 0, end: (r[`${role}_end`] as number | null) ?? 0 };
  const code = r[`${role}_code`] as string | null;
  if (code !== null) {
    Object.assign(a, { code, country: r[`${role}_country`] ?? null, sectors: parseList(r[`${role}_sectors`] as string | null), org: r[`${role}_org`] ?? null });
  } else if (r[`${role}_country`]) a.country = r[`${role}_country`] as string;
  return a;
}

/** The Figure a row stores; `refDate` fills the as-of date of rows carried over from the first schema. */
export function figureOf(row: FigureRow, refDate: string): Figure {
  return {
    sentence: row.sentence, kind: row.kind as FigureKind,
    value: { min: row.value_min, best: row.value_best, max: row.value_max }, qualifier: row.qualifier, valueRule: row.value_rule,
    trigger: row.trigger_text === null ? null : { text: row.trigger_text, start: row.trigger_start ?? 0, end: row.trigger_end ?? 0 },
    subjects: actorOf(row, "subjects"), perpetrator: actorOf(row, "perpetrator"),
    place: row.place_name === null && row.place_text === null ? null : {
      text: row.place_text ?? "", name: row.place_name ?? "", country: row.place_country, lat: row.place_lat, lon: row.place_lon,
      origin: (row.place_origin ?? "clause") as "clause" | "dateline" | "event",
    },
    period: {
      type: row.period_type as FigurePeriod["type"], text: row.period_text, start: row.period_start, end: row.period_end,
      resolution: row.period_resolution as FigurePeriod["resolution"],
    },
    asOf: row.as_of ?? refDate, claimant: actorOf(row, "claimant"), outlet: row.outlet, verification: row.verification as Verification,
    addition: row.addition_text === null ? null : { text: row.addition_text, start: row.addition_start ?? 0, end: row.addition_end ?? 0 },
    event: row.event_idx, evidence: { start: row.evidence_start ?? row.char_start, end: row.evidence_end ?? row.char_end },
    rules: parseList(row.rules), start: row.char_start, end: row.char_end, text: row.text,
    tokenStart: row.token_start ?? 0, tokenEnd: row.token_end ?? 0,
  };
}
