// How commands reach the store: the path or URL from --db / $PARLEY_DB / ./parley.db, opened and
// always closed, and a clear line instead of an empty database when reading a missing file.
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { isIsoDate } from "../ingest/refdate.js";
import type { OpenOptions, Store } from "../store/open.js";
import { parseDbLocation, resolveDbPath } from "../store/location.js";

export function dbPathOf(cmd: Command): string {
  return resolveDbPath(cmd.optsWithGlobals().db as string | undefined);
}

/**
 * Open the store, run `fn`, close it. A locked, read-only, damaged or full SQLite file is one line
 * (a StoreFailure), wherever it shows up.
 */
export async function withStore<T>(path: string, fn: (store: Store) => Promise<T>, opts: { mustExist?: boolean } & Pick<OpenOptions, "write" | "durable"> = {}): Promise<T> {
  const loc = parseDbLocation(path);
  if (opts.mustExist && loc.backend === "sqlite" && path !== ":memory:" && !existsSync(path)) {
    throw new UserError(`no database at ${path}; run \`parley ingest …\` or \`parley demo\` first, or pass --db`);
  }
  // the store (Kysely, the SQLite driver) loads only when a command opens it, not for its help
  const { openStore } = await import("../store/open.js");
  const store = await openStore(path, { write: opts.write, durable: opts.durable });
  try {
    return await fn(store);
  } catch (err) {
    throw (loc.backend === "sqlite" ? (await import("../store/sqlite-guard.js")).storeFailureOf(err, path) : undefined) ?? err;
  } finally {
    await store.close().catch(() => {});
  }
}

/** Parse a positive integer flag, or fail with a line naming the flag. */
export function positiveInt(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UserError(`${flag} expects a positive whole number, got "${v}"`);
    return n;
  };
}

/** A positive whole number no larger than `max` (`maxLabel` says it for people: "64 MiB"). */
export function boundedInt(flag: string, max: number, maxLabel = String(max)) {
  const positive = positiveInt(flag);
  return (v: string): number => {
    const n = positive(v);
    if (n > max) throw new UserError(`${flag} must be at most ${max}${maxLabel === String(max) ? "" : ` (${maxLabel})`}, got "${v}"`);
    return n;
  };
}

/** Commander option parser for a repeatable flag: each use appends its value. */
export const collect = (v: string, acc: string[] = []): string[] => [...acc, v];

export function isoDate(flag: string) {
  return (v: string): string => {
    if (!isIsoDate(v)) {
      throw new UserError(`${flag} expects a date as YYYY-MM-DD, got "${v}"`);
    }
    return v;
  };
}
