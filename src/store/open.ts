// Opening the store: one SQLite file through Kysely, migrated to the latest schema on open.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { UserError } from "../errors.js";
import type { Database } from "./schema.js";
import { migrationProvider } from "./migrations/index.js";
import { describeLocation, parseDbLocation } from "./location.js";

export interface Store {
  db: Kysely<Database>;
  /** The file the store lives in (":memory:" for a throwaway store). */
  path: string;
  close(): Promise<void>;
}

/** The database path or URL: `--db`, then $PARLEY_DB, then ./parley.db. */
export function resolveDbPath(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.PARLEY_DB || "parley.db";
}

export interface OpenOptions {
  /** Milliseconds to wait for a lock held by another process (default 5000). */
  busyTimeoutMs?: number;
}

/**
 * Kysely takes no migration lock on SQLite, so two processes opening a new file at once can race;
 * the loser's transaction rolls back, and a retry finds the schema in place.
 */
async function migrate(db: Kysely<Database>) {
  const migrator = new Migrator({ db, provider: migrationProvider });
  let outcome = await migrator.migrateToLatest();
  for (let attempt = 1; outcome.error && attempt <= 3; attempt++) {
    await new Promise((r) => setTimeout(r, 50 * attempt));
    outcome = await migrator.migrateToLatest();
  }
  return outcome;
}

/** Open (creating if needed) and migrate the store at `path`. */
export async function openStore(path: string, opts: OpenOptions = {}): Promise<Store> {
  const loc = parseDbLocation(path);
  if (loc.backend === "postgres") throw new UserError(`cannot open the database ${describeLocation(loc)}: the PostgreSQL backend is not built yet`);
  const file = path === ":memory:" ? path : resolve(path);
  let sqlite: SQLite.Database;
  try {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    sqlite = new SQLite(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
    // WAL keeps committed transactions durable across a crash; NORMAL avoids an fsync per commit.
    sqlite.pragma("synchronous = NORMAL");
  } catch (err) {
    throw new UserError(`cannot open the database ${path}: ${(err as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await migrate(db);
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new UserError(`cannot migrate the database ${path} (migration ${failed}): ${(error as Error).message ?? error}`);
  }
  return { db, path: file, close: () => db.destroy() };
}
