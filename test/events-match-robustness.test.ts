// Pattern matching that tolerates common lemmatiser and phrasing variants.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu, conlluToDoc } from "../src/nlp/conllu.js";
import { buildFrames } from "../src/clauses/frames.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { matchFrame } from "../src/events/match.js";
import { Tree } from "../src/clauses/tree.js";
import { lexicon } from "./helpers/events.js";

const doc = (rows: string[][]) => conlluToDoc(parseConllu(rows.map((r) => [r[0], r[1], r[2], r[3], r[4], "_", r[5], r[6], "_", "_"].join("\t")).join("\n") + "\n\n"));

function codeOf(d: ReturnType<typeof doc>, predicateId: number, lex: ReturnType<typeof lexicon>): string | null {
  const frames = buildFrames(d, loadFrameCues());
  const f = frames.find((x) => x.predicate === predicateId - 1)!;
  return matchFrame(f, lex, new Tree(d))?.pattern.code ?? null;
}

test("a lemma stripped of its silent e ('extradited' → 'extradit') still finds the verb's patterns", () => {
  const d = doc([
    ["1", "Zambia", "Zambia", "PROPN", "NNP", "2", "nsubj"],
    ["2", "extradited", "extradit", "VERB", "VBD", "0", "root"],
    ["3", "him", "he", "PRON", "PRP", "2", "obj"],
  ]);
  assert.equal(codeOf(d, 2, lexicon([{ code: "063", lemma: "extradite" }])), "063");
  assert.equal(codeOf(d, 2, lexicon([{ code: "063", lemma: "deport" }])), null);
});

test("a kept doubled consonant ('shelled' → 'shel') and a spurious e ('rioted' → 'riote') are repaired too", () => {
  const shel = doc([["1", "Tanks", "tank", "NOUN", "NNS", "2", "nsubj"], ["2", "shelled", "shel", "VERB", "VBD", "0", "root"]]);
  assert.equal(codeOf(shel, 2, lexicon([{ code: "194", lemma: "shell" }])), "194");
  const riote = doc([["1", "Prisoners", "prisoner", "NOUN", "NNS", "2", "nsubj"], ["2", "rioted", "riote", "VERB", "VBD", "0", "root"]]);
  assert.equal(codeOf(riote, 2, lexicon([{ code: "145", lemma: "riot" }])), "145");
});

test("an object constraint looks through a measure noun to its 'of' phrase", () => {
  const d = doc([
    ["1", "Doctors", "doctor", "NOUN", "NNS", "2", "nsubj"],
    ["2", "delivered", "deliver", "VERB", "VBD", "0", "root"],
    ["3", "700", "700", "NUM", "CD", "4", "nummod"],
    ["4", "kg", "kg", "NOUN", "NN", "2", "obj"],
    ["5", "of", "of", "ADP", "IN", "6", "case"],
    ["6", "medicine", "medicine", "NOUN", "NN", "4", "nmod"],
  ]);
  const pats = [{ code: "073", lemma: "deliver", object: ["medicine"] }];
  assert.equal(codeOf(d, 2, lexicon(pats, { PARTITIVE: ["kg"] })), "073");
  assert.equal(codeOf(d, 2, lexicon(pats, { PARTITIVE: [] })), null);
});
