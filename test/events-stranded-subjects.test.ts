// Subjects a parser left attached elsewhere: an apposition before a subjectless finite verb, and a
// clause-introducing word ("after") read as a preposition, with the clause's verb made a conjunct.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildFrames } from "../src/clauses/frames.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { fixtureDoc, tokenAt } from "./helpers/events.js";

const doc = fixtureDoc("stranded-subjects.conllu");
const frames = buildFrames(doc, loadFrameCues());
const subjectsOf = (sent: number, id: number) =>
  frames.find((f) => f.predicate === tokenAt(doc, sent, id))!.subjects.map((k) => doc.tokens[k].text);

test("an apposition right before a subjectless finite verb group is its subject", () => {
  assert.deepEqual(subjectsOf(0, 11), ["Macron"]);
});

test("'after' + noun read as an oblique: the noun is the subject of the verb that follows, and of its later conjunct", () => {
  assert.deepEqual(subjectsOf(1, 8), ["rebels"]);
  assert.deepEqual(subjectsOf(1, 12), ["rebels"]);
  assert.deepEqual(subjectsOf(1, 2), ["Troops"]);
});

test("an ordinary oblique before a conjunct verb does not become its subject", () => {
  assert.deepEqual(subjectsOf(2, 8), ["Troops"]);
});
