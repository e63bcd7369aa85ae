import { test as nodeTest } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { listArticles, listEvents, tableCounts } from "../src/store/queries.js";
import { removeArticles } from "../src/store/remove.js";
import { updateMetadata } from "../src/store/update.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { seededStore } from "./helpers/store.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import { storeBackends } from "./helpers/pg.js";

for (const b of await storeBackends("rm")) {
  const test = (name: string, fn: () => Promise<void>) => nodeTest(`${b.name}: ${name}`, { skip: b.skip }, fn);

  test("rm removes an article and everything coded from it, and nothing of the others", async () => {
    const path = await b.fresh();
    const store = await seededStore(path);
    const before = await tableCounts(store.db);
    const [first, second] = await listArticles(store.db);
    await store.close();
    const r = await runCli(["rm", first.id.slice(0, 6), "--db", path]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `removed 1 article (${first.events} events, 0 figures)\n`);
    const after = await openStore(path);
    const counts = await tableCounts(after.db);
    assert.deepEqual((await listArticles(after.db)).map((a) => a.id).includes(first.id), false);
    assert.equal(counts.articles, before.articles - 1);
    assert.equal(counts.events, before.events - first.events);
    assert.equal(counts.sentences, before.sentences - first.sentences);
    for (const t of ["tokens", "mentions", "sentences", "events"] as const) {
      const left = await after.db.selectFrom(t).select("article_id").where("article_id", "=", first.id).execute();
      assert.equal(left.length, 0, `${t} of the removed article are gone`);
    }
    await after.close();
    // One unknown reference removes nothing.
    const bad = await runCli(["rm", second.id, "nosuchid", "--db", path]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^parley: no article with id or prefix "nosuchid"\n$/);
    const still = await openStore(path);
    assert.equal((await tableCounts(still.db)).articles, before.articles - 1);
    await still.close();
  });

  test("rm mends version links: the version before a removed latest one is latest again", async () => {
    const store = await openStore(await b.fresh());
    const url = "https://example.org/v";
    const save = async (text: string) => {
      const a = makeArticle(text, { url });
      return saveAnalysis(store.db, fakeAnalyzer().analyze(a));
    };
    const v1 = await save("Israel met Qatar.");
    const v2 = await save("Israel met Qatar. Hamas rejected Israel.");
    const v3 = await save("Israel met Qatar. Hamas rejected Israel. Egypt urged Hamas.");
    await removeArticles(store.db, [v3.articleId]);
    assert.deepEqual((await listArticles(store.db)).map((a) => a.id), [v2.articleId], "v2 is latest again");
    await removeArticles(store.db, [v1.articleId]);
    const row = await store.db.selectFrom("articles").selectAll().where("id", "=", v2.articleId).executeTakeFirstOrThrow();
    assert.equal(row.previous_version_id, null);
    assert.equal(row.superseded_by, null);
    await store.close();
  });

  test("ingest --update-metadata takes a corrected title and date; a new date re-codes the article", async () => {
    const dir = tempDir();
    const db = await b.fresh();
    const file = join(dir, "items.jsonl");
    const text = "Israel attacked Hamas. Qatar met Egypt.";
    writeFileSync(file, JSON.stringify({ id: "story-1", text, title: "Old title", date: "2024-05-08", url: "https://example.org/s" }) + "\n");
    assert.equal((await runCli(["ingest", file, "--quiet", "--db", db])).code, 0);
    writeFileSync(file, JSON.stringify({ id: "story-1", text, title: "Corrected title", date: "2024-05-09", url: "https://example.org/s" }) + "\n");
    const plain = await runCli(["ingest", file, "--db", db]);
    assert.match(plain.stdout, /articles: 0 new, 1 unchanged, 0 failed/);
    let events = JSON.parse((await runCli(["events", "--format", "json", "--db", db])).stdout);
    assert.deepEqual([...new Set(events.map((e: { date: string }) => e.date))], ["2024-05-08"], "nothing changes without the flag");
    const upd = await runCli(["ingest", file, "--update-metadata", "--db", db]);
    assert.equal(upd.code, 0, upd.stderr);
    assert.match(upd.stdout, /articles: 0 new, 0 unchanged, 1 updated, 0 failed/);
    const arts = JSON.parse((await runCli(["articles", "--json", "--db", db])).stdout);
    assert.deepEqual(arts.map((a: { title: string; date: string }) => [a.title, a.date]), [["Corrected title", "2024-05-09"]]);
    events = JSON.parse((await runCli(["events", "--format", "json", "--db", db])).stdout);
    assert.equal(events.length, 2);
    assert.deepEqual([...new Set(events.map((e: { date: string }) => e.date))], ["2024-05-09"], "events re-coded against the new date");
    const again = await runCli(["ingest", file, "--update-metadata", "--db", db]);
    assert.match(again.stdout, /articles: 0 new, 1 unchanged, 0 failed/, "a second run finds nothing to update");
  });

  test("a metadata update is one transaction: a failure while re-coding leaves the article as it was", async () => {
    const store = await openStore(await b.fresh());
    const text = "Israel attacked Hamas. BREAK Qatar met Egypt.";
    const a = makeArticle(text, { date: "2024-05-08", title: "T" });
    await saveAnalysis(store.db, fakeAnalyzer().analyze(a));
    const before = await tableCounts(store.db);
    const corrupt = fakeAnalyzer({ corruptOn: "BREAK" });
    await assert.rejects(updateMetadata(store.db, { ...a, date: "2024-06-01", title: "New" }, (x) => corrupt.analyze(x)));
    assert.deepEqual(await tableCounts(store.db), before);
    const [row] = await listArticles(store.db);
    assert.deepEqual([row.title, row.date], ["T", "2024-05-08"]);
    assert.ok((await listEvents(store.db)).every((e) => e.date === "2024-05-08"));
    // A guessed date (the ingest day) does not replace a found one; the title still updates.
    const r = await updateMetadata(store.db, { ...a, date: "2026-01-01", dateOrigin: "ingest", title: "Newer" }, (x) => fakeAnalyzer().analyze(x));
    assert.deepEqual([r.status, r.changed, r.reanalysed], ["updated", ["title"], false]);
    await store.close();
  });
}
