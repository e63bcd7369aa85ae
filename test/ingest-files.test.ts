import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { articles, collect, errors, fixture, fixtures } from "./helpers/ingest.js";
import { examplesDir, packageRoot } from "../src/paths.js";
import { detectKind, countSources } from "../src/ingest/index.js";
import { UserError } from "../src/errors.js";

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-ingest-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test("seed articles: dateline, body start, date from the file name", async () => {
  const items = await collect([examplesDir]);
  assert.equal(errors(items).length, 0);
  const [doha, cairo] = articles(items);
  assert.ok(doha.text.slice(doha.bodyStart).startsWith("Mediators"));
  assert.deepEqual(doha.dateline?.places, ["Doha", "Tel Aviv"]);
  assert.deepEqual([doha.date, doha.dateOrigin], ["2024-02-08", "metadata"]);
  assert.ok(cairo.text.slice(cairo.bodyStart).startsWith("The United States"));
  assert.equal(cairo.dateline?.agency, "Reuters");
  assert.equal(cairo.publisher, "Reuters");
  assert.deepEqual([cairo.date, cairo.dateOrigin], ["2024-05-08", "metadata"]);
});

test("plain text: stored as read, dateline date with the ingest year", async () => {
  const [item] = await collect([fixture("kyiv.txt")]);
  assert.ok(item.ok);
  const a = item.article;
  assert.ok(a.text.startsWith("KYIV, Ukraine, March 3 (Reuters) - Ukrainian"));
  assert.equal(a.text.slice(a.bodyStart, a.bodyStart + 9), "Ukrainian");
  assert.deepEqual([a.date, a.dateOrigin], ["2026-03-03", "dateline"]);
  assert.equal(a.id, a.hash.slice(0, 12));
  assert.equal(a.source, fixture("kyiv.txt"));
  assert.equal(a.url, null);
  assert.equal(a.title, null, "a first line that is a sentence is not a headline");
});

test("plain text: a first line standing alone is the title; the text keeps it", async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "h.txt"), "Talks resume in Cairo\n\nFriday, July 21, 2017\n\nNegotiators met again.\n");
  const [a] = articles(await collect([join(dir, "h.txt")]));
  assert.equal(a.title, "Talks resume in Cairo");
  assert.ok(a.text.startsWith("Talks resume in Cairo\n"));
  assert.deepEqual([a.date, a.dateOrigin, a.meta.dateFrom], ["2017-07-21", "metadata", "date line"]);
});

test("JSON Lines: a line over the size cap is refused alone", async (t) => {
  const dir = tempDir(t);
  const long = JSON.stringify({ text: "z".repeat(3000) });
  writeFileSync(join(dir, "cap.jsonl"), `{"text": "Short one."}\n${long}\n{"text": "Another."}`);
  const items = await collect([join(dir, "cap.jsonl")], { maxBytes: 1024 });
  assert.deepEqual(items.map((i) => (i.ok ? i.article.text : i.error.message.replace(dir, "TMP"))),
    ["Short one.", "TMP/cap.jsonl:2: line is over the 1 KiB size limit", "Another."]);
});

test("--date wins over every other date", async () => {
  const items = await collect([fixture("kyiv.txt"), fixture("story.txt")], { date: "2022-03-04" });
  assert.deepEqual(articles(items).map((a) => [a.date, a.dateOrigin]), [["2022-03-04", "option"], ["2022-03-04", "option"]]);
});

test("an invalid --date is a UserError naming the flag, before anything is read", async () => {
  await assert.rejects(collect([fixture("kyiv.txt")], { date: "March 3" }), (e: unknown) => e instanceof UserError && /^--date:/.test(e.message));
});

test("CRLF and BOM are normalised in the stored text; the hash ignores line endings", async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "crlf.txt"), "\uFEFFLONDON, 5 June (AFP) -\r\nBritish ministers urged both sides to return to talks.\r\n");
  writeFileSync(join(dir, "lf.txt"), "LONDON, 5 June (AFP) -\nBritish ministers urged both sides to return to talks.\n");
  const [a, b] = articles(await collect([join(dir, "crlf.txt"), join(dir, "lf.txt")]));
  assert.equal(a.text, "LONDON, 5 June (AFP) -\nBritish ministers urged both sides to return to talks.\n");
  assert.equal(a.hash, b.hash);
  assert.equal(a.dateline?.monthDay, "06-05");
  assert.ok(a.text.slice(a.bodyStart).startsWith("British"));
});

