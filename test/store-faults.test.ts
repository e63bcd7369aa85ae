// The store file itself failing: locked by another writer, read-only, damaged, disk full. Each is one
// line naming the file (never a stack trace), nothing is half-written, and a batch stops cleanly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, chownSync, mkdirSync, openSync, writeFileSync, writeSync, closeSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { openStore } from "../src/store/open.js";
import { runIngest } from "../src/ingest-run.js";
import { tableCounts } from "../src/store/queries.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { listReader, makeArticle } from "./helpers/articles.js";
import { FAKE_CLI, runCli, startCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const noTrace = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at |internal error/, stderr);

/** A folder with two articles and a database holding one stored batch. */
async function storeWithArticles(): Promise<{ root: string; dir: string; db: string }> {
  const root = tempDir("parley-faults-");
  const dir = join(root, "in");
  mkdirSync(dir);
  writeFileSync(join(dir, "a.txt"), "Israel met Qatar in Doha. Hamas rejected the offer.\n");
  writeFileSync(join(dir, "b.txt"), "Egypt urged Hamas to accept. Qatar met Egypt in Cairo.\n");
  const db = join(root, "t.db");
  const first = await runCli(["ingest", join(dir, "a.txt"), "--db", db, "--quiet"]);
  assert.equal(first.code, 0, first.stderr);
  return { root, dir, db };
}

test("a write lock held by another process: ingest says it waits, then fails with one line after the busy timeout", async () => {
  const { dir, db } = await storeWithArticles();
  const holder = new SQLite(db);
  holder.exec("BEGIN IMMEDIATE");
  try {
    const t0 = Date.now();
    const r = await runCli(["ingest", join(dir, "b.txt"), "--db", db, "--quiet"], { PARLEY_BUSY_TIMEOUT: "2" });
    const seconds = (Date.now() - t0) / 1000;
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /another parley is writing .*t\.db; waiting/);
    assert.match(r.stderr, /the database .*t\.db is locked: another parley \(or program\) kept writing for more than 2 s/);
    assert.equal(r.stderr.trim().split("\n").length, 2, r.stderr);
    noTrace(r.stderr);
    assert.ok(seconds >= 2 && seconds < 15, `took ${seconds} s`);
  } finally {
    holder.exec("ROLLBACK");
    holder.close();
  }
});

test("a write lock released within the busy timeout: ingest waits and then stores", async () => {
  const { dir, db } = await storeWithArticles();
  const holder = new SQLite(db);
  holder.exec("BEGIN IMMEDIATE");
  const { child, done } = startCli(["ingest", join(dir, "b.txt"), "--db", db, "--date", "2024-05-08"], { PARLEY_BUSY_TIMEOUT: "30" });
  // Let go once the waiting line is out.
  child.stderr!.on("data", (d) => {
    if (/waiting/.test(String(d)) && holder.open) { holder.exec("ROLLBACK"); holder.close(); }
  });
  const r = await done;
  if (holder.open) { holder.exec("ROLLBACK"); holder.close(); }
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /another parley is writing .*; waiting/);
  assert.match(r.stdout, /articles: 1 new/);
});

test("a damaged database: ingest refuses it (quick_check) and events reads it with one line each", async () => {
  const { dir, db } = await storeWithArticles();
  // Scribble over the middle of the file: pages of the tables and indexes, not the header.
  const size = statSync(db).size;
  const fd = openSync(db, "r+");
  writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0x5a), 0, Math.floor(size / 2), 4096);
  closeSync(fd);
  const ingest = await runCli(["ingest", join(dir, "b.txt"), "--db", db, "--quiet"]);
  assert.equal(ingest.code, 1, ingest.stderr);
  assert.match(ingest.stderr, /^parley: the database .*t\.db is damaged \(/);
  assert.equal(ingest.stderr.trim().split("\n").length, 1, ingest.stderr);
  noTrace(ingest.stderr);
  const events = await runCli(["events", "--db", db]);
  assert.notEqual(events.code, 0);
  assert.match(events.stderr, /^parley: .*t\.db.*(damaged|malformed|not a database)/);
  assert.equal(events.stderr.trim().split("\n").length, 1, events.stderr);
  noTrace(events.stderr);
});

