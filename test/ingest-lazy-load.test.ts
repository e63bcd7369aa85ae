// The pipeline loads on the first article that needs analysing (issue #16): an ingest whose every article is
// stored already loads no model; a pipeline that cannot load ends the batch once instead of failing each
// article. The CLI check records the modules a real `parley ingest` loads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { openStore } from "../src/store/open.js";
import { listRuns } from "../src/store/runs.js";
import { runIngest } from "../src/ingest-run.js";
import { lazyAnalyzer } from "../src/cli/lazy-analyzer.js";
import { PipelineLoadError } from "../src/errors.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { listReader, makeArticle, SAMPLE_TEXTS } from "./helpers/articles.js";
import { tmpDbPath } from "./helpers/store.js";
import { runCli } from "./helpers/cli.js";
import { heavyAmong, modulesLoadedBy } from "./helpers/module-log.js";
import { tempDir } from "./helpers/tmp.js";

const articles = () => SAMPLE_TEXTS.map((t, k) => makeArticle(t, { source: `a${k}.txt` }));

test("a batch of stored text never calls the loader; new text calls it once", async () => {
  const store = await openStore(tmpDbPath());
  let loads = 0;
  const counting = () => lazyAnalyzer(async () => (loads++, fakeAnalyzer()));
  const run = (analyzer: ReturnType<typeof counting>, list = articles()) =>
    runIngest({ sources: ["d/"], opts: {}, db: store.db, analyzer, read: listReader(list), report: () => {} });
  const first = counting();
  assert.equal(first.loaded, false);
  assert.deepEqual([(await run(first)).new, loads], [3, 1]);
  const again = counting();
  const second = await run(again);
  assert.deepEqual([second.new, second.unchanged, loads, again.loaded], [0, 3, 1, false]);
  const mixed = counting();
  const third = await run(mixed, [...articles(), makeArticle("Egypt urged Hamas to talk.", { source: "new.txt" })]);
  assert.deepEqual([third.new, third.unchanged, loads, mixed.loaded], [1, 3, 2, true]);
  await store.close();
});

test("a pipeline that cannot load ends the batch with one line, and the run log says why", async () => {
  const store = await openStore(tmpDbPath());
  let loads = 0;
  const analyzer = lazyAnalyzer(async () => { loads++; throw new Error("models/syntax/parser.bin: model file not found"); });
  await assert.rejects(
    runIngest({ sources: ["d/"], opts: {}, db: store.db, analyzer, read: listReader(articles()), report: () => {} }),
    (err: unknown) => err instanceof PipelineLoadError && /^cannot load the analysis pipeline: models\/syntax\/parser\.bin/.test(err.message),
  );
  assert.equal(loads, 1);
  const [log] = await listRuns(store.db);
  assert.deepEqual([log.new_count, log.failed_count], [0, 0]);
  assert.match(log.errors, /cannot load the analysis pipeline/);
  await store.close();
});

test("parley ingest of text already stored loads no NLP module (real CLI, module list recorded)", async () => {
  const dir = tempDir();
  const db = join(dir, "p.db");
  const text = join(dir, "a.txt");
  writeFileSync(text, "Israel met Qatar in Doha on Monday.\n");
  // stored first by the CLI with the fake analyzer (cheap); the real CLI then meets the same text
  const seeded = await runCli(["ingest", text, "--date", "2024-05-08", "--quiet", "--db", db]);
  assert.equal(seeded.code, 0, seeded.stderr);
  for (const workers of ["1", "2"]) {
    const r = modulesLoadedBy(["ingest", text, "--date", "2024-05-08", "--db", db, "--workers", workers]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /articles: 0 new, 1 unchanged, 0 failed/);
    // the store did open (the check sees modules), the models did not load
    assert.ok(heavyAmong(r.modules).some((l) => l.startsWith("the store (Kysely)")), r.modules.join("\n"));
    assert.deepEqual(heavyAmong(r.modules).filter((l) => /NLP|pipeline|name lists/.test(l)), [], `--workers ${workers}`);
  }
});
