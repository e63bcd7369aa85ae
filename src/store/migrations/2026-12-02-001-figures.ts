// The figure record of the figures tracker: value as min/best/max with the rule that read it, the people
// counted, perpetrator and claimant (text, span, code), place, period and as-of date, verification, the
// event it belongs to, evidence span and the rules that shaped it. Rows of the first schema are carried
// over (value → best, reported_by → claimant, unverified → verification) before their old columns go.
import type { Kysely, Migration } from "kysely";
import { sql } from "../kysely.js";
import { columnTypes } from "../dialect.js";

type Column = [name: string, type: "text" | "integer" | "real", notNullDefault?: string | number];

const actor = (role: string): Column[] => [
  [`${role}_text`, "text"], [`${role}_start`, "integer"], [`${role}_end`, "integer"], [`${role}_code`, "text"],
  [`${role}_country`, "text"], [`${role}_sectors`, "text"], [`${role}_org`, "text"],
];

export const FIGURE_COLUMNS: Column[] = [
  ["value_min", "real"], ["value_best", "real", 0], ["value_max", "real"], ["value_rule", "text", ""],
  ["token_start", "integer"], ["token_end", "integer"],
  ["trigger_text", "text"], ["trigger_start", "integer"], ["trigger_end", "integer"],
  ...actor("subjects"), ...actor("perpetrator"), ...actor("claimant"),
  ["place_text", "text"], ["place_name", "text"], ["place_country", "text"], ["place_lat", "real"], ["place_lon", "real"], ["place_origin", "text"],
  ["period_type", "text", "incident"], ["period_text", "text"], ["period_start", "text"], ["period_end", "text"], ["period_resolution", "text", "reference"],
  ["as_of", "text"], ["outlet", "text"], ["verification", "text", "as-reported"],
  ["addition_text", "text"], ["addition_start", "integer"], ["addition_end", "integer"],
  ["event_idx", "integer"], ["evidence_start", "integer"], ["evidence_end", "integer"], ["rules", "text", "[]"],
];

export const figureRecords: Migration = {
  async up(db: Kysely<any>) {
    // one column per statement: SQLite's ALTER TABLE adds one at a time
    const t = columnTypes(db);
    for (const [name, type, dflt] of FIGURE_COLUMNS) {
      await db.schema.alterTable("figures").addColumn(name, type === "real" ? t.real : type, (c) => (dflt === undefined ? c : c.notNull().defaultTo(dflt))).execute();
    }
    await sql`update figures set
      value_best = value,
      value_min = value,
      value_max = case when qualifier in ('at least', 'more than', 'over', 'about', 'around', 'some') then null else value end,
      value_rule = 'digits',
      claimant_text = reported_by,
      verification = case when unverified = 1 then 'unverified' else 'as-reported' end,
      evidence_start = (select s.char_start from sentences s where s.article_id = figures.article_id and s.idx = figures.sentence),
      evidence_end = (select s.char_end from sentences s where s.article_id = figures.article_id and s.idx = figures.sentence),
      as_of = (select a.ref_date from articles a where a.id = figures.article_id),
      period_start = (select a.ref_date from articles a where a.id = figures.article_id)`.execute(db);
    for (const old of ["value", "reported_by", "unverified"]) await db.schema.alterTable("figures").dropColumn(old).execute();
    await db.schema.createIndex("figures_kind").on("figures").column("kind").execute();
    await db.schema.createIndex("figures_as_of").on("figures").column("as_of").execute();
  },
};
