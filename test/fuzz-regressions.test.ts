// Inputs the fuzz harness (scripts/fuzz.mjs) found, kept as tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { callBounded } from "./helpers/time-bound.js";

const tokenizeText = new URL("./helpers/fuzz-targets.js", import.meta.url);
const src = (module: string) => new URL(`../src/${module}`, import.meta.url);

/** Calls `name` of `module` on `args` in a worker and fails unless it returns, without an error, within 3 s. */
async function endsWithin3s(module: URL, name: string, args: unknown[]): Promise<void> {
  const r = await callBounded(module, name, args, 3000);
  assert.equal(r.error, undefined);
  assert.notEqual(r.ms, null, "ran past 3 s");
}

test("tokenizer: a long run of possessive 's (the fuzz found 15,600 in a row past 5 s, 2026-12-02; 64,000 here) tokenizes within 3 s", async () => {
  await endsWithin3s(tokenizeText, "tokenizeText", ["MEET" + "'s".repeat(64_000)]);
});

test("petrarch actors: a long run of names with no code between them (the fuzz found 20,000 lines of '---' at 4 s, 2026-12-02; 100,000 here) reads within 3 s", async () => {
  await endsWithin3s(src("actors/petrarch.js"), "parsePetrarch", ["NAME\n".repeat(100_000), "fuzz.txt"]);
});

test("html: an unknown element holding 100,000 '> ' (Readability's retries re-parse it as 100,000 text nodes; the fuzz found '> ' and ']]>' runs at 1-2 s per 60 KB, 2026-12-02) extracts within 3 s", async () => {
  const page = "<!doctype html><html><head><title>T</title></head><body><x-a>" + "> ".repeat(100_000) + "</x-a></body></html>";
  await endsWithin3s(src("ingest/html.js"), "extractHtml", [page]);
});

test("markdown: a URL followed by 15,000 '&a;' (marked's autolink pattern rescans from every URL start; the fuzz found 44 KB at 11 s, 2026-12-02) reads within 3 s", async () => {
  const text = "Talks in http://a.example" + "&a;".repeat(30_000);
  await endsWithin3s(src("ingest/markdown.js"), "markdownToText", [text]);
});

test("markdown: a block of 30,000 '_a_' emphasis marks (marked pairs them in about quadratic time: 100 KB took 33 s) reads within 3 s", async () => {
  await endsWithin3s(src("ingest/markdown.js"), "markdownToText", ["_a_".repeat(30_000)]);
});

test("html: '<title<div>' and 4,000 nested <div>s (the depth cap read it as a <title> whose raw text hid the divs; the fuzz found 1,870 at 3 s, 2026-12-02) extracts within 3 s", async () => {
  const page = "<!doctype html><html><head><title<div>" + "<div>".repeat(4000) + "Envoys met in Doha.";
  await endsWithin3s(src("ingest/html.js"), "extractHtml", [page]);
});
