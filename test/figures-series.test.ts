// Figures across articles: series (one measure by as-of date) and conflicts (one measure claimed with
// different values) with their headline rules, on synthetic figures and, through the whole pipeline and
// the CLI, on the multi-article fixture (a rising toll, two claimants that disagree).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { packageRoot } from "../src/paths.js";
import { figureConflicts, figureSeries, headline, type GroupedFigure } from "../src/facts/series.js";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import { runIngest } from "../src/ingest-run.js";
import { openStore } from "../src/store/open.js";
import { listFigures } from "../src/store/figures-read.js";
import type { Figure } from "../src/text/annotations.js";
import { runCli } from "./helpers/cli.js";
import { tmpDbPath } from "./helpers/store.js";

let id = 0;
function fig(over: { best: number; asOf: string; claimant: string | null; article: string; kind?: Figure["kind"]; people?: string; incident?: string }): GroupedFigure {
  const claimant = over.claimant === null ? null : { text: over.claimant, start: 0, end: 1 };
  return {
    id: ++id, articleId: over.article, article: { date: over.asOf },
    sentence: 0, kind: over.kind ?? "killed", value: { min: over.best, best: over.best, max: null }, qualifier: "at least", valueRule: "digits",
    trigger: null, subjects: { text: over.people ?? "Palestinians", start: 0, end: 1 }, perpetrator: null,
    place: { text: "Gaza", name: "Gaza", country: "PSE", lat: null, lon: null, origin: "dateline" },
    period: over.incident
      ? { type: "incident", text: "on Tuesday", start: over.incident, end: null, resolution: "clause" }
      : { type: "cumulative", text: "since October 7", start: "2023-10-07", end: over.asOf, resolution: "clause" },
    asOf: over.asOf, claimant, outlet: null, verification: "as-reported", addition: null, event: null,
    evidence: { start: 0, end: 1 }, rules: [], start: 0, end: 1, text: "x", tokenStart: 0, tokenEnd: 1,
  };
}

test("a series follows one kind, people, place and claimant by as-of date; one report is no series", () => {
  const figs = [
    fig({ best: 31490, asOf: "2024-03-15", claimant: "Gaza's health ministry", article: "c" }),
    fig({ best: 30035, asOf: "2024-03-01", claimant: "Gaza's health ministry", article: "a" }),
    fig({ best: 30800, asOf: "2024-03-08", claimant: "the health ministry", article: "b" }),
    fig({ best: 10000, asOf: "2024-03-08", claimant: "Israel's military", article: "b", people: "fighters" }),
  ];
  const series = figureSeries(figs);
  assert.equal(series.length, 1, "'the health ministry' is another phrase than 'Gaza's health ministry'; one report of the military is no series");
  assert.deepEqual(series[0].figures.map((f) => f.value.best), [30035, 31490], "by as-of date");
  const byText = figureSeries(figs.map((f) => ({ ...f, claimant: f.claimant && { ...f.claimant, code: "PSEHLH" } })));
  assert.deepEqual(byText[0].figures.map((f) => f.value.best), [30035, 30800, 31490], "a code joins what the wording splits");
});

test("conflicts: one kind, people and period claimed differently, with a stated headline rule", () => {
  const figs = [
    fig({ best: 12, asOf: "2024-03-08", claimant: "the health ministry", article: "b", people: "people", incident: "2024-03-07" }),
    fig({ best: 3, asOf: "2024-03-09", claimant: "Israel's military", article: "d", people: "people", incident: "2024-03-07" }),
    fig({ best: 14, asOf: "2024-03-10", claimant: "the health ministry", article: "e", people: "people", incident: "2024-03-07" }),
    fig({ best: 5, asOf: "2024-03-08", claimant: "the health ministry", article: "b", people: "people", incident: "2024-03-05" }),
  ];
  const [c, ...rest] = figureConflicts(figs);
  assert.equal(rest.length, 0, "a single report of another day conflicts with nothing");
  assert.deepEqual(c.figures.map((f) => f.value.best), [12, 3, 14]);
  assert.equal(headline(c.figures, "conservative").value.best, 3, "the lowest value claimed");
  assert.equal(headline(c.figures, "latest").value.best, 14, "the most recent value of the most-cited claimant");
  const same = [fig({ best: 30000, asOf: "2024-03-08", claimant: "A", article: "x" }), fig({ best: 30000, asOf: "2024-03-08", claimant: "B", article: "y" })];
  assert.equal(figureConflicts(same).length, 0, "agreeing figures are no conflict");
});

const analyzer = realAnalyzer;
const why = noPipeline;

test("the multi-article fixture: a rising toll as a series, two claimants side by side, through the pipeline and the CLI", { skip: !analyzer && why }, async () => {
  const db = tmpDbPath();
  const store = await openStore(db);
  try {
    const summary = await runIngest({ sources: [join(packageRoot, "test", "fixtures", "figures", "series")], opts: {}, db: store.db, analyzer: analyzer!, report: () => {} });
    assert.equal(summary.new, 4);
    const figures = await listFigures(store.db);
    const [series] = figureSeries(figures);
    assert.deepEqual(series.figures.map((f) => [f.asOf, f.value.best]), [["2024-03-01", 30035], ["2024-03-08", 30800], ["2024-03-15", 31490]]);
    assert.deepEqual([series.kind, series.claimant, series.period], ["killed", "PSEHLH", "cumulative"]);
    const [conflict] = figureConflicts(figures);
    assert.deepEqual(conflict.figures.map((f) => [f.value.best, f.claimant?.code]), [[12, "PSEHLH"], [3, "ISRMIL"]]);
    assert.equal(conflict.period, "2024-03-07");
  } finally {
    await store.close();
  }
  const s = await runCli(["figures", "--series", "--db", db]);
  assert.equal(s.code, 0, s.stderr);
  assert.match(s.stdout, /^killed · palestinian · PSE · PSEHLH · cumulative\n  2024-03-01  30,035\+.*\n  2024-03-08  30,800\+.*\n  2024-03-15  31,490\+/);
  const c = await runCli(["figures", "--conflicts", "--headline", "latest", "--format", "jsonl", "--db", db]);
  assert.equal(c.code, 0, c.stderr);
  const [group] = c.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual([group.kind, group.period, group.headline.rule, group.figures.length], ["killed", "2024-03-07", "latest", 2]);
  assert.ok(group.figures.every((f: { evidence: { text: string } }) => f.evidence.text.length > 0));
  const bad = await runCli(["figures", "--conflicts", "--headline", "loudest", "--db", db]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--headline must be conservative or latest/);
  const filtered = await runCli(["figures", "--claimant", "ISRMIL", "--format", "csv", "--db", db]);
  assert.equal(filtered.stdout.trim().split("\r\n").length, 2, "header and the military's one figure");
});
