// End-to-end batches through the CLI: every kind of bad input is one line naming the source,
// the batch goes on, the exit status says something failed, and the store keeps what succeeded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { openStore } from "../src/store/open.js";
import { listArticles, tableCounts } from "../src/store/queries.js";
import { listRuns } from "../src/store/runs.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

test("a batch with every kind of bad input reports each in one line and keeps the good articles", async () => {
  const root = tempDir("parley-cli-");
  const dir = join(root, "in");
  mkdirSync(dir);
  writeFileSync(join(dir, "good-1.txt"), "Israel met Qatar on Monday. Hamas rejected the plan.\n");
  writeFileSync(join(dir, "good-2.md"), "# Talks\n\nEgypt urged Hamas to accept. Qatar met Egypt in Cairo.\n");
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 talks in Doha: Israel met Qatar.\n", "latin1"));
  writeFileSync(join(dir, "huge.txt"), "Israel met Qatar. ".repeat(200));
  writeFileSync(join(dir, "items.jsonl"), [
    JSON.stringify({ id: "j1", title: "J1", date: "2024-05-07", text: "Qatar met Israel in Doha." }),
    "{not json",
    JSON.stringify({ id: "j3", text: "Egypt met Qatar in Cairo." }),
  ].join("\n") + "\n");
  writeFileSync(join(dir, "feed.xml"), "<rss><channel><item><title>broken");
  const unreadable = join(dir, "locked.txt");
  writeFileSync(unreadable, "Israel met Egypt.\n");
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) chmodSync(unreadable, 0o000);

  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "image/png" });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  const port = await listen(server);
  const closed = createServer();
  const deadPort = await listen(closed);
  await new Promise((r) => closed.close(r));

  const db = join(root, "t.db");
  const r = await runCli(["ingest", dir, join(root, "missing.txt"), `http://127.0.0.1:${port}/logo.png`,
    `http://127.0.0.1:${deadPort}/gone`, "--max-bytes", "2000", "--allow-private", "--date", "2024-05-08", "--db", db]);
  server.close();

  assert.equal(r.code, 1, r.stderr);
  const lines = r.stderr.trimEnd().split("\n");
  assert.ok(lines.every((l) => l.startsWith("parley: ")), r.stderr);
  assert.ok(!/\n\s+at /.test(r.stderr), "no stack traces");
  const lineFor = (re: RegExp) => lines.filter((l) => re.test(l));
  for (const [name, re] of [
    ["empty", /empty\.txt: /], ["binary", /binary\.txt: /], ["non-UTF-8", /latin1\.txt: /],
    ["oversized", /huge\.txt: .*(limit|large)/], ["malformed JSONL", /items\.jsonl:2: /], ["broken feed", /feed\.xml\b/],
    ["missing", /missing\.txt: /], ["wrong content type", /logo\.png: .*content type/],
    ["unreachable", new RegExp(`:${deadPort}/gone: `)],
  ] as const) {
    assert.equal(lineFor(re).length, 1, `${name}: expected one line in\n${r.stderr}`);
  }
  const expectedFailures = asRoot ? 9 : 10;
  if (!asRoot) assert.equal(lineFor(/locked\.txt: /).length, 1);
  assert.equal(lines.length, expectedFailures, r.stderr);
  assert.match(r.stdout, new RegExp(`articles: ${asRoot ? 5 : 4} new, 0 unchanged, ${expectedFailures} failed`));

  const store = await openStore(db);
  const articles = await listArticles(store.db);
  assert.equal(articles.length, asRoot ? 5 : 4);
  const counts = await tableCounts(store.db);
  assert.equal(counts.sentences, articles.reduce((n, a) => n + a.sentences, 0));
  assert.ok(articles.every((a) => a.sentences > 0 && a.events > 0));
  const [run] = await listRuns(store.db);
  assert.equal(run.failed_count, expectedFailures);
  assert.ok(run.finished_at);
  await store.close();
});

