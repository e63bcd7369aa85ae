// Killing `parley ingest` in the middle of a batch must leave a consistent database: every
// stored article complete, nothing half-written, and a second run finishing the rest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { openStore } from "../src/store/open.js";
import { listRuns } from "../src/store/runs.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { runCli, startCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const FILES = 40;
const text = (k: number) => `Israel met Qatar in round ${k}. Hamas rejected offer ${k}.\nBlinken urged Netanyahu to agree to plan ${k}.\n`;

function storedArticles(db: string): number {
  try {
    const conn = new SQLite(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("select count(*) as n from articles").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** A folder of FILES distinct articles and a database path beside it. */
function batchFolder(): { dir: string; db: string } {
  const root = tempDir("parley-kill-");
  const dir = join(root, "in");
  mkdirSync(dir);
  for (let k = 0; k < FILES; k++) writeFileSync(join(dir, `a${String(k).padStart(2, "0")}.txt`), text(k));
  return { dir, db: join(root, "t.db") };
}

async function untilStored(db: string, n: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (storedArticles(db) < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

test("SIGKILL in the middle of a batch leaves complete articles only, and a rerun finishes", async () => {
  const { dir, db } = batchFolder();
  const { child, done } = startCli(["ingest", dir, "--date", "2024-05-08", "--db", db], { PARLEY_FAKE_DELAY_MS: "40" });
  await untilStored(db, 5);
  child.kill("SIGKILL");
  const killed = await done;
  assert.equal(killed.signal, "SIGKILL");

  const conn = new SQLite(db);
  assert.equal(conn.pragma("integrity_check", { simple: true }), "ok");
  assert.deepEqual(conn.pragma("foreign_key_check"), []);
  const stored = conn.prepare("select id, text, ref_date from articles").all() as { id: string; text: string; ref_date: string }[];
  assert.ok(stored.length >= 5 && stored.length < FILES, `killed after ${stored.length} of ${FILES}`);
  const count = (table: string, id: string) =>
    (conn.prepare(`select count(*) as n from ${table} where article_id = ?`).get(id) as { n: number }).n;
  for (const a of stored) {
    // Each stored article has exactly what the analyzer finds in it: nothing missing, nothing extra.
    const expected = fakeAnalyzer().analyze(makeArticle(a.text, { date: a.ref_date }));
    assert.equal(count("sentences", a.id), expected.sentences.length, a.id);
    assert.equal(count("tokens", a.id), expected.tokens.length, a.id);
    assert.equal(count("events", a.id), expected.events.length, a.id);
    assert.equal(count("mentions", a.id), expected.mentions.length, a.id);
  }
  for (const t of ["sentences", "tokens", "events", "mentions"]) {
    const orphans = conn.prepare(`select count(*) as n from ${t} where article_id not in (select id from articles)`).get() as { n: number };
    assert.equal(orphans.n, 0, `orphan ${t}`);
  }
  conn.close();

  const rerun = await runCli(["ingest", dir, "--date", "2024-05-08", "--db", db]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`articles: ${FILES - stored.length} new, ${stored.length} unchanged, 0 failed`));
  const store = await openStore(db);
  const runs = await listRuns(store.db);
  assert.equal(runs.length, 2);
  assert.equal(runs[0].finished_at, null, "the killed run stays open in the run log");
  assert.ok(runs[1].finished_at);
  await store.close();
});

test("Ctrl-C (SIGINT) finishes the current article, closes the run and exits 130", async () => {
  const { dir, db } = batchFolder();
  const { child, done } = startCli(["ingest", dir, "--db", db], { PARLEY_FAKE_DELAY_MS: "40" });
  await untilStored(db, 3);
  child.kill("SIGINT");
  const r = await done;
  assert.equal(r.code, 130, r.stderr);
  assert.match(r.stderr, /stopping after the current article/);
  const m = /^interrupted; articles: (\d+) new, 0 unchanged, 0 failed/.exec(r.stdout);
  assert.ok(m, r.stdout);
  const n = Number(m[1]);
  assert.ok(n >= 3 && n < FILES);
  assert.equal(storedArticles(db), n);
  const store = await openStore(db);
  const [run] = await listRuns(store.db);
  assert.ok(run.finished_at);
  assert.equal(run.new_count, n);
  await store.close();
});
