// Span repairs of the NER tagger added for organisation heads, e-mail display names, Arabic name links and
// possessive business names (src/nlp/ner/repairs.ts): each corrects its example and leaves what it is not for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { LOWER_CASE_PLACE, NAME_LINK, NER_DOCUMENT_REPAIRS, NER_REPAIR_IDS, NER_REPAIRS, ORGANISATION_HEAD, SURNAME_COMMA_GIVEN, SURNAME_OF_PERSON, repairDocument, repairSpans } from "../src/nlp/ner/repairs.js";

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

test("ner.surname-comma-given: a quoted \"Surname , Given\" display name is one person", () => {
  let ws = words('From : " Lenhart , Matthew " < mlenhart@example.com >');
  assert.deepEqual(show(ws, SURNAME_COMMA_GIVEN.apply(ws, [span(3, 4, "PER"), span(5, 6, "PER")], gz)), ["PER:Lenhart , Matthew"]);
  ws = words('" McGilloway , Vangie " < v@example.com >');
  assert.deepEqual(show(ws, SURNAME_COMMA_GIVEN.apply(ws, [span(1, 2, "LOC"), span(3, 4, "LOC")], gz)), ["PER:McGilloway , Vangie"]);
  // Not for: unquoted lists, a word the tagger left alone, two different non-person types.
  ws = words("visits to Paris , France and Rome");
  assert.deepEqual(show(ws, SURNAME_COMMA_GIVEN.apply(ws, [span(2, 3, "LOC"), span(4, 5, "LOC")], gz)), ["LOC:Paris", "LOC:France"]);
  ws = words('" Enron , Houston " said');
  assert.deepEqual(show(ws, SURNAME_COMMA_GIVEN.apply(ws, [span(1, 2, "ORG"), span(3, 4, "LOC")], gz)), ["ORG:Enron", "LOC:Houston"]);
  ws = words('" Lenhart , Thanks "');
  assert.deepEqual(show(ws, SURNAME_COMMA_GIVEN.apply(ws, [span(1, 2, "PER")], gz)), ["PER:Lenhart"]);
});

test("ner.name-link: a lower-case name link continues or starts a person's name", () => {
  let ws = words("including Shaikh Abdul Wahhab al - Janabi of the Association");
  assert.deepEqual(show(ws, NAME_LINK.apply(ws, [span(1, 4, "PER")], gz)), ["PER:Shaikh Abdul Wahhab al - Janabi"]);
  ws = words("they look to bin Laden for their cues");
  assert.deepEqual(show(ws, NAME_LINK.apply(ws, [span(4, 5, "PER")], gz)), ["PER:bin Laden"]);
  ws = words("a painting by Vincent van Gogh");
  assert.deepEqual(show(ws, NAME_LINK.apply(ws, [span(3, 4, "PER")], gz)), ["PER:Vincent van Gogh"]);
  // Not for: places and organisations ("al Qaeda" is the tagger's to find), a link before a lower-case word.
  ws = words("fighters of al Qaeda in Iraq");
  assert.deepEqual(show(ws, NAME_LINK.apply(ws, [span(3, 4, "ORG")], gz)), ["ORG:Qaeda"]);
  ws = words("Smith de facto ruled");
  assert.deepEqual(show(ws, NAME_LINK.apply(ws, [span(0, 1, "PER")], gz)), ["PER:Smith"]);
});

test("ner.lower-case-place: a place name typed in lower case is a LOC", () => {
  let ws = words("i ll be going to baguio alone and then to france");
  assert.deepEqual(show(ws, LOWER_CASE_PLACE.apply(ws, [], gz)), ["LOC:baguio", "LOC:france"]);
  ws = words("pizza from chicago is the best");
  assert.deepEqual(show(ws, LOWER_CASE_PLACE.apply(ws, [], gz)), ["LOC:chicago"]);
  // Not for: words general English writes in lower case ("nice", "reading", "turkey"), a determiner's noun
  // ("the gulf war"), a word beside a tagged name (it may be part of it), first names ("brittany").
  ws = words("a nice turkey dinner while reading");
  assert.deepEqual(show(ws, LOWER_CASE_PLACE.apply(ws, [], gz)), []);
  ws = words("during the gulf war");
  assert.deepEqual(show(ws, LOWER_CASE_PLACE.apply(ws, [], gz)), []);
  ws = words("we flew to Tampa bay area");
  assert.deepEqual(show(ws, LOWER_CASE_PLACE.apply(ws, [span(3, 4, "LOC")], gz)), ["LOC:Tampa"]);
  ws = words("dating brittany");
  assert.deepEqual(show(ws, LOWER_CASE_PLACE.apply(ws, [], gz)), []);
});

test("ner.surname-of-person: a surname the document gives a person in full is a PER, not a town", () => {
  const doc = ["Joshua Norton was born in England .", "Later , Norton issued decrees .", "George Washington visited Washington ."].map(words);
  const spans = [[span(0, 2, "PER"), span(5, 6, "LOC")], [span(2, 3, "LOC")], [span(0, 2, "PER"), span(3, 4, "LOC")]];
  SURNAME_OF_PERSON.apply(doc, spans, gz);
  assert.deepEqual(spans.map((s, k) => show(doc[k], s)), [["PER:Joshua Norton", "LOC:England"], ["PER:Norton"], ["PER:George Washington", "LOC:Washington"]]);
  // switched off by id
  const again = [[span(0, 2, "PER")], [span(2, 3, "LOC")]];
  repairDocument(doc.slice(0, 2), again, gz, new Set(["ner.surname-of-person"]));
  assert.deepEqual(show(doc[1], again[1]), ["LOC:Norton"]);
  repairDocument(doc.slice(0, 2), again, gz);
  assert.deepEqual(show(doc[1], again[1]), ["PER:Norton"]);
  assert.ok(NER_DOCUMENT_REPAIRS.includes(SURNAME_OF_PERSON) && NER_REPAIR_IDS.includes("ner.surname-of-person"));
});

test("the new repairs are registered and can be switched off by id", () => {
  const ws = words("He worked for Rodale Books .");
  const spans = [span(3, 5, "LOC")];
  for (const r of [ORGANISATION_HEAD, SURNAME_COMMA_GIVEN, NAME_LINK, LOWER_CASE_PLACE]) assert.ok(NER_REPAIRS.includes(r), r.id);
  assert.deepEqual(show(ws, repairSpans(ws, spans, gz)), ["ORG:Rodale Books"]);
  assert.deepEqual(show(ws, repairSpans(ws, spans, gz, new Set(["ner.organisation-head"]))), ["LOC:Rodale Books"]);
});
