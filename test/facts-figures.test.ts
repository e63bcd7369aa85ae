// The figure extractor on hand-parsed sentences (no trained model needed): number words read as value
// ranges, kinds from verbs and nouns, qualifiers, claimants, verification, periods and additions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createFigureExtractor } from "../src/facts/figures.js";
import { loadFigureLexicon } from "../src/facts/lexicon.js";
import { NumberReader } from "../src/facts/numbers.js";
import { RuleSwitch } from "../src/rules/rule.js";
import { AnalysedDoc } from "../src/text/analysed.js";
import { tokenize } from "../src/nlp/tokenizer.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { articleForText } from "../src/eval/article-for-text.js";
import type { Figure } from "../src/text/annotations.js";
import { fixtureDoc, withClauses } from "./helpers/events.js";
import { tempDir } from "./helpers/tmp.js";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";

const lex = loadFigureLexicon();
const extractor = createFigureExtractor({ lexicon: lex });
const show = (f: Figure) => [f.sentence, f.kind, f.value.min, f.value.best, f.value.max, f.qualifier, f.subjects?.text ?? null, f.claimant?.text ?? null, f.verification, f.text];

/** The first number phrase of a text, read on its tokens alone. */
function numberIn(text: string, rules = new RuleSwitch()) {
  const doc = new AnalysedDoc(articleForText(text, "2024-01-01", "test"));
  tokenize(doc);
  splitSentences(doc);
  const reader = new NumberReader(doc, lex, rules);
  const i = doc.tokens.findIndex((t) => reader.starts(t.i) && reader.read(t.i) !== null);
  return i < 0 ? null : reader.read(i);
}

test("number words become value ranges, with the rule that read them", () => {
  const cases: [string, number | null, number, number | null, string | null][] = [
    ["killed 1,200 people", 1200, 1200, 1200, null],
    ["at least 27,585 Palestinians", 27585, 27585, null, "at least"],
    ["seven people were killed", 7, 7, 7, null],
    ["more than one million displaced Palestinians", 1000000, 1000000, null, "more than"],
    ["hundreds of thousands of people", 200000, 200000, null, "hundreds of thousands"],
    ["dozens of members", 24, 24, null, "dozens"],
    ["a half-dozen soldiers", 6, 6, 6, null],
    ["between 1,500 and 3,000 fighters", 1500, 1500, 3000, "between"],
    ["10,000 and as many as 300,000 people killed", 10000, 10000, 300000, "as many as"],
    ["killing 107 or more", 107, 107, null, "or more"],
    ["close to 200 detainees", null, 200, 200, "close to"],
    ["nearly half-a-million", null, 500000, 500000, "nearly"],
    ["some 12,000 asylum seekers", null, 12000, null, "some"],
    ["Two hundred prisoners", 200, 200, 200, null],
    ["2.3 million people", 2300000, 2300000, 2300000, null],
  ];
  for (const [text, min, best, max, qualifier] of cases) {
    const p = numberIn(text);
    assert.ok(p, text);
    assert.deepEqual([p.value.min, p.value.best, p.value.max, p.qualifier], [min, best, max, qualifier], text);
  }
  const half = numberIn("about half the enclave's 2.3 million people are penned");
  assert.deepEqual([half?.value.best, half?.value.min, half?.value.max, half?.qualifier, half?.rule],
    [1150000, null, null, "about", "half × 2,300,000 = 1,150,000"], "the arithmetic is recorded");
  assert.equal(numberIn("killed on October 7")?.value.best, undefined, "a day of the month is no count");
  assert.equal(numberIn("in 2009, a bomb")?.value.best, undefined, "a year is no count");
  assert.equal(numberIn("hundreds of people", new RuleSwitch(["figures.vague-plural"]))?.value.best, undefined, "rules can be switched off");
});

test("casualty, hostage and prisoner figures from verbs and the nouns they count", () => {
  const figs = extractor.extract(withClauses(fixtureDoc("gaza-2024-02-08.conllu")));
  assert.deepEqual(figs.filter((f) => f.sentence === 6).map(show), [
    [6, "killed", 1200, 1200, 1200, null, "people", null, "as-reported", "1,200 people"],
    [6, "hostages_taken", 253, 253, 253, null, "hostages", null, "as-reported", "253 hostages"],
  ], "the 7 of 'October 7' is a day, not a count");
  assert.deepEqual(figs.filter((f) => f.sentence === 7).map(show), [
    [7, "hostages_released", 110, 110, 110, null, "hostages", null, "as-reported", "110 hostages"],
    [7, "prisoners_released", 240, 240, 240, null, "Palestinian prisoners", null, "as-reported", "240 Palestinian prisoners"],
  ]);
  const killed = figs.find((f) => f.kind === "killed")!;
  assert.deepEqual([killed.period.type, killed.period.start, killed.trigger?.text], ["incident", "2023-10-07", "killed"]);
  const released = figs.find((f) => f.kind === "hostages_released")!;
  assert.ok(released.period.start?.startsWith("2023-11"), "the truce at the end of November");
});

test("qualifiers, claimants, 'could not independently verify', 'confirmed', elided nouns and additions", () => {
  const doc = fixtureDoc("figures-2024-02-08.conllu");
  const figs = extractor.extract(withClauses(doc));
  assert.deepEqual(figs.map(show), [
    [0, "killed", 7, 7, 7, null, "people", "Hamas media", "unverified", "seven people"],
    [0, "injured", 11, 11, 11, null, "people", "Hamas media", "unverified", "11"],
    [2, "killed", 27585, 27585, null, "at least", "Palestinians", "Gaza's health ministry", "confirmed", "at least 27,585 Palestinians"],
    [3, "sheltering", 1000000, 1000000, null, "more than", "displaced Palestinians", null, "as-reported", "More than one million displaced Palestinians"],
  ]);
  assert.ok(figs[1].rules.includes("figures.elided-noun"), "11 injured shares the people of seven killed");
  assert.match(figs[2].addition?.text ?? "", /^thousands more feared/);
  for (const f of figs) {
    assert.equal(doc.text.slice(f.start, f.end), f.text);
    assert.ok(f.evidence.start <= f.start && f.end <= f.evidence.end);
  }
});

test("aid counted in trucks and tonnes", { skip: !realAnalyzer && noPipeline }, () => {
  const doc = realAnalyzer!.analyze(articleForText("On Sunday 200 aid trucks entered Gaza, carrying 1,500 tonnes of food. Twenty trucks were turned back.", "2024-03-03", "t"));
  assert.deepEqual(doc.figures.map((f) => [f.kind, f.value.best]), [["aid_trucks", 200], ["aid_tonnes", 1500]], "trucks without aid words are no figure");
});

test("figure rules are data: a malformed file is reported by path and field", () => {
  const dir = tempDir("parley-figures-");
  const p = join(dir, "figures.json");
  writeFileSync(p, JSON.stringify({ verbs: [["kill", "*"]] }));
  assert.throws(() => loadFigureLexicon(p), (e: Error) => e.message.startsWith(p) && /"verbs"/.test(e.message));
  writeFileSync(p, JSON.stringify({ ...JSON.parse(JSON.stringify({})), verbs: [["kill", "*", "slain"]] }));
  assert.throws(() => loadFigureLexicon(p), /figure kinds|kinds among/);
});
