// Where a store lives, read from a --db value: a SQLite file path, or a URL naming a server backend.
// A value with a URL scheme ("name://") is never taken as a path, so a mistyped or unsupported URL
// fails with one line instead of silently becoming a folder called "postgres:".
import { UserError } from "../errors.js";

export type DbLocation =
  | { backend: "sqlite"; path: string }
  | { backend: "postgres"; url: string };

/** RFC 3986 scheme followed by "//": what makes a value a URL rather than a file name. */
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

const POSTGRES_SCHEMES = new Set(["postgres", "postgresql"]);

/** The database path or URL: `--db`, then $PARLEY_DB, then ./parley.db. */
export function resolveDbPath(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.PARLEY_DB || "parley.db";
}

export function parseDbLocation(value: string): DbLocation {
  const scheme = URL_SCHEME.exec(value)?.[1].toLowerCase();
  if (scheme === undefined) return { backend: "sqlite", path: value };
  if (POSTGRES_SCHEMES.has(scheme)) {
    try {
      new URL(value);
    } catch {
      throw new UserError(`--db ${redactUrl(value)}: not a valid PostgreSQL URL (expected postgres://user@host:port/database)`);
    }
    return { backend: "postgres", url: value };
  }
  throw new UserError(`--db ${redactUrl(value)}: unsupported database URL scheme "${scheme}://" (use a SQLite file path or postgres://user@host/database)`);
}

/** The value with any password masked, for messages. */
export function redactUrl(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@]*):[^/@]*@/i, "$1:***@");
}

/** How a location is named in messages: the file path, or the URL without its password. */
export function describeLocation(loc: DbLocation): string {
  return loc.backend === "sqlite" ? loc.path : redactUrl(loc.url);
}
