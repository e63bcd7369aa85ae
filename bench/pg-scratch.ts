// Scratch PostgreSQL databases for the benches that write to PostgreSQL (ingest --pg, store-backends, soak):
// made on the admin server for one run and dropped after it. The benches skip, saying so, when none answers.
import pg from "pg";

/** The admin URL: $PARLEY_BENCH_PG, else the local server's postgres database. */
export const BENCH_PG_ADMIN = process.env.PARLEY_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A connected admin client, or the reason none answers. */
export async function adminClient(admin = BENCH_PG_ADMIN): Promise<pg.Client | string> {
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
    return client;
  } catch (err) {
    return (err as Error).message || (err as { code?: string }).code || String(err);
  }
}

/** Creates database `name` and returns its URL on the same server as `admin`. */
export async function scratchDatabase(client: pg.Client, name: string, admin = BENCH_PG_ADMIN): Promise<string> {
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
