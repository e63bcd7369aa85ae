// Event linking through the real pipeline: the seed articles (bundled), and the cluster gold set over
// real texts (test/fixtures/clusters/gold.json), whose scores are printed. The gold part skips, saying
// so, where the shared data folder is absent; both skip while the pipeline cannot load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { examplesDir, packageRoot, sharedDir } from "../src/paths.js";
import { openStore } from "../src/store/open.js";
import { listEvents } from "../src/store/queries.js";
import { runIngest } from "../src/ingest-run.js";
import { readClusterGold } from "../src/eval/cluster-gold.js";
import { scoreClusters, storeGoldArticles } from "../src/eval/clusters.js";
import { linkEvents } from "../src/stories/link-store.js";
import { renderGdelt } from "../src/export/gdelt.js";
import { realAnalyzer, noPipeline } from "./helpers/pipeline.js";

test("seeds: the 7 October attack is one cluster, marked background; the November truce one cluster over both articles; the Cairo talks are one event", { skip: noPipeline || false }, async () => {
  const store = await openStore(":memory:");
  await runIngest({ sources: [examplesDir], opts: {}, db: store.db, analyzer: realAnalyzer!, report: () => {} });
  const events = await listEvents(store.db);
  const oct7 = events.filter((e) => e.date === "2023-10-07" && (e.cameo === "1823" || e.cameo === "181"));
  assert.equal(oct7.length, 2, "the killings and the hostage-taking");
  assert.equal(new Set(oct7.map((e) => e.cluster!.id)).size, 1);
  assert.ok(oct7.every((e) => e.cluster!.background));
  const cairo = events.filter((e) => e.cameo === "046" && e.trigger.text === "talks" && e.date === "2024-05-07");
  assert.ok(cairo.length >= 10, `${cairo.length} pairwise rows`);
  assert.equal(new Set(cairo.map((e) => e.cluster!.id)).size, 1);
  assert.equal(cairo[0].cluster!.numMentions, 1);
  // the November truce, named in both articles without its parties (participants.conflict-parties): one cluster
  const truce = events.filter((e) => e.cameo.startsWith("087") && e.date?.startsWith("2023-11"));
  assert.equal(new Set(truce.map((e) => e.articleId)).size, 2, "a truce mention in each article");
  assert.equal(new Set(truce.map((e) => e.cluster!.id)).size, 1);
  assert.equal(truce[0].cluster!.numArticles, 2);
  assert.ok(truce.every((e) => e.cluster!.background));
  const rows = renderGdelt(events).trim().split("\n");
  assert.ok(rows.length < events.length - 20, `${rows.length} GDELT rows for ${events.length} events`);
  await store.close();
});

const gold = readClusterGold(join(packageRoot, "test", "fixtures", "clusters", "gold.json"));
const goldSkip = noPipeline || (gold.missing.length ? `shared data absent (${sharedDir}): ${gold.missing.length} gold articles not found` : false);

test("cluster gold: pairwise P >= 90, R >= 75, B3 F1 >= 85 over the extracted events", { skip: goldSkip }, async () => {
  const store = await openStore(":memory:");
  const ids = await storeGoldArticles(store.db, realAnalyzer!, gold);
  await linkEvents(store.db);
  const s = await scoreClusters(store.db, gold, ids);
  console.log(`cluster gold: ${s.items} events; B3 P ${s.b3.precision} R ${s.b3.recall} F1 ${s.b3.f1}; pairwise P ${s.pairwise.precision} R ${s.pairwise.recall} F1 ${s.pairwise.f1}; ` +
    `by mention B3 F1 ${s.by_mention.b3.f1}, pairwise P ${s.by_mention.pairwise.precision} R ${s.by_mention.pairwise.recall}`);
  assert.ok(s.items >= 80, `${s.items} events scored`);
  assert.ok(s.pairwise.precision >= 90, `pairwise precision ${s.pairwise.precision}`);
  assert.ok(s.pairwise.recall >= 75, `pairwise recall ${s.pairwise.recall}`);
  assert.ok(s.b3.f1 >= 85, `B3 F1 ${s.b3.f1}`);
  // with no linking every event stands alone: recall collapses, so the measure sees the linker's work
  const raw = await openStore(":memory:");
  const rawIds = await storeGoldArticles(raw.db, realAnalyzer!, gold);
  const r = await scoreClusters(raw.db, gold, rawIds);
  assert.ok(r.pairwise.recall < 5, `unlinked recall ${r.pairwise.recall}`);
  await raw.close();
  await store.close();
});

test("cluster gold reader: a mention naming an unknown article is a one-line error with the field", async () => {
  const { writeFileSync } = await import("node:fs");
  const { tempDir } = await import("./helpers/tmp.js");
  const path = join(tempDir(), "bad.json");
  writeFileSync(path, JSON.stringify({ articles: { a: { root: "package", path: "x.txt" } }, clusters: [{ id: "c", mentions: [{ article: "b", quote: "q" }] }] }));
  assert.throws(() => readClusterGold(path), /clusters\[0\]\.mentions\[0\]\.article: no article "b"/);
});
