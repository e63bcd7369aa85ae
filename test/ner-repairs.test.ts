// Span repairs of the NER tagger added for organisation heads, e-mail display names, Arabic name links and
// possessive business names (src/nlp/ner/repairs.ts): each corrects its example and leaves what it is not for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { NER_REPAIRS, ORGANISATION_HEAD, repairSpans } from "../src/nlp/ner/repairs.js";

const gz = loadGazetteer();
const words = (s: string) => s.split(" ");
const show = (ws: string[], spans: { start: number; end: number; label: string }[]) => spans.map((s) => `${s.label}:${ws.slice(s.start, s.end).join(" ")}`);
const span = (start: number, end: number, label: string) => ({ start, end, label });

test("ner.organisation-head: a name ending in an organisation designator is an ORG up to the designator", () => {
  let ws = words("forward a copy of the J.M. Huber Corporation Guaranty to me");
  // "Guaranty" is capitalised too, so the phrase runs past the designator: no change.
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(5, 7, "PER")], gz)), ["PER:J.M. Huber"]);
  ws = words("forward a copy of the J.M. Huber Corporation guaranty to me");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(5, 7, "PER")], gz)), ["ORG:J.M. Huber Corporation"]);
  ws = words("Calls are now forwarded to Malcolm Smith Motorsports down the road .");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(5, 8, "PER")], gz)), ["ORG:Malcolm Smith Motorsports"]);
  ws = words("He was the editor of the San Francisco Bulletin .");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(6, 9, "LOC")], gz)), ["ORG:San Francisco Bulletin"]);
  // Not for: "X & Company" (the firm and its associates), an ORG already, a name the tagger saw nothing in,
  // words for premises ("Museum": UNER tags many LOC), all-capitals text.
  ws = words("strategies used by NASA & Company in China");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(3, 4, "ORG")], gz)), ["ORG:NASA"]);
  ws = words("Hoecker & Co. kept the heat on");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(0, 3, "PER")], gz)), ["PER:Hoecker & Co."]);
  ws = words("a job at Rodale Books in town");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [], gz)), []);
  ws = words("the fair in the Palestine Contemporary Art Museum opened");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(4, 8, "LOC")], gz)), ["LOC:Palestine Contemporary Art Museum"]);
  ws = words("VISIT RODALE BOOKS TODAY");
  assert.deepEqual(show(ws, ORGANISATION_HEAD.apply(ws, [span(1, 3, "LOC")], gz)), ["LOC:RODALE BOOKS"]);
});

test("the new repairs are registered and can be switched off by id", () => {
  const ws = words("He worked for Rodale Books .");
  const spans = [span(3, 5, "LOC")];
  assert.ok(NER_REPAIRS.includes(ORGANISATION_HEAD));
  assert.deepEqual(show(ws, repairSpans(ws, spans, gz)), ["ORG:Rodale Books"]);
  assert.deepEqual(show(ws, repairSpans(ws, spans, gz, new Set(["ner.organisation-head"]))), ["LOC:Rodale Books"]);
});
