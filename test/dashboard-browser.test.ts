// The dashboard in a real Chromium (Debian's, through playwright-core) against a live server on a
// loopback port: the views draw the right number of marks, a filter narrows the table, and an
// event's article opens with its evidence highlighted and in view. Skipped, saying so, without Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { sql } from "kysely";
import { listen } from "../src/server/listen.js";
import { listEvents, openStore } from "../src/store/index.js";
import { listFigures } from "../src/store/figures-read.js";
import { webDir } from "../src/paths.js";
import { actorKey } from "../src/server/aggregate.js";
import { seededStore, tmpDbPath } from "./helpers/store.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { chromiumMissing, launchChromium } from "./helpers/chromium.js";
import { tempDir } from "./helpers/tmp.js";
import { makeArticle } from "./helpers/articles.js";
import { saveAnalysis } from "../src/store/save.js";
import { figureConflicts, figureSeries } from "../src/facts/series.js";
import { addTalks } from "./helpers/talks.js";
import { readBoard } from "../src/cli/board-read.js";
import { readStories } from "../src/stories/stories-read.js";
import { readClusters } from "../src/stories/clusters-read.js";
import { timeline } from "../src/stories/timeline.js";
import { relinkAll } from "../src/stories/link-store.js";

const missing = chromiumMissing() ?? (existsSync(join(webDir, "app.js")) ? null : `the dashboard is not built (${webDir}); run npm run build`);
if (missing) console.log(missing);

