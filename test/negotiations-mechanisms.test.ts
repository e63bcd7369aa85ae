// General mechanisms of the negotiation board, on short texts through the whole pipeline: visits and their
// venues, summits and conferences, press conferences, fresh plural requests, and what "propose" takes.
// Skips, saying why, while the pipeline cannot load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import { articleForText } from "../src/eval/article-for-text.js";
import type { NegotiationLayer } from "../src/text/annotations.js";

const skip = !realAnalyzer && noPipeline;
const board = (text: string, date = "2024-03-12"): NegotiationLayer => realAnalyzer!.analyze(articleForText(text, date, "t")).negotiations!;

test("a visit to two places is a meeting in each; talks told during a visit take its venue", { skip }, () => {
  const n = board("Japanese Prime Minister Yoshihide Suga will visit India and the Philippines in late April.");
  assert.deepEqual(n.meetings.map((m) => [m.kind, m.venue?.name, m.status]), [["visit", "India", "planned"], ["visit", "Philippines", "planned"]]);
  const m = board("Indian Prime Minister Narendra Modi paid a two-day visit to Mauritius. Following talks with Mauritius Prime Minister Navinchandra Ramgoolam, both leaders reaffirmed their commitment.");
  assert.deepEqual(m.meetings.map((x) => [x.kind, x.venue?.name]), [["visit", "Mauritius"], ["talks", "Mauritius"]]);
});

test("a summit or conference needs one named party, is one meeting when named again, and a press conference is none", { skip }, () => {
  const n = board("Protesters gathered before the 60th NATO conference. On the NATO conference, he said little. Blinken spoke at a press conference in Tel Aviv.");
  assert.deepEqual(n.meetings.map((m) => [m.kind, m.parties.map((p) => p.key)]), [["conference", ["IGONAT"]]]);
});

test("an indefinite plural request is a proposal of its own; whatever 'propose' takes is a proposal", { skip }, () => {
  const n = board("The court's president, Judge Joan Donoghue, rejected Kenya's request to brief it before the start of Monday's opening. Over the months, Kenya filed several requests for the hearing to be postponed.");
  assert.deepEqual(n.proposals.map((p) => [p.label, p.proposers.map((x) => x.key)]), [["Kenya's request", ["KEN"]], ["several requests", ["KEN"]]]);
  const z = board("Mikhail Gorbachev proposed a nuclear free zone in the region.", "1990-05-01");
  assert.deepEqual(z.proposals.map((p) => [p.label, p.proposers.map((x) => x.key)]), [["a nuclear free zone", ["SUN"]]]);
});
