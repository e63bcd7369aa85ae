// Everything that differs between the SQLite and PostgreSQL backends, in one place: column types for the
// migrations, the order of text, write locks and which errors a transaction may be retried on. The queries
// elsewhere are plain Kysely and run as they are on both.
import type { ColumnDefinitionBuilder, Kysely, OrderByItemBuilder } from "kysely";
import { PostgresAdapter, sql } from "./kysely.js";

export type Backend = "sqlite" | "postgres";

/** The backend a Kysely instance (or transaction) talks to. */
export function backendOf(db: Kysely<any>): Backend {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** Column types the migrations use: SQLite's "real" is 8 bytes, PostgreSQL's 4, so doubles there. */
export function columnTypes(db: Kysely<any>) {
  const pg = backendOf(db) === "postgres";
  return {
    real: pg ? ("double precision" as const) : ("real" as const),
    /** A row id the database numbers: integer autoincrement in SQLite, serial in PostgreSQL. */
    id: pg ? ("serial" as const) : ("integer" as const),
    idKey: (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()),
  };
}

/**
 * Ascending order as SQLite gives it, on either backend: text compared byte by byte (PostgreSQL would
 * use the database's locale, where "item-2" and "item2" interleave) and nulls first.
 */
export function ascending(db: Kysely<any>) {
  const pg = backendOf(db) === "postgres";
  return (ob: OrderByItemBuilder): OrderByItemBuilder => (pg ? ob.asc().collate("C").nullsFirst() : ob.asc());
}

/**
 * Serialise writers on one key (an article URL) until the transaction ends. SQLite needs nothing: a
 * writing transaction holds the whole database. PostgreSQL takes a transaction-scoped advisory lock.
 */
export async function lockKey(trx: Kysely<any>, key: string): Promise<void> {
  if (backendOf(trx) === "postgres") await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

/**
 * Take the write lock at the start of a transaction. In SQLite a read-first transaction that later writes
 * can fail outright when another process committed in between, so it writes first (a no-op UPDATE waits
 * on busy_timeout); PostgreSQL locks rows as they are written and needs nothing.
 */
export async function beginWrite(trx: Kysely<any>): Promise<void> {
  if (backendOf(trx) === "sqlite") await sql`update articles set version = version where 1 = 0`.execute(trx);
}

/** PostgreSQL's deadlock and serialisation failures: the transaction did nothing and may simply run again. */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === "40P01" || code === "40001";
}

/**
 * A column reference the query planner should not use an index for. SQLite's idiom is a unary plus
 * (`+col`), which PostgreSQL rejects on text; its planner needs no such hint, so there it stays the column.
 */
export function withoutIndex(db: Kysely<any>, column: string) {
  return backendOf(db) === "postgres" ? sql.ref(column) : sql`+${sql.ref(column)}`;
}
