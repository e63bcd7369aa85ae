// `eval events`: the sentence-level gold reader, actor conventions, the scorer, --misses, --stories alignment and the CLI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, sharedDir } from "../src/paths.js";
import { conventionActorKey } from "../src/eval/actor-convention.js";
import { parseEventGold, readEventGold, type EventGoldRecord } from "../src/eval/event-gold.js";
import { formatMisses } from "../src/eval/event-misses.js";
import { scoreEvents, type PredictedEvent } from "../src/eval/event-score.js";
import { alignStories, readStories, type LocatedEvent } from "../src/eval/event-stories.js";
import { eventsPredictor, loadEvalAnalyzer, storyCoder } from "../src/eval/pipeline-predictors.js";
import { runEval } from "./helpers/eval-cli.js";
import { tempDir } from "./helpers/tmp.js";

const goldFile = join(packageRoot, "test/fixtures/events-gold.jsonl");
const storiesFile = join(packageRoot, "test/fixtures/events-stories.jsonl");
const voaGold = join(sharedDir, "eval/voa-dev/voa_gold_dev.jsonl");
const voaStories = join(sharedDir, "eval/voa-dev/voa_stories_dev.jsonl");
const key = conventionActorKey();

const ev = (source: string, target: string, cameo: string, plover: string, trigger = "x"): PredictedEvent =>
  ({ source, target, cameo, plover, trigger, sourceText: "", targetText: "", modality: "asserted" });

test("reads gold events: one record a line, with its line, story, date and events", () => {
  const g = readEventGold(goldFile);
  assert.deepEqual(g.records.map((r) => [r.id, r.line, r.story, r.events.length]), [["s1-1", 1, "s1", 1], ["s1-2", 2, "s1", 2], ["s1-3", 3, "s1", 0], ["s2-1", 4, "s2", 1]]);
  assert.deepEqual(g.records[1].events[1], { source: "QAT", target: "PSEREB", sourceText: "Qatar", targetText: "Hamas", cameo: "0256", plover: "REQUEST", trigger: "urged", modality: "asserted" });
  assert.deepEqual([g.skipped, g.warnings, g.duplicates], [[], [], []]);
});

test("gold lines that cannot be read are skips with line and reason; repeated ids are reported and kept", () => {
  const ok = (id: string, extra: object = {}) => JSON.stringify({ id, date: "2024-05-07", text: "Egypt hosted talks.", events: [], ...extra });
  const g = parseEventGold([
    ok("a"), "{not json", ok("b", { text: " " }), ok("c", { events: "none" }), ok("d", { events: [{ source: "EGY", target: "", cameo: "04x" }] }),
    ok("e", { date: "240507" }), "", ok("a", { events: [{ source: "EGYGOV", target: "QAT", cameo: "043" }] }),
  ].join("\n"), "g.jsonl");
  assert.deepEqual(g.records.map((r) => [r.id, r.line]), [["a", 1], ["a", 8]]);
  assert.equal(g.records[1].events[0].plover, "CONSULT", "a missing PLOVER type comes from the CAMEO code");
  assert.deepEqual(g.skipped.map((s) => [s.where, s.id]), [["g.jsonl:2", null], ["g.jsonl:3", "b"], ["g.jsonl:4", "c"], ["g.jsonl:5", "d"], ["g.jsonl:6", "e"]]);
  assert.match(g.skipped[0].reason, /not valid JSON/);
  assert.match(g.skipped[3].reason, /events\[0\]\.cameo must be a CAMEO code/);
  assert.match(g.skipped[4].reason, /date "240507" cannot be read/);
  assert.deepEqual(g.duplicates, [{ id: "a", where: "g.jsonl:8", first: "g.jsonl:1" }]);
});

test("actors are compared as country+sector; a bare state is its government; IGO/NGO keep their organisation", () => {
  const cases: [string, string][] = [
    ["USA", "USAGOV"], ["usagov", "USAGOV"], ["ISRGOVMIL", "ISRGOV"], ["PSEREBHMS", "PSEREB"], ["PSEHMS", "PSEHMS"],
    ["IGOUNOREF", "IGOUNO"], ["IGOUNO", "IGOUNO"], ["NGOHRIHRW", "NGOHRW"], ["NGO", "NGO"], ["CVL", "CVL"],
    ["EUR", "EUR"], ["---GOV", "GOV"], ["JAP", "JPNGOV"], ["", ""],
  ];
  for (const [code, want] of cases) assert.equal(key(code), want, code);
});

test("an organisation named under two conventions is one actor (the gold's IGOEU is the dictionaries' IGOEUR)", () => {
  assert.equal(key("IGOEU"), key("IGOEUR"));
  assert.equal(key("IGOEURLEG"), "IGOEUR");
  assert.equal(key("IGOECOWAS"), key("IGOECW"));
  assert.notEqual(key("EUR"), key("IGOEUR"), "the region Europe stays apart from the EU");
  const own = conventionActorKey(undefined, undefined, new Map());
  assert.notEqual(own("IGOEU"), own("IGOEUR"), "without the alias table the codes differ");
});

