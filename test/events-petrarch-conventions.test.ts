// PETRARCH conventions applied with an imported dictionary: reverse codes on verb defaults, entries keyed
// by an inflected form, the first actor after the verb as default target, written forms and adjectives in
// object words, phrase members of word classes, mutual two-sided codes, shared country qualifiers, a
// stranded sentence-initial subject, and discard lists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { importPetrarchVerbs } from "../src/events/petrarch-verbs.js";
import { findDiscard, readDiscards } from "../src/events/discards.js";
import { packageRoot } from "../src/paths.js";
import { actor, article, fixtureDoc, mention, testCoder } from "./helpers/events.js";
import { RuleSwitch } from "../src/rules/rule.js";

const fixtures = join(packageRoot, "test", "fixtures", "events");
const NOR = actor("NOR", "NOR"), VES = actor("VES", "VES"), ORR = actor("ORR", "ORR");

function coded(sentence: number, off: string[] = []): string[] {
  const doc = fixtureDoc("petrarch-conventions.conllu");
  const m = (s: number, f: number, t: number, h: number, a: ReturnType<typeof actor>) => mention(doc, s, f, t, h, a);
  const mentions = [
    m(0, 1, 1, 1, NOR), m(0, 4, 4, 4, VES),
    m(1, 1, 1, 1, NOR), m(1, 3, 3, 3, VES),
    m(2, 1, 1, 1, NOR), m(2, 6, 6, 6, VES),
    m(3, 1, 2, 2, actor("NORMED", "NOR", { sectors: ["MED"] })), m(3, 4, 4, 4, actor("GOV", null, { sectors: ["GOV"] })), m(3, 6, 6, 6, VES),
    m(4, 1, 1, 1, NOR), m(4, 5, 5, 5, VES), m(4, 7, 7, 7, ORR),
    m(5, 1, 1, 1, NOR), m(5, 6, 6, 6, VES),
    m(6, 1, 1, 1, NOR), m(6, 8, 8, 8, VES),
  ];
  const lexicon = importPetrarchVerbs(join(fixtures, "petrarch-conventions-verbs.txt"));
  const coder = testCoder({ lexicon, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  return coder.code(doc, article(doc, "2025-01-01"), mentions, [])
    .filter((e) => e.sentence === sentence)
    .map((e) => `${e.source?.code ?? "-"}>${e.target?.code ?? "-"}:${e.cameo}`)
    .sort();
}

test("a form's own entry wins over its lemma's, keeps the block's reverse code, and takes the first actor after the verb", () => {
  // LEFT [042:043] beside LEAVE [012]; "for Vesta" is no preposition the built-in fallbacks know
  assert.deepEqual(coded(0), ["NOR>VES:042", "VES>NOR:043"]);
});

test("an object word may be the noun's adjective, and a two-sided code between coordinated parties is mutual", () => {
  assert.deepEqual(coded(1), ["NOR>VES:064", "VES>NOR:064"]);
});

test("a class member that is a phrase (did n't) matches contiguous words before the verb", () => {
  assert.deepEqual(coded(2), ["NOR>VES:904"]);
});

test("a sector-only agent coordinated with a qualified one shares its country", () => {
  assert.deepEqual(coded(3), ["NORGOV>VES:130", "NORMED>VES:130"]);
});

test("a stranded sentence-initial name is the subject; the target is the first actor in the object phrase; plurals match", () => {
  assert.deepEqual(coded(4), ["NOR>ORR:045", "NOR>VES:045"]);
});

test("a class member that is a phrase (SWISS FRANCS) matches the words ending at the object noun", () => {
  assert.deepEqual(coded(5), ["NOR>VES:071"]);
});

test("'_'-joined pattern words must be adjacent: NEW_&TIES_RELATIONS does not match 'new global trade relations'", () => {
  assert.deepEqual(coded(6), ["NOR>VES:080"]);
});

test("discard lists: whole words in order, any case; '+' marks story discards", () => {
  const ds = readDiscards(join(fixtures, "petrarch-discards.txt"));
  assert.deepEqual(ds.map((d) => [d.words.join(" "), d.story]), [["hailstorm", true], ["chess olympiad", false]]);
  assert.equal(findDiscard("A Hailstorm hit the capital.", ds)?.words[0], "hailstorm");
  assert.equal(findDiscard("The chess team left the olympiad.", ds), null);
  assert.equal(findDiscard("Hailstorms hit.", ds), null, "whole words only");
});

test("rule repair.name-read-as-adverb: without it the name the parser made an adverb is no subject", () => {
  assert.deepEqual(coded(4, ["repair.name-read-as-adverb"]), ["->ORR:045", "->VES:045"]);
});

test("rule participants.shared-country: without it the sector-only conjunct keeps no country", () => {
  assert.deepEqual(coded(3, ["participants.shared-country"]), ["GOV>VES:130", "NORMED>VES:130"]);
});

test("rule pairs.each-party-with-each: without it coordinated parties of a two-sided code get no target", () => {
  assert.deepEqual(coded(1, ["pairs.each-party-with-each"]), ["NOR>-:064", "VES>-:064"]);
});
