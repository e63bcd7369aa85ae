// PETRARCH pattern features on hand-made parses: agentless passives, subjects the parser broke up, particles
// parsed as prepositions, braced noun phrases, "^" skipped phrases, prepositional phrases on the object,
// word-order targets and list items parsed as appositions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { createEventCoder } from "../src/events/coder.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/events/cues.js";
import { importPetrarchVerbs } from "../src/events/petrarch-verbs.js";
import { packageRoot } from "../src/paths.js";
import { actor, article, fixtureDoc, mention } from "./helpers/events.js";

const fixtures = join(packageRoot, "test", "fixtures", "events");
const NOR = actor("NOR", "NOR"), VES = actor("VES", "VES"), ORR = actor("ORR", "ORR"), ZET = actor("ZET", "ZET");

/** Actors by sentence: [word id, code]. */
const ACTORS: [number, ReturnType<typeof actor>][][] = [
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
];

function coded(sentence: number): string[] {
  const doc = fixtureDoc("petrarch-patterns.conllu");
  const mentions = ACTORS.flatMap((list, s) => list.map(([w, a]) => mention(doc, s, w, w, w, a)));
  const lexicon = importPetrarchVerbs(join(fixtures, "petrarch-patterns-verbs.txt"));
  const coder = createEventCoder({ lexicon, ontology: builtInOntology(), cues: loadFrameCues() });
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
