import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../src/store/open.js";
import { tableCounts } from "../src/store/queries.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import { storeBackends } from "./helpers/pg.js";

for (const b of await storeBackends("concurrency")) test(`${b.name}: three ingests of the same folder into one new database at once store each article once`, { skip: b.skip }, async () => {
  const root = tempDir("parley-conc-");
  const dir = join(root, "in");
  mkdirSync(dir);
  const N = 60;
  for (let k = 0; k < N; k++) writeFileSync(join(dir, `a${k}.txt`), `Israel met Qatar ${k}. Hamas rejected it.\n`);
  const db = await b.fresh();
  const runs = await Promise.all([0, 1, 2].map(() => runCli(["ingest", dir, "--db", db])));
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  const news = runs.map((r) => Number(/articles: (\d+) new, (\d+) unchanged/.exec(r.stdout)![1]));
  const unchanged = runs.map((r) => Number(/(\d+) unchanged/.exec(r.stdout)![1]));
  assert.equal(news.reduce((a, b) => a + b, 0), N);
  assert.ok(runs.every((_, k) => news[k] + unchanged[k] === N));
  const store = await openStore(db);
  const counts = await tableCounts(store.db);
  assert.deepEqual([counts.articles, counts.sentences, counts.events, counts.runs], [N, 2 * N, 2 * N, 3]);
  await store.close();
});
