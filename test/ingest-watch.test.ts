// Polite feed re-fetching: the validators a feed sent are stored per feed URL and sent back (304 costs
// nothing), stored items' pages are not fetched again, and `parley ingest FEED --watch` polls until
// Ctrl-C, storing only new items.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { IncomingMessage, ServerResponse } from "node:http";
import { startServer, type TestServer } from "./helpers/http-server.js";
import { startCli } from "./helpers/cli.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { tmpDbPath } from "./helpers/store.js";
import { openStore } from "../src/store/open.js";
import { runIngest } from "../src/ingest-run.js";
import { watchFeeds, parseInterval } from "../src/ingest-watch.js";
import { readFeedState } from "../src/store/feed-state.js";
import SQLite from "better-sqlite3";

const page = (n: number) => `<!doctype html><html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>` +
  `<p>Envoys met in Doha on day ${n} of the talks, officials said.</p></article></body></html>`;

let server: TestServer;
let items = 2;
const etag = () => `"v${items}"`;
/** Conditional headers the feed received, one entry per request. */
const asked: string[] = [];

function feed(req: IncomingMessage, res: ServerResponse, base: string): void {
  asked.push(`${req.headers["if-none-match"] ?? "-"} ${req.headers["if-modified-since"] ?? "-"}`);
  const lastModified = new Date(Date.UTC(2024, 4, items)).toUTCString();
  if (req.headers["if-none-match"] === etag()) {
    res.writeHead(304, { etag: etag(), "last-modified": lastModified });
    res.end();
    return;
  }
  const entries = Array.from({ length: items }, (_, k) => `<item><title>Story ${k + 1}</title><link>${base}/story/${k + 1}</link><guid>s${k + 1}</guid></item>`);
  res.writeHead(200, { "content-type": "application/rss+xml", etag: etag(), "last-modified": lastModified });
  res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${entries.join("")}</channel></rss>`);
}

before(async () => {
  const routes: Record<string, Parameters<typeof startServer>[0][string]> = { "/feed.rss": feed };
  for (let n = 1; n <= 9; n++) routes[`/story/${n}`] = (_req, res) => { res.writeHead(200, { "content-type": "text/html" }); res.end(page(n)); };
  server = await startServer(routes);
});
after(() => server.close());

const storyHits = () => server.hits.filter((h) => h.startsWith("/story/"));

test("a feed read again: conditional GET with the stored ETag, 304 reads nothing; new items only when it changes", async () => {
  items = 2;
  asked.length = 0;
  server.hits.length = 0;
  const store = await openStore(tmpDbPath());
  const feedUrl = `${server.base}/feed.rss`;
  const run = () => runIngest({ sources: [feedUrl], opts: { allowPrivate: true }, db: store.db, analyzer: fakeAnalyzer(), report: () => {}, feeds: {} });
  const first = await run();
  assert.deepEqual([first.new, first.failed], [2, 0]);
  assert.deepEqual(await readFeedState(store.db, feedUrl), { etag: '"v2"', lastModified: "Thu, 02 May 2024 00:00:00 GMT" });
  const second = await run();
  assert.deepEqual([second.new, second.unchanged, second.feeds.map((f) => f.notModified)], [0, 0, [true]]);
  items = 3;
  const third = await run();
  assert.deepEqual([third.new, third.unchanged], [1, 0]);
  assert.deepEqual(third.feeds.map((f) => [f.items, f.known]), [[3, 2]]);
  assert.deepEqual(asked, ["- -", '"v2" Thu, 02 May 2024 00:00:00 GMT', '"v2" Thu, 02 May 2024 00:00:00 GMT']);
  assert.deepEqual(storyHits(), ["/story/1", "/story/2", "/story/3"], "stored items' pages are not fetched again");
  // --refetch: no validators sent, every item fetched again (and found unchanged).
  const again = await runIngest({ sources: [feedUrl], opts: { allowPrivate: true }, db: store.db, analyzer: fakeAnalyzer(), report: () => {}, feeds: { refetch: true } });
  assert.deepEqual([again.new, again.unchanged], [0, 3]);
  assert.equal(asked.at(-1), "- -");
  await store.close();
});

test("an interrupted batch keeps the old validators, so the next one reads the whole feed", async () => {
  items = 2;
  const store = await openStore(tmpDbPath());
  const feedUrl = `${server.base}/feed.rss`;
  const stop = new AbortController();
  stop.abort();
  const cut = await runIngest({ sources: [feedUrl], opts: { allowPrivate: true }, db: store.db, analyzer: fakeAnalyzer(), report: () => {}, feeds: {}, signal: stop.signal });
  assert.ok(cut.interrupted);
  assert.equal(await readFeedState(store.db, feedUrl), null);
  await store.close();
});

test("watchFeeds polls until the signal, storing new items of each batch", async () => {
  items = 1;
  await new Promise((r) => setTimeout(r, 200)); // the interrupted batch's page fetches still in flight
  server.hits.length = 0;
  const store = await openStore(tmpDbPath());
  const stop = new AbortController();
  const batches: number[] = [];
  const result = await watchFeeds({
    sources: [`${server.base}/feed.rss`], opts: { allowPrivate: true }, db: store.db, analyzer: fakeAnalyzer(), report: () => {},
    everyMs: 20, signal: stop.signal,
    onBatch: (s, n) => {
      batches.push(s.new);
      if (n === 2) items = 3; // the feed gains two items between batches 2 and 3
      if (n === 4) stop.abort();
    },
  });
  assert.deepEqual(batches, [1, 0, 2, 0]);
  assert.deepEqual([result.batches, result.new, result.failed], [4, 3, 0]);
  assert.deepEqual(storyHits(), ["/story/1", "/story/2", "/story/3"]);
  await store.close();
});

test("--every reads 90s, 10m, 1h30m and plain seconds", () => {
  assert.deepEqual(["90s", "10m", "1h30m", "45", "2h"].map(parseInterval), [90_000, 600_000, 5_400_000, 45_000, 7_200_000]);
  assert.deepEqual(["", "10 minutes", "m", "-5"].map(parseInterval), [null, null, null, null]);
});

test("parley ingest FEED --watch: polls, and Ctrl-C (SIGINT) stops it cleanly with exit 0", async () => {
  items = 2;
  const db = tmpDbPath();
  const { child, done } = startCli(["ingest", `${server.base}/feed.rss`, "--watch", "--every", "10s", "--allow-private", "--db", db]);
  // Wait for the first batch's summary, then interrupt during the wait.
  await new Promise<void>((resolve) => {
    const check = (d: Buffer) => { if (/articles: 2 new/.test(String(d))) { child.stdout!.off("data", check); resolve(); } };
    child.stdout!.on("data", check);
  });
  child.kill("SIGINT");
  const r = await done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /watching 1 source every 10s; Ctrl-C stops/);
  assert.match(r.stdout, /feed\.rss: 2 new items/);
  assert.match(r.stdout, /stopped after 1 batch: 2 new articles, 0 failed/);
  const usage = await startCli(["ingest", "x.txt", "--every", "5m"]).done;
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--every goes with --watch/);
  const tooOften = await startCli(["ingest", "x.txt", "--watch", "--every", "1s"]).done;
  assert.equal(tooOften.code, 2);
  assert.match(tooOften.stderr, /--every must be at least 10s/);
});

test("watchFeeds stops at a batch whose store failed (locked) instead of polling on", async () => {
  items = 2;
  const path = tmpDbPath();
  const store = await openStore(path, { busyTimeoutMs: 300, write: true });
  const lines: string[] = [];
  let holder: SQLite.Database | undefined;
  try {
    const result = await watchFeeds({
      sources: [`${server.base}/feed.rss`], opts: { allowPrivate: true }, db: store.db, analyzer: fakeAnalyzer(),
      report: (l) => lines.push(l), everyMs: 20, maxBatches: 5, signal: new AbortController().signal,
      // After the first batch another process takes the write lock and keeps it; the feed has a new item.
      onBatch: () => {
        if (holder) return;
        items = 3;
        holder = new SQLite(path);
        holder.exec("BEGIN IMMEDIATE");
      },
    });
    assert.equal(result.batches, 2, `polled ${result.batches} times`);
    assert.equal(result.storeFailure, "locked");
    assert.equal(lines.filter((l) => /locked/.test(l)).length, 1, lines.join("\n"));
  } finally {
    if (holder?.open) { holder.exec("ROLLBACK"); holder.close(); }
    await store.close();
  }
});
