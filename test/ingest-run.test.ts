import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../src/store/open.js";
import { listRuns } from "../src/store/runs.js";
import { tableCounts } from "../src/store/queries.js";
import { formatSummary, runIngest } from "../src/ingest-run.js";
import { SourceError } from "../src/errors.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { listReader, makeArticle, SAMPLE_TEXTS } from "./helpers/articles.js";
import { tmpDbPath } from "./helpers/store.js";

const articles = () => SAMPLE_TEXTS.map((t, k) => makeArticle(t, { source: `a${k}.txt` }));

test("runIngest saves each article, and a second run finds them all unchanged", async () => {
  const store = await openStore(tmpDbPath());
  const lines: string[] = [];
  const inner = fakeAnalyzer();
  let analysed = 0;
  const analyzer = { analyze: (a: Parameters<typeof inner.analyze>[0]) => (analysed++, inner.analyze(a)) };
  const run = () => runIngest({
    sources: ["dir/"], opts: {}, db: store.db, analyzer, read: listReader(articles()),
    report: (l) => lines.push(l),
  });
  const first = await run();
  assert.deepEqual([first.new, first.unchanged, first.failed], [3, 0, 0]);
  assert.ok(first.sentences >= 6 && first.events >= 6);
  const counts = await tableCounts(store.db);
  assert.equal(counts.events, first.events);
  const second = await run();
  assert.equal(analysed, 3, "known texts are not analysed again");
  assert.deepEqual([second.new, second.unchanged, second.failed, second.events], [0, 3, 0, 0]);
  assert.deepEqual({ ...(await tableCounts(store.db)), runs: 0 }, { ...counts, runs: 0 });
  assert.deepEqual(lines, []);
  assert.match(formatSummary(second), /^articles: 0 new, 3 unchanged, 0 failed; sentences: 0; events: 0; \d+\.\d s$/);
  const runs = await listRuns(store.db);
  assert.equal(runs.length, 2);
  assert.deepEqual([runs[0].command, runs[0].new_count, runs[1].unchanged_count], ["ingest dir/", 3, 3]);
  assert.ok(runs.every((r) => r.finished_at !== null));
  await store.close();
});

test("source failures and analyzer exceptions are one line each and the batch goes on", async () => {
  const store = await openStore(tmpDbPath());
  const lines: string[] = [];
  const [a, b, c] = articles();
  const bad = makeArticle("Israel met Qatar. BOOM here.", { source: "bad.txt" });
  const summary = await runIngest({
    sources: ["x"], opts: {}, db: store.db, analyzer: fakeAnalyzer({ throwOn: "BOOM" }),
    read: listReader([a, new SourceError("feed.xml", "not a feed (no <rss> or <feed> root)"), bad, b, c]),
    report: (l) => lines.push(l),
  });
  assert.deepEqual([summary.new, summary.unchanged, summary.failed], [3, 0, 2]);
  assert.deepEqual(lines, [
    "parley: feed.xml: not a feed (no <rss> or <feed> root)",
    `parley: bad.txt: analysis failed: fake analyzer refuses "BOOM"`,
  ]);
  assert.equal((await tableCounts(store.db)).articles, 3);
  const [run] = await listRuns(store.db);
  assert.equal(run.failed_count, 2);
  assert.equal(JSON.parse(run.errors).length, 2);
  await store.close();
});

test("an article whose save fails midway leaves no rows and the next one is stored", async () => {
  const store = await openStore(tmpDbPath());
  const lines: string[] = [];
  const [a, b] = articles();
  const broken = makeArticle(SAMPLE_TEXTS[0] + " CORRUPT", { source: "broken.txt" });
  const summary = await runIngest({
    sources: ["x"], opts: {}, db: store.db, analyzer: fakeAnalyzer({ corruptOn: "CORRUPT" }),
    read: listReader([a, broken, b]), report: (l) => lines.push(l),
  });
  assert.deepEqual([summary.new, summary.failed], [2, 1]);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^parley: broken\.txt: cannot store: NOT NULL constraint failed: events\.cameo$/);
  const ids = (await store.db.selectFrom("sentences").select("article_id").distinct().execute()).map((r) => r.article_id).sort();
  assert.deepEqual(ids, [a.id, b.id].sort());
  await store.close();
});

test("runIngest drives a progress display with a known total", async () => {
  const store = await openStore(tmpDbPath());
  const seen: string[] = [];
  await runIngest({
    sources: ["x"], opts: {}, db: store.db, analyzer: fakeAnalyzer(), read: listReader(articles()), count: async () => 3,
    progress: {
      start: (n) => seen.push(`start ${n}`),
      update: (c, label) => seen.push(`${c.new}/${c.unchanged}/${c.failed} ${label}`),
      log: (l) => seen.push(`log ${l}`),
      stop: () => seen.push("stop"),
    },
  });
  assert.deepEqual(seen, ["start 3", "1/0/0 a0.txt", "2/0/0 a1.txt", "3/0/0 a2.txt", "stop"]);
  await store.close();
});

test("with a progress display the batch still streams: articles are stored while the reader is still reading", async () => {
  const store = await openStore(tmpDbPath());
  const seen: string[] = [];
  const read = async function* () {
    for (let i = 0; i < 5; i++) {
      seen.push(`read ${i}`);
      yield { ok: true as const, article: makeArticle(`Qatar met Egypt in Doha on day ${i}.`, { source: `s${i}.txt` }) };
    }
  };
  await runIngest({
    sources: ["x"], opts: {}, db: store.db, analyzer: fakeAnalyzer(), read, count: async () => 2, link: false,
    progress: {
      start: (n) => seen.push(`start ${n}`),
      grow: (n) => seen.push(`total ${n}`),
      update: (c) => seen.push(`stored ${c.new}`),
      log: () => {},
      stop: () => {},
    },
  });
  assert.deepEqual(seen.slice(0, 4), ["start 2", "read 0", "stored 1", "read 1"], seen.join(", "));
  assert.ok(seen.includes("total 3") && seen.includes("total 5"), "the total grows past the estimate");
  await store.close();
});

test("a reader that rejects its options ends the run with the reason in the run log", async () => {
  const store = await openStore(tmpDbPath());
  const read = async function* () {
    yield* [];
    throw new SourceError("--date", "not a date");
  };
  await assert.rejects(runIngest({ sources: ["x"], opts: {}, db: store.db, analyzer: fakeAnalyzer(), read, report: () => {} }), /not a date/);
  const [run] = await listRuns(store.db);
  assert.ok(run.finished_at);
  assert.deepEqual(JSON.parse(run.errors), ["--date: not a date"]);
  await store.close();
});

test("an aborted batch stops between articles and the run log says interrupted", async () => {
  const store = await openStore(tmpDbPath());
  const stop = new AbortController();
  const inner = fakeAnalyzer();
  let analysed = 0;
  const analyzer = { analyze: (a: Parameters<typeof inner.analyze>[0]) => {
    if (++analysed === 2) stop.abort();
    return inner.analyze(a);
  } };
  const summary = await runIngest({
    sources: ["x"], opts: {}, db: store.db, analyzer, read: listReader(articles()), signal: stop.signal, report: () => {},
  });
  assert.equal(summary.interrupted, true);
  assert.equal(summary.new, 2, "the article being analysed when the signal came is finished");
  assert.match(formatSummary(summary), /^interrupted; articles: 2 new/);
  assert.equal((await tableCounts(store.db)).articles, 2);
  const [run] = await listRuns(store.db);
  assert.ok(run.finished_at);
  assert.deepEqual(JSON.parse(run.errors), ["interrupted"]);
  await store.close();
});
