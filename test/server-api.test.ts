import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp, type AppOptions } from "../src/server/app.js";
import { listEvents } from "../src/store/queries.js";
import { renderEvents } from "../src/export/index.js";
import { seededStore, parseCsv } from "./helpers/store.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { addTalks } from "./helpers/talks.js";
import { boardArticles } from "../src/store/negotiations-read.js";
import { buildBoard } from "../src/negotiations/board.js";
import { renderBoard } from "../src/export/negotiations.js";
import { relinkAll } from "../src/stories/link-store.js";
import { readClusters } from "../src/stories/clusters-read.js";
import { buildStories } from "../src/stories/stories.js";
import { timeline, timelineJson } from "../src/stories/timeline.js";
import { loadOntology } from "../src/events/ontology.js";

const TOKEN = "test-token-123";

async function setup(over: Partial<AppOptions> = {}) {
  const store = await seededStore();
  const app = createApp(store.db, { token: TOKEN, loadAnalyzer: async () => fakeAnalyzer(), webRoot: "/nonexistent", log: () => {}, ...over });
  const get = async (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const json = async (path: string) => {
    const r = await get(path);
    assert.equal(r.status, 200, `${path}: ${await r.clone().text()}`);
    return r.json() as Promise<Record<string, any>>;
  };
  return { store, app, get, json };
}

test("GET /api/events pages the CLI's events with their total and the same JSON records", async (t) => {
  const { store, json } = await setup();
  t.after(() => store.close());
  const all = await listEvents(store.db);
  assert.ok(all.length >= 6, "the seeded store has events");
  const first = await json("/api/events?limit=2");
  assert.equal(first.total, all.length);
  assert.deepEqual(first.events.map((e: { id: number }) => e.id), all.slice(0, 2).map((e) => e.id));
  const second = await json("/api/events?limit=2&offset=2");
  assert.deepEqual(second.events.map((e: { id: number }) => e.id), all.slice(2, 4).map((e) => e.id));
  assert.deepEqual(first.events[0], JSON.parse(renderEvents("json", all.slice(0, 1)))[0], "the same record as `parley events --format json`");
});

test("GET /api/events applies the CLI's filters, the actor by whole words too, with totals after filtering", async (t) => {
  const { store, json } = await setup();
  t.after(() => store.close());
  for (const [query, filter] of [
    ["actor=HMS", { actor: "HMS" }], ["actor=PSE", { actor: "PSE" }], ["code=19", { code: "19" }], ["plover=CONSULT", { plover: "CONSULT" }],
    ["since=2024-05&until=2024-05-07", { since: "2024-05-01", until: "2024-05-07" }], ["place=Rafah", { place: "Rafah" }],
  ] as const) {
    const want = await listEvents(store.db, filter);
    const got = await json(`/api/events?${query}&limit=1`);
    assert.equal(got.total, want.length, query);
    assert.deepEqual(got.events.map((e: { id: number }) => e.id), want.slice(0, 1).map((e) => e.id), query);
  }
  const hamas = await json("/api/events?actor=Hamas");
  assert.ok(hamas.total > 0 && hamas.events.every((e: any) => [e.source?.text, e.target?.text].some((x) => /Hamas/.test(x ?? ""))));
  const paged = await json("/api/events?actor=Hamas&limit=1&offset=1");
  assert.equal(paged.total, hamas.total);
  assert.deepEqual(paged.events.map((e: any) => e.id), hamas.events.slice(1, 2).map((e: any) => e.id));
});

test("GET /api/events answers CSV, JSONL, GDELT and PLOVER by ?format= or Accept, with the CLI's serialisers", async (t) => {
  const { store, get } = await setup();
  t.after(() => store.close());
  const all = await listEvents(store.db);
  const csv = await get("/api/events?format=csv&limit=3");
  assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/);
  assert.equal(csv.headers.get("x-total-count"), String(all.length));
  assert.equal(await csv.text(), renderEvents("csv", all.slice(0, 3)));
  assert.equal(parseCsv(renderEvents("csv", all.slice(0, 3))).length, 4);
  const byAccept = await get("/api/events?limit=3", { accept: "text/csv" });
  assert.equal(await byAccept.text(), renderEvents("csv", all.slice(0, 3)));
  const jsonl = await get("/api/events", { accept: "application/x-ndjson" });
  assert.equal((await jsonl.text()).trimEnd().split("\n").length, all.length);
  const gdelt = await get("/api/events?format=gdelt&header=true&limit=2");
  assert.equal(await gdelt.text(), renderEvents("gdelt", all.slice(0, 2), { header: true }));
  const plover = await get("/api/events?format=plover");
  assert.match(plover.headers.get("content-type") ?? "", /plover/);
  assert.equal(await plover.text(), renderEvents("plover", all));
});