test("re-ingesting through the CLI is idempotent: 0 new, N unchanged, the same rows", async () => {
  const root = tempDir("parley-cli-");
  for (let k = 0; k < 4; k++) writeFileSync(join(root, `a${k}.txt`), `Israel met Qatar ${k} times. Hamas rejected it.\n`);
  const db = join(root, "t.db");
  const first = await runCli(["ingest", root, "--db", db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /articles: 4 new, 0 unchanged, 0 failed; sentences: 8; events: 8;/);
  const store = await openStore(db);
  const before = await tableCounts(store.db);
  await store.close();
  const second = await runCli(["ingest", root, "--db", db]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /articles: 0 new, 4 unchanged, 0 failed; sentences: 0; events: 0;/);
  const again = await openStore(db);
  assert.deepEqual({ ...(await tableCounts(again.db)), runs: 0 }, { ...before, runs: 0 });
  await again.close();
});

test("the CLI's bad flags and missing articles get one line and exit status 2", async () => {
  const root = tempDir("parley-cli-");
  writeFileSync(join(root, "a.txt"), "Israel met Qatar.\n");
  const db = join(root, "t.db");
  assert.equal((await runCli(["ingest", join(root, "a.txt"), "--db", db])).code, 0);
  for (const [args, re] of [
    [["events", "--since", "May 8"], /^parley: --since expects a date as YYYY, YYYY-MM or YYYY-MM-DD, got "May 8"\n$/],
    [["events", "--until", "2024-02-30"], /^parley: --until expects a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"\n$/],
    [["events", "--format", "xml"], /^parley: unknown format "xml"/],
    [["events", "--limit", "0"], /^parley: --limit expects a positive whole number, got "0"\n$/],
    [["show", "zzzz"], /^parley: no article with id or prefix "zzzz"\n$/],
    [["ingest", join(root, "a.txt"), "--date", "2024-13-40"], /^parley: .*2024-13-40/],
  ] as const) {
    const r = await runCli([...args, "--db", db]);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, re);
  }
  const missing = await runCli(["articles", "--db", join(root, "none.db")]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^parley: no database at .*none\.db; run `parley ingest …`/);
});

test("events, articles and show work through the CLI with filters and formats", async () => {
  const root = tempDir("parley-cli-");
  writeFileSync(join(root, "a.txt"), "Israel met Qatar on Monday. Hamas rejected Israel. Blinken urged Netanyahu to agree.\n");
  const db = join(root, "t.db");
  assert.equal((await runCli(["ingest", join(root, "a.txt"), "--date", "2024-02-08", "--db", db])).code, 0);
  const list = await runCli(["articles", "--json", "--db", db]);
  const [art] = JSON.parse(list.stdout);
  assert.equal(art.date, "2024-02-08");
  assert.equal(art.events, 3);
  const rejects = await runCli(["events", "--code", "12", "--format", "jsonl", "--db", db]);
  const recs = rejects.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(recs.map((e) => e.cameo), ["125"]);
  const gdelt = await runCli(["events", "--format", "gdelt", "--actor", "USA", "--db", db]);
  const rows = gdelt.stdout.trimEnd().split("\n");
  assert.equal(rows.length, 1);
  assert.equal(rows[0].split("\t").length, 61);
  const shown = await runCli(["show", art.id.slice(0, 5), "--db", db]);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, /\[Blinken\]\(USAGOV\) \{urged\}\(0231\) \[Netanyahu\]\(ISRGOV\)/);
});

test("a URL served again with new text becomes version 2 through the CLI", async () => {
  let body = "<p>Israel met Qatar in Doha on Monday.</p><p>Hamas rejected the offer.</p>";
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html><head><title>Talks in Doha</title></head><body><article><h1>Talks in Doha</h1>${body}</article></body></html>`);
  });
  const port = await listen(server);
  const url = `http://127.0.0.1:${port}/story`;
  const db = join(tempDir("parley-cli-"), "t.db");
  const first = await runCli(["ingest", url, "--allow-private", "--date", "2024-05-08", "--db", db]);
  assert.equal(first.code, 0, first.stderr);
  const same = await runCli(["ingest", url, "--allow-private", "--date", "2024-05-08", "--db", db]);
  assert.match(same.stdout, /articles: 0 new, 1 unchanged/);
  body += "<p>Blinken urged Netanyahu to agree.</p>";
  const changed = await runCli(["ingest", url, "--allow-private", "--date", "2024-05-08", "--db", db]);
  server.close();
  assert.match(changed.stdout, /articles: 1 new, 0 unchanged/);
  const store = await openStore(db);
  const all = await listArticles(store.db, { allVersions: true });
  await store.close();
  assert.deepEqual(all.map((a) => [a.url, a.version, a.latest]).sort((x, y) => Number(x[1]) - Number(y[1])),
    [[url, 1, false], [url, 2, true]]);
  assert.ok(all.every((a) => a.title === "Talks in Doha"));
  const latest = await runCli(["articles", "--json", "--db", db]);
  assert.deepEqual(JSON.parse(latest.stdout).map((a: { version: number }) => a.version), [2]);
});
