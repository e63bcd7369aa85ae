// Gazetteer and organisation-shape features of the NER tagger, the document and coordination evidence
// for organisation names (org-evidence.ts), and the named span repairs (repairs.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { DocCase, gazetteerFeatures, phraseLevelFeatures } from "../src/nlp/ner/features.js";
import { phraseFeatures } from "../src/nlp/ner/phrases.js";
import { DocNames, orgEvidenceFeatures, orgLikeSpans } from "../src/nlp/ner/org-evidence.js";
import { CALENDAR_EDGE, LISTED_COUNTRY, LISTED_ORGANISATION, NER_REPAIRS, TOWN_NOT_PERSON, repairSpans } from "../src/nlp/ner/repairs.js";

const gz = loadGazetteer();
const words = (s: string) => s.split(" ");

test("a gazetteer match sets its kind and position on every token it covers, and its neighbours' features", () => {
  const ws = words("Palestinian Islamic Jihad fired rockets");
  const f = gazetteerFeatures(ws, gz);
  assert.ok(f[0].includes("g=actororg:B"), f[0].join(" "));
  assert.ok(f[1].includes("g=actororg:I"), f[1].join(" "));
  assert.ok(f[2].includes("g=actororg:L"), f[2].join(" "));
  assert.ok(f[3].includes("g-1=actororg"), f[3].join(" "));
  assert.ok(!f[4].some((x) => x.startsWith("g=actororg")), f[4].join(" "));
});

test("the organisation-shape features fire on 'Ministry of Defence'", () => {
  const ws = words("the Ministry of Defence said");
  const f = phraseFeatures(ws, gz, true, new Set());
  assert.ok(f[1].includes("phf=ministry|B"), f[1].join(" "));
  assert.ok(f[1].includes("phk=-o|B|true"), f[1].join(" "));
  assert.ok(f[1].includes("pho=--o|B"), f[1].join(" "));
  assert.ok(f[3].includes("phh=defence|L"), f[3].join(" "));
  assert.deepEqual(f[0], []);
  // It is an organisation-like span for the document evidence too.
  assert.deepEqual(orgLikeSpans(ws, gz), [{ start: 1, end: 4 }]);
});

test("a word the document puts in an organisation-shaped name is marked elsewhere; one after a first name as a person", () => {
  const doc = [words("He joined Azurix Corporation in May ."), words("Later John Hewitt left Azurix .")];
  const names = new DocNames(doc, gz);
  assert.ok(names.orgWords.has("Azurix"));
  assert.ok(!names.orgWords.has("Corporation"), "the organisation word itself is not evidence");
  assert.ok(names.personWords.has("Hewitt"));
  const f = orgEvidenceFeatures(doc[1], gz, names);
  assert.ok(f[4].includes("dorg"), f[4].join(" "));
  assert.ok(f[2].includes("dper"), f[2].join(" "));
  assert.deepEqual(f[0], []);
  // Without document evidence nothing is marked.
  assert.deepEqual(orgEvidenceFeatures(doc[1], gz, null)[4], []);
});

test("a name joined by '/' or 'and' to a known organisation gets the coordination feature on the joining side", () => {
  const ws = words("staff of Hamas and Zorblax met");
  const f = orgEvidenceFeatures(ws, gz, null);
  assert.ok(f[4].includes("coorg=l"), f[4].join(" "));
  assert.ok(!f[2].includes("coorg=r"), "Zorblax is no known organisation");
  assert.ok(!f[5].length, f[5].join(" "));
  const before = orgEvidenceFeatures(words("Zorblax and Hamas met"), gz, null);
  assert.ok(before[0].includes("coorg=r"), before[0].join(" "));
  const slash = orgEvidenceFeatures(words("Enron / Zorblax said"), gz, null);
  assert.ok(slash[2].includes("coorg=l"), slash[2].join(" "));
  // Nothing when no known organisation is beside it.
  assert.ok(!orgEvidenceFeatures(words("Qwerty and Zorblax met"), gz, null).some((t) => t.length));
});

test("organisation evidence is part of the phrase-level features only when asked (models trained with it)", () => {
  const ws = words("staff of Hamas and Zorblax met");
  const doc = new DocCase([ws], gz);
  assert.ok(phraseLevelFeatures(ws, gz, doc, true)[4].includes("coorg=l"));
  assert.ok(!phraseLevelFeatures(ws, gz, doc, false)[4].includes("coorg=l"));
});

const show = (ws: string[], spans: { start: number; end: number; label: string }[]) => spans.map((s) => `${s.label}:${ws.slice(s.start, s.end).join(" ")}`);

test("span repairs: each corrects its example, and leaves what it is not for", () => {
  let ws = words("Fighting resumed in Fallujah Wednesday .");
  assert.deepEqual(show(ws, CALENDAR_EDGE.apply(ws, [{ start: 3, end: 5, label: "LOC" }], gz)), ["LOC:Fallujah"]);
  ws = words("Theresa May spoke");
  assert.deepEqual(show(ws, CALENDAR_EDGE.apply(ws, [{ start: 0, end: 2, label: "PER" }], gz)), ["PER:Theresa May"]);
  ws = words("Random House published it");
  assert.deepEqual(show(ws, LISTED_ORGANISATION.apply(ws, [{ start: 0, end: 2, label: "PER" }], gz)), ["ORG:Random House"]);
  ws = words("North Korea fired a missile");
  assert.deepEqual(show(ws, LISTED_COUNTRY.apply(ws, [{ start: 0, end: 2, label: "ORG" }], gz)), ["LOC:North Korea"]);
  ws = words("Clashes were reported in Gurgaon");
  assert.deepEqual(show(ws, TOWN_NOT_PERSON.apply(ws, [{ start: 4, end: 5, label: "PER" }], gz)), ["LOC:Gurgaon"]);
  // A surname that is also a town stays a person.
  ws = words("Smith said");
  assert.deepEqual(show(ws, TOWN_NOT_PERSON.apply(ws, [{ start: 0, end: 1, label: "PER" }], gz)), ["PER:Smith"]);
});

test("span repairs run in order and can be switched off by id", () => {
  assert.deepEqual(new Set(NER_REPAIRS.map((r) => r.id)).size, NER_REPAIRS.length);
  const ws = words("Fighting resumed in Fallujah Wednesday .");
  const spans = [{ start: 3, end: 5, label: "LOC" }];
  assert.deepEqual(show(ws, repairSpans(ws, spans, gz)), ["LOC:Fallujah"]);
  assert.deepEqual(show(ws, repairSpans(ws, spans, gz, new Set(["ner.calendar-edge"]))), ["LOC:Fallujah Wednesday"]);
});