test("bad filters are 400 with the parameter named, never a stack trace", async (t) => {
  const { store, get } = await setup();
  t.after(() => store.close());
  for (const [query, field, message] of [
    ["since=2024-13", "since", /since: .*YYYY-MM/], ["modality=sure", "modality", /unknown modality "sure"/],
    ["minConfidence=2", "minConfidence", /0 to 1/], ["plover=DANCE", "plover", /unknown PLOVER type/],
    ["limit=0", "limit", /1 to 1000/], ["limit=abc", "limit", /whole number/], ["colour=red", "colour", /unknown query parameter "colour"/],
    ["format=xml", "format", /unknown format "xml"/],
  ] as const) {
    const r = await get(`/api/events?${query}`);
    assert.equal(r.status, 400, query);
    const body = await r.json() as { error: string; field?: string };
    assert.equal(body.field, field, query);
    assert.match(body.error, message, query);
    assert.doesNotMatch(JSON.stringify(body), /\n\s+at /, "no stack trace");
  }
  const none = await get("/api/articles/zzzz");
  assert.equal(none.status, 404);
  assert.match((await none.json() as { error: string }).error, /no article with id or prefix "zzzz"/);
  assert.equal((await get("/api/nothing")).status, 404);
});

test("articles: the list pages, and one article carries its text with stand-off spans that slice it", async (t) => {
  const { store, json } = await setup();
  t.after(() => store.close());
  const list = await json("/api/articles?limit=2");
  assert.equal(list.total, 3);
  assert.equal(list.articles.length, 2);
  const id = list.articles[1].id as string;
  const d = await json(`/api/articles/${id.slice(0, 6)}`);
  assert.equal(d.article.id, id);
  assert.ok(d.mentions.length > 0 && d.events.length > 0);
  for (const m of d.mentions) assert.equal(d.article.text.slice(m.start, m.end), m.text);
  for (const e of d.events) {
    assert.equal(d.article.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.equal(d.article.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  }
  for (const f of d.figures) assert.ok(f.start >= 0 && f.end <= d.article.text.length && f.start < f.end);
});

test("timeline, actors and places count the filtered events", async (t) => {
  const { store, json } = await setup();
  t.after(() => store.close());
  const all = await listEvents(store.db);
  const tl = await json("/api/timeline");
  const sum = tl.days.reduce((n: number, d: any) => n + d.total, 0) + tl.undated;
  assert.equal(sum, all.length);
  for (const d of tl.days) assert.equal(d.q1 + d.q2 + d.q3 + d.q4, d.total);
  const fights = await json("/api/timeline?code=19");
  assert.equal(fights.days.reduce((n: number, d: any) => n + d.q4, 0) + fights.undated, (await listEvents(store.db, { code: "19" })).length);
  const net = await json("/api/actors");
  const isr = net.actors.find((a: any) => a.key === "ISR");
  assert.ok(isr, "Israel is an actor node");
  assert.equal(isr.asSource, all.filter((e) => e.source?.code === "ISR").length);
  const dyad = net.dyads.find((d: any) => d.source === "ISR" && d.target === "PSEHMS");
  assert.ok(dyad && dyad.conflict >= 1, "Israel attacked Hamas is a conflict dyad");
  assert.equal(dyad.events, dyad.cooperation + dyad.conflict);
  const pl = await json("/api/places");
  assert.equal(pl.places.reduce((n: number, p: any) => n + p.events, 0), all.filter((e) => e.place).length);
});

test("figures: list, series and conflicts views with the CLI's filters", async (t) => {
  const { store, json, get } = await setup();
  t.after(() => store.close());
  const list = await json("/api/figures");
  assert.ok(list.total >= 1);
  assert.ok(list.figures.every((f: any) => typeof f.kind === "string" && f.evidence.text.length > 0));
  const killed = await json("/api/figures?kind=killed");
  assert.ok(killed.figures.every((f: any) => f.kind === "killed"));
  assert.ok(Array.isArray((await json("/api/figures?view=series")).series));
  assert.ok(Array.isArray((await json("/api/figures?view=conflicts")).conflicts));
  assert.equal((await get("/api/figures?view=pie")).status, 400);
});

test("writes need the token: 401 without, 403 wrong; reads need it only when the server says so", async (t) => {
  const { store, app } = await setup();
  t.after(() => store.close());
  const ids = (await listEvents(store.db)).map((e) => e.articleId);
  const del = (headers: Record<string, string>) => app.request(`/api/articles/${ids[0]}`, { method: "DELETE", headers });
  assert.equal((await del({})).status, 401);
  assert.equal((await del({ authorization: "Bearer nope" })).status, 403);
  const ok = await del({ authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 200);
  assert.ok((await ok.json() as { articles: number }).articles === 1);
  assert.equal((await app.request("/api/articles")).status, 200, "reads are open on loopback");
  const remote = createApp(store.db, { token: TOKEN, readsNeedToken: true, loadAnalyzer: async () => fakeAnalyzer(), webRoot: "/nonexistent" });
  assert.equal((await remote.request("/api/articles")).status, 401);
  assert.equal((await remote.request("/api/articles", { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
});

test("POST /api/ingest codes a text or JSON record and returns the run summary; oversized bodies are 413", async (t) => {
  const { store, app, json } = await setup({ maxBodyBytes: 2000 });
  t.after(() => store.close());
  const auth = { authorization: `Bearer ${TOKEN}` };
  const post = (body: string, type: string, path = "/api/ingest") => app.request(path, { method: "POST", body, headers: { ...auth, "content-type": type } });
  const r = await post("Qatar met Hamas in Doha. Israel attacked Hamas.", "text/plain", "/api/ingest?date=2024-06-01");
  assert.equal(r.status, 200, await r.clone().text());
  const summary = await r.json() as { new: number; events: number; failed: number };
  assert.deepEqual([summary.new, summary.failed], [1, 0]);
  assert.ok(summary.events >= 2);
  assert.equal((await json("/api/events?since=2024-06-01")).total, summary.events);
  const rec = await post(JSON.stringify({ text: "Egypt met Qatar.", date: "2024-06-02", title: "A record" }), "application/json");
  assert.equal((await rec.json() as { new: number }).new, 1);
  assert.ok((await json("/api/articles")).articles.some((a: any) => a.title === "A record"));
  assert.equal((await post("x".repeat(3000), "text/plain")).status, 413);
  assert.equal((await post("Egypt met Qatar.", "image/png")).status, 415);
  assert.equal((await post("", "text/plain")).status, 400);
  assert.equal((await post("Egypt met Qatar.", "text/plain", "/api/ingest?date=June")).status, 400);
  assert.equal((await app.request("/api/ingest", { method: "POST", body: "Egypt met Qatar." })).status, 401);
});

test("requests past the rate limit are 429", async (t) => {
  const { store, get } = await setup({ readLimit: { max: 3, windowMs: 60_000 } });
  t.after(() => store.close());
  const codes = [];
  for (let k = 0; k < 5; k++) codes.push((await get("/api/articles")).status);
  assert.deepEqual(codes, [200, 200, 200, 429, 429]);
});

test("GET /api/negotiations is the board of `parley negotiations --format json`, with its filters", async (t) => {
  const { store, json, get } = await setup();
  t.after(() => store.close());
  const article = await addTalks(store.db);
  const got = await json("/api/negotiations");
  assert.deepEqual(got, JSON.parse(renderBoard(buildBoard(await boardArticles(store.db)), "json")), "the CLI's JSON board");
  assert.equal(got.processes.length, 1);
  const p = got.processes[0].proposals[0];
  assert.deepEqual(p.terms.map((x: any) => [x.kind, x.value]), [["phases", "3"]]);
  assert.ok(p.responses.some((r: any) => r.party.key === "ISR" && r.stanceClass === "reject"));
  assert.equal((await json("/api/negotiations?process=hamas")).processes.length, 1);
  assert.equal((await json("/api/negotiations?process=Hezbollah")).processes.length, 0);
  assert.equal((await json("/api/negotiations?since=2024-05-01")).processes.length, 0, "the talks' article is from February");
  assert.equal((await json(`/api/negotiations?article=${article.slice(0, 6)}`)).processes.length, 1);
  const bad = await get("/api/negotiations?since=May");
  assert.equal(bad.status, 400);
  assert.equal((await bad.json() as any).field, "since");
  assert.equal((await get("/api/negotiations?article=zzzz")).status, 404);
});

test("GET /api/stories and /api/stories/{id}/timeline are `parley stories` and `parley timeline --story`", async (t) => {
  const { store, json, get } = await setup();
  t.after(() => store.close());
  await relinkAll(store.db);
  const clusters = await readClusters(store.db);
  const want = buildStories(clusters, loadOntology(), { days: 7 });
  assert.ok(want.length > 0, "the seeded events make stories");
  const got = await json("/api/stories");
  assert.deepEqual(got.stories, JSON.parse(JSON.stringify(want)));
  const big = Math.max(...want.map((s) => s.articles.length));
  assert.equal((await json(`/api/stories?minArticles=${big}`)).stories.length, want.filter((s) => s.articles.length >= big).length);
  const s = want[0];
  const tl = await json(`/api/stories/${s.id.toLowerCase()}/timeline?all`);
  assert.equal(tl.story.id, s.id);
  assert.deepEqual(tl.clusters, JSON.parse(timelineJson(timeline(clusters, { clusters: new Set(s.clusters), all: true }))));
  assert.ok(tl.clusters.length > 0);
  assert.equal((await get("/api/stories/S999999/timeline")).status, 404);
  assert.equal((await get("/api/stories?days=0")).status, 400);
});
