import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { hasWords, listEvents } from "../src/store/queries.js";
import { dateBound, modalityList } from "../src/cli/filters.js";
import type { EventRecord } from "../src/text/annotations.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { tmpDbPath } from "./helpers/store.js";
import { runCli } from "./helpers/cli.js";

/** Three events: Australia (AUS, asserted, 0.9, rule r1), US forces (USAMIL, reported, 0.4, r1x), Israel (ISR, negated, 0.7). */
async function filterStore() {
  const path = tmpDbPath();
  const store = await openStore(path);
  const article = makeArticle("Israel attacked Hamas. Israel met Qatar. Israel rejected Egypt.", { date: "2024-02-29", url: "https://example.org/f" });
  const analysis = fakeAnalyzer().analyze(article);
  const [a, b, c] = analysis.events as (EventRecord & { rules?: string[] })[];
  Object.assign(a, { modality: "asserted", confidence: 0.9, rules: ["r1"], date: "2024-02-29" });
  a.source = { ...a.source!, text: "Australia", code: "AUS", country: "AUS" };
  Object.assign(b, { modality: "reported", confidence: 0.4, rules: ["r1x", "r2"], date: "2024-03-01" });
  b.source = { ...b.source!, text: "US forces", code: "USAMIL", country: "USA", sectors: ["MIL"] };
  Object.assign(c, { modality: "negated", confidence: 0.7, date: "2023-12-31" });
  await saveAnalysis(store.db, analysis);
  return { store, path };
}

test("--actor matches codes by prefix and text by whole words: US is never Australia", async () => {
  assert.ok(hasWords("the US's envoy", "US"));
  assert.ok(!hasWords("Australia", "us"));
  assert.ok(!hasWords("USAID", "US"));
  assert.ok(hasWords("Prime Minister  Benjamin Netanyahu", "minister benjamin"));
  const { store } = await filterStore();
  const src = async (actor: string) => (await listEvents(store.db, { actor })).map((e) => e.source?.text);
  assert.deepEqual(await src("US"), ["US forces"]);
  assert.deepEqual(await src("us"), ["US forces"]);
  assert.deepEqual(await src("AU"), ["Australia"], "code prefix");
  assert.deepEqual(await src("forces"), ["US forces"]);
  assert.deepEqual(await src("force"), [], "whole words only");
  assert.equal((await listEvents(store.db, { actor: "Israel", limit: 1 })).length, 1, "limit after the word check");
  await store.close();
});

test("--modality, --min-confidence and --rule select on the stored fields", async () => {
  const { store } = await filterStore();
  const mods = async (f: Parameters<typeof listEvents>[1]) => (await listEvents(store.db, f)).map((e) => e.modality).sort();
  assert.deepEqual(await mods({}), ["asserted", "negated", "reported"], "all modalities by default");
  assert.deepEqual(await mods({ modality: ["asserted", "reported"] }), ["asserted", "reported"]);
  assert.deepEqual(await mods({ minConfidence: 0.7 }), ["asserted", "negated"]);
  assert.deepEqual(await mods({ rule: "r1" }), ["asserted"], "r1 is not r1x");
  assert.deepEqual(await mods({ rule: "r2" }), ["reported"]);
  assert.deepEqual((await listEvents(store.db, { rule: "r2" }))[0].rules, ["r1x", "r2"]);
  assert.deepEqual(await mods({ rule: "r%" }), [], "LIKE wildcards are literal");
  await store.close();
  assert.deepEqual(modalityList("asserted, Reported"), ["asserted", "reported"]);
  assert.throws(() => modalityList("asserted,maybe"), /unknown modality "maybe" \(choose from asserted, negated, intended, hypothetical, reported, proposed/);
});

test("--since and --until take a year or a month as well as a day", async () => {
  assert.equal(dateBound("--since", "start")("2024"), "2024-01-01");
  assert.equal(dateBound("--until", "end")("2024"), "2024-12-31");
  assert.equal(dateBound("--until", "end")("2024-02"), "2024-02-29");
  assert.equal(dateBound("--until", "end")("2023-02"), "2023-02-28");
  assert.equal(dateBound("--since", "start")("2024-05-08"), "2024-05-08");
  for (const bad of ["2024-13", "2024-02-30", "24", "May 2024"]) assert.throws(() => dateBound("--since", "start")(bad), /--since expects a date as YYYY, YYYY-MM or YYYY-MM-DD/);
  const { store, path } = await filterStore();
  await store.close();
  const dates = async (...args: string[]) => {
    const r = await runCli(["events", "--db", path, "--format", "jsonl", ...args]);
    assert.equal(r.code, 0, r.stderr);
    return r.stdout.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l).date);
  };
  assert.deepEqual(await dates("--since", "2024"), ["2024-02-29", "2024-03-01"]);
  assert.deepEqual(await dates("--until", "2024-02"), ["2023-12-31", "2024-02-29"]);
  assert.deepEqual(await dates("--since", "2024-03", "--until", "2024-03"), ["2024-03-01"]);
  const bad = await runCli(["events", "--db", path, "--since", "2024-13"]);
  assert.equal(bad.code, 2);
});

test("--plover refuses unknown types with the valid list and maps older names with a notice", async () => {
  const { store, path } = await filterStore();
  await store.close();
  const old = await runCli(["events", "--db", path, "--plover", "fight", "--format", "jsonl"]);
  assert.equal(old.code, 0, old.stderr);
  assert.match(old.stderr, /--plover FIGHT is an older PLOVER name; showing ASSAULT/);
  assert.deepEqual(old.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).plover.type), ["ASSAULT"]);
  const bad = await runCli(["events", "--db", path, "--plover", "BOMB"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^parley: --plover: unknown PLOVER type "BOMB" \(choose from AGREE, CONSULT, .*ASSAULT\)\n$/);
  const mod = await runCli(["events", "--db", path, "--modality", "negated", "--min-confidence", "0.5", "--format", "jsonl"]);
  assert.deepEqual(mod.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).modality), ["negated"]);
  assert.equal((await runCli(["events", "--db", path, "--min-confidence", "2"])).code, 2);
});