test("Markdown: markup removed, paragraphs kept, front matter as metadata", async () => {
  const [item] = await collect([fixture("report.md")]);
  assert.ok(item.ok);
  const a = item.article;
  assert.equal(a.title, "Truce holds in the north");
  assert.equal(a.publisher, "Example Wire");
  assert.deepEqual([a.date, a.dateOrigin], ["2023-11-25", "metadata"]);
  assert.ok(a.text.startsWith("GAZA CITY (AP) — A temporary truce held for a second day on Saturday, as aid trucks crossed from Egypt."));
  assert.doesNotMatch(a.text, /[*_#\[\]]|https:/);
  assert.match(a.text, /\n\nWhat comes next\n\nMediators in Doha/);
  assert.deepEqual(a.dateline?.places, ["GAZA CITY"]);
  assert.equal(a.text.slice(a.bodyStart, a.bodyStart + 13), "A temporary t");
});

test("HTML file: Readability body, title, byline, site, published time; no navigation or scripts", async () => {
  const [item] = await collect([fixture("page.html")]);
  assert.ok(item.ok);
  const a = item.article;
  assert.equal(a.title, "Crossing reopens for aid");
  assert.equal(a.byline, "Sam Writer");
  assert.equal(a.publisher, "The Example Post");
  assert.deepEqual([a.date, a.dateOrigin], ["2024-03-14", "metadata"]);
  assert.equal(a.meta.canonical, "https://example.org/world/crossing-reopens");
  assert.ok(a.text.startsWith("RAFAH, Gaza Strip, March 14 (Reuters) – The Rafah crossing reopened"), a.text.slice(0, 80));
  assert.match(a.text, /“devastating”/);
  assert.match(a.text, /Qatar & Egypt/);
  assert.match(a.text, /\n\nTalks in Cairo\n\n/);
  assert.doesNotMatch(a.text, /Home|tracking|color: red|rights reserved/);
  assert.equal(a.dateline?.monthDay, "03-14");
  assert.ok(a.text.slice(a.bodyStart).startsWith("The Rafah crossing"));
});

test("sidecar metadata and a dated file name", async () => {
  const [item] = await collect([fixture("story.txt")]);
  assert.ok(item.ok);
  const a = item.article;
  assert.deepEqual([a.id, a.title, a.url, a.publisher, a.date, a.dateOrigin],
    ["story-7", "Ministers meet", "https://example.org/story-7", "Example Wire", "2024-04-19", "metadata"]);
  assert.equal(a.meta.section, "world");
});

test("a date in the file name yields to the document's own metadata", async (t) => {
  const dir = tempDir(t);
  copyFileSync(fixture("page.html"), join(dir, "2020-01-01-page.html"));
  copyFileSync(fixture("kyiv.txt"), join(dir, "2020-01-02-kyiv.txt"));
  const [page, kyiv] = articles(await collect([dir]));
  assert.deepEqual([page.date, page.meta.dateFrom], ["2024-03-14", undefined]);
  assert.deepEqual([kyiv.date, kyiv.dateOrigin, kyiv.meta.dateFrom], ["2020-01-02", "metadata", "file name"]);
});

test("directory walk: recursive, sorted, default include, hidden skipped, --exclude", async () => {
  const all = await collect([fixture("dir")]);
  assert.deepEqual(all.map((i) => (i.ok ? i.article.source : i.error.where)),
    [fixture("dir", "one.txt"), fixture("dir", "sub", "draft-three.txt"), fixture("dir", "sub", "two.md")]);
  const some = await collect([fixture("dir")], { exclude: ["draft-*"] });
  assert.deepEqual(articles(some).map((a) => a.title ?? a.text.slice(0, 4)), ["Doha", "Second report"]);
  const logs = await collect([fixture("dir")], { include: ["*.log"] });
  assert.deepEqual(articles(logs).map((a) => a.text.trim()), ["A log file the default include leaves out."]);
  assert.equal(await countSources([fixture("dir"), fixture("kyiv.txt"), "-"]), 5);
});

test("JSON Lines: a malformed line is reported with file:line, the others come through", async () => {
  const items = await collect([fixture("batch.jsonl")]);
  const path = fixture("batch.jsonl");
  assert.deepEqual(errors(items).map((e) => e.where), [`${path}:2`, `${path}:5`]);
  assert.match(errors(items)[0].reason, /not valid JSON/);
  assert.match(errors(items)[1].reason, /"text" or "html"/);
  const [first, third, sixth] = articles(items);
  assert.deepEqual([first.id, first.url, first.title, first.publisher, first.date, first.dateOrigin, first.source],
    ["wire-1", "https://example.org/a", "First", "Example Wire", "2024-01-15", "metadata", `${path}:1`]);
  assert.equal(third.text, "Qatar’s envoy met both delegations.\n\nNo agreement was announced.");
  assert.equal(third.date, "2024-01-16");
  assert.equal(third.meta.lang, "en");
  assert.equal(third.id, third.hash.slice(0, 12));
  assert.equal(sixth.id, "5");
  assert.equal(sixth.dateline?.agency, "Reuters");
});

test("standard input: text, HTML and JSON Lines from an injected stream", async () => {
  const text = await collect(["-"], { stdin: Readable.from([Buffer.from("Doha: Qatari mediators said talks "), Buffer.from("would resume.\n")]) });
  assert.ok(text[0].ok);
  assert.equal(text[0].article.source, "stdin");
  assert.ok(text[0].article.text.slice(text[0].article.bodyStart).startsWith("Qatari"));
  const html = await collect(["-"], { stdin: Readable.from(["<!DOCTYPE html><html><body><p>Envoys met in Cairo on Monday.</p></body></html>"]) });
  assert.ok(html[0].ok);
  assert.equal(html[0].article.text, "Envoys met in Cairo on Monday.");
  const lines = await collect(["-"], { stdin: Readable.from(['{"text": "One."}\n{"text": ', '"Two."}\nnot json\n']) });
  assert.deepEqual(lines.map((i) => (i.ok ? i.article.text : i.error.where)), ["One.", "Two.", "stdin:3"]);
  const big = await collect(["-"], { maxBytes: 100, stdin: Readable.from(["word ".repeat(15), "word ".repeat(15)]) });
  assert.deepEqual(big.map((i) => (i.ok ? "ok" : i.error.message)), ["stdin: input is over the 100 bytes size limit"]);
  const empty = await collect(["-"], { stdin: Readable.from([]) });
  assert.deepEqual(empty.map((i) => (i.ok ? "ok" : i.error.message)), ["stdin: empty input"]);
});

test("standard input of a real process (process.stdin by default)", () => {
  const module = pathToFileURL(join(packageRoot, "dist", "src", "ingest", "index.js")).href;
  const script = `import { readSources } from ${JSON.stringify(module)};
    for await (const i of readSources(["-"])) console.log(i.ok ? i.article.dateline.places.join("|") + " " + i.article.id : i.error.message);`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { input: "GAZA CITY (AP) — Residents fled south.\n", encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^GAZA CITY [0-9a-f]{12}\n$/);
});

test("bad files: one clear reason each, and the batch goes on", async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.concat([Buffer.from("First line is fine.\nCaf"), Buffer.from([0xe9]), Buffer.from(" talks.\n")]));
  writeFileSync(join(dir, "big.txt"), "x".repeat(2048));
  writeFileSync(join(dir, "broken.json"), '[\n  {"text": "One."\n  "id": 2}\n]\n');
  mkdirSync(join(dir, "sub"));
  const missing = join(dir, "missing.txt");
  const items = await collect([
    fixture("empty.txt"), fixture("blank.txt"), join(dir, "binary.txt"), join(dir, "latin1.txt"), join(dir, "big.txt"),
    missing, fixture("kyiv.txt", "inside.txt"), join(dir, "broken.json"), fixture("broken-feed.xml"), fixture("not-a-feed.xml"), fixture("kyiv.txt"),
  ], { maxBytes: 1024 });
  const reasons = items.map((i) => (i.ok ? "ok" : `${i.error.where}: ${i.error.reason}`));
  // JSON.parse words its messages differently across Node versions: keep what parley adds.
  assert.deepEqual(reasons.map((r) => r.replace(dir, "TMP").replace(fixtures, "FIX").replace(/(not valid JSON) \(.*\)$/, "$1")), [
    "FIX/empty.txt: empty file",
    "FIX/blank.txt: empty file",
    "TMP/binary.txt: binary data (NUL or control bytes), not text",
    "TMP/latin1.txt: not valid UTF-8 text (first bad byte on line 2); convert it to UTF-8",
    "TMP/big.txt: file is 2 KiB, over the 1 KiB size limit",
    "TMP/missing.txt: no such file or directory",
    "FIX/kyiv.txt/inside.txt: a part of the path is not a directory",
    "TMP/broken.json:3: not valid JSON",
    "FIX/broken-feed.xml:6: broken feed XML: Expected closing tag 'item' (opened in line 5, col 5) instead of closing tag 'channel'.",
    "FIX/not-a-feed.xml: XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)",
    "ok",
  ]);
  writeFileSync(join(dir, "latin1.html"), Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf'), Buffer.from([0xe9]), Buffer.from(" talks.</p></body></html>")]));
  const [declared] = articles(await collect([join(dir, "latin1.html")]));
  assert.equal(declared.text, "Café talks.");
  // Every failure reads as one line.
  for (const e of errors(items)) assert.doesNotMatch(e.message, /\n/);
});

test("an unreadable file is reported, not thrown", { skip: process.getuid?.() === 0 && "running as root: permissions do not apply" }, async (t) => {
  const dir = tempDir(t);
  const p = join(dir, "locked.txt");
  copyFileSync(fixture("kyiv.txt"), p);
  const { chmodSync } = await import("node:fs");
  chmodSync(p, 0);
  const [item] = await collect([p]);
  assert.ok(!item.ok);
  assert.match(item.error.reason, /permission denied/);
});

test("a directory named as a file of a kind, and kinds by extension", () => {
  assert.equal(detectKind("-"), "stdin");
  assert.equal(detectKind("https://example.org/x"), "url");
  assert.equal(detectKind(fixture("dir")), "directory");
  assert.equal(detectKind("a.MD"), "markdown");
  assert.equal(detectKind("feed.rss"), "feed");
  assert.equal(detectKind("x.jsonl"), "jsonl");
  assert.equal(detectKind("notes.weird"), "text");
});

test("same text twice: same hash and id", async (t) => {
  const dir = tempDir(t);
  copyFileSync(fixture("kyiv.txt"), join(dir, "again.txt"));
  const [a, b] = articles(await collect([fixture("kyiv.txt"), join(dir, "again.txt")]));
  assert.equal(a.hash, b.hash);
  assert.equal(a.id, b.id);
});
