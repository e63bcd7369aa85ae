import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { beamSearch } from "../src/nlp/ner/beam.js";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { NerModel } from "../src/nlp/ner/model.js";
import { trainNer } from "../src/train/ner.js";
import { tempDir } from "./helpers/tmp.js";

// Three labels, no constraints: 0 "O", 1 "A", 2 "B". Token 0 slightly prefers A, but after A token 1 scores
// badly; after O token 1 scores well: greedy takes A, a beam of 2 finds O then B.
const L = 3;
const statics = Float64Array.from([0, 1, 0, /* token 1 */ 0, 0, 0]);
const history = (i: number, p1: number, _p2: number, out: Float64Array) => {
  if (i === 1) { out[2] += p1 === 0 ? 5 : -5; }
};
const all = new Uint8Array(L * L).fill(1);
const ends = new Uint8Array(L).fill(1);

test("beam width 1 is greedy; a wider beam keeps the prefix whose worth shows at the next token", () => {
  assert.deepEqual(beamSearch(2, L, 1, statics, history, all, ends).labels, [1, 0]);
  assert.deepEqual(beamSearch(2, L, 2, statics, history, all, ends).labels, [0, 2]);
});

test("beam search obeys the constraints: a label that may not follow, or may not end, is never chosen", () => {
  const noAB = Uint8Array.from(all); noAB[1 * L + 2] = 0; // B may not follow A
  const noEndB = Uint8Array.from([1, 1, 0]);
  assert.deepEqual(beamSearch(2, L, 1, statics, history, noAB, ends).labels, [1, 0]);
  assert.deepEqual(beamSearch(2, L, 2, statics, history, all, noEndB).labels, [1, 0]);
});

test("with gold labels, beam search stops where the gold prefix leaves the beam (early update)", () => {
  const r = beamSearch(2, L, 1, statics, history, all, ends, [0, 2]);
  assert.equal(r.goldOut, 0);
  assert.deepEqual(r.labels, [1]);
  assert.equal(beamSearch(2, L, 2, statics, history, all, ends, [0, 2]).goldOut, -1);
});

test("a model trained with a beam (structured perceptron) records the width and decodes with it after loading", () => {
  const gz = loadGazetteer();
  const fixtures = join(packageRoot, "test", "fixtures", "ner");
  const files = [join(fixtures, "tiny.iob2")];
  const r = trainNer({ train: files, dev: files, epochs: 6, gazetteer: gz, beam: 3 });
  assert.equal(r.model.info.beam, 3);
  assert.equal(r.dev[files[0]].f1, 100, "a structured perceptron fits the tiny file too");
  assert.match(String(r.model.info.training.algorithm), /structured/);
  const path = join(tempDir("parley-ner-"), "m.json.gz");
  r.model.save(path);
  const back = NerModel.load(path);
  assert.equal(back.info.beam, 3);
  const words = "Antony Blinken visited Cairo and Fox News".split(" ");
  assert.deepEqual(back.tagWords(words, gz), r.model.tagWords(words, gz));
});
