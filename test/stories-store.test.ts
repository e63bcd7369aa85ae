// The store-level linking pass on hand-made rows: clusters and their counts, incremental linking of a new
// article, recounting when events go, --no-link's raw view, stories and the timeline, GDELT rows per cluster.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Kysely } from "kysely";
import { openStore } from "../src/store/open.js";
import type { Database } from "../src/store/schema.js";
import { listEvents } from "../src/store/queries.js";
import { clearClusters, linkEvents, relinkAll } from "../src/stories/link-store.js";
import { refreshClusters } from "../src/stories/cluster-counts.js";
import { readClusters } from "../src/stories/clusters-read.js";
import { buildStories } from "../src/stories/stories.js";
import { timeline } from "../src/stories/timeline.js";
import { renderGdelt } from "../src/export/gdelt.js";
import { loadOntology } from "../src/events/ontology.js";

async function addArticle(db: Kysely<Database>, id: string, date: string, publisher: string | null) {
  await db.insertInto("articles").values({
    id, hash: id, text: "x".repeat(400), title: id, byline: null, url: null, source: `${id}.txt`, publisher, ref_date: date,
    date_origin: "metadata", dateline: null, body_start: 0, meta: "{}", version: 1, previous_version_id: null, superseded_by: null,
    ingested_at: `${date}T12:00:00.000Z`, coding_id: null,
  }).execute();
}

type Ev = { idx: number; cameo: string; src: string | null; tgt: string | null; date: string; res?: string; trigger: number; modality?: string; place?: string };

async function addEvent(db: Kysely<Database>, article: string, e: Ev) {
  const country = (c: string | null) => (c ? c.slice(0, 3) : null);
  await db.insertInto("events").values({
    article_id: article, idx: e.idx, sentence: e.idx, source_text: e.src, source_code: e.src, source_country: country(e.src), source_sectors: null,
    source_org: null, source_person: null, source_start: 0, source_end: 1, target_text: e.tgt, target_code: e.tgt, target_country: country(e.tgt),
    target_sectors: null, target_org: null, target_person: null, target_start: 0, target_end: 1, cameo: e.cameo, root: e.cameo.slice(0, 2),
    quad_class: 4, goldstein: -10, plover_type: "ASSAULT", plover_mode: null, trigger_text: "t", trigger_start: e.trigger, trigger_end: e.trigger + 1,
    evidence_start: e.trigger, evidence_end: e.trigger + 10, event_date: e.date, date_end: null, date_resolution: e.res ?? "clause", date_text: null,
    attribution_text: null, attribution_code: null, attribution_start: null, attribution_end: null, modality: e.modality ?? "asserted", confidence: 0.9,
    place_text: e.place ?? null, place_name: e.place ?? null, place_country: e.place ? "PSE" : null, place_lat: null, place_lon: null, place_origin: e.place ? "clause" : null,
    explain: null,
  }).execute();
}

async function fixture() {
  const store = await openStore(":memory:");
  const db = store.db;
  await addArticle(db, "feb", "2024-02-08", "Wire A");
  await addEvent(db, "feb", { idx: 0, cameo: "1823", src: "PSEREBHMS", tgt: "ISRCVL", date: "2023-10-07", trigger: 10 });
  await addEvent(db, "feb", { idx: 1, cameo: "181", src: "PSEREBHMS", tgt: "ISRCVL", date: "2023-10-07", trigger: 30 });
  // five delegations at one table: rows of one trigger
  for (const [k, [s, t]] of [["ISR", "EGY"], ["USA", "QAT"], ["PSEREBHMS", "ISR"]].entries()) {
    await addEvent(db, "feb", { idx: 2 + k, cameo: "046", src: s, tgt: t, date: "2024-02-08", trigger: 60, place: "Cairo" });
  }
  // "will not release": negated, the same dyad and day as a real release below
  await addEvent(db, "feb", { idx: 5, cameo: "0841", src: "ISR", tgt: "PSECVL", date: "2024-02-08", trigger: 90, modality: "negated" });
  await addEvent(db, "feb", { idx: 6, cameo: "0841", src: "ISR", tgt: "PSECVL", date: "2024-02-08", trigger: 120 });
  return store;
}

test("linking groups one incident, one table of delegations, and keeps a negated mention apart", async () => {
  const store = await fixture();
  const s = await linkEvents(store.db);
  assert.equal(s.linked, 7);
  const events = await listEvents(store.db);
  const cluster = (idx: number) => events.find((e) => e.idx === idx)!.cluster!;
  assert.equal(cluster(0).id, cluster(1).id, "killings and hostage-taking");
  assert.deepEqual(cluster(1).reasons, ["code:root", "dyad:same/same", "date:same"]);
  assert.equal(cluster(0).background, true, "7 October in a February article");
  assert.ok([3, 4].every((k) => cluster(k).id === cluster(2).id), "one table of talks");
  assert.equal(cluster(2).numMentions, 1, "three rows, one mention");
  assert.notEqual(cluster(5).id, cluster(6).id, "the negated release stays out");
  assert.equal(cluster(5).factual, false);
  assert.equal(cluster(6).factual, true);
  // GDELT: one row per cluster, one per mention with --mentions
  assert.equal(renderGdelt(events).trim().split("\n").length, 4);
  assert.equal(renderGdelt(events, { mentions: true }).trim().split("\n").length, 7);
  await store.close();
});

