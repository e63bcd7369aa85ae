import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { modelsDir, sharedDir } from "../src/paths.js";
import { readConllu, type ConlluSentence } from "../src/nlp/conllu.js";
import { Parser, parseInput, tagKey } from "../src/nlp/parser/parser.js";
import { trainParser } from "../src/train/parser.js";
import { PerceptronTrainer } from "../src/nlp/perceptron.js";
import { miniTreebank, treeOf } from "./helpers/syntax.js";
import { tempDir } from "./helpers/tmp.js";

const parserPath = join(modelsDir, "syntax", "parser.bin");
const ewtDev = join(sharedDir, "corpora", "ud-ewt", "en_ewt-ud-dev.conllu");

/** Heads in [0, n], exactly one word on the root (with the root label, and only it), no cycles. */
function assertTree(heads: Int32Array, labels: Int32Array, n: number, rootLabel: number, nLabels: number, id: string): void {
  let roots = 0;
  for (let i = 0; i < n; i++) {
    assert.ok(heads[i] >= 0 && heads[i] <= n && heads[i] !== i, `${id}: head of ${i} is ${heads[i]}`);
    assert.ok(labels[i] >= 0 && labels[i] < nLabels, `${id}: label of ${i}`);
    assert.equal(heads[i] === n, labels[i] === rootLabel, `${id}: root label on word ${i} only if it hangs on the root`);
    if (heads[i] === n) roots++;
    let x = i, steps = 0;
    while (x !== n) { x = heads[x]; assert.ok(++steps <= n, `${id}: cycle through word ${i}`); }
  }
  assert.equal(roots, 1, `${id}: one word on the root`);
}

function sentences(): ConlluSentence[] {
  const mini = miniTreebank();
  return existsSync(ewtDev) ? [...mini, ...readConllu(ewtDev).slice(0, 300)] : mini;
}

test("beam search of width 1 parses exactly like the greedy loop; wider beams give valid trees",
  { skip: !existsSync(parserPath) && "models/syntax not trained" }, () => {
    const parser = Parser.load(parserPath);
    let differ = 0;
    for (const s of sentences()) {
      const n = s.tokens.length;
      const x = parseInput(s.tokens.map((t) => t.form), s.tokens.map((t) => parser.tagId(t.upos, t.xpos)));
      const g = { h: new Int32Array(n), l: new Int32Array(n) }, b1 = { h: new Int32Array(n), l: new Int32Array(n) };
      parser.parseInput(x, g.h, g.l, 1);
      parser.parseWithBeam(x, 1, b1.h, b1.l);
      assert.deepEqual([...b1.h], [...g.h], s.id);
      assert.deepEqual([...b1.l], [...g.l], s.id);
      const b8 = { h: new Int32Array(n), l: new Int32Array(n) };
      parser.parseInput(x, b8.h, b8.l, 8);
      assertTree(b8.h, b8.l, n, parser.rootLabel, parser.nLabels, s.id);
      if (b8.h.some((h, i) => h !== g.h[i])) differ++;
    }
    assert.ok(differ > 0, "a beam of 8 changes some parses");
  });

test("beam training runs after the greedy epochs and the width is saved with the model", () => {
  const sents = miniTreebank().filter((s) => s.id !== "fx-3");
  const keys = [...new Set(sents.flatMap((s) => s.tokens.map((t) => tagKey(t.upos, t.xpos))))].sort();
  const labels = [...new Set(sents.flatMap((s) => s.tokens.map((t) => t.deprel)))].sort();
  const data = sents.map((s) => ({
    input: parseInput(s.tokens.map((t) => t.form), s.tokens.map((t) => keys.indexOf(tagKey(t.upos, t.xpos)))), gold: treeOf(s, labels),
  }));
  const logs: string[] = [];
  const { parser, dev } = trainParser(data, data, labels, keys, {
    moveBits: 12, labelBits: 11, maxEpochs: 2, seed: 3, moveRows: 1000, labelRows: 1000, log: (m) => logs.push(m), beamWidth: 4, beamEpochs: 3,
  });
  assert.equal(logs.filter((l) => /beam 4 epoch/.test(l)).length, 3, logs.join("\n"));
  assert.ok(dev.uas > 50, `training-set UAS ${dev.uas}`);
  const path = join(tempDir("parley-beam-"), "p.bin");
  parser.save(path);
  assert.equal(Parser.load(path).beamWidth, parser.beamWidth);
  for (const s of data) {
    const h = new Int32Array(s.input.n), l = new Int32Array(s.input.n);
    parser.parseInput(s.input, h, l, 4);
    assertTree(h, l, s.input.n, parser.rootLabel, parser.nLabels, "mini");
  }
});

test("restarting the average keeps the averaged weights; add() moves one class like update()", () => {
  const a = new PerceptronTrainer(8, 3), b = new PerceptronTrainer(8, 3);
  const f = Uint32Array.from([5, 17, 200]);
  for (let k = 0; k < 5; k++) {
    a.update(k % 3, (k + 1) % 3, f, 3); a.tick();
    b.add(k % 3, f, 3, 1); b.add((k + 1) % 3, f, 3, -1); b.tick();
  }
  const out = (t: PerceptronTrainer) => { const o = new Float32Array(3); t.finish().score(f, 3, o); return [...o]; };
  assert.deepEqual(out(b), out(a));
  const before = out(a);
  a.restartAveraging();
  assert.deepEqual(out(a), before);
  assert.ok(before.some((v) => Math.abs(v) > 0.1), "the updates moved the weights");
});
