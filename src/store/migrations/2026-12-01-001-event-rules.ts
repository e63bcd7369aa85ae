// Events record the coding rules that shaped them (JSON list of rule ids) and how they came about
// (JSON: the frame and the pattern), for `parley show --explain` and `--rule` filters.
import type { Kysely, Migration } from "kysely";
import { sql } from "../kysely.js";

export const eventRules: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable("events").addColumn("rules", "text", (c) => c.notNull().defaultTo(sql`'[]'`)).execute();
    await db.schema.alterTable("events").addColumn("explain", "text").execute();
  },
};