const records = () => readEventGold(goldFile).records;
const predictions: Record<string, PredictedEvent[]> = {
  "s1-1": [ev("USAGOV", "ISRGOV", "040", "CONSULT", "met")],
  "s1-2": [ev("QAT", "ISR", "0231", "REQUEST", "urged")],
  "s1-3": [ev("EGY", "", "010", "OTHER", "said")],
  "s2-1": [ev("ISR", "PSEHMS", "190", "ASSAULT", "attacked"), ev("ISR", "PSEHMS", "190", "ASSAULT", "attacked")],
};

test("partial predictions give the hand-computed root, full-code and PLOVER figures", () => {
  const { score, results } = scoreEvents(records(), (r) => predictions[r.id], key);
  // root: 4 expected, 4 predicted (the repeated triple counts once), 2 right (s1-1; s1-2's QATGOV→ISRGOV 02)
  assert.deepEqual(score, {
    records: 4, expected: 4, predicted: 4, true_positive: 2, precision: 50, recall: 50, f1: 50,
    code_precision: 25, code_recall: 25, code_f1: 25, plover_accuracy: 75,
  });
  assert.deepEqual(results.map((r) => r.gold.map((g) => g.match)), [["code"], ["root", "none"], [], ["none"]]);
  assert.deepEqual(results.map((r) => r.exact), [true, false, false, false]);
});

test("perfect predictions score 100, none score 0", () => {
  const asPredicted = (r: EventGoldRecord) => r.events.map((e) => ev(e.source, e.target, e.cameo, e.plover));
  const perfect = scoreEvents(records(), asPredicted, key).score;
  assert.deepEqual([perfect.f1, perfect.code_f1, perfect.plover_accuracy, perfect.expected], [100, 100, 100, 4]);
  const none = scoreEvents(records(), () => [], key).score;
  assert.deepEqual([none.predicted, none.f1, none.code_f1, none.plover_accuracy], [0, 0, 0, 0]);
});

