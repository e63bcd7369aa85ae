// PETRARCH pattern features on hand-made parses: agentless passives, subjects the parser broke up, particles
// parsed as prepositions, braced noun phrases, "^" skipped phrases, prepositional phrases on the object,
// word-order targets, list items parsed as appositions, words later in the verb phrase, targets in
// infinitives and content clauses, and sources after the verb.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { importPetrarchVerbs } from "../src/events/petrarch-verbs.js";
import { packageRoot } from "../src/paths.js";
import { actor, article, fixtureDoc, mention, testCoder } from "./helpers/events.js";
import { RuleSwitch } from "../src/rules/rule.js";

const fixtures = join(packageRoot, "test", "fixtures", "events");
const NOR = actor("NOR", "NOR"), VES = actor("VES", "VES"), ORR = actor("ORR", "ORR"), ZET = actor("ZET", "ZET");

type Code = ReturnType<typeof actor>;
/** Actors by sentence: [word id, code], or [first word, last word, head word, code]. */
const ACTORS: ([number, Code] | [number, number, number, Code])[][] = [
  [[1, NOR], [8, VES]],
  [[1, NOR], [7, VES]],
  [[1, NOR], [8, VES]],
  [[1, NOR], [7, VES]],
  [[1, NOR], [8, VES]],
  [[1, NOR], [8, VES]],
  [[1, NOR], [5, ORR], [7, VES]],
  [[1, NOR], [8, VES]],
  [[1, NOR], [4, VES], [6, ORR]],
  [[1, NOR], [3, ORR], [5, VES], [7, ZET]],
  [[1, NOR], [7, VES]],
  [[1, NOR], [7, VES]],
  [[1, NOR], [5, VES]],
  [[1, NOR], [6, ORR], [8, VES]],
  [[1, actor("LEG", null, { sectors: ["LEG"] })], [3, 5, 3, actor("NORGOV", "NOR", { sectors: ["GOV"] })], [7, VES]],
  [[1, NOR], [6, VES]],
  [[1, NOR], [7, 8, 8, VES]],
  [[1, NOR], [4, VES]],
  [[1, NOR], [5, VES]],
  [[1, NOR], [5, VES]],
  [[1, NOR], [7, VES]],
  [[1, NOR], [5, VES], [8, ORR]],
];

