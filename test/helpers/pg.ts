// The backends store tests run over, and a PostgreSQL database for one test run on the local server (127.0.0.1:5432, user postgres, trust auth,
// or PARLEY_TEST_PG): created on first use, dropped when the run ends. Null when no server answers, so
// the tests skip saying why; any other failure (authentication, permissions) fails them.
import { after } from "node:test";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { join } from "node:path";
import { tempDir } from "./tmp.js";

const ADMIN_URL = process.env.PARLEY_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const PG_SKIP = `no PostgreSQL server answers at ${new URL(ADMIN_URL).host} (start it, or set PARLEY_TEST_PG to an admin URL)`;

const UNREACHABLE = new Set(["ECONNREFUSED", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EADDRNOTAVAIL"]);

function unreachable(err: unknown): boolean {
  const e = err as { code?: string; errors?: { code?: string }[] };
  return UNREACHABLE.has(e.code ?? "") || (e.errors ?? []).some((x) => UNREACHABLE.has(x.code ?? ""));
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  // A slow answer on a loaded machine is an answer: wait long enough that only a refusal means "no server".
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 30_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The URL of a new, empty database for this run, or null when no server answers. */
export async function pgTestDatabase(label: string): Promise<string | null> {
  const name = `parley_test_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;
  try {
    // A locale-ordered database (as many servers are) where ICU has one, so tests see that text is still
    // ordered byte by byte as in SQLite; the server's default otherwise.
    await withClient(ADMIN_URL, (c) => c.query(`create database ${name} template template0 locale_provider icu icu_locale 'en-US'`)
      .catch(() => c.query(`create database ${name}`)));
  } catch (err) {
    if (unreachable(err)) return null;
    throw err;
  }
  after(() => withClient(ADMIN_URL, (c) => c.query(`drop database if exists ${name} with (force)`)));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}


/** A backend the store tests run over: `fresh` gives the location (path or URL) of a new, empty store. */
export interface TestBackend {
  name: "sqlite" | "postgres";
  fresh(): Promise<string>;
  /** Why the backend's tests are skipped here, when they are. */
  skip?: string;
}

/** SQLite always; PostgreSQL with a database of this run, or skipped saying why. */
export async function storeBackends(label: string): Promise<TestBackend[]> {
  const url = await pgTestDatabase(label);
  return [
    { name: "sqlite", fresh: async () => join(tempDir("parley-test-"), "t.db") },
    {
      name: "postgres", skip: url ? undefined : PG_SKIP,
      fresh: async () => {
        await withClient(url!, (c) => c.query("drop schema public cascade; create schema public"));
        return url!;
      },
    },
  ];
}
