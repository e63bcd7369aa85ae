import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeModel, encodeModel } from "../src/nlp/model-io.js";
import { Tagger, type TagClass } from "../src/nlp/tagger.js";
import { Parser, parseInput, tagKey } from "../src/nlp/parser/parser.js";
import { trainTagger } from "../src/train/tagger.js";
import { trainParser } from "../src/train/parser.js";
import { SourceError } from "../src/errors.js";
import { miniTreebank, treeOf } from "./helpers/syntax.js";
import { tempDir } from "./helpers/tmp.js";

const quiet = () => {};

function tinyModels() {
  const sents = miniTreebank();
  const keys = [...new Set(sents.flatMap((s) => s.tokens.map((t) => tagKey(t.upos, t.xpos))))].sort();
  const classes: TagClass[] = keys.map((k) => ({ upos: k.split(" ")[0], xpos: k.split(" ")[1] }));
  const tagSents = sents.map((s) => ({ forms: s.tokens.map((t) => t.form), gold: Int32Array.from(s.tokens, (t) => keys.indexOf(tagKey(t.upos, t.xpos))) }));
  const { tagger } = trainTagger(tagSents, tagSents, classes, { bits: 12, maxEpochs: 4, seed: 7, maxRows: 1000, log: quiet });
  const labels = [...new Set(sents.flatMap((s) => s.tokens.map((t) => t.deprel)))].sort();
  const parseSents = sents.filter((s) => s.id !== "fx-3").map((s, k) => ({ input: parseInput(tagSents[k].forms, tagSents[k].gold), gold: treeOf(s, labels) }));
  const { parser } = trainParser(parseSents, parseSents, labels, keys, { moveBits: 12, labelBits: 11, maxEpochs: 4, seed: 7, moveRows: 1000, labelRows: 1000, log: quiet });
  return { sents, tagger, parser, parseSents };
}

test("tagger and parser models round-trip through their files exactly", () => {
  const { sents, tagger, parser, parseSents } = tinyModels();
  const dir = tempDir("parley-model-");
  tagger.save(join(dir, "tagger.bin"));
  parser.save(join(dir, "parser.bin"));
  const tagger2 = Tagger.load(join(dir, "tagger.bin")), parser2 = Parser.load(join(dir, "parser.bin"));

  assert.ok(tagger.model.buckets.length > 0 && parser.moves.buckets.length > 0, "the models learned something");
  assert.deepEqual([...tagger2.model.q], [...tagger.model.q]);
  assert.deepEqual([...tagger2.model.scales], [...tagger.model.scales]);
  assert.deepEqual([...parser2.labeler.buckets], [...parser.labeler.buckets]);
  for (const s of sents) {
    const forms = s.tokens.map((t) => t.form);
    assert.deepEqual([...tagger2.tagForms(forms)], [...tagger.tagForms(forms)]);
  }
  for (const s of parseSents) {
    const a = { h: new Int32Array(s.input.n), l: new Int32Array(s.input.n) }, b = { h: new Int32Array(s.input.n), l: new Int32Array(s.input.n) };
    parser.parseInput(s.input, a.h, a.l);
    parser2.parseInput(s.input, b.h, b.l);
    assert.deepEqual([...b.h], [...a.h]);
    assert.deepEqual([...b.l], [...a.l]);
  }
  // re-encoding what was read gives the same bytes
  const bytes = readFileSync(join(dir, "parser.bin"));
  const { header, models } = decodeModel(bytes);
  assert.ok(encodeModel(header, models).equals(bytes));
});

test("a file that is not a model, or of another format version, fails with one clear line", () => {
  const dir = tempDir("parley-model-");
  writeFileSync(join(dir, "junk.bin"), "hello world, not a model");
  assert.throws(() => Tagger.load(join(dir, "junk.bin")), (e: unknown) => e instanceof SourceError && /bad magic/.test(e.message));
  const { tagger } = tinyModels();
  tagger.save(join(dir, "t.bin"));
  const buf = readFileSync(join(dir, "t.bin"));
  buf.writeUInt16LE(99, 8);
  assert.throws(() => decodeModel(buf, "t.bin"), /format version 99/);
  assert.throws(() => Tagger.load(join(dir, "missing.bin")), /not found/);
});
