import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "../src/text/doc.js";
import { parseConllu } from "../src/nlp/conllu.js";

test("Doc keeps tokens as offsets into the original text", () => {
  const doc = new Doc("Hamas rejected it.");
  doc.addToken(0, 5); doc.addToken(6, 14); doc.addToken(15, 17); doc.addToken(17, 18);
  const s = doc.addSentence(0, 4);
  assert.equal(s.start, 0);
  assert.equal(s.end, 18);
  assert.deepEqual(doc.tokens.map((t) => t.text), ["Hamas", "rejected", "it", "."]);
  assert.ok(doc.tokens.every((t) => t.sent === 0));
  doc.tokens[0].head = 1;
  doc.tokens[2].head = 1;
  assert.deepEqual(doc.children(1).map((t) => t.text), ["Hamas", "it"]);
});

test("parseConllu reads words, skips empty nodes and keeps multi-word tokens apart", () => {
  const text = [
    "# sent_id = x-1", "# text = I don't.",
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_",
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
    "2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_",
    "3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\tSpaceAfter=No",
    "3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_",
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_", "",
  ].join("\n");
  const [s] = parseConllu(text);
  assert.equal(s.id, "x-1");
  assert.equal(s.tokens.length, 4);
  assert.deepEqual(s.multiword, [{ from: 2, to: 3, form: "don't", misc: "_" }]);
  assert.equal(s.tokens[2].head, 0);
  assert.throws(() => parseConllu("1\tbad\n"), /:1: expected 10/);
});

test("conlluToDoc rebuilds text and doc-level heads from gold annotation", async () => {
  const { conlluToDoc } = await import("../src/nlp/conllu.js");
  const s = parseConllu([
    "1\tIsrael\tIsrael\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
    "2\tseized\tseize\tVERB\tVBD\t_\t0\troot\t_\t_",
    "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tSpaceAfter=No",
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_", "",
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_", "",
  ].join("\n"));
  const doc = conlluToDoc(s);
  assert.equal(doc.text, "Israel seized it. Yes ");
  assert.equal(doc.sentences.length, 2);
  assert.equal(doc.tokens[0].head, 1);
  assert.equal(doc.tokens[1].head, -1);
  assert.equal(doc.tokens[4].sent, 1);
  assert.equal(doc.tokens[4].head, -1);
});
