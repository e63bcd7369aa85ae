// The store's behaviour as one suite, run against every backend (SQLite and PostgreSQL), in the way
// one router test suite runs against every router implementation.
import { test as nodeTest } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../src/store/open.js";
import { saveAnalysis } from "../../src/store/save.js";
import { articleDetail, findArticle, listArticles, listEvents, tableCounts } from "../../src/store/queries.js";
import { fakeAnalyzer } from "./fake-analyzer.js";
import { makeArticle, SAMPLE_TEXTS } from "./articles.js";

/**
 * Registers the store contract tests; `open` must return a fresh, empty, migrated store. `skip` gives the
 * reason when the backend is not available here (every test then reports it).
 */
export function storeContract(backend: string, open: () => Promise<Store>, skip?: string): void {
  const test = (name: string, fn: () => Promise<void>) => nodeTest(name, { skip }, fn);
  test(`${backend}: an Analysis round-trips through the store with its spans intact`, async () => {
    const store = await open();
    const article = makeArticle(SAMPLE_TEXTS[0], { title: "Talks", url: "https://example.org/a", dateline: { start: 0, end: 6, places: ["Doha"], monthDay: null, agency: null }, bodyStart: 6 });
    const analysis = fakeAnalyzer().analyze(article);
    assert.ok(analysis.events.length >= 3, "the fixture should code several events");
    const saved = await saveAnalysis(store.db, analysis);
    assert.equal(saved.status, "new");
    assert.equal(saved.version, 1);

    const detail = await articleDetail(store.db, article.id.slice(0, 6));
    assert.equal(detail.article.text, article.text);
    assert.deepEqual(JSON.parse(detail.article.dateline!), article.dateline);
    assert.deepEqual(detail.sentences.map((s) => [s.start, s.end]), analysis.sentences.map((s) => [s.start, s.end]));
    assert.deepEqual(detail.mentions.map((m) => [m.char_start, m.char_end, m.actor_code]),
      analysis.mentions.map((m) => [m.start, m.end, m.actor!.code]));
    const tokens = await store.db.selectFrom("tokens").selectAll().where("article_id", "=", article.id).orderBy("idx").execute();
    assert.deepEqual(tokens.map((t) => article.text.slice(t.char_start, t.char_end)), analysis.tokens.map((t) => t.text));

    assert.equal(detail.events.length, analysis.events.length);
    for (const [k, e] of detail.events.entries()) {
      const { id: _id, articleId, idx, sentenceText, article: meta, rules, cluster, ...record } = e;
      assert.equal(articleId, article.id);
      assert.equal(idx, k);
      const { rules: given, ...expected } = analysis.events[k] as typeof analysis.events[number] & { rules?: string[] };
      assert.deepEqual(record, expected);
      assert.deepEqual(rules, given ?? []);
      assert.equal(sentenceText, article.text.slice(e.evidence.start, e.evidence.end));
      assert.equal(cluster, null, "saveAnalysis alone links nothing: linking is a store-level step");
      assert.equal(article.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
      assert.equal(meta.url, "https://example.org/a");
    }
    const actors = await store.db.selectFrom("actors").selectAll().orderBy("code").execute();
    assert.deepEqual(actors.map((a) => a.code), ["ISR", "ISRGOV", "PSEHMS", "QAT", "USAGOV"]);
    assert.deepEqual(JSON.parse(actors.find((a) => a.code === "USAGOV")!.sectors), ["GOV"]);
    await store.close();
  });

  test(`${backend}: saving the same text twice changes nothing and says unchanged`, async () => {
    const store = await open();
    const analyzer = fakeAnalyzer();
    for (const t of SAMPLE_TEXTS) await saveAnalysis(store.db, analyzer.analyze(makeArticle(t)));
    const before = await tableCounts(store.db);
    const again = await saveAnalysis(store.db, analyzer.analyze(makeArticle(SAMPLE_TEXTS[1])));
    assert.equal(again.status, "unchanged");
    assert.equal(again.articleId, makeArticle(SAMPLE_TEXTS[1]).id);
    assert.ok(again.events > 0);
    assert.deepEqual(await tableCounts(store.db), before);
    await store.close();
  });

  test(`${backend}: the same URL with new text becomes a new version linked to the old one`, async () => {
    const store = await open();
    const analyzer = fakeAnalyzer();
    const url = "https://example.org/story";
    const v1 = makeArticle(SAMPLE_TEXTS[0], { url });
    const v2 = makeArticle(SAMPLE_TEXTS[0] + " Israel rejected it.", { url });
    const r1 = await saveAnalysis(store.db, analyzer.analyze(v1));
    const r2 = await saveAnalysis(store.db, analyzer.analyze(v2));
    assert.equal(r2.status, "new");
    assert.equal(r2.version, 2);
    assert.equal(r2.previousVersionId, r1.articleId);

    const latest = await listArticles(store.db);
    assert.deepEqual(latest.map((a) => [a.id, a.version]), [[v2.id, 2]]);
    const all = await listArticles(store.db, { allVersions: true });
    assert.equal(all.length, 2);
    assert.equal(all.find((a) => a.id === v1.id)!.latest, false);
    // Events of the superseded version stay stored but are hidden from default queries.
    const visible = await listEvents(store.db);
    assert.ok(visible.every((e) => e.articleId === v2.id));
    assert.ok((await listEvents(store.db, { allVersions: true })).some((e) => e.articleId === v1.id));
    const old = await listEvents(store.db, { article: v1.id });
    assert.ok(old.length > 0 && old.every((e) => e.articleId === v1.id), "naming an old version shows its events");
    await store.close();
  });

  test(`${backend}: a source-given id reused for other text does not collide`, async () => {
    const store = await open();
    const a = makeArticle("Israel met Egypt.", { id: "item-1" });
    const b = makeArticle("Qatar met Egypt.", { id: "item-1" });
    await saveAnalysis(store.db, fakeAnalyzer().analyze(a));
    const r = await saveAnalysis(store.db, fakeAnalyzer().analyze(b));
    assert.equal(r.status, "new");
    assert.notEqual(r.articleId, "item-1");
    assert.match(r.articleId, /^item-1-/);
    await store.close();
  });

  test(`${backend}: a failure midway through saving rolls the whole article back`, async () => {
    const store = await open();
    const good = makeArticle(SAMPLE_TEXTS[1]);
    await saveAnalysis(store.db, fakeAnalyzer().analyze(good));
    const before = await tableCounts(store.db);
    const bad = makeArticle(SAMPLE_TEXTS[0] + " CORRUPT");
    const analysis = fakeAnalyzer({ corruptOn: "CORRUPT" }).analyze(bad);
    await assert.rejects(saveAnalysis(store.db, analysis), /NOT NULL|not-null/);
    assert.deepEqual(await tableCounts(store.db), before);
    await assert.rejects(findArticle(store.db, bad.id), /no article/);
    await store.close();
  });

  test(`${backend}: findArticle explains missing and ambiguous prefixes`, async () => {
    const store = await open();
    for (const id of ["abc1", "abc2"]) {
      const a = makeArticle(`Israel met Qatar ${id}.`, { id });
      await saveAnalysis(store.db, fakeAnalyzer().analyze(a));
    }
    assert.equal((await findArticle(store.db, "abc2")).id, "abc2");
    await assert.rejects(findArticle(store.db, "abc"), /matches several articles \(abc1, abc2/);
    await assert.rejects(findArticle(store.db, "zzz"), /no article with id or prefix "zzz"/);
    await assert.rejects(findArticle(store.db, "%"), /no article/);
    await store.close();
  });

  test(`${backend}: articles and events come in SQLite's order: text byte by byte, undated events first`, async () => {
    const store = await open();
    const ids = ["item2", "Item1", "item-2", "abc"];
    for (const [k, id] of ids.entries()) {
      const analysis = fakeAnalyzer().analyze(makeArticle(`Israel met Qatar ${k}.`, { id, date: "2024-05-08" }));
      assert.ok(analysis.events.length > 0);
      if (id === "item2") analysis.events[0].date = null;
      await saveAnalysis(store.db, analysis);
    }
    assert.deepEqual((await listArticles(store.db)).map((a) => a.id), ["Item1", "abc", "item-2", "item2"]);
    const events = await listEvents(store.db);
    assert.equal(events[0].date, null, "the undated event first");
    assert.deepEqual([...new Set(events.map((e) => e.articleId))], ["item2", "Item1", "abc", "item-2"]);
    await assert.rejects(findArticle(store.db, "ITEM"), /matches several articles \(Item1, item-2, item2/);
    await store.close();
  });
}
