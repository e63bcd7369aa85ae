// Every regular expression the audit (scripts/audit-regex.mjs) found super-linear, reached through
// the function that runs it, on the input shape that made it backtrack. Each call runs in a worker
// and must finish within LIMIT_MS; before the fixes these took from tens of seconds to hours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { callBounded } from "./helpers/time-bound.js";
import { tempDir } from "./helpers/tmp.js";
import { looksLikeFeed } from "../src/ingest/feeds.js";
import { cleanTitle } from "../src/ingest/title.js";
import { normaliseForHash } from "../src/ingest/hash.js";
import { withoutPossessive } from "../src/facts/context.js";
import { cutAt, delimited, hasUnclosed, replaceDelimited, skipSpace, trimEndOf } from "../src/util/scan.js";

const LIMIT_MS = 3000;
const mod = (p: string) => new URL(`../src/${p}`, import.meta.url);
const K = 1024;

const verbFile = (body: string) => {
  const path = join(tempDir(), "verbs.txt");
  writeFileSync(path, `--- MEET [040] ---\nMEET\n${body}\n`);
  return path;
};

const CASES: { name: string; module: string; fn: string; args: () => unknown[] }[] = [
  { name: "feed sniffing: 40 comments and no root", module: "ingest/feeds.js", fn: "looksLikeFeed", args: () => ["<!--a-->".repeat(40) + "x"] },
  { name: "feed sniffing: an unclosed comment after 100 KB of comments", module: "ingest/feeds.js", fn: "looksLikeFeed", args: () => ["<!--a--> ".repeat(10 * K) + "<!--"] },
  { name: "PETRARCH verb file sniffing: 20,000 unclosed header lines", module: "events/petrarch-verbs.js", fn: "looksLikePetrarch", args: () => ["---a[\n".repeat(20 * K)] },
  { name: "PETRARCH verb importer: a verb line with 900 spaces inside", module: "events/petrarch-verbs.js", fn: "importPetrarchVerbsDetailed", args: () => [verbFile("A" + " ".repeat(900) + "x")] },
  { name: "PETRARCH verb importer: a block header of spaces", module: "events/petrarch-verbs.js", fn: "importPetrarchVerbsDetailed", args: () => [verbFile("--- A" + " ".repeat(50 * K) + "x")] },
  { name: "PETRARCH verb importer: a pattern line of spaces", module: "events/petrarch-verbs.js", fn: "importPetrarchVerbsDetailed", args: () => [verbFile("- *" + " ".repeat(50 * K) + "[x")] },
  { name: "PETRARCH actor importer: a line of 100 KB of '['", module: "actors/petrarch.js", fn: "parsePetrarch", args: () => ["[".repeat(100 * K) + "]", "actors.txt"] },
  { name: "article hash: 200 KB of spaces", module: "ingest/hash.js", fn: "normaliseForHash", args: () => ["Israel met Qatar." + " ".repeat(200 * K) + "x"] },
  { name: "title: 100 KB of separators", module: "ingest/title.js", fn: "cleanTitle", args: () => [",\t".repeat(50 * K) + "x"] },
  { name: "Markdown front matter: a value of tabs", module: "ingest/markdown.js", fn: "markdownToText", args: () => ["---\na:" + "\t".repeat(20 * K) + "a" + "\t".repeat(20 * K) + "b\n---\nBody.\n"] },
  { name: "PETRARCH records: a long attribute name", module: "eval/petrarch-records.js", fn: "parsePetrarchRecords", args: () => [`<Sentences><Sentence date="20240101" id="a" ${"a".repeat(100 * K)}\tx=''>\n<Text>A b.</Text>\n</Sentence></Sentences>`, "r.xml"] },
  { name: "PETRARCH records: a tag name of dashes", module: "eval/petrarch-records.js", fn: "parsePetrarchRecords", args: () => ["<A" + "-".repeat(100 * K) + "<A>", "r.xml"] },
];

for (const c of CASES) {
  test(`bounded time: ${c.name}`, async () => {
    const r = await callBounded(mod(c.module), c.fn, c.args(), LIMIT_MS);
    assert.equal(r.error, undefined, r.error);
    assert.ok(r.ms !== null, `still running after ${LIMIT_MS} ms`);
  });
}

test("feed sniffing still finds the root after declarations, comments and a doctype", () => {
  assert.equal(looksLikeFeed(`<?xml version="1.0"?>\n<!-- a --> <!--b-->\n<rss version="2.0">`), true);
  assert.equal(looksLikeFeed(`<?xml-stylesheet href="x"?><!DOCTYPE feed><feed xmlns="x">`), true);
  assert.equal(looksLikeFeed(`  <rdf:RDF>`), true);
  assert.equal(looksLikeFeed(`<!-- <rss> -->`), false);
  assert.equal(looksLikeFeed(`<rsss>`), false);
  assert.equal(looksLikeFeed(`<html><rss>`), false);
});

test("the linear rewrites keep what the patterns did", () => {
  assert.equal(normaliseForHash("a  \t\nb\u00a0\r\n\n\n\nc  "), "a\nb\n\nc");
  assert.equal(cleanTitle("Talks resume in Doha - May 28, 2006"), "Talks resume in Doha");
  assert.equal(cleanTitle("Talks resume, 2024-05-08"), "Talks resume");
  assert.equal(withoutPossessive("Israel 's"), "Israel");
  assert.equal(withoutPossessive("the rebels’"), "the rebels");
  assert.equal(withoutPossessive("Hamas"), "Hamas");
  assert.equal(cutAt("a # b", "#"), "a ");
  assert.equal(trimEndOf("ab__", "_"), "ab");
  assert.equal(skipSpace(" \t\u00a0x"), 3);
  assert.deepEqual(delimited("x[a]y[[b]z[", "[", "]").map((g) => g.inner), ["a", "[b"]);
  assert.equal(hasUnclosed("x[a]y[", "[", "]"), true);
  assert.equal(hasUnclosed("x[a]y", "[", "]"), false);
  assert.equal(replaceDelimited("a<!--x-->b<!--y-->c", "<!--", "-->", () => " "), "a b c");
});