test("a new article joins the clusters it reports, counted over outlets and articles, without relinking the rest", async () => {
  const store = await fixture();
  await linkEvents(store.db);
  const before = await store.db.selectFrom("cluster_links").select(["event_id", "cluster_id"]).orderBy("event_id").execute();
  await addArticle(store.db, "may", "2024-05-08", "Wire B");
  await addEvent(store.db, "may", { idx: 0, cameo: "1823", src: "PSEREBHMS", tgt: "ISRCVL", date: "2023-10-07", trigger: 5 });
  const s = await linkEvents(store.db, { articleIds: ["may"] });
  assert.deepEqual({ linked: s.linked, joined: s.joined }, { linked: 1, joined: 1 });
  const after = await store.db.selectFrom("cluster_links").select(["event_id", "cluster_id"]).orderBy("event_id").execute();
  assert.deepEqual(after.slice(0, before.length), before);
  const oct7 = (await listEvents(store.db, { article: "may" }))[0].cluster!;
  assert.deepEqual([oct7.numMentions, oct7.numArticles, oct7.numSources, oct7.firstSeen, oct7.lastSeen], [3, 2, 2, "2024-02-08", "2024-05-08"]);
  // the same store linked from scratch gives the same clusters
  await relinkAll(store.db);
  const again = await store.db.selectFrom("cluster_links").select(["event_id", "cluster_id"]).orderBy("event_id").execute();
  const groups = (rows: typeof after) => {
    const by = new Map<number, number[]>();
    for (const r of rows) by.set(r.cluster_id, [...(by.get(r.cluster_id) ?? []), r.event_id]);
    return JSON.stringify([...by.values()].sort());
  };
  assert.equal(groups(again), groups(after));
  await store.close();
});

test("events that go leave their clusters recounted; clearing gives the raw view", async () => {
  const store = await fixture();
  await linkEvents(store.db);
  await store.db.deleteFrom("events").where("article_id", "=", "feb").where("idx", "=", 1).execute();
  await refreshClusters(store.db, []);
  const oct7 = (await listEvents(store.db)).find((e) => e.idx === 0)!.cluster!;
  assert.equal(oct7.numMentions, 1);
  await clearClusters(store.db);
  const raw = await listEvents(store.db);
  assert.ok(raw.every((e) => e.cluster === null));
  assert.equal(renderGdelt(raw).trim().split("\n").length, raw.length);
  await store.close();
});

test("stories group articles sharing a cluster; the timeline filters by dyad and date and leaves out non-factual clusters", async () => {
  const store = await fixture();
  await addArticle(store.db, "may", "2024-05-08", "Wire B");
  await addEvent(store.db, "may", { idx: 0, cameo: "1823", src: "PSEREBHMS", tgt: "ISRCVL", date: "2023-10-07", trigger: 5 });
  await addArticle(store.db, "other", "2024-05-08", "Wire C");
  await addEvent(store.db, "other", { idx: 0, cameo: "190", src: "SOMREB", tgt: "SOMGOV", date: "2024-05-08", trigger: 5 });
  await linkEvents(store.db);
  const clusters = await readClusters(store.db);
  const stories = buildStories(clusters, loadOntology());
  assert.equal(stories.length, 2);
  const gaza = stories.find((s) => s.articles.includes("feb"))!;
  assert.deepEqual(gaza.articles, ["feb", "may"]);
  assert.match(gaza.name, /–/);
  const tl = timeline(clusters, { dyad: ["ISR", "PSE"], since: "2023-10-01" });
  assert.ok(tl.length >= 2);
  assert.ok(tl.every((c) => c.factual));
  assert.equal(tl[0].date, "2023-10-07");
  assert.ok(tl.every((c, k) => k === 0 || (tl[k - 1].date ?? "") <= (c.date ?? "")));
  assert.equal(timeline(clusters, { dyad: ["ISR", "PSE"], all: true }).length, tl.length + 1, "the negated release with --all");
  await store.close();
});

test("a new mention is scored against at most `candidates` stored events, the latest of its window", async () => {
  const store = await openStore(":memory:");
  const db = store.db;
  // 30 reports of arrests by one army on one day: one cluster, linked first
  for (let k = 0; k < 30; k++) {
    await addArticle(db, `a${k}`, "2024-05-08", `Wire ${k}`);
    await addEvent(db, `a${k}`, { idx: 0, cameo: "173", src: "SOMMIL", tgt: "SOMREB", date: "2024-05-08", trigger: 10 });
  }
  await linkEvents(db);
  await addArticle(db, "late", "2024-05-09", "Wire X");
  await addEvent(db, "late", { idx: 0, cameo: "173", src: "SOMMIL", tgt: "SOMREB", date: "2024-05-08", trigger: 10 });
  // equally good candidates: the lowest id wins, so with a cap of 5 the link can only go to one of the latest 5
  const s = await linkEvents(db, { articleIds: ["late"], candidates: 5 });
  assert.equal(s.joined, 1, "still joins the cluster");
  const link = await db.selectFrom("cluster_links as l").innerJoin("events as e", "e.id", "l.event_id")
    .select(["l.linked_to", "l.cluster_id"]).where("e.article_id", "=", "late").executeTakeFirstOrThrow();
  const ids = (await db.selectFrom("events").select("id").where("article_id", "!=", "late").orderBy("id", "desc").execute()).map((r) => r.id);
  assert.ok(ids.slice(0, 5).includes(link.linked_to!), `linked to ${link.linked_to}, one of the latest five ${ids.slice(0, 5)}`);
  // uncapped, the earliest of the equally good candidates wins (ties go to the lower id)
  await db.deleteFrom("cluster_links").where("event_id", "in", db.selectFrom("events").select("id").where("article_id", "=", "late")).execute();
  await linkEvents(db, { articleIds: ["late"] });
  const uncapped = await db.selectFrom("cluster_links as l").innerJoin("events as e", "e.id", "l.event_id")
    .select("l.linked_to").where("e.article_id", "=", "late").executeTakeFirstOrThrow();
  assert.equal(uncapped.linked_to, ids.at(-1));
  await store.close();
});