function coded(sentence: number, off: string[] = []): string[] {
  const doc = fixtureDoc("petrarch-patterns.conllu");
  const mentions = ACTORS.flatMap((list, s) => list.map((m) => m.length === 2 ? mention(doc, s, m[0], m[0], m[0], m[1]) : mention(doc, s, m[0], m[1], m[2], m[3])));
  const lexicon = importPetrarchVerbs(join(fixtures, "petrarch-patterns-verbs.txt"));
  const coder = testCoder({ lexicon, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  return coder.code(doc, article(doc, "2025-01-01"), mentions, [])
    .filter((e) => e.sentence === sentence)
    .map((e) => `${e.source?.code ?? "-"}>${e.target?.code ?? "-"}:${e.cameo}`)
    .sort();
}

test("a passive without its agent takes the first actor after the verb as source", () => {
  assert.deepEqual(coded(0), ["VES>NOR:111"]);
});

test("a subject naming no actor gives way to a possessor the parser hung on the verb", () => {
  assert.deepEqual(coded(1), ["NOR>VES:042", "VES>NOR:043"]);
});

test("a particle parsed as a preposition still completes the verb; the target may sit inside that phrase's participle", () => {
  assert.deepEqual(coded(2), ["NOR>VES:144"]);
});

test("braced words must be adjacent ({&TIES MEMOS}); the target may be in a participle modifying the object", () => {
  assert.deepEqual(coded(3), ["NOR>VES:092"]);
  assert.deepEqual(coded(4), ["NOR>VES:041"], "'trade secret memos' is not the braced phrase");
});

test("in a three-word brace only the last two words must be adjacent", () => {
  assert.deepEqual(coded(5), ["NOR>VES:951"]);
});

test("a phrase marked '^' is skipped when the target is looked for", () => {
  assert.deepEqual(coded(6), ["NOR>VES:017"]);
});

test("a pattern's prepositional phrase may hang on the object and name its word by an adjective", () => {
  assert.deepEqual(coded(7), ["NOR>VES:030"]);
});

test("with no target slot the first actor after the verb wins, whatever its preposition", () => {
  assert.deepEqual(coded(8), ["NOR>VES:042"]);
});

test("a list item the parser made an apposition is one more source", () => {
  assert.deepEqual(coded(9), ["NOR>ZET:130", "ORR>ZET:130", "VES>ZET:130"]);
});

test("a pattern word need only follow the verb in its phrase; a purpose clause may hold the target", () => {
  assert.deepEqual(coded(10), ["NOR>VES:190"]);
});

test("the verb's own object outranks a word found later; an infinitive on the object may hold the target", () => {
  assert.deepEqual(coded(11), ["NOR>VES:056"]);
});

test("the content clause of the object may hold the target", () => {
  assert.deepEqual(coded(12), ["NOR>VES:013"]);
});

test("'^ $' after the verb: the source is the second actor there and the subject is the target", () => {
  assert.deepEqual(coded(13), ["VES>NOR:018"]);
});

test("a sector-only head with a country hung on it is that country's sector", () => {
  assert.deepEqual(coded(14), ["NORGOV>VES:130", "NORLEG>VES:130"]);
});

test("a longer class member wins over a shorter one (GOLD FLORIN over FLORIN)", () => {
  assert.deepEqual(coded(15), ["NOR>VES:072"]);
});

test("when nothing else names a target, the first actor anywhere after the verb in its phrase does", () => {
  assert.deepEqual(coded(16), ["NOR>VES:064"]);
});

test("a word before the verb must stand right before it, a perfect 'have' aside", () => {
  assert.deepEqual(coded(17), ["NOR>VES:025"]);
  assert.deepEqual(coded(18), ["NOR>VES:080"], "'recently did allow' is not 'RECENTLY *'");
  assert.deepEqual(coded(19), ["NOR>VES:025"]);
});

test("only verbs outside relative clauses are coded: not a noun with a copula, not a relative clause", () => {
  assert.deepEqual(coded(20), [], "'was in an accord with' has no verb 'accord'");
  assert.deepEqual(coded(21), ["NOR>ORR:130"]);
});

// Each PETRARCH-convention rule switched off by id: what the sentence loses without it.
test("rule repair.apposition-in-list: without it the name parsed as an apposition is no source", () => {
  assert.deepEqual(coded(9, ["repair.apposition-in-list"]), ["NOR>ZET:130", "VES>ZET:130"]);
});

test("rule filters.copula-or-relative: without it the copula noun and the relative clause are coded", () => {
  assert.deepEqual(coded(20, ["filters.copula-or-relative"]), ["NOR>VES:013"]);
  assert.deepEqual(coded(21, ["filters.copula-or-relative"]), ["NOR>ORR:130", "NOR>VES:111"]);
});

test("rule participants.petrarch-source: without it the agentless passive has no source", () => {
  assert.deepEqual(coded(0), ["VES>NOR:111"]);
  assert.deepEqual(coded(0, ["participants.petrarch-source"]), ["->NOR:111"]);
});

test("rules targets.first-actor-after-verb and targets.verb-phrase-actor: the target PETRARCH takes", () => {
  assert.deepEqual(coded(6, ["targets.first-actor-after-verb"]).filter((t) => t.endsWith(":017")), ["NOR>ORR:017"]);
  assert.deepEqual(coded(16, ["targets.verb-phrase-actor"]), ["NOR>-:064"]);
});

test("rule pairs.reverse-code: without it the host's answering event is not coded", () => {
  assert.ok(coded(1).includes("VES>NOR:043"));
  assert.ok(!coded(1, ["pairs.reverse-code"]).includes("VES>NOR:043"));
});
