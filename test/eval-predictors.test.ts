import { test } from "node:test";
import assert from "node:assert/strict";
import type { Analyzer } from "../src/pipeline/analyze.js";
import type { EventRecord } from "../src/text/annotations.js";
import { AnalysedDoc } from "../src/text/analysed.js";
import { petrarchPredictor, ploverPredictor } from "../src/eval/pipeline-predictors.js";
import type { PetrarchRecord } from "../src/eval/petrarch-records.js";
import type { PloverRecord } from "../src/eval/plover.js";

function event(cameo: string, source: Partial<EventRecord["source"]> | null, target: Partial<EventRecord["target"]> | null, type = "ASSAULT"): EventRecord {
  const actor = (a: Partial<EventRecord["source"]> | null) => (a ? { text: "x", start: 0, end: 1, ...a } : null);
  return {
    sentence: 0, source: actor(source), target: actor(target), cameo, root: cameo.slice(0, 2), quadClass: 4, goldstein: -10,
    plover: { type, mode: null }, trigger: { text: "x", start: 0, end: 1 }, evidence: { start: 0, end: 1 },
    date: null, dateEnd: null, dateResolution: "reference", dateText: null, place: null, attribution: null, modality: "asserted", confidence: 1, rules: [],
  };
}

/** A stand-in pipeline that returns fixed events and records the articles it was given. */
function fakeAnalyzer(events: EventRecord[], seen: { text: string; date: string }[]): Analyzer {
  return {
    analyze(article) {
      seen.push({ text: article.text, date: article.date });
      const doc = new AnalysedDoc(article);
      doc.events = events;
      return doc;
    },
  };
}

test("pipeline events become PETRARCH triples; missing actors are ---, no-event codes are dropped", () => {
  const seen: { text: string; date: string }[] = [];
  const events = [event("195", { code: "ISRMIL", country: "ISR" }, null), event("---", { code: "X" }, null), event("042", null, { code: "EGY" })];
  const predict = petrarchPredictor(fakeAnalyzer(events, seen), { requireDyad: false });
  const rec = { where: "f.xml:3" } as PetrarchRecord;
  assert.deepEqual(predict("Jets struck.", "2024-05-07", rec), [
    { source: "ISRMIL", target: "---", code: "195" },
    { source: "---", target: "EGY", code: "042" },
  ]);
  assert.deepEqual(seen, [{ text: "Jets struck.", date: "2024-05-07" }]);
});

test("by default (PETRARCH require_dyad) events lacking a source or a target are not reported", () => {
  const events = [
    event("195", { code: "ISRMIL", country: "ISR" }, null),
    event("042", null, { code: "EGY" }),
    event("190", { code: "ISRMIL", country: "ISR" }, { code: "---GOV" }),
  ];
  const predict = petrarchPredictor(fakeAnalyzer(events, []));
  assert.deepEqual(predict("Jets struck.", null, { where: "f.xml:3" } as PetrarchRecord), [{ source: "ISRMIL", target: "---GOV", code: "190" }]);
});

test("a text naming a discard phrase codes nothing, whatever the pipeline finds", () => {
  const seen: { text: string; date: string }[] = [];
  const events = [event("190", { code: "ISRMIL", country: "ISR" }, { code: "PSE" })];
  const discards = [{ words: ["world", "cup"], story: true, where: "d.txt:1" }];
  const predict = petrarchPredictor(fakeAnalyzer(events, seen), { discards });
  const rec = { where: "f.xml:3" } as PetrarchRecord;
  assert.deepEqual(predict("Israel beat Palestine at the World Cup.", null, rec), []);
  assert.equal(predict("Israel struck Palestine; the cup broke.", null, rec).length, 1, "the words must be adjacent");
});

test("pipeline events become PLOVER predictions keyed by country or organisation prefix", () => {
  const seen: { text: string; date: string }[] = [];
  const events = [event("0871", { code: "IGOUNO", country: null }, { code: "PSEREB", country: "PSE" }, "RETREAT")];
  const predict = ploverPredictor(fakeAnalyzer(events, seen));
  assert.deepEqual(predict("t", null, { where: "f.jsonl:1" } as PloverRecord), [{ type: "RETREAT", sources: ["IGO"], targets: ["PSE"] }]);
  assert.equal(seen[0].date, "2000-01-01", "records without a date get the suite's placeholder date");
});
