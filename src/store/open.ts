// Opening the store through Kysely: a SQLite file, or a PostgreSQL database named by a postgres:// URL,
// migrated to the latest schema on open.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import type { Dialect } from "kysely";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "./kysely.js";
import { UserError } from "../errors.js";
import type { Database } from "./schema.js";
import { migrationProvider } from "./migrations/index.js";
import { describeLocation, parseDbLocation, type DbLocation } from "./location.js";
import { busyTimeoutOf, checkWritable, GuardedSqliteDialect, storeFailureOf } from "./sqlite-guard.js";

export { busyTimeoutOf };

export interface Store {
  db: Kysely<Database>;
  /** The file the store lives in (":memory:" for a throwaway store), or its URL without the password. */
  path: string;
  backend: DbLocation["backend"];
  close(): Promise<void>;
}

export { resolveDbPath } from "./location.js";

export interface OpenOptions {
  /** Milliseconds to wait for a lock held by another process (default: $PARLEY_BUSY_TIMEOUT seconds, else 10 s; SQLite only). */
  busyTimeoutMs?: number;
  /** The caller will write: wait for the lock, refuse read-only and damaged files before starting (SQLite only). */
  write?: boolean;
  /** synchronous=FULL: a commit survives a power cut or OS crash, at the cost of an fsync per commit (SQLite only). */
  durable?: boolean;
  /** Where "waiting for the lock" goes (default stderr). */
  notice?: (line: string) => void;
  /** Connections kept open to a PostgreSQL server (default 4). */
  poolSize?: number;
}

/**
 * Kysely takes no migration lock on SQLite, so two processes opening a new file at once can race;
 * the loser's transaction rolls back, and a retry finds the schema in place.
 */
async function migrate(db: Kysely<Database>) {
  // Migrations land from parallel branches, so one may sort before another a store already ran (the
  // feed-state one is named web-…): each is independent of the others' order, and is run when missing.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  let outcome = await migrator.migrateToLatest();
  for (let attempt = 1; outcome.error && attempt <= 3; attempt++) {
    await new Promise((r) => setTimeout(r, 50 * attempt));
    outcome = await migrator.migrateToLatest();
  }
  return outcome;
}

/** Open (creating a SQLite file if needed) and migrate the store at `path`, a file path or a postgres:// URL. */
export async function openStore(path: string, opts: OpenOptions = {}): Promise<Store> {
  const loc = parseDbLocation(path);
  const where = loc.backend === "sqlite" ? (loc.path === ":memory:" ? loc.path : resolve(loc.path)) : describeLocation(loc);
  const dialect = loc.backend === "sqlite" ? sqliteDialect(where, path, opts) : await postgresDialect(loc.url, where, opts);
  const db = new Kysely<Database>({ dialect });
  const { error, results } = await migrate(db);
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw storeFailureOf(error, path) ?? new UserError(`cannot migrate the database ${loc.backend === "sqlite" ? path : where} (migration ${failed}): ${(error as Error).message ?? error}`);
  }
  return { db, path: where, backend: loc.backend, close: () => db.destroy() };
}

function sqliteDialect(file: string, given: string, opts: OpenOptions): Dialect {
  const busyMs = busyTimeoutOf(opts);
  let sqlite: SQLite.Database | undefined;
  try {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    sqlite = new SQLite(file);
    sqlite.pragma(`busy_timeout = ${busyMs}`);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    // WAL keeps committed transactions across a process crash; NORMAL skips the fsync per commit, so the
    // last commits can be lost on a power cut or OS crash. --durable (FULL) syncs every commit.
    sqlite.pragma(`synchronous = ${opts.durable ? "FULL" : "NORMAL"}`);
    if (opts.write && file !== ":memory:") checkWritable(sqlite, given, busyMs, opts.notice ?? ((l) => console.error(l)));
  } catch (err) {
    sqlite?.close();
    if (err instanceof UserError) throw err;
    throw storeFailureOf(err, given, busyMs) ?? new UserError(`cannot open the database ${given}: ${(err as Error).message}`);
  }
  return new GuardedSqliteDialect(sqlite);
}

/** The reason a connection failed, in one line (a refused localhost connection is an AggregateError without a message). */
function reasonOf(err: unknown): string {
  const e = err as Error & { code?: string; errors?: Error[] };
  return e.message || e.errors?.[0]?.message || e.code || String(err);
}

/** A pool connected once before use, so an unreachable server or a missing database is one clear line. */
async function postgresDialect(url: string, where: string, opts: OpenOptions): Promise<Dialect> {
  // loaded only for a postgres:// store: SQLite users never pay for the driver
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 4, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new UserError(`cannot connect to the database ${where}: ${reasonOf(err)}`);
  }
  return new PostgresDialect({ pool });
}
