// The run log: one row per ingest run, opened at the start and closed with its counts.
// A run killed midway keeps finished_at null, which is how interrupted runs show up.
import type { Kysely } from "kysely";
import type { Database, RunRow } from "./schema.js";

export interface RunCounts {
  new: number;
  unchanged: number;
  failed: number;
  sentences: number;
  events: number;
}

export async function startRun(db: Kysely<Database>, command: string, now = new Date()): Promise<number> {
  const row = await db.insertInto("runs").values({ started_at: now.toISOString(), finished_at: null, command })
    .returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function finishRun(db: Kysely<Database>, id: number, c: RunCounts, errors: string[], now = new Date()): Promise<void> {
  await db.updateTable("runs").set({
    finished_at: now.toISOString(), new_count: c.new, unchanged_count: c.unchanged, failed_count: c.failed,
    sentence_count: c.sentences, event_count: c.events, errors: JSON.stringify(errors),
  }).where("id", "=", id).execute();
}

export async function listRuns(db: Kysely<Database>): Promise<RunRow[]> {
  return db.selectFrom("runs").selectAll().orderBy("id").execute();
}