test("--misses shows each differing record with its sentence, gold and coded events and how each fared", () => {
  const { results } = scoreEvents(records(), (r) => predictions[r.id], key);
  const blocks = formatMisses(results);
  assert.equal(blocks.length, 3, "s1-1 matched in full and is left out");
  assert.equal(blocks[0].split("\n")[0].replace(/^.*\//, ""), "events-gold.jsonl:2 s1-2 (2024-05-07)");
  assert.match(blocks[0], /^ {2}Qatar urged Israel and Hamas to accept the truce\.$/m);
  assert.match(blocks[0], /^ {4}~ QATGOV\(QAT\) → ISRGOV {2}0256 REQUEST {2}trigger "urged" {2}\("Qatar" → "Israel"\) asserted$/m);
  assert.match(blocks[0], /^ {4}- QATGOV\(QAT\) → PSEREB {2}0256 REQUEST/m);
  assert.match(blocks[0], /^ {4}~ QATGOV\(QAT\) → ISRGOV\(ISR\) {2}0231 REQUEST {2}trigger "urged"/m);
  assert.match(blocks[1], /gold: \(no events\)\n {2}coded:\n {4}\+ EGYGOV\(EGY\) → · {2}010 OTHER/);
});

test("--stories: records are placed in their story; an event counts for the gold sentence its trigger begins in", () => {
  const story = (id: string, text: string) => ({ id, text }) as never;
  const text = "Alpha met Beta. Gamma urged Delta; Delta refused. Nothing else.";
  const recs: EventGoldRecord[] = [
    { id: "x-1", story: "x", line: 1, where: "g:1", date: null, text: "Gamma urged Delta; Delta refused.", events: [], notes: null },
    { id: "x-2", story: null, line: 2, where: "g:2", date: null, text: "Alpha met Beta.", events: [], notes: null },
    { id: "y-1", story: "y", line: 3, where: "g:3", date: null, text: "Alpha met Beta.", events: [], notes: null },
    { id: "x-3", story: "x", line: 4, where: "g:4", date: null, text: "Not in the story.", events: [], notes: null },
  ];
  const at = (word: string): LocatedEvent => ({ ...ev("AAA", "BBB", "040", "CONSULT", word), at: text.indexOf(word) });
  let coded = 0;
  // parley splits the first gold sentence in two at ";" and codes one event outside every gold sentence.
  const code = () => (coded++, {
    events: [at("met"), at("urged"), at("refused"), at("else")],
    sentences: [{ start: 0, end: 15 }, { start: 16, end: 34 }, { start: 35, end: 49 }, { start: 50, end: 63 }],
  });
  const a = alignStories(recs, [story("voa-x", text)], code);
  assert.equal(coded, 1, "each story is coded once");
  assert.deepEqual(a.records.map((r) => r.id), ["x-1", "x-2"]);
  assert.deepEqual(a.predict(recs[0]).map((e) => e.trigger), ["urged", "refused"]);
  assert.deepEqual(a.predict(recs[1]).map((e) => e.trigger), ["met"]);
  assert.deepEqual(a.skipped.map((s) => [s.id, s.reason]), [["y-1", 'story "y" is not in the stories file'], ["x-3", 'its text is not in story "voa-x"']]);
  assert.equal(a.sameSentence, 1, "only x-2 is exactly one parley sentence");
});

test("stories are read as ingest reads JSON Lines: ids kept, datelines found", async () => {
  const { stories, skipped } = await readStories(storiesFile);
  assert.deepEqual(stories.map((s) => [s.id, s.date]), [["t-s1", "2024-05-07"], ["t-s2", "2024-05-08"]]);
  assert.equal(stories[0].bodyStart, "JERUSALEM, May 7 (Reuters) - ".length);
  assert.deepEqual(skipped, []);
});

test("parley eval events --json: the scores of each record's sentence coded on its own, and of --stories", async () => {
  const sentences = await runEval(["events", goldFile, "--json"]);
  assert.equal(sentences.code, 0);
  const s = JSON.parse(sentences.out[0]);
  for (const k of ["records", "expected", "predicted", "true_positive", "precision", "recall", "f1", "code_f1", "plover_accuracy"]) assert.equal(typeof s[k], "number", k);
  // The stand-in analyzer codes what `predictions` lists (it sees "met", "urged", "said", "attacked").
  assert.deepEqual([s.records, s.expected, s.predicted, s.true_positive, s.f1, s.code_f1, s.plover_accuracy, s.skipped], [4, 4, 4, 2, 50, 25, 75, 0]);
  const stories = await runEval(["events", goldFile, "--stories", storiesFile, "--json"]);
  const t = JSON.parse(stories.out[0]);
  assert.equal(t.mode, "stories");
  // "Hamas rejected Israel's demand." is no gold sentence: its event is not scored.
  assert.deepEqual([t.records, t.expected, t.predicted, t.true_positive, t.f1, t.code_f1, t.plover_accuracy], [4, 4, 4, 2, 50, 25, 75]);
  const even = JSON.parse((await runEval(["events", goldFile, "--half", "even", "--json"])).out[0]);
  assert.deepEqual([even.records, even.expected, even.half], [2, 3, "even"]);
});

test("parley eval events: unreadable gold lines fail the run unless --allow-skips; --misses goes to stderr", async () => {
  const bad = join(tempDir(), "gold.jsonl");
  writeFileSync(bad, `${JSON.stringify({ id: "a", date: "2024-05-07", text: "Blinken met Netanyahu.", events: [] })}\n{"id": "b", "text": ""}\n`);
  const failed = await runEval(["events", bad, "--misses"]);
  assert.equal(failed.code, 1);
  assert.ok(failed.err.some((l) => /gold\.jsonl:2: skipped: "text" must be a non-empty string/.test(l)));
  assert.ok(failed.err.some((l) => /\+ USAGOV → ISRGOV {2}040 CONSULT {2}trigger "met"/.test(l)), "the coded event not in the gold is listed");
  assert.match(failed.out[0], /: 1 records, 0 gold events, coded sentence by sentence; 1 skipped/);
  assert.equal((await runEval(["events", bad, "--allow-skips"])).code, 0);
  const badHalf = await runEval(["events", bad, "--half", "third"]);
  assert.deepEqual([badHalf.code, badHalf.err], [2, ['parley: --half must be "even" or "odd", not "third"']]);
});

test("reads the VOA dev gold (159 records, 185 events) and places every record in its story", { skip: !existsSync(voaGold) && "../shared/eval/voa-dev absent" }, async () => {
  const g = readEventGold(voaGold);
  assert.equal(g.records.length, 159);
  assert.equal(g.records.reduce((n, r) => n + r.events.length, 0), 185);
  assert.deepEqual([g.skipped, g.duplicates], [[], []]);
  const { stories, skipped } = await readStories(voaStories);
  assert.deepEqual([stories.length, skipped.length], [34, 0]);
  const a = alignStories(g.records, stories, () => ({ events: [], sentences: [] }));
  assert.deepEqual([a.records.length, a.skipped.length], [159, 0]);
});

test("the pipeline on VOA dev records: both modes score the same gold, and code some of it right", { skip: !existsSync(voaGold) && "../shared/eval/voa-dev absent" }, async () => {
  const analyzer = await loadEvalAnalyzer({});
  const recs = readEventGold(voaGold).records.slice(0, 24);
  const sentences = scoreEvents(recs, eventsPredictor(analyzer), key).score;
  const aligned = alignStories(recs, (await readStories(voaStories)).stories, storyCoder(analyzer));
  const stories = scoreEvents(aligned.records, aligned.predict, key).score;
  assert.deepEqual([sentences.records, stories.records], [24, 24]);
  assert.equal(sentences.expected, stories.expected);
  assert.ok(sentences.predicted > 0 && stories.predicted > 0, "the pipeline codes events");
  assert.ok(sentences.true_positive + stories.true_positive > 0, "and some are right");
});
