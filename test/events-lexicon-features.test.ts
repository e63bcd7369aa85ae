// The coder honours the lexicon's extensions: negated patterns, "---" (no event), source slots,
// reverse codes, listed inflected forms and PETRARCH word lists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import type { Lexicon } from "../src/events/lexicon-types.js";
import { lexicon, testCoder } from "./helpers/events.js";
import { gazaFixture, rafahFixture, type Fixture } from "./helpers/event-fixtures.js";

function run(lex: Lexicon, f: Fixture, sentence: number) {
  const coder = testCoder({ lexicon: lex, ontology: builtInOntology(), cues: loadFrameCues() });
  return coder.code(f.doc, f.article, f.mentions, f.places).filter((e) => e.sentence === sentence);
}

test("a pattern for the negated verb wins over the plain one and uses up the negation", () => {
  const lex = lexicon([{ lemma: "agree", prep: { word: "to" }, code: "057" }, { lemma: "agree", negated: true, code: "120" }]);
  const [e] = run(lex, gazaFixture(), 8);
  assert.deepEqual([e.cameo, e.modality], ["120", "asserted"]);
  const plain = run(lexicon([{ lemma: "agree", negated: true, code: "120" }]), rafahFixture(), 0);
  assert.equal(plain.length, 0, "a negated-only pattern never matches a plain verb");
});

test("'---' marks a frame that codes nothing", () => {
  const lex = lexicon([{ lemma: "hit", object: ["house"], code: "---" }, { lemma: "hit", code: "195" }]);
  assert.equal(run(lex, gazaFixture(), 4).length, 0);
});

test("source from a prepositional phrase, and reverse codes", () => {
  const lex = lexicon([{ lemma: "withdraw", source: "prep", sourcePrep: "from", target: "subj", code: "0874" }]);
  const [w] = run(lex, gazaFixture(), 9);
  assert.deepEqual([w.source?.code, w.target?.code], ["PSE", "ISR"]);
  const rev = run(lexicon([{ lemma: "seize", code: "192", reverseCode: "0874" }]), rafahFixture(), 0);
  assert.deepEqual(rev.map((e) => `${e.source?.code}>${e.target?.code}:${e.cameo}`).sort(),
    ["EGY>ISRMIL:0874", "ISRMIL>EGY:192", "ISRMIL>PSE:192", "PSE>ISRMIL:0874"]);
});

test("listed inflected forms reach a lemma the lexicon knows", () => {
  const lex = lexicon([{ lemma: "rebuff", code: "120" }]);
  lex.forms = new Map([["rejected", "rebuff"]]);
  assert.deepEqual(run(lex, gazaFixture(), 2).map((e) => e.cameo), ["120"]);
});

test("PETRARCH word lists must occur in order after the verb; matched words make a pattern more specific", () => {
  const lex = lexicon([
    { lemma: "hit", followingWords: ["tank"], code: "194" },
    { lemma: "hit", followingWords: ["house", "+", "&AREA"], code: "195" },
    { lemma: "hit", code: "190" },
  ], { AREA: ["area"] });
  assert.deepEqual(run(lex, gazaFixture(), 4).map((e) => e.cameo), ["195"]);
  const wrongOrder = lexicon([{ lemma: "hit", followingWords: ["area", "house"], code: "195" }, { lemma: "hit", code: "190" }]);
  assert.deepEqual(run(wrongOrder, gazaFixture(), 4).map((e) => e.cameo), ["190"]);
});

test("a pattern's preposition may sit on the object ('stepped up its assault on Rafah')", () => {
  const lex = lexicon([{ lemma: "step", particles: ["up"], object: ["&CAMPAIGN"], prep: { word: "on" }, target: "prep", code: "190" }], { CAMPAIGN: ["assault"] });
  const [e] = run(lex, gazaFixture(), 5);
  assert.deepEqual([e.cameo, e.source?.code, e.target?.text], ["190", "ISR", "Rafah"]);
});

test("a verb's complement pattern codes its noun with a to-infinitive ('renewed a pledge to destroy')", () => {
  const [e] = run(lexicon([{ lemma: "pledge", complement: ["destroy"], code: "138" }]), gazaFixture(), 10);
  assert.deepEqual([e.cameo, e.source?.code, e.target?.code, e.trigger.text], ["138", "ISRGOV", "PSEHMS", "pledge"]);
});

test("an event noun that is the object of a coded verb is not a second event ('proposed a ceasefire')", () => {
  const lex = lexicon([{ lemma: "propose", code: "036" }, { lemma: "ceasefire", noun: true, code: "0871" }]);
  assert.deepEqual(run(lex, gazaFixture(), 9).map((e) => e.cameo), ["036"]);
  const alone = lexicon([{ lemma: "ceasefire", noun: true, code: "0871" }]);
  assert.deepEqual(run(alone, gazaFixture(), 9).map((e) => e.cameo), ["0871"], "without a verb pattern the noun carries the event");
});
