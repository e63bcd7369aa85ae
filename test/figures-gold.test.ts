// The figures gold set (test/fixtures/figures): well-formed, large enough, its texts where its sources say
// (when ../shared is present), the scorer's matching rules, and the extractor's scores on it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, sharedDir } from "../src/paths.js";
import { claimantsAgree, figureHalf, headWord, readFigureGold, scoreFigures } from "../src/eval/figures.js";
import { articleForText } from "../src/eval/article-for-text.js";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import type { Figure } from "../src/text/annotations.js";
import { runCli } from "./helpers/cli.js";

const GOLD = join(packageRoot, "test", "fixtures", "figures", "gold.jsonl");

test("the gold set is well-formed: at least 60 figures, each with its words in its sentence and its source recorded", () => {
  const { records, problems } = readFigureGold(GOLD);
  assert.deepEqual(problems, []);
  const figures = records.flatMap((r) => r.figures);
  assert.ok(figures.length >= 60, `${figures.length} figures`);
  const raw = readFileSync(GOLD, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  for (const r of raw) {
    assert.ok(["voa-dev", "wikinews"].includes(r.corpus) && r.story && r.url && r.credit, `${r.id}: source recorded`);
    for (const f of r.figures) assert.ok(!f.words || r.text.includes(f.words), `${r.id}: «${f.words}»`);
  }
  assert.equal(figureHalf(records, "even").length + figureHalf(records, "odd").length, records.length);
});

const voa = join(sharedDir, "eval", "voa-dev", "voa_stories_dev.jsonl");
const wiki = join(sharedDir, "news", "wikinews");
test("every gold sentence stands in its story at the offsets recorded", { skip: !(existsSync(voa) && existsSync(wiki)) && `../shared not found at ${sharedDir}` }, () => {
  const stories = new Map<string, string>();
  for (const l of readFileSync(voa, "utf8").split("\n").filter(Boolean)) {
    const s = JSON.parse(l);
    stories.set(s.id, s.text);
  }
  for (const l of readFileSync(GOLD, "utf8").trim().split("\n")) {
    const r = JSON.parse(l);
    const text = r.corpus === "voa-dev" ? stories.get(r.story) : readFileSync(join(wiki, `${r.story}.txt`), "utf8");
    assert.equal(text?.slice(r.start, r.end), r.text, r.id);
  }
});

test("the scorer: kind, best value and the people's head word must agree; claimants agree when one contains the other", () => {
  assert.equal(headWord("al-Shabab militants"), "militant");
  assert.equal(headWord("Seven other people"), "people");
  assert.equal(headWord("58 men"), "man");
  assert.equal(headWord(null), null);
  assert.ok(claimantsAgree("the banned separatist militant outfit", "separatist militant outfit"));
  assert.ok(claimantsAgree("Somalia’s National Intelligence and Security Agency", "Somalia's National Intelligence and Security Agency, or NISA"));
  assert.ok(claimantsAgree(null, null));
  assert.ok(!claimantsAgree("Exantus", null));
  assert.ok(!claimantsAgree("the sources", "Iraqi officials"));
  const gold = [{ id: "r", line: 1, date: "2024-01-01", text: "x", figures: [
    { kind: "killed", min: 7, best: 7, max: 7, qualifier: null, subjects: "people", claimant: "Hamas media" },
    { kind: "injured", min: 11, best: 11, max: 11, qualifier: null, subjects: "people", claimant: "Hamas media" },
  ] }];
  const fig = (kind: Figure["kind"], best: number, people: string, claimant: string | null) => ({
    kind, value: { min: best, best, max: best }, subjects: { text: people, start: 0, end: 1 }, claimant: claimant && { text: claimant, start: 0, end: 1 },
  }) as Figure;
  const { score } = scoreFigures(gold, () => [fig("killed", 7, "people", "Hamas media"), fig("injured", 11, "children", null), fig("count", 3, "people", null)]);
  assert.deepEqual([score.matched, score.precision, score.recall, score.claimant_accuracy], [1, 33.33, 50, 100]);
});

test("eval figures: a bad --half is refused before anything loads", async () => {
  const r = await runCli(["eval", "figures", GOLD, "--half", "third"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--half must be "even" or "odd"/);
});

const analyzer = realAnalyzer;
const why = noPipeline;

test("the extractor's scores on the gold set stay at or above those measured (README)", { skip: !analyzer && why }, () => {
  const { records } = readFigureGold(GOLD);
  const { score } = scoreFigures(records, (text, date, id) => analyzer!.analyze(articleForText(text, date, id)).figures);
  assert.ok(score.precision >= 90, `precision ${score.precision}`);
  assert.ok(score.recall >= 80, `recall ${score.recall}`);
  assert.ok(score.claimant_accuracy >= 80, `claimant ${score.claimant_accuracy}`);
});
