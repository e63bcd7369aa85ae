import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, sharedDir } from "../src/paths.js";
import { readPetrarchRecords, parsePetrarchRecords, type PetrarchRecord, type Triple } from "../src/eval/petrarch-records.js";
import { scorePetrarch } from "../src/eval/petrarch.js";
import { loadEvalAnalyzer, petrarchPredictor } from "../src/eval/pipeline-predictors.js";
import { readDiscards } from "../src/events/discards.js";
import type { Analyzer } from "../src/pipeline/analyze.js";

const fixture = join(packageRoot, "test/fixtures/petrarch-records.xml");
const unitTest = join(sharedDir, "eval/petrarch-unittest/PETR.UnitTest.records.xml");
const validate = join(sharedDir, "eval/universalpetrarch-validate/PETR_Validate_records_2_02.xml");

test("reads the fixture's record variants and lists what it cannot read with file:line", () => {
  const s = readPetrarchRecords(fixture);
  assert.deepEqual(s.records.map((r) => r.id), ["T-01", "T-02", "T-03", "T-04", "T-05", "T-06", "T-08"]);
  const [t1, t2, t3, t4, t5, t6, t8] = s.records;
  assert.equal(t1.date, "2024-01-05");
  assert.equal(t1.text, "Aldoria's envoy flew to Brevania for a two-day visit.");
  assert.deepEqual(t1.gold, [{ source: "ALD", target: "BRV", code: "042" }]);
  assert.equal(t2.gold[1].source, '"THE HARBOUR BOARD"');
  assert.match(t2.text, /aggression & piracy/);
  assert.deepEqual(t3.gold, []);
  assert.equal(t4.expectedError, "storydiscard");
  assert.equal(t5.evaluate, false);
  // An <EventCoding …> line without its closing tag is still a readable coding line.
  assert.deepEqual(t6.gold, [{ source: "ALD", target: "BRV", code: "190" }]);
  assert.equal(t8.date, "2024-01-12", "an ISO date, which ingest reads, is read here too");
  assert.deepEqual(s.skipped.map((p) => [p.where.replace(/^.*\//, ""), p.id]), [["petrarch-records.xml:45", "T-07"]]);
  assert.match(s.skipped[0].reason, /T-07.*sourcecode, targetcode and eventcode/);
  assert.deepEqual(s.warnings, []);
  assert.ok(s.environment.verbs[0].endsWith("test/fixtures/petrarch-verbs.txt"));
});

test("a record without </Sentence> is read up to the end of the file, with a warning", () => {
  const s = parsePetrarchRecords('<Sentences>\n<Sentence id="A" date="20200101">\n<EventCoding noevents="True"/>\n<Text>x y</Text>\n', "mem.xml");
  assert.deepEqual(s.records.map((r) => [r.id, r.text]), [["A", "x y"]]);
  assert.deepEqual(s.warnings, [{ where: "mem.xml:2", reason: "record A: no </Sentence>; read up to the next record" }]);
  assert.deepEqual(s.skipped, []);
});

const records = () => readPetrarchRecords(fixture).records;
const byId = (recs: PetrarchRecord[]) => new Map(recs.map((r) => [r.id, r]));

test("perfect predictions score 100 everywhere and skip evaluate=false records", () => {
  const recs = records();
  const { score } = scorePetrarch(recs, (_t, _d, r) => r.gold);
  assert.deepEqual(score, { records: 6, expected: 6, predicted: 6, true_positive: 6, precision: 100, recall: 100, f1: 100, exact_records: 100, root_f1: 100 });
});

test("empty predictions score 0 except records whose gold set is empty", () => {
  const { score } = scorePetrarch(records(), () => []);
  assert.deepEqual(score, { records: 6, expected: 6, predicted: 0, true_positive: 0, precision: 0, recall: 0, f1: 0, exact_records: 33.33, root_f1: 0 });
});

test("partial predictions give the hand-computed micro scores, root level included", () => {
  const recs = records();
  const pred: Record<string, Triple[]> = {
    "T-01": [{ source: "ALD", target: "BRV", code: "042" }],
    "T-02": [{ source: "ALD", target: "BRV", code: "112" }],
    "T-04": [{ source: "XXX", target: "YYY", code: "010" }],
    "T-08": [{ source: "BRV", target: "ALD", code: "0871" }, { source: "BRV", target: "ALD", code: "0871" }],
  };
  assert.equal(byId(recs).size, 7);
  const { score, results } = scorePetrarch(recs, (_t, _d, r) => pred[r.id] ?? []);
  assert.deepEqual(score, { records: 6, expected: 6, predicted: 4, true_positive: 2, precision: 50, recall: 33.33, f1: 40, exact_records: 33.33, root_f1: 60 });
  assert.deepEqual(results.filter((r) => r.exact).map((r) => r.id), ["T-01", "T-03"]);
});

test("the predictor receives each record's text and ISO date", () => {
  const seen: [string, string | null][] = [];
  scorePetrarch(records(), (text, date) => (seen.push([text, date]), []));
  assert.deepEqual(seen[0], ["Aldoria's envoy flew to Brevania for a two-day visit.", "2024-01-05"]);
  assert.equal(seen.length, 6);
});

test("reads PETRARCH's unit-test records (284)", { skip: !existsSync(unitTest) && "../shared absent" }, () => {
  const s = readPetrarchRecords(unitTest);
  assert.equal(s.records.length, 284);
  assert.ok(s.records.every((r) => r.date && r.text.length > 10));
  assert.equal(s.records.reduce((n, r) => n + r.gold.length, 0), 359);
  assert.deepEqual(s.skipped, []);
  assert.deepEqual(s.warnings.map((w) => w.reason), ["record PATTERN-06: no <EventCoding> line; scored as no events"]);
  assert.deepEqual(s.duplicates.map((d) => d.id), ["AGENTS-18", "AGENTS-19"], "reported, and both records kept");
  assert.ok(s.environment.verbs[0].endsWith("PETR.Validate.verbs.txt"));
});

test("reads UniversalPetrarch's validation records (274, 264 evaluated)", { skip: !existsSync(validate) && "../shared absent" }, () => {
  const s = readPetrarchRecords(validate);
  assert.equal(s.records.length, 274);
  assert.equal(s.records.filter((r) => r.evaluate).length, 264);
  assert.deepEqual([s.skipped, s.warnings], [[], []]);
  assert.deepEqual(s.duplicates.map((d) => d.id), ["DEMO-32"]);
  assert.ok(s.records.every((r) => r.parse?.startsWith("1\t")), "CoNLL-U parses come along");
});

test("multi-code actors stay whole by default and give one triple per listed code with splitCodes; a lone sector gets '---'", () => {
  const actorOf = (code: string) => ({ text: code, start: 0, end: 1, code });
  const fake = {
    analyze: () => ({
      doc: null, mentions: [], places: [], figures: [],
      events: [
        { source: actorOf("ISA/ISB"), target: actorOf("VES/ORR"), cameo: "050" },
        { source: actorOf("NOR"), target: null, cameo: "010" },
        { source: { ...actorOf("GOV"), country: null, org: null, sectors: ["GOV"] }, target: actorOf("VES"), cameo: "023" },
      ],
    }),
  } as unknown as Analyzer;
  const rec = records()[0];
  const show = (ts: Triple[]) => ts.map((t) => `${t.source}>${t.target}:${t.code}`);
  assert.deepEqual(show(petrarchPredictor(fake)(rec.text, rec.date, rec)), ["ISA/ISB>VES/ORR:050", "---GOV>VES:023"]);
  assert.deepEqual(show(petrarchPredictor(fake, { splitCodes: true })(rec.text, rec.date, rec)),
    ["ISA>VES:050", "ISA>ORR:050", "ISB>VES:050", "ISB>ORR:050", "---GOV>VES:023"]);
  assert.deepEqual(show(petrarchPredictor(fake, { requireDyad: false })(rec.text, rec.date, rec)), ["ISA/ISB>VES/ORR:050", "NOR>---:010", "---GOV>VES:023"]);
});

const suiteRun = async (records: string, dicts: { actors: string; agents: string; verbs: string; discards: string }, splitCodes: boolean) => {
  const analyzer = await loadEvalAnalyzer({ actors: { dictionaries: [dicts.actors, dicts.agents], replaceBuiltIn: true }, events: { verbs: [dicts.verbs] } });
  return scorePetrarch(readPetrarchRecords(records).records, petrarchPredictor(analyzer, { discards: readDiscards(dicts.discards), splitCodes })).score;
};

test("the suites with their own dictionaries stay at their targets (2.02: F1 ≥ 85, unit tests: F1 ≥ 70)", { skip: !(existsSync(validate) && existsSync(unitTest)) && "../shared absent" }, async () => {
  const v = join(sharedDir, "eval/universalpetrarch-validate");
  const u = join(sharedDir, "eval/petrarch-unittest");
  const v202 = await suiteRun(validate, { actors: join(v, "PETR_Validate_actors_2_02.txt"), agents: join(v, "PETR_Validate_agents_2_02.txt"), verbs: join(v, "PETR_Validate_verbs_2_02.txt"), discards: join(v, "PETR_Validate_discards_2_02.txt") }, false);
  assert.ok(v202.f1 >= 85, `2.02 F1 ${v202.f1}`);
  const ut = await suiteRun(unitTest, { actors: join(u, "PETR.Validate.actors.txt"), agents: join(u, "PETR.Validate.agents.txt"), verbs: join(u, "PETR.Validate.verbs.txt"), discards: join(u, "PETR.Validate.discards.txt") }, true);
  assert.ok(ut.f1 >= 70, `unit-test F1 ${ut.f1}`);
});
