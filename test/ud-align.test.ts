import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu } from "../src/nlp/conllu.js";
import { Doc } from "../src/text/doc.js";
import { alignRaw, goldLayout, rawTextFor } from "../src/eval/ud-align.js";

function w(id: number, form: string, misc = "_"): string {
  return [id, form, "_", "X", "X", "_", 0, "dep", "_", misc].join("\t");
}

const gold = parseConllu([
  "# newdoc id = d1", "# newpar", "# text = I don't know.",
  w(1, "I"), "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_", w(2, "do"), w(3, "n't"), w(4, "know", "SpaceAfter=No"), w(5, "."), "",
  "# text = Hamas' offer", w(1, "Hamas", "SpaceAfter=No"), w(2, "'"), w(3, "offer"), "",
  "# newpar", "# text = Fine", w(1, "Fine"), "",
].join("\n"));

test("rawTextFor joins sentences with a space and paragraphs with a blank line, keeping surface forms", () => {
  assert.equal(rawTextFor(gold), "I don't know. Hamas' offer\n\nFine");
  const g = goldLayout(gold);
  const text = g.text;
  const words = [...g.wordStart].map((s, k) => text.slice(s, g.wordEnd[k]));
  assert.deepEqual(words, ["I", "do", "n't", "know", ".", "Hamas", "'", "offer", "Fine"]);
  assert.deepEqual([...g.sentStart], [0, 14, 28]);
  assert.deepEqual([...g.sentEnd], [13, 26, 32]);
});

test("alignRaw matches predicted tokens to gold words by character span", () => {
  const text = rawTextFor(gold);
  const doc = new Doc(text);
  // A hand-made prediction: "don't" left whole, "Hamas'" split correctly, one sentence too few.
  const spans: [number, number][] = [[0, 1], [2, 7], [8, 12], [12, 13], [14, 19], [19, 20], [21, 26], [28, 32]];
  for (const [a, b] of spans) doc.addToken(a, b);
  doc.addSentence(0, 4);
  doc.addSentence(4, 8);
  const r = alignRaw(gold, doc);
  assert.deepEqual([...r.goldToPred], [0, -1, -1, 2, 3, 4, 5, 6, 7]);
  // tokens: 7 matched of 8 predicted and 9 gold; sentences: 1 matched of 2 predicted and 3 gold
  const f = (m: number, p: number, g: number) => (200 * (m / p) * (m / g)) / (m / p + m / g);
  assert.ok(Math.abs(r.tokensF1 - f(7, 8, 9)) < 1e-9);
  assert.ok(Math.abs(r.sentencesF1 - f(1, 2, 3)) < 1e-9);
});

test("alignRaw refuses a document built from another text", () => {
  assert.throws(() => alignRaw(gold, new Doc("something else")), /not rawTextFor/);
});

test("parseConllu sees newdoc and newpar comments that carry an id", () => {
  const s = parseConllu(["# newdoc id = doc-1", "# newpar id = doc-1-p1", "# text = A", w(1, "A"), "",
    "# text = B", w(1, "B"), "", "# newpar id = doc-1-p2", "# text = C", w(1, "C"), ""].join("\n"));
  assert.deepEqual(s.map((x) => [x.newDoc, x.newPar]), [[true, true], [false, false], [false, true]]);
});
