// What can go wrong with a SQLite file beyond bad queries — another writer holding the lock, a file
// this user may not write, a damaged file, a full disk — turned into one line each, and checked
// once when a store is opened for writing so a batch does not start on a file it cannot finish.
import SQLite from "better-sqlite3";
import type { DatabaseConnection, Driver } from "kysely";
import { SqliteDialect, SqliteDriver } from "./kysely.js";
import { UserError } from "../errors.js";

/** Busy timeout: how long a writer waits for another one's lock before giving up (README, Reliability). */
export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;
/** The busy timeout in milliseconds: the option, else $PARLEY_BUSY_TIMEOUT (seconds), else the default. */
export function busyTimeoutOf(opts: { busyTimeoutMs?: number }, env: NodeJS.ProcessEnv = process.env): number {
  if (opts.busyTimeoutMs !== undefined) return Math.max(0, Math.floor(opts.busyTimeoutMs));
  const fromEnv = env.PARLEY_BUSY_TIMEOUT;
  if (fromEnv === undefined || fromEnv === "") return DEFAULT_BUSY_TIMEOUT_MS;
  const seconds = Number(fromEnv);
  if (!Number.isFinite(seconds) || seconds < 0) throw new UserError(`PARLEY_BUSY_TIMEOUT expects seconds (a number of at least 0), got "${fromEnv}"`);
  return Math.floor(seconds * 1000);
}

/** After this long waiting for the lock, say so. */
export const WAIT_NOTICE_MS = 1_000;

/** Store failures that end a whole batch: every later article would fail the same way. */
export class StoreFailure extends UserError {
  constructor(message: string, readonly kind: "locked" | "read-only" | "damaged" | "disk full" | "i/o") {
    super(message, 1);
    this.name = "StoreFailure";
  }
}

const codeOf = (err: unknown): string => String((err as { code?: unknown })?.code ?? "");

/** The one-line failure for a SQLite error about the file itself, or undefined for any other error. */
export function storeFailureOf(err: unknown, file: string, busyTimeoutMs?: number): StoreFailure | undefined {
  if (err instanceof StoreFailure) return err;
  const code = codeOf(err);
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    // The timeout in force is the one quoted (a bad $PARLEY_BUSY_TIMEOUT was refused when the store opened).
    let ms = busyTimeoutMs;
    try { ms ??= busyTimeoutOf({}); } catch { ms = DEFAULT_BUSY_TIMEOUT_MS; }
    return new StoreFailure(`the database ${file} is locked: another parley (or program) kept writing for more than ${ms / 1000} s; try again when it is done`, "locked");
  }
  if (code.startsWith("SQLITE_READONLY")) {
    return new StoreFailure(`cannot write the database ${file}: it is read-only (this user may not write the file or its folder)`, "read-only");
  }
  if (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB") {
    return new StoreFailure(`the database ${file} is damaged (${oneLine(err)}); restore it from a backup, or try \`sqlite3 ${file} .recover\``, "damaged");
  }
  if (code === "SQLITE_FULL" || /ENOSPC|disk is full|database or disk is full/i.test(oneLine(err))) {
    return new StoreFailure(`disk full: cannot write the database ${file}; what was stored before stays`, "disk full");
  }
  if (code.startsWith("SQLITE_IOERR") || code === "SQLITE_CANTOPEN") {
    return new StoreFailure(`cannot read or write the database ${file}: ${oneLine(err)}`, "i/o");
  }
  return undefined;
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0];
}

/**
 * Before a batch writes: wait for another writer's lock (saying so after a second, failing after the
 * busy timeout), refuse a read-only file, and run `PRAGMA quick_check` so a damaged file is refused
 * instead of written into. The lock is released again at once.
 */
export function checkWritable(sqlite: SQLite.Database, file: string, busyTimeoutMs: number, notice: (line: string) => void): void {
  const deadline = Date.now() + busyTimeoutMs;
  let told = false;
  try {
    for (;;) {
      sqlite.pragma(`busy_timeout = ${Math.max(0, Math.min(WAIT_NOTICE_MS, deadline - Date.now()))}`);
      try {
        sqlite.exec("BEGIN IMMEDIATE");
        break;
      } catch (err) {
        if (!codeOf(err).startsWith("SQLITE_BUSY") || Date.now() >= deadline) throw err;
        if (!told) notice(`parley: another parley is writing ${file}; waiting… (up to ${busyTimeoutMs / 1000} s)`);
        told = true;
      }
    }
    sqlite.exec("ROLLBACK");
    const rows = sqlite.pragma("quick_check") as { quick_check: string }[];
    if (rows.length !== 1 || rows[0].quick_check !== "ok") {
      throw new StoreFailure(`the database ${file} is damaged (quick_check: ${rows[0]?.quick_check ?? "no answer"}); restore it from a backup, or try \`sqlite3 ${file} .recover\``, "damaged");
    }
  } catch (err) {
    throw storeFailureOf(err, file, busyTimeoutMs) ?? err;
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }
}

/**
 * SQLite rolls a transaction back itself after some errors (SQLITE_FULL among them); Kysely's own
 * ROLLBACK then fails with "cannot rollback - no transaction is active", hiding the real reason.
 */
class GuardedSqliteDriver extends SqliteDriver {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

export class GuardedSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new GuardedSqliteDriver(this.sqlite);
  }
}
