import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Doc } from "../src/text/doc.js";
import { tokenize } from "../src/nlp/tokenizer.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { sharedDir } from "../src/paths.js";

/** Tokens tile the text: exact slices, in order, only whitespace between; sentences tile the tokens. */
function checkTiling(text: string, label: string): void {
  const doc = new Doc(text);
  tokenize(doc);
  splitSentences(doc);
  let prev = 0;
  for (const t of doc.tokens) {
    assert.equal(t.text, text.slice(t.start, t.end), label);
    assert.ok(t.end > t.start && t.start >= prev, `${label}: token ${t.i}`);
    assert.ok(!/\S/.test(text.slice(prev, t.start)), `${label}: characters lost before token ${t.i}`);
    assert.ok(!/\s/.test(t.text), `${label}: whitespace inside token ${JSON.stringify(t.text)}`);
    prev = t.end;
  }
  assert.ok(!/\S/.test(text.slice(prev)), `${label}: characters lost at the end`);
  let k = 0;
  for (const s of doc.sentences) {
    assert.equal(s.tokenStart, k, label);
    assert.ok(s.tokenEnd > s.tokenStart, label);
    k = s.tokenEnd;
  }
  assert.equal(k, doc.tokens.length, label);
}

test("random strings of tricky characters tokenize without losing or overlapping characters", () => {
  const alphabet = ["a", "B", "7", " ", "\n", ".", ",", "'", "’", "\"", "“", "”", "-", "–", "—", "/", "(", ")", "[", "]",
    "$", "%", "!", "?", ":", ";", "@", "…", "n't", "'s", "U.S.", "http://x.org", "Mr.", "\u00a0", "é", "😀", "*", "<", ">"];
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let round = 0; round < 2000; round++) {
    let text = "";
    const len = Math.floor(rand() * 40);
    for (let k = 0; k < len; k++) text += alphabet[Math.floor(rand() * alphabet.length)];
    checkTiling(text, JSON.stringify(text));
  }
});

test("empty and blank texts give no tokens and no sentences", () => {
  for (const text of ["", "   ", "\n\n\t"]) {
    const doc = new Doc(text);
    tokenize(doc);
    splitSentences(doc);
    assert.equal(doc.tokens.length, 0);
    assert.equal(doc.sentences.length, 0);
  }
});

const wikinews = join(sharedDir, "news", "wikinews");
test("every Wikinews text tokenizes into exact, tiling offsets", { skip: !existsSync(wikinews) && "../shared absent" }, () => {
  const files = readdirSync(wikinews).filter((f) => f.endsWith(".txt"));
  assert.ok(files.length > 10);
  for (const f of files) checkTiling(readFileSync(join(wikinews, f), "utf8"), f);
});
