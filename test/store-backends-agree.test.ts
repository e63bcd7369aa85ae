// The same articles through the CLI into SQLite and into PostgreSQL export the same records (store ids
// and ingest times aside), in the same order, before and after `parley recode --all`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { examplesDir } from "../src/paths.js";
import { runCli } from "./helpers/cli.js";
import { storeBackends } from "./helpers/pg.js";

const [sqlite, pg] = await storeBackends("agree");

/** Export lines with what differs by nature between two stores (row ids, ingest times) removed. */
function comparable(jsonl: string): unknown[] {
  return jsonl.split("\n").filter(Boolean).map((l) => {
    const r = JSON.parse(l);
    delete r.id;
    delete r.eventId;
    if (r.article) delete r.article.ingestedAt;
    delete r.ingestedAt;
    return r;
  });
}

async function exports(db: string) {
  const out: Record<string, unknown[]> = {};
  for (const [name, args] of Object.entries({
    events: ["events", "--format", "jsonl"], figures: ["figures", "--format", "jsonl"], csv: ["events", "--format", "csv"],
  })) {
    const r = await runCli([...args, "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    out[name] = name === "csv" ? r.stdout.split("\n") : comparable(r.stdout);
  }
  return out;
}

test("SQLite and PostgreSQL hold and export the same events and figures", { skip: pg.skip }, async () => {
  const dbs = [await sqlite.fresh(), await pg.fresh()];
  for (const db of dbs) assert.equal((await runCli(["ingest", "--quiet", examplesDir, "--db", db])).code, 0);
  const [a, b] = [await exports(dbs[0]), await exports(dbs[1])];
  assert.ok((a.events as unknown[]).length > 5, "the fixture codes events");
  assert.deepEqual(b, a);
  for (const db of dbs) {
    const r = await runCli(["recode", "--all", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /recoded/);
  }
  assert.deepEqual(await exports(dbs[1]), await exports(dbs[0]), "after recode --all too");
});
