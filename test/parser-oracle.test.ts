import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { projectivize } from "../src/nlp/parser/moves.js";
import { oracleParse } from "../src/train/parser.js";
import { sharedDir } from "../src/paths.js";
import { miniTreebank, treeOf } from "./helpers/syntax.js";

const LABELS = ["root", "det", "nsubj", "obj", "case", "obl", "punct", "nsubj:pass", "aux:pass", "obl:agent", "obl:tmod", "nmod", "aux", "ccomp", "cc", "conj"];

test("the arc-hybrid oracle rebuilds projective gold trees with their labels", () => {
  for (const s of miniTreebank().filter((x) => x.id !== "fx-3")) {
    const g = treeOf(s, LABELS);
    const out = oracleParse(s.tokens.length, g, LABELS.indexOf("root"));
    assert.deepEqual([...out.heads], [...g.heads], s.id);
    assert.deepEqual([...out.labels], [...g.labels], s.id);
  }
});

test("projectivize lifts the crossing arc of a non-projective tree, and the oracle then rebuilds it", () => {
  const s = miniTreebank().find((x) => x.id === "fx-3")!;
  const g = treeOf(s, LABELS);
  assert.throws(() => oracleParse(s.tokens.length, g, 0), /not projective/);
  const lifted = projectivize(g.heads, s.tokens.length);
  assert.equal(lifted, 1);
  assert.equal(g.heads[7], 3, "'appeal' is reattached from 'hearing' to its head 'scheduled'");
  const fixed = treeOf({ ...s, tokens: s.tokens.map((t, k) => ({ ...t, head: g.heads[k] === s.tokens.length ? 0 : g.heads[k] + 1 })) }, LABELS);
  const out = oracleParse(s.tokens.length, fixed, 0);
  assert.deepEqual([...out.heads], [...fixed.heads]);
});

const ewt = join(sharedDir, "corpora", "ud-ewt", "en_ewt-ud-dev.conllu");
test("the oracle rebuilds every projectivised EWT dev tree", { skip: !existsSync(ewt) && "../shared absent" }, () => {
  const sents = readConllu(ewt);
  const labels = [...new Set(sents.flatMap((s) => s.tokens.map((t) => t.deprel)))].sort();
  for (const s of sents) {
    const n = s.tokens.length;
    const heads = Int32Array.from(s.tokens, (t) => (t.head === 0 ? n : t.head - 1));
    projectivize(heads, n);
    const g = treeOf({ ...s, tokens: s.tokens.map((t, k) => ({ ...t, head: heads[k] === n ? 0 : heads[k] + 1 })) }, labels);
    const out = oracleParse(n, g, labels.indexOf("root"));
    assert.deepEqual([...out.heads], [...g.heads], s.id);
    assert.deepEqual([...out.labels], [...g.labels], s.id);
  }
});
