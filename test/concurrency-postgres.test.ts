// Several connections writing one PostgreSQL database at once: the unique text hash and ON CONFLICT keep
// every text stored once, and the URL lock numbers versions without gaps or twins. (Three `parley ingest`
// processes on one folder, on both backends: concurrency.test.ts.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../src/store/open.js";
import { saveAnalysis, type SaveResult } from "../src/store/save.js";
import { listArticles, tableCounts } from "../src/store/queries.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { storeBackends } from "./helpers/pg.js";

const pg = (await storeBackends("concurrency")).find((b) => b.name === "postgres")!;

/** A fixed permutation per writer: writers with the same offset race on every text, the others meet them halfway. */
const rotate = <T>(xs: T[], k: number) => [...xs.slice(k), ...xs.slice(0, k)];

test("four connections saving the same texts at once store each once, with one 'new' per text", { skip: pg.skip }, async () => {
  const url = await pg.fresh();
  const N = 40;
  const analyses = Array.from({ length: N }, (_, k) => fakeAnalyzer().analyze(makeArticle(`Israel met Qatar ${k}. Hamas rejected Egypt ${k}.`)));
  const stores = await Promise.all([0, 1, 2, 3].map(() => openStore(url)));
  try {
    const results: SaveResult[][] = await Promise.all(stores.map(async (s, w) => {
      const out: SaveResult[] = [];
      for (const a of rotate(analyses, w < 2 ? 0 : N / 2)) out.push(await saveAnalysis(s.db, a));
      return out;
    }));
    const news = results.flat().filter((r) => r.status === "new").map((r) => r.articleId).sort();
    assert.deepEqual(news, analyses.map((a) => a.article.id).sort(), "each text is new exactly once");
    const counts = await tableCounts(stores[0].db);
    assert.deepEqual([counts.articles, counts.sentences, counts.events],
      [N, analyses.reduce((n, a) => n + a.sentences.length, 0), analyses.reduce((n, a) => n + a.events.length, 0)]);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});

test("new texts of one URL saved at once become versions 1..n, one latest", { skip: pg.skip }, async () => {
  const url = await pg.fresh();
  const page = "https://example.org/live";
  const texts = [0, 1, 2, 3, 4, 5].map((k) => `Israel met Qatar. Update ${k}: Hamas rejected it.`);
  const stores = await Promise.all([0, 1, 2].map(() => openStore(url)));
  try {
    await Promise.all(stores.map((s, w) => Promise.all([w, w + 3].map((k) => saveAnalysis(s.db, fakeAnalyzer().analyze(makeArticle(texts[k], { url: page })))))));
    const all = await listArticles(stores[0].db, { allVersions: true });
    assert.deepEqual(all.map((a) => a.version).sort(), [1, 2, 3, 4, 5, 6]);
    assert.equal(all.filter((a) => a.latest).length, 1);
    const rows = await stores[0].db.selectFrom("articles").select(["id", "version", "previous_version_id", "superseded_by"]).orderBy("version").execute();
    for (let k = 1; k < rows.length; k++) {
      assert.equal(rows[k].previous_version_id, rows[k - 1].id);
      assert.equal(rows[k - 1].superseded_by, rows[k].id);
    }
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});
