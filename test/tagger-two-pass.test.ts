import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { hashTokens, Tagger, taggerFeatures2, TAGGER2_FEATURES, type TagClass } from "../src/nlp/tagger.js";
import { tagCandidates, trainTagger, type TagSentence } from "../src/train/tagger.js";
import { tempDir } from "./helpers/tmp.js";

const quiet = () => {};
// classes: 0 "X" before a -ness noun, 1 "Y" before a -less adjective, 2 noun, 3 adjective
const classes: TagClass[] = [{ upos: "DET", xpos: "DT" }, { upos: "ADV", xpos: "RB" }, { upos: "NOUN", xpos: "NN" }, { upos: "ADJ", xpos: "JJ" }];
const stems = ["kind", "dark", "good", "bold", "calm", "cold", "fair", "firm", "glad", "hard", "kees", "loud", "mild", "neat", "pale", "rich", "sick", "soft", "tame", "vast", "warm", "weak", "wild", "wise"];

// The word before decides nothing by its form ("zo" either way): only the next word's tag does, and the
// next word's class shows in its four-letter suffix, which first-pass features see only for the word itself.
function corpus(words: string[]): TagSentence[] {
  return words.flatMap((stem) => [
    { forms: ["zo", `${stem}ness`], gold: Int32Array.of(0, 2) },
    { forms: ["zo", `${stem}less`], gold: Int32Array.of(1, 3) },
  ]);
}

test("the second pass sees the provisional tags of the words to the right", () => {
  const h = hashTokens(["zo", "kindness", "."]);
  const a = new Uint32Array(TAGGER2_FEATURES), b = new Uint32Array(TAGGER2_FEATURES);
  const n = taggerFeatures2(h, 0, 4, 5, Int32Array.of(0, 2, 1), 4, a);
  assert.equal(n, TAGGER2_FEATURES);
  taggerFeatures2(h, 0, 4, 5, Int32Array.of(0, 3, 1), 4, b);
  assert.notDeepEqual([...a], [...b], "another tag at i+1 gives other features");
  taggerFeatures2(h, 0, 4, 5, Int32Array.of(0, 2, 3), 4, b);
  assert.notDeepEqual([...a], [...b], "another tag at i+2 gives other features");
  const last = new Uint32Array(TAGGER2_FEATURES);
  assert.equal(taggerFeatures2(h, 2, 2, 0, Int32Array.of(0, 2, 1), 4, last), TAGGER2_FEATURES, "past the end: pad tags");
});

test("two passes learn what depends on the next word's tag; one pass cannot", () => {
  const train = corpus(stems.slice(0, 18)), heldOut = corpus(stems.slice(18));
  const opts = { bits: 14, maxEpochs: 6, fixedEpochs: 6, seed: 3, maxRows: 100000, log: quiet };
  const one = trainTagger(train, [], classes, { ...opts, folds: 1 }).tagger;
  const two = trainTagger(train, [], classes, { ...opts, folds: 3, jackknife: true });
  assert.equal(one.second, undefined);
  assert.ok(two.tagger.second, "a second-pass model");
  const firstWordRight = (t: Tagger) => heldOut.filter((s) => t.tagForms(s.forms)[0] === s.gold[0]).length;
  assert.equal(firstWordRight(two.tagger), heldOut.length);
  assert.ok(firstWordRight(one) <= heldOut.length / 2 + 1, `one pass got ${firstWordRight(one)} of ${heldOut.length}`);
  assert.equal(two.jackknifed?.length, train.length, "jackknifed tags for every training sentence");

  const dir = tempDir("parley-tagger-");
  two.tagger.save(join(dir, "tagger.bin"));
  const loaded = Tagger.load(join(dir, "tagger.bin"));
  assert.deepEqual([...loaded.second!.q], [...two.tagger.second!.q]);
  for (const s of heldOut) assert.deepEqual([...loaded.tagForms(s.forms)], [...two.tagger.tagForms(s.forms)]);
});

test("words seen often enough are tagged only with classes seen with them in training", () => {
  const train = corpus(stems);
  const opts = { bits: 14, maxEpochs: 3, fixedEpochs: 3, seed: 3, maxRows: 100000, log: quiet, folds: 1 };
  const { tagger } = trainTagger(train, [], classes, opts);
  const cands = tagCandidates(train, {});
  assert.deepEqual(cands.zo, [0, 1], "'zo' seen 48 times as DET and ADV");
  assert.equal(cands.kindness, undefined, "seen once: no candidates");
  const only = new Tagger(tagger.model, classes, {}, tagger.nFeatures, undefined, { zo: [3] });
  assert.equal(only.tagForms(["zo", "kindness"])[0], 3, "restricted to its one candidate");
  const dir = tempDir("parley-tagger-");
  only.save(join(dir, "t.bin"));
  assert.equal(Tagger.load(join(dir, "t.bin")).tagForms(["zo", "kindness"])[0], 3, "candidates round-trip");
  assert.ok([0, 1].includes(tagger.tagForms(["zo", "kindness"])[0]));
});
