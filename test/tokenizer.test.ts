import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Doc } from "../src/text/doc.js";
import { tokenize } from "../src/nlp/tokenizer.js";
import { examplesDir } from "../src/paths.js";

function toks(text: string): string[] {
  const doc = new Doc(text);
  tokenize(doc);
  return doc.tokens.map((t) => t.text);
}

test("clitics split as in UD English, straight and curly apostrophes", () => {
  assert.deepEqual(toks("I don't think we're done, they've said I'll go."),
    ["I", "do", "n't", "think", "we", "'re", "done", ",", "they", "'ve", "said", "I", "'ll", "go", "."]);
  assert.deepEqual(toks("Hamas’s proposal can’t work"), ["Hamas", "’s", "proposal", "ca", "n’t", "work"]);
  assert.deepEqual(toks("It's gonna fail, you cannot win"), ["It", "'s", "gon", "na", "fail", ",", "you", "can", "not", "win"]);
});

test("fused contractions without apostrophe split as EWT does; ordinary words do not", () => {
  assert.deepEqual(toks("i dont know, it wont work but its fine"), ["i", "do", "nt", "know", ",", "it", "wo", "nt", "work", "but", "its", "fine"]);
  assert.deepEqual(toks("Food is okay..won't crave it"), ["Food", "is", "okay", "..", "wo", "n't", "crave", "it"]);
  assert.deepEqual(toks("pay $3,to $5,000"), ["pay", "$", "3", ",", "to", "$", "5,000"]);
});

test("possessive apostrophe after s is its own token", () => {
  assert.deepEqual(toks("rejected Hamas' latest offer"), ["rejected", "Hamas", "'", "latest", "offer"]);
  assert.deepEqual(toks("by Hamas’ refusal"), ["by", "Hamas", "’", "refusal"]);
});

test("numbers stay whole; percent, currency and units split off", () => {
  assert.deepEqual(toks("at least 27,585 Palestinians"), ["at", "least", "27,585", "Palestinians"]);
  assert.deepEqual(toks("a ceasefire of 4-1/2 months"), ["a", "ceasefire", "of", "4", "-", "1/2", "months"]);
  assert.deepEqual(toks("2.3 million people"), ["2.3", "million", "people"]);
  assert.deepEqual(toks("found 51% of respondents"), ["found", "51", "%", "of", "respondents"]);
  assert.deepEqual(toks("cost $50 at 5pm on 11/28/2000"), ["cost", "$", "50", "at", "5", "pm", "on", "11/28/2000"]);
  assert.deepEqual(toks("at 6:00am, 20km away"), ["at", "6:00", "am", ",", "20", "km", "away"]);
  assert.deepEqual(toks("some 20 km (12 miles) away."), ["some", "20", "km", "(", "12", "miles", ")", "away", "."]);
  assert.deepEqual(toks("call 713-853-3989 or the 20th"), ["call", "713-853-3989", "or", "the", "20th"]);
});

test("abbreviations keep their period; sentence-final periods split", () => {
  assert.deepEqual(toks("the U.S. and Mr. Burns met at 10 a.m. on Jan. 5."),
    ["the", "U.S.", "and", "Mr.", "Burns", "met", "at", "10", "a.m.", "on", "Jan.", "5", "."]);
  assert.deepEqual(toks("It was No. 1. The answer was no. Then"), ["It", "was", "No.", "1", ".", "The", "answer", "was", "no", ".", "Then"]);
  assert.deepEqual(toks("CCNG, Inc.. On"), ["CCNG", ",", "Inc.", ".", "On"]);
});

test("quotes, brackets and dashes are their own tokens", () => {
  assert.deepEqual(toks("calling it \"delusional,\" and"), ["calling", "it", "\"", "delusional", ",", "\"", "and"]);
  assert.deepEqual(toks("can “absolutely be closed.” Speaking"), ["can", "“", "absolutely", "be", "closed", ".", "”", "Speaking"]);
  assert.deepEqual(toks("Tuesday – Hamas, Israel—and Qatar -- all"),
    ["Tuesday", "–", "Hamas", ",", "Israel", "—", "and", "Qatar", "--", "all"]);
  assert.deepEqual(toks("'Delusional demands'"), ["'", "Delusional", "demands", "'"]);
  assert.deepEqual(toks("what (Hamas has) put... forward?!"), ["what", "(", "Hamas", "has", ")", "put", "...", "forward", "?!"]);
});

test("hyphenated compounds split except after kept prefixes", () => {
  assert.deepEqual(toks("a four-month-old war"), ["a", "four", "-", "month", "-", "old", "war"]);
  assert.deepEqual(toks("non-human e-mail re-elected co-founder"), ["non-human", "e-mail", "re-elected", "co-founder"]);
  assert.deepEqual(toks("a half-dozen think-tank and/or 1990-1995"),
    ["a", "half", "-", "dozen", "think", "-", "tank", "and", "/", "or", "1990", "-", "1995"]);
});

test("URLs and e-mail addresses stay whole", () => {
  assert.deepEqual(toks("see (http://example.org/a-b?x=1), write to jane.doe@example.com."),
    ["see", "(", "http://example.org/a-b?x=1", ")", ",", "write", "to", "jane.doe@example.com", "."]);
  assert.deepEqual(toks("visit www.reuters.com today"), ["visit", "www.reuters.com", "today"]);
});

test("norm straightens curly quotes and apostrophes", () => {
  const doc = new Doc("Israel’s “zone” isn’t");
  tokenize(doc);
  assert.deepEqual(doc.tokens.map((t) => t.norm), ["Israel", "'s", "\"", "zone", "\"", "is", "n't"]);
  assert.equal(doc.tokens[1].text, "’s");
});

test("tokenizing starts at bodyStart, after a dateline", () => {
  const text = "CAIRO, May 8 (Reuters) – The United States believes";
  const doc = new Doc(text, text.indexOf("The"));
  tokenize(doc);
  assert.deepEqual(doc.tokens.map((t) => t.text), ["The", "United", "States", "believes"]);
});

test("every token of the seed articles is exactly its slice of the text", () => {
  for (const name of ["2024-02-08-gaza-ceasefire-talks.txt", "2024-05-08-rafah-crossing.txt"]) {
    const text = readFileSync(join(examplesDir, name), "utf8");
    const doc = new Doc(text);
    tokenize(doc);
    assert.ok(doc.tokens.length > 400, name);
    let prevEnd = 0;
    for (const t of doc.tokens) {
      assert.equal(t.text, text.slice(t.start, t.end));
      assert.ok(t.start >= prevEnd && t.end > t.start, `${name}: token ${t.i} overlaps or is empty`);
      assert.ok(/^\s*$/.test(text.slice(prevEnd, t.start)), `${name}: text skipped before token ${t.i}`);
      prevEnd = t.end;
    }
    assert.ok(/^\s*$/.test(text.slice(prevEnd)));
  }
});
