import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openStore, resolveDbPath } from "../src/store/open.js";
import { sql } from "kysely";
import { tableCounts } from "../src/store/queries.js";
import { storeContract } from "./helpers/store-contract.js";
import { tempDir } from "./helpers/tmp.js";
import { storeBackends } from "./helpers/pg.js";

const tmpDb = () => join(tempDir("parley-store-"), "t.db");

test("resolveDbPath prefers --db, then PARLEY_DB, then ./parley.db", () => {
  assert.equal(resolveDbPath("x.db", { PARLEY_DB: "y.db" }), "x.db");
  assert.equal(resolveDbPath(undefined, { PARLEY_DB: "y.db" }), "y.db");
  assert.equal(resolveDbPath(undefined, {}), "parley.db");
});

test("openStore migrates a new file and reopens it without re-running migrations", async () => {
  const path = tmpDb();
  const s1 = await openStore(path);
  const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(s1.db);
  assert.equal(mode.rows[0].journal_mode, "wal");
  const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(s1.db);
  assert.equal(fk.rows[0].foreign_keys, 1);
  await s1.close();
  const s2 = await openStore(path);
  const counts = await tableCounts(s2.db);
  assert.equal(counts.articles, 0);
  await s2.close();
});

for (const b of await storeBackends("contract")) storeContract(b.name, async () => openStore(await b.fresh()), b.skip);

test("a store made before a later migration gains it on the next open (migrations may land out of name order)", async () => {
  const file = tmpDb();
  {
    const first = await openStore(file);
    await sql`drop index articles_superseded_by`.execute(first.db);
    await first.db.deleteFrom("kysely_migration" as never).where("name" as never, "=", "2026-12-03-001-superseded-index" as never).execute();
    await first.close();
    const again = await openStore(file);
    const idx = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name = 'articles_superseded_by'`.execute(again.db);
    assert.equal(idx.rows.length, 1);
    await again.close();
  }
});