test("the dashboard draws timeline, network, map and table, filters, and opens an article at its evidence", { skip: missing ?? false, timeout: 120_000 }, async (t) => {
  const dbPath = tmpDbPath();
  const store = await seededStore(dbPath);
  // A second report of the 7 May strike with another toll: a series of two and a conflicting claim.
  await saveAnalysis(store.db, fakeAnalyzer().analyze(makeArticle("Israel attacked Hamas in Rafah. 15 killed in the strike, officials said.", { date: "2024-05-07", title: "Second report" })));
  // The fake analyzer finds Doha without coordinates; give it the gazetteer's, so the map has a place to draw.
  await sql`update events set place_country = 'QAT', place_lat = 25.29, place_lon = 51.53 where place_name = 'Doha'`.execute(store.db);
  const events = await listEvents(store.db);
  const figures = await listFigures(store.db);
  await addTalks(store.db);
  await relinkAll(store.db);
  const board = await readBoard(store.db, {});
  const stories = await readStories(store.db, { days: 7 });
  const clusters = await readClusters(store.db);
  await store.close();
  const server = await listen({ dbPath, host: "127.0.0.1", port: 0, token: "t", loadAnalyzer: async () => fakeAnalyzer(), print: () => {} });
  t.after(() => server.close());
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const outside: string[] = [];
  page.on("request", (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));

  await page.goto(server.url);
  await page.waitForSelector("body[data-rendered]");
  // Timeline: one bar segment per (day, QuadClass) with events.
  const segments = new Set(events.filter((e) => e.date).map((e) => `${e.date} ${e.quadClass}`));
  assert.equal(await page.locator("#timeline rect.bar").count(), segments.size);
  const counted = await page.locator("#timeline rect.bar").evaluateAll((rs) => rs.reduce((n, r) => n + Number(r.getAttribute("data-count")), 0));
  assert.equal(counted, events.filter((e) => e.date).length);
  // Network: one node per actor, one edge per dyad between different actors.
  const actors = new Set(events.flatMap((e) => [e.source, e.target]).filter((a) => a !== null).map((a) => actorKey({ code: a!.code ?? null, country: a!.country ?? null, text: a!.text })));
  assert.equal(await page.locator("#network g.node").count(), Math.min(40, actors.size));
  const dyads = new Set(events.filter((e) => e.source && e.target).map((e) => [e.source!, e.target!].map((a) => actorKey({ code: a.code ?? null, country: a.country ?? null, text: a.text })))
    .filter(([s, x]) => s !== x).map(([s, x]) => `${s}>${x}`));
  assert.equal(await page.locator("#network line.edge").count(), dyads.size);
  // Map: the world's outlines and one circle for Doha, with all its events.
  assert.ok(await page.locator("#map path.country").count() > 150, "country outlines are drawn");
  assert.equal(await page.locator("#map circle.place").count(), 1);
  assert.equal(await page.locator("#map circle.place").getAttribute("data-events"), String(events.filter((e) => e.place?.name === "Doha").length));
  assert.equal(await page.locator("#map path.country.has-events").count(), 1, "Qatar is shaded");
  // Table: every event on the first page.
  assert.equal(await page.locator("#event-table tbody tr").count(), events.length);
  await page.screenshot({ path: join(tempDir("parley-shots-"), "overview.png"), fullPage: true });

  // A filter narrows every view; the table holds exactly the CLI's events for it.
  const reader = await openStore(dbPath);
  const hamas = await listEvents(reader.db, { actor: "Hamas" });
  await reader.close();
  await page.fill("#filters input[name=actor]", "Hamas");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(`document.querySelectorAll("#event-table tbody tr").length === ${hamas.length}`);
  const rowIds = await page.locator("#event-table tbody tr").evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("data-event"))).sort((a, b) => a - b));
  assert.deepEqual(rowIds, hamas.map((e) => e.id).sort((a, b) => a - b));
  assert.match(await page.locator("#events-note").textContent() ?? "", new RegExp(`of ${hamas.length}$`));
  // A bad filter says which field, in the page.
  await page.fill("#filters input[name=modality]", "sure");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(`/modality/.test(document.getElementById("filter-error").textContent)`);
  assert.equal(await page.locator("#filters input[name=modality][aria-invalid]").count(), 1);
  await page.fill("#filters input[name=modality]", "");

  // An event's trigger opens its article with the evidence highlighted and scrolled into view.
  const chosen = hamas[0];
  await page.click(`#event-table tr[data-event="${chosen.id}"] a.evidence-link`);
  await page.waitForSelector("#reader .evidence");
  const evidence = await page.locator("#reader .evidence").evaluateAll((els) => els.map((e) => e.textContent).join(""));
  assert.equal(evidence, chosen.sentenceText);
  assert.ok(await page.locator("#reader .trigger").count() >= 1);
  assert.ok(await page.locator("#reader .actor").count() >= 2);
  assert.ok(await page.locator("#reader .evidence").first().isVisible());
  const box = await page.locator("#reader .evidence").first().boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height, "the evidence is scrolled into view");

  // Figures: a chart per series with a dot per figure, each conflict side by side with its headline, every figure listed.
  await page.click("header a[data-view=figures]");
  await page.waitForSelector("body[data-view=figures] #figure-list");
  const series = figureSeries(figures);
  const conflicts = figureConflicts(figures);
  assert.ok(series.length >= 1 && conflicts.length >= 1, "the fixture has a series and a conflict");
  assert.equal(await page.locator("#figures .series").count(), series.length);
  assert.equal(await page.locator("#figures .series circle.dot").count(), series.reduce((n, x) => n + x.figures.length, 0));
  assert.equal(await page.locator("#figures .conflict-row .claim.headline").count(), conflicts.length);
  assert.equal(await page.locator("#figure-list .claim").count(), figures.length);
  await page.screenshot({ path: join(tempDir("parley-shots-"), "figures.png"), fullPage: true });

  // Talks: every proposal of the board with its status, terms and responses.
  await page.click("header a[data-view=talks]");
  await page.waitForSelector("body[data-view=talks] #talks .process");
  const proposals = board.processes.flatMap((p) => p.proposals);
  assert.ok(proposals.length > 0);
  assert.equal(await page.locator("#talks .proposal").count(), proposals.length);
  assert.deepEqual(await page.locator("#talks .proposal").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-status"))), proposals.map((p) => p.status));
  assert.equal(await page.locator("#talks .term").count(), proposals.reduce((n, p) => n + p.terms.length, 0));
  assert.equal(await page.locator("#talks .response").count(), proposals.reduce((n, p) => n + p.responses.length, 0));

  // Stories: one row per story; clicking one lists its timeline.
  await page.click("header a[data-view=stories]");
  await page.waitForSelector("body[data-view=stories]");
  assert.ok(stories.length > 0);
  assert.equal(await page.locator("#stories .story").count(), stories.length);
  await page.click(`#stories .story[data-id=${stories[0].id}] .story-head`);
  await page.waitForSelector(`#stories .story[data-id=${stories[0].id}] .story-timeline`);
  assert.equal(await page.locator(`#stories .story[data-id=${stories[0].id}] li.cluster`).count(),
    timeline(clusters, { clusters: new Set(stories[0].clusters), all: true }).length);

  assert.deepEqual(outside, [], "nothing is fetched from anywhere but the server");
  assert.deepEqual(errors, [], "no script errors");
});