// Root writes any file whatever its mode, so the non-owner is played by "nobody" when running as root.
const asRoot = process.getuid?.() === 0;
test("a read-only database file: ingest fails with one line naming it", async () => {
  const { root, dir, db } = await storeWithArticles();
  chmodSync(db, 0o444);
  chmodSync(root, 0o755);
  chmodSync(dir, 0o755);
  for (const f of ["a.txt", "b.txt"]) chmodSync(join(dir, f), 0o644);
  const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [FAKE_CLI, "ingest", join(dir, "b.txt"), "--db", db, "--quiet"], {
      stdio: ["ignore", "ignore", "pipe"], ...(asRoot ? { uid: 65534, gid: 65534 } : {}), env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /^parley: (cannot write the database .*t\.db: it is read-only|cannot read or write the database .*t\.db)/);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  noTrace(r.stderr);
  if (asRoot) chownSync(db, 0, 0);
});

test("disk full: said once, the batch stops, what was stored stays whole", async () => {
  const store = await openStore(":memory:");
  const analyzer = fakeAnalyzer();
  const texts = Array.from({ length: 40 }, (_, k) => `Israel met Qatar in round ${k}. ${"Hamas rejected the offer again. ".repeat(200)}`);
  const pageCount = async () => (await sql<{ page_count: number }>`PRAGMA page_count`.execute(store.db)).rows[0].page_count;
  await runIngest({ sources: ["x"], opts: {}, db: store.db, analyzer, read: listReader([makeArticle(texts[39], { source: "a" })]), link: false });
  const before = await pageCount();
  await runIngest({ sources: ["x"], opts: {}, db: store.db, analyzer, read: listReader([makeArticle(texts[0], { source: "a0" })]), link: false });
  const pages = await pageCount();
  // SQLite's max_page_count plays a full disk: writes past it fail with SQLITE_FULL. Room for about 3.5 more articles.
  await sql.raw(`PRAGMA max_page_count = ${pages + Math.round(3.5 * (pages - before))}`).execute(store.db);
  const lines: string[] = [];
  const s = await runIngest({
    sources: ["x"], opts: {}, db: store.db, analyzer, storeName: "t.db", report: (l) => lines.push(l), link: false,
    read: listReader(texts.slice(1, 39).map((t, k) => makeArticle(t, { source: `a${k + 1}` }))),
  });
  assert.equal(s.storeFailure, "disk full");
  assert.deepEqual(lines, ["parley: disk full: cannot write the database t.db; what was stored before stays; stopping the batch"]);
  assert.ok(s.new >= 1 && s.new < 38, `stored ${s.new}`);
  const counts = await tableCounts(store.db);
  assert.equal(counts.articles, 2 + s.new);
  // Every stored article is whole: as many sentence rows as its text has sentences (2 + 200 each).
  assert.equal(counts.sentences, 201 * counts.articles);
  const check = (await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(store.db)).rows;
  assert.deepEqual(check, [{ integrity_check: "ok" }]);
  await store.close();
});

test("--durable sets synchronous=FULL; the default is NORMAL", async () => {
  const dir = tempDir("parley-durable-");
  for (const [durable, want] of [[false, 1], [true, 2]] as const) {
    const store = await openStore(join(dir, `d${want}.db`), { durable, write: true });
    const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(store.db);
    assert.equal(rows[0].synchronous, want);
    await store.close();
  }
  const src = join(dir, "a.txt");
  writeFileSync(src, "Israel met Qatar in Doha.\n");
  const r = await runCli(["ingest", src, "--db", join(dir, "cli.db"), "--durable", "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
});

test("a lock met in the middle of a batch quotes the busy timeout in force ($PARLEY_BUSY_TIMEOUT), not the default", async () => {
  const { storeFailureOf } = await import("../src/store/sqlite-guard.js");
  const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
  const before = process.env.PARLEY_BUSY_TIMEOUT;
  try {
    process.env.PARLEY_BUSY_TIMEOUT = "3";
    assert.match(storeFailureOf(busy, "t.db")!.message, /kept writing for more than 3 s/);
    delete process.env.PARLEY_BUSY_TIMEOUT;
    assert.match(storeFailureOf(busy, "t.db")!.message, /kept writing for more than 10 s/);
    assert.match(storeFailureOf(busy, "t.db", 2500)!.message, /kept writing for more than 2.5 s/);
  } finally {
    if (before === undefined) delete process.env.PARLEY_BUSY_TIMEOUT;
    else process.env.PARLEY_BUSY_TIMEOUT = before;
  }
});
