// Limits on what one source may cost (issue #18): the --max-bytes ceiling, a feed's item limit and
// deadline, metadata depth and prototype keys, NUL characters anywhere in a text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { articles, collect, errors } from "./helpers/ingest.js";
import { tempDir } from "./helpers/tmp.js";
import { runCli } from "./helpers/cli.js";
import type { ServerResponse } from "node:http";
import { startServer } from "./helpers/http-server.js";
import { MAX_BYTES_CEILING } from "../src/ingest/limits.js";

const STORY = "Israel met Qatar in Doha on Monday, officials said. ";

test("--max-bytes has a ceiling: an absurd value is refused with one line, in the CLI and in readSources", async () => {
  const r = await runCli(["ingest", "x.txt", "--max-bytes", "300000000", "--db", join(tempDir(), "t.db")]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^parley: --max-bytes must be at most 67108864 \(64 MiB\), got "300000000"/);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  assert.equal(MAX_BYTES_CEILING, 64 * 1024 * 1024);
  await assert.rejects(collect(["x.txt"], { maxBytes: 300_000_000 }), /maxBytes must be at most 67108864/);
  const ok = await runCli(["ingest", "--help"]);
  assert.match(ok.stdout, /default 10 MiB,\s+at\s+most\s+64\s+MiB/); // help wraps with the width
});

function feedFile(n: number, withLinks: string | null): string {
  const items = Array.from({ length: n }, (_, k) => withLinks
    ? `<item><title>S${k}</title><link>${withLinks}/story/${k}</link><guid>g${k}</guid></item>`
    : `<item><title>S${k}</title><guid>g${k}</guid><description>${STORY.repeat(2)} Item ${k}.</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join("")}</channel></rss>`;
}

test("a feed's items are capped (maxFeedItems): the first ones are read, one line says how many were left", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "big.rss"), feedFile(30, null));
  const items = await collect([join(dir, "big.rss")], { maxFeedItems: 10 });
  assert.equal(articles(items).length, 10);
  const errs = errors(items);
  assert.equal(errs.length, 1);
  assert.match(errs[0].message, /big\.rss: the feed has 30 items; only the first 10 are read \(--max-feed-items\)/);
  // The default is generous: 30 items are all read.
  assert.equal(articles(await collect([join(dir, "big.rss")])).length, 30);
});

test("a feed has a deadline (feedDeadlineMs): items not reached in time are not fetched, one line says so", async () => {
  const slow = await startServer(Object.fromEntries([
    ["/feed.rss", (_q: unknown, res: ServerResponse, base: string) => { res.writeHead(200, { "content-type": "application/rss+xml" }); res.end(feedFile(12, base)); }],
    ...Array.from({ length: 12 }, (_, k) => [`/story/${k}`, (_q: unknown, res: ServerResponse) => {
      setTimeout(() => { res.writeHead(200, { "content-type": "text/plain" }); res.end(`${STORY} Page ${k}.`); }, 300);
    }]),
  ]));
  try {
    const t0 = performance.now();
    const items = await collect([`${slow.base}/feed.rss`], { allowPrivate: true, feedDeadlineMs: 500 });
    const ms = performance.now() - t0;
    const errs = errors(items);
    assert.ok(articles(items).length >= 1 && articles(items).length < 12, `${articles(items).length} read`);
    assert.equal(errs.length, 1, errs.map((e) => e.message).join("\n"));
    assert.match(errs[0].message, /feed\.rss: the feed's 0\.5 s deadline passed \(--feed-deadline\); \d+ of its 12 items not read/);
    assert.ok(ms < 1500, `took ${ms.toFixed(0)} ms`);
    assert.ok(slow.hits.filter((h) => h.startsWith("/story/")).length < 12, "pages after the deadline were fetched");
  } finally {
    await slow.close();
  }
});

test("metadata: __proto__ and constructor keys are dropped, nesting is cut at 8 levels (JSON Lines and sidecars)", async () => {
  const dir = tempDir();
  // 5,000 levels: written as text, since JSON.stringify itself overflows the stack on it.
  const deep = '{"d":'.repeat(5000) + '"bottom"' + "}".repeat(5000);
  const rec = `{"text":${JSON.stringify(STORY)},"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"x":1}},"topic":"talks","deep":${deep}}`;
  writeFileSync(join(dir, "a.jsonl"), rec + "\n");
  writeFileSync(join(dir, "b.txt"), STORY);
  writeFileSync(join(dir, "b.meta.json"), `{"title":"B","__proto__":{"polluted":"yes"},"deep":${deep}}`);
  const items = await collect([join(dir, "a.jsonl"), join(dir, "b.txt")]);
  assert.deepEqual(errors(items).map((e) => e.message), []);
  for (const a of articles(items)) {
    const meta = a.meta as Record<string, unknown>;
    assert.equal((meta as { polluted?: string }).polluted, undefined, "__proto__ set the prototype");
    assert.equal(Object.getPrototypeOf(meta), Object.prototype);
    assert.ok(!Object.keys(meta).includes("__proto__") && !Object.keys(meta).includes("constructor"), Object.keys(meta).join());
    // Stored as JSON: must not overflow the stack.
    const json = JSON.stringify(meta);
    let depth = 0;
    for (let v: unknown = JSON.parse(json).deep; v && typeof v === "object"; v = (v as { d: unknown }).d) depth++;
    assert.ok(depth <= 8, `kept ${depth} levels`);
  }
  assert.equal((articles(items)[0].meta as Record<string, unknown>).topic, "talks");
});

test("a NUL anywhere in a text refuses it (after the first 8 KiB too, and in JSON Lines text)", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "late.txt"), STORY.repeat(400) + "\0" + STORY);
  writeFileSync(join(dir, "r.jsonl"), JSON.stringify({ text: STORY + "\u0000 hidden" }) + "\n" + JSON.stringify({ text: STORY }) + "\n");
  const items = await collect([join(dir, "late.txt"), join(dir, "r.jsonl")]);
  const errs = errors(items).map((e) => e.message);
  assert.equal(articles(items).length, 1, errs.join("\n"));
  assert.match(errs[0], /late\.txt: binary data \(a NUL byte at byte 20800, line 1\), not text/);
  assert.match(errs[1], /r\.jsonl:1: .*NUL character/);
});

