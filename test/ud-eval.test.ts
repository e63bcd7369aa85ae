import { test } from "node:test";
import assert from "node:assert/strict";
import { conlluToDoc } from "../src/nlp/conllu.js";
import { countUd, udScores } from "../src/eval/ud.js";
import { miniTreebank } from "./helpers/syntax.js";

test("UD scores count tags, lemmas and attachments over gold words, punctuation included", () => {
  const sents = miniTreebank().slice(0, 1); // 8 words
  const gold = conlluToDoc(sents), pred = conlluToDoc(sents);
  pred.tokens[1].upos = "VERB"; // envoys: wrong UPOS
  pred.tokens[4].head = 1; // minister: wrong head → UAS and LAS wrong
  pred.tokens[7].deprel = "dep"; // the period: right head, wrong label → only LAS wrong
  pred.tokens[0].lemma = "The";
  const s = udScores(countUd(gold, pred));
  assert.equal(s.tokens, 8);
  assert.equal(s.sentences, 1);
  assert.equal(s.upos, 87.5);
  assert.equal(s.xpos, 100);
  assert.equal(s.lemma, 87.5);
  assert.equal(s.uas, 87.5);
  assert.equal(s.las, 75);
});

test("with an alignment, unaligned gold words count as wrong and heads are compared through it", () => {
  const sents = miniTreebank().slice(0, 1);
  const gold = conlluToDoc(sents), pred = conlluToDoc(sents);
  const map = Int32Array.from(gold.tokens, (_, k) => (k === 7 ? -1 : k));
  const s = udScores(countUd(gold, pred, map));
  assert.equal(s.upos, 87.5);
  assert.equal(s.las, 87.5);
});
