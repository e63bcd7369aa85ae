import { test as nodeTest } from "node:test";
import assert from "node:assert/strict";
import { listArticles, listEvents } from "../src/store/queries.js";
import { seededStore } from "./helpers/store.js";
import { storeBackends } from "./helpers/pg.js";

for (const b of await storeBackends("queries")) {
  const test = (name: string, fn: () => Promise<void>) => nodeTest(`${b.name}: ${name}`, { skip: b.skip }, fn);

  test("event filters: CAMEO prefix, PLOVER type, actor code or text, dates, place, article, limit", async () => {
    const store = await seededStore(await b.fresh());
    const all = await listEvents(store.db);
    assert.ok(all.length >= 6);
    const codes = (es: { cameo: string }[]) => es.map((e) => e.cameo);

    const c02 = await listEvents(store.db, { code: "02" });
    assert.ok(c02.length > 0 && c02.every((e) => e.cameo.startsWith("02")));
    assert.deepEqual(codes(c02), codes(all.filter((e) => e.cameo.startsWith("02"))));
    assert.deepEqual(await listEvents(store.db, { code: "0_" }), [], "LIKE wildcards in the code are literal");

    const assault = await listEvents(store.db, { plover: "assault" });
    assert.ok(assault.length > 0 && assault.every((e) => e.plover.type === "ASSAULT"));

    const isr = await listEvents(store.db, { actor: "ISR" });
    assert.ok(isr.every((e) => e.source?.code?.startsWith("ISR") || e.target?.code?.startsWith("ISR")));
    assert.ok(isr.some((e) => e.target?.code === "ISRGOV"), "code prefix ISR covers ISRGOV");
    const byText = await listEvents(store.db, { actor: "blinken" });
    assert.ok(byText.length > 0 && byText.every((e) => /\bblinken\b/i.test(`${e.source?.text} ${e.target?.text}`)));
    assert.deepEqual(await listEvents(store.db, { actor: "blink" }), [], "text matches whole words only");

    const may = await listEvents(store.db, { since: "2024-05-01", until: "2024-05-07" });
    assert.ok(may.length > 0 && may.every((e) => e.date === "2024-05-07"));
    assert.equal((await listEvents(store.db, { since: "2024-05-09" })).length, 0);

    const doha = await listEvents(store.db, { place: "doh" });
    assert.ok(doha.length > 0 && doha.every((e) => e.place?.name === "Doha"));

    const one = all[all.length - 1].articleId;
    const ofOne = await listEvents(store.db, { article: one });
    assert.ok(ofOne.length > 0 && ofOne.every((e) => e.articleId === one));
    assert.equal((await listEvents(store.db, { limit: 2 })).length, 2);

    const dates = all.map((e) => e.date!);
    assert.deepEqual(dates, [...dates].sort(), "events come in date order");
    await store.close();
  });

  test("listArticles counts sentences and events per article", async () => {
    const store = await seededStore(await b.fresh());
    const rows = await listArticles(store.db);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows.map((r) => r.date), ["2024-02-08", "2024-05-07", "2024-05-08"]);
    for (const r of rows) {
      const events = await listEvents(store.db, { article: r.id });
      assert.equal(r.events, events.length);
      assert.ok(r.sentences >= 2);
    }
    assert.equal((await listArticles(store.db, { limit: 1 })).length, 1);
    await store.close();
  });
}
