// Checks of the committed syntax models: dev-set regression against models/syntax/meta.json, and the
// parses the event coder relies on in the seed articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { examplesDir, modelsDir, packageRoot, sharedDir } from "../src/paths.js";
import { readConllu } from "../src/nlp/conllu.js";
import { loadNlp } from "../src/nlp/index.js";
import { scoreUdFile } from "../src/eval/ud-file.js";
import type { Doc } from "../src/text/doc.js";

const metaPath = join(modelsDir, "syntax", "meta.json");
const haveModels = existsSync(metaPath) && existsSync(join(modelsDir, "syntax", "parser.bin"));

test("dev-set UPOS and LAS stay within 0.5 points of the figures recorded in meta.json",
  { skip: (!existsSync(sharedDir) && "../shared absent") || (!haveModels && "models/syntax not trained") }, async () => {
    const meta = JSON.parse(readFileSync(metaPath, "utf8")) as { dev: Record<string, { upos: number; las: number }> };
    const nlp = await loadNlp();
    assert.ok(Object.keys(meta.dev).length >= 2);
    for (const [rel, want] of Object.entries(meta.dev)) {
      const got = scoreUdFile(readConllu(join(sharedDir, rel)), nlp, false);
      assert.ok(got.upos >= want.upos - 0.5, `${rel}: UPOS ${got.upos} < recorded ${want.upos} - 0.5`);
      assert.ok(got.las >= want.las - 0.5, `${rel}: LAS ${got.las} < recorded ${want.las} - 0.5`);
    }
  });

/** The dependents of the first token whose text is `head`, as "deprel:text". */
function dependents(doc: Doc, head: string): string[] {
  const h = doc.tokens.find((t) => t.text === head);
  assert.ok(h, `no token "${head}"`);
  return doc.children(h.i).map((t) => `${t.deprel}:${t.text}`);
}

/**
 * The words of the name headed by token i: UD heads "Prime Minister Benjamin Netanyahu" on one of its
 * words and attaches the others by flat / compound / nmod:desc, so the subject is the whole name.
 */
function nameWords(doc: Doc, i: number): string[] {
  const out = [doc.tokens[i].text];
  for (const c of doc.children(i)) if (/^(flat|compound|nmod:desc)/.test(c.deprel)) out.push(...nameWords(doc, c.i));
  return out;
}

function subjectNames(doc: Doc, head: string): string[][] {
  const h = doc.tokens.find((t) => t.text === head)!;
  return doc.children(h.i).filter((t) => t.deprel === "nsubj").map((t) => nameWords(doc, t.i));
}

test("seed articles: who rejected, what was seized, who was released", { skip: !haveModels && "models/syntax not trained" }, async () => {
  const nlp = await loadNlp();
  const gaza = nlp.process(readFileSync(join(examplesDir, "2024-02-08-gaza-ceasefire-talks.txt"), "utf8"));
  const rafah = nlp.process(readFileSync(join(examplesDir, "2024-05-08-rafah-crossing.txt"), "utf8"));
  const subj = subjectNames(gaza, "rejected");
  assert.equal(subj.length, 1, dependents(gaza, "rejected").join(" "));
  assert.ok(subj[0].includes("Netanyahu"), subj[0].join(" "));
  assert.ok(dependents(rafah, "seized").includes("obj:crossing"), dependents(rafah, "seized").join(" "));
  assert.ok(dependents(gaza, "released").includes("nsubj:pass:hostages"), dependents(gaza, "released").join(" "));
});

test("`parley eval ud --json` prints one JSON object with the agreed keys", { skip: !haveModels && "models/syntax not trained" }, async () => {
  const { main } = await import("../src/cli/main.js");
  const fixture = join(packageRoot, "test", "fixtures", "syntax-mini.conllu");
  for (const raw of [false, true]) {
    const lines: string[] = [];
    const orig = console.log;
    console.log = (s: string) => { lines.push(s); };
    // main() reports process.exitCode, which the test runner sets when another test has failed
    const before = typeof process.exitCode === "number" ? process.exitCode : 0;
    try {
      assert.equal(await main(["node", "parley", "eval", "ud", fixture, "--json", ...(raw ? ["--raw"] : [])]), before);
    } finally {
      console.log = orig;
    }
    assert.equal(lines.length, 1);
    const o = JSON.parse(lines[0]) as Record<string, number>;
    const keys = ["sentences", "tokens", "upos", "xpos", "lemma", "uas", "las", ...(raw ? ["tokens_f1", "sentences_f1"] : [])];
    assert.deepEqual(Object.keys(o).sort(), keys.sort());
    assert.equal(o.tokens, 37);
    assert.ok(o.upos > 50 && o.upos <= 100);
  }
});
