// A per-article budget (issue #18): an article whose analysis runs past its seconds, or that has more tokens
// than allowed, fails with one line and the batch goes on. Checked between sentences inside the tagger,
// parser and NER, so one long article cannot hold a batch for minutes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSyntaxModels } from "../src/nlp/index.js";
import { modelsDir } from "../src/paths.js";
import { createAnalyzer } from "../src/pipeline/analyze.js";
import * as C from "../src/pipeline/components.js";
import { BudgetError } from "../src/text/doc.js";
import { runIngest } from "../src/ingest-run.js";
import { openStore } from "../src/store/open.js";
import { listReader, makeArticle } from "./helpers/articles.js";

const syntax = loadSyntaxModels(modelsDir);
const parts = () => [C.tokenizerComponent(), C.sentencesComponent(), C.taggerComponent(syntax), C.lemmatizerComponent(syntax), C.parserComponent(syntax)];
const SENTENCE = "Envoys from Qatar and Egypt met Hamas officials in Doha on Monday to discuss a ceasefire. ";
// About 6,000 sentences: tagging and parsing them all takes far longer than the budget below.
const LONG = SENTENCE.repeat(6000);

test("an article over its time budget fails with a BudgetError soon after the budget, in the middle of a stage", () => {
  const analyzer = createAnalyzer(parts(), undefined, { seconds: 1 });
  const t0 = performance.now();
  assert.throws(() => analyzer.analyze(makeArticle(LONG)), (err) => err instanceof BudgetError && /over its time budget of 1 s \(--max-seconds-per-article\)/.test(err.message));
  const ms = performance.now() - t0;
  assert.ok(ms < 4000, `gave up after ${ms.toFixed(0)} ms`);
  // A short article within the budget is analysed as always.
  assert.ok(analyzer.analyze(makeArticle(SENTENCE)).tokens.length > 10);
});

test("an article over its token budget is skipped once tokenized", () => {
  const analyzer = createAnalyzer(parts(), undefined, { tokens: 100 });
  assert.throws(() => analyzer.analyze(makeArticle(SENTENCE.repeat(20))), /has 340 tokens, over the budget of 100 \(--max-tokens-per-article\); skipped/);
});

test("runIngest: the article over budget is one failure line and the batch goes on", async () => {
  const store = await openStore(":memory:");
  const lines: string[] = [];
  const analyzer = createAnalyzer(parts(), undefined, { seconds: 1 });
  const a = makeArticle(SENTENCE, { source: "a.txt" });
  const long = makeArticle(LONG, { source: "long.txt" });
  const b = makeArticle("Israel and Hamas agreed to a truce on Tuesday. ", { source: "b.txt" });
  const s = await runIngest({ sources: ["x"], opts: {}, db: store.db, analyzer, read: listReader([a, long, b]), report: (l) => lines.push(l), link: false });
  assert.deepEqual([s.new, s.failed], [2, 1]);
  assert.deepEqual(lines, ["parley: long.txt: analysis failed: over its time budget of 1 s (--max-seconds-per-article); skipped"]);
  await store.close();
});

test("the clause and event stages check the budget per predicate, not only once they end", async () => {
  const { loadAnalyzer } = await import("../src/pipeline/analyze.js");
  const { AnalysedDoc } = await import("../src/text/analysed.js");
  const full = await loadAnalyzer();
  const components = full.components ?? [];
  const byName = (n: string) => components.find((c) => c.name === n)!;
  for (const stage of ["clauses", "events"]) {
    const doc = new AnalysedDoc(makeArticle(SENTENCE.repeat(50)));
    for (const c of components) {
      if (c.name === stage) break;
      c.run(doc);
    }
    doc.budget = { deadline: performance.now() - 1, seconds: 1 };   // already spent when the stage starts
    assert.throws(() => byName(stage).run(doc), (err) => err instanceof BudgetError, stage);
    doc.budget = null;
    assert.doesNotThrow(() => byName(stage).run(doc), stage);
  }
});
