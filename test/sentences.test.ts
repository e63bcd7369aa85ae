import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Doc } from "../src/text/doc.js";
import { tokenize } from "../src/nlp/tokenizer.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { examplesDir } from "../src/paths.js";
import { segment } from "../src/nlp/segment.js";

function sents(text: string, bodyStart = 0): string[] {
  const doc = new Doc(text, bodyStart);
  tokenize(doc);
  splitSentences(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

test("a quote closing after the period stays with its sentence", () => {
  assert.deepEqual(sents("the remaining gaps can “absolutely be closed.” Speaking on Tuesday, he declined."),
    ["the remaining gaps can “absolutely be closed.”", "Speaking on Tuesday, he declined."]);
  assert.deepEqual(sents('"That\'s what we intend to do." Before heading back, Blinken left.'),
    ['"That\'s what we intend to do."', "Before heading back, Blinken left."]);
  assert.deepEqual(sents('"Why?" he asked. "Because."'), ['"Why?" he asked.', '"Because."']);
});

test("abbreviations and initials do not end sentences unless a new one clearly starts", () => {
  assert.deepEqual(sents("Mr. Burns met U.S. officials at 10 a.m. in Washington, D.C. on Monday."),
    ["Mr. Burns met U.S. officials at 10 a.m. in Washington, D.C. on Monday."]);
  assert.deepEqual(sents("Aid arrived from the U.S. The talks resumed."), ["Aid arrived from the U.S.", "The talks resumed."]);
  assert.deepEqual(sents("Nominated A. Noel Kramer. It was No. 1 on the list."), ["Nominated A. Noel Kramer.", "It was No. 1 on the list."]);
});

test("headlines and paragraph lines without final punctuation end at the line break", () => {
  const text = "That's what we intend to do.\nHamas's proposal\nHamas, the militant group that rules Gaza, proposed a ceasefire of 4-1/2 months.";
  assert.deepEqual(sents(text), ["That's what we intend to do.", "Hamas's proposal",
    "Hamas, the militant group that rules Gaza, proposed a ceasefire of 4-1/2 months."]);
  assert.deepEqual(sents("'Delusional demands'\n\"Surrendering to the delusional demands of Hamas ... will not only not bring peace,\" he said."),
    ["'Delusional demands'", "\"Surrendering to the delusional demands of Hamas ... will not only not bring peace,\" he said."]);
});

test("a hard-wrapped line goes on; a blank line always ends the sentence", () => {
  assert.deepEqual(sents("Israel said it would expand its campaign\ninto Rafah, where people sheltered.\n\nNo title\n\nEnd"),
    ["Israel said it would expand its campaign\ninto Rafah, where people sheltered.", "No title", "End"]);
});

test("question and exclamation marks end sentences; an ellipsis before lower case does not", () => {
  assert.deepEqual(sents("Why now? Nobody knows! Wait... it works. ok then"),
    ["Why now?", "Nobody knows!", "Wait... it works.", "ok then"]);
});

test("the body after a dateline starts the first sentence", () => {
  const text = "CAIRO, May 8 (Reuters) – The United States believes gaps can be bridged. Talks resume.";
  assert.deepEqual(sents(text, text.indexOf("The")), ["The United States believes gaps can be bridged.", "Talks resume."]);
});

test("the seed articles split into well-formed sentences covering every token", () => {
  const text = readFileSync(join(examplesDir, "2024-02-08-gaza-ceasefire-talks.txt"), "utf8");
  const doc = new Doc(text);
  tokenize(doc);
  splitSentences(doc);
  const out = doc.sentences.map((s) => text.slice(s.start, s.end));
  assert.ok(out.includes("Hamas's proposal"));
  assert.ok(out.includes("Israel expands assault on Rafah"));
  assert.ok(out.includes("Israel claims Rafah is now a bastion of Hamas combat units."));
  assert.ok(doc.tokens.every((t) => t.sent >= 0));
  doc.sentences.forEach((s, k) => assert.equal(s.tokenStart, k === 0 ? 0 : doc.sentences[k - 1].tokenEnd));
  assert.equal(doc.sentences[doc.sentences.length - 1].tokenEnd, doc.tokens.length);
});

test("a citation mark after the period stays with its sentence", () => {
  assert.deepEqual(sents("It was performed in London in 1883. [2] In his career, he visited England. [3 – 5]\nNext"),
    ["It was performed in London in 1883. [2]", "In his career, he visited England. [3 – 5]", "Next"]);
});

test("an opening curly quote typed after the period closes the sentence", () => {
  assert.deepEqual(sents("it was a misguided decision.“ However, the JSC will recieve seats."),
    ["it was a misguided decision.“", "However, the JSC will recieve seats."]);
});

test("hard-wrapped prose lines are joined even when the next line starts with a capital", () => {
  const text = "Israel has recently focused on capturing Khan Younis, the main city in\nGaza's south. But last week Israel said it would expand its campaign into\nRafah.\nShort headline\nBody starts here.";
  assert.deepEqual(sents(text), [
    "Israel has recently focused on capturing Khan Younis, the main city in\nGaza's south.",
    "But last week Israel said it would expand its campaign into\nRafah.", "Short headline", "Body starts here."]);
});

test("segment runs tokenizer and splitter from the body start", () => {
  const text = "RAFAH, Gaza Strip, May 8 (Reuters) – Israeli forces seized the crossing. Talks resume.";
  const doc = segment(text, text.indexOf("Israeli"));
  assert.equal(doc.sentences.length, 2);
  assert.equal(doc.tokens[0].text, "Israeli");
  assert.equal(doc.spanText(doc.sentences[1].tokenStart, doc.sentences[1].tokenEnd), "Talks resume.");
});

test("a run-in subheading is split off the sentence it was glued to, and only that", () => {
  assert.deepEqual(sents("International reaction A U.S. State Department spokesperson urged the Haitian government to act."),
    ["International reaction", "A U.S. State Department spokesperson urged the Haitian government to act."]);
  assert.deepEqual(sents("The outcome If the immigration judge rules against the holder, they can appeal."),
    ["The outcome", "If the immigration judge rules against the holder, they can appeal."]);
  // a verb, a linking word or a name after "The" shows one sentence, not a heading and a body
  for (const s of ["Hamas officials told The Associated Press that talks had stalled.",
    "According to The New York Times the talks stalled on Monday.", "You can find them From the station it is a short walk.",
    "Lee Joen and Ahn So-young contributed to this report from Seoul."]) assert.deepEqual(sents(s), [s]);
  const off = new Doc("International reaction A U.S. spokesperson urged calm at once.");
  tokenize(off);
  splitSentences(off, { runInHeadings: false });
  assert.equal(off.sentences.length, 1, "switched off, the heading stays with its sentence");
});

test("an initial before a pronoun or 'The', and an abbreviation before a closing quote and a capital, end the sentence", () => {
  assert.deepEqual(sents("He wrote on social media platform X. He added that talks went on."),
    ["He wrote on social media platform X.", "He added that talks went on."]);
  assert.deepEqual(sents("This will be great for businesses in the U.S.” Trump also attacked the newspaper."),
    ["This will be great for businesses in the U.S.”", "Trump also attacked the newspaper."]);
  assert.deepEqual(sents("George W. Bush met Harry S. Truman's heirs."), ["George W. Bush met Harry S. Truman's heirs."]);
});
