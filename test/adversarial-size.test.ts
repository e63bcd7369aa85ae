// Big hostile inputs through the reading and tokenizing steps, each in a worker under a time limit:
// before the fixes these were quadratic (or worse) or overflowed the stack. Whole-pipeline figures
// for the same shapes come from bench/adversarial.ts (README, Reliability).
import { test } from "node:test";
import assert from "node:assert/strict";
import { callBounded } from "./helpers/time-bound.js";
import { sentenceLengths } from "./helpers/nlp-calls.js";
import { MAX_SENTENCE_TOKENS } from "../src/nlp/sentences.js";
import { extractHtml } from "../src/ingest/html.js";
import { capNesting, MAX_HTML_DEPTH } from "../src/ingest/html-depth.js";

const LIMIT_MS = 6000;
const K = 1024;
const src = (p: string) => new URL(`../src/${p}`, import.meta.url);
const helper = new URL("./helpers/nlp-calls.js", import.meta.url);

const CASES: { name: string; url: URL; fn: string; arg: () => string }[] = [
  { name: "tokenizer: 100 KB of '?' then a letter", url: helper, fn: "tokenizeText", arg: () => "?".repeat(100 * K) + "a" },
  { name: "tokenizer: 100 KB of '!?.' then a letter", url: helper, fn: "tokenizeText", arg: () => "!?.".repeat(34 * K) + "a" },
  { name: "HTML: <pre> with 100 KB of spaces", url: src("ingest/html.js"), fn: "extractHtml", arg: () => `<html><body><pre>${" ".repeat(100 * K)}x</pre><p>Israel met Qatar.</p></body></html>` },
  { name: "HTML: 16,000 <b> </b> in one paragraph", url: src("ingest/html.js"), fn: "extractHtml", arg: () => `<html><body><p>${"<b> </b>".repeat(16 * K)}Israel met Qatar.</p></body></html>` },
  { name: "HTML: 20,000 nested <div>s", url: src("ingest/html.js"), fn: "extractHtml", arg: () => `<html><body>${"<div>".repeat(20 * K)}Israel met Qatar.${"</div>".repeat(20 * K)}</body></html>` },
  { name: "HTML: 20,000 unclosed <div>s", url: src("ingest/html.js"), fn: "extractHtml", arg: () => `<html><body>${"<div>".repeat(20 * K)}Israel met Qatar.</body></html>` },
  { name: "Markdown: 2,000 nested list items", url: src("ingest/markdown.js"), fn: "markdownToText", arg: () => Array.from({ length: 2000 }, (_, k) => `${"  ".repeat(k)}- item ${k}`).join("\n") },
];

for (const c of CASES) {
  test(`bounded time: ${c.name}`, async () => {
    const r = await callBounded(c.url, c.fn, [c.arg()], LIMIT_MS);
    assert.equal(r.error, undefined, r.error);
    assert.ok(r.ms !== null, `still running after ${LIMIT_MS} ms`);
  });
}

test("a run-on text is cut into sentences of at most MAX_SENTENCE_TOKENS tokens", () => {
  const lengths = sentenceLengths("Israel and Qatar and Egypt met ".repeat(400) + "today.");
  assert.ok(lengths.length > 1);
  assert.ok(Math.max(...lengths) <= MAX_SENTENCE_TOKENS, String(Math.max(...lengths)));
  assert.equal(lengths.reduce((a, b) => a + b, 0), 400 * 6 + 2, "no token lost");
});

test("nesting past the cap is dropped and the text kept", () => {
  const deep = `<html><body>${"<div>".repeat(500)}Israel met Qatar.${"</div>".repeat(500)}</body></html>`;
  const capped = capNesting(deep);
  assert.ok(capped.dropped > 0);
  assert.ok((capped.html.match(/<div>/g) ?? []).length <= MAX_HTML_DEPTH);
  assert.match(extractHtml(deep).text, /Israel met Qatar\./);
  assert.equal(capNesting("<p>a<p>b<div>c</div>").dropped, 0, "ordinary markup is left as it is");
});

test("a valid page with <html> but no <body> tag keeps its text", () => {
  const page = "<!doctype html><html><head><title>T</title></head><p>Israel met Qatar in Doha on Monday.</p></html>";
  assert.equal(extractHtml(page).text, "Israel met Qatar in Doha on Monday.");
});
