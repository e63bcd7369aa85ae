// Name-phrase shape features, document acronyms, the actor names in the gazetteer and the direct
// dictionary matcher of the NER tagger.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { acronymFits, definedAcronyms, namePhrases, phraseFeatures } from "../src/nlp/ner/phrases.js";
import { matchDictionaryNames } from "../src/nlp/ner/matcher.js";

const gz = loadGazetteer();
const words = (s: string) => s.split(" ");

test("name phrases run over capitalised words and the connectors between them, not over a trailing one", () => {
  const ws = words("He sued the United States Department of Housing and Urban Development and I left");
  const texts = namePhrases(ws).map((p) => ws.slice(p.start, p.end).join(" "));
  assert.deepEqual(texts, ["He", "United States Department of Housing and Urban Development"]);
  // The pronoun "I" starts no phrase.
  assert.deepEqual(namePhrases(words("Kevin and I")).map((p) => [p.start, p.end]), [[0, 1]]);
});

test("an acronym fits a phrase when its letters come in order among the phrase's initials", () => {
  assert.equal(acronymFits("GNOFHAC", "GNOFHAC"), true);
  assert.equal(acronymFits("HUD", "USDHUD"), true);
  assert.equal(acronymFits("U.N.", "UN"), true);
  assert.equal(acronymFits("IUCN", "WCU"), false);
  assert.equal(acronymFits("AB", "BA"), false);
});

test("a document defines the acronyms written in parentheses after a fitting name", () => {
  const doc = [
    words("The Fair Housing Action Center ( FHAC ) filed a complaint ."),
    words("The World Conservation Union ( IUCN ) agreed ."),
    words("FHAC said so ."),
  ];
  assert.deepEqual([...definedAcronyms(doc)], ["FHAC"]);
});

test("phrase features give position, head word, first word and where the organisation words are", () => {
  const ws = words("at the United States Department of Housing today");
  const f = phraseFeatures(ws, gz, true, new Set());
  assert.deepEqual(f[0], [], "tokens outside phrases get nothing");
  assert.ok(f[2].includes("phh=housing|B"), f[2].join(" "));
  assert.ok(f[2].includes("phf=united|B"), f[2].join(" "));
  // "Department" is an organisation word to the right of "United".
  assert.ok(f[2].includes("pho=-r-|B"), f[2].join(" "));
  assert.ok(f[4].includes("pho=--o|I"), f[4].join(" "));
  assert.ok(f[6].includes("pho=l--|L"), f[6].join(" "));
  // Without mixed case there are no phrases; a defined acronym still marks its mentions.
  const lower = phraseFeatures(words("the hac said"), gz, false, new Set(["hac"]));
  assert.deepEqual(lower, [[], ["acrdoc"], []]);
});

test("an acronym in parentheses after a phrase marks both, by whether it fits", () => {
  const ws = words("the Fair Housing Action Center ( FHAC ) sued");
  const f = phraseFeatures(ws, gz, true, new Set());
  assert.ok(f[1].includes("phacr=m|B"), f[1].join(" "));
  assert.ok(f[6].includes("acr=m"), f[6].join(" "));
});

test("the gazetteer holds the actor dictionaries' organisations, people and agent nouns (with plurals)", () => {
  assert.ok(gz.kindsOf("Palestinian Islamic Jihad").includes("actororg"));
  assert.ok(gz.kindsOf("Benjamin Netanyahu").includes("person"));
  assert.ok(gz.kindsOf("troops").includes("agent"));
  assert.ok(gz.isA("ministry", "orgword"));
  // "Wendy's" also matches as UD tokenizes it.
  const m = gz.matches(["at", "wendy", "'s", "today"], ["at", "Wendy", "'s", "today"]).filter((x) => x.kind === "brand");
  assert.ok(m.some((x) => x.start === 1 && x.end === 3), JSON.stringify(m));
});

test("the matcher adds missed dictionary names and widens spans inside them, and nothing else", () => {
  const ws = words("Palestinian Islamic Jihad and Hamas met Benjamin Netanyahu in Cairo");
  const model = [{ start: 1, end: 3, label: "ORG" }, { start: 9, end: 10, label: "LOC" }];
  const got = matchDictionaryNames(ws, model, gz).map((s) => `${s.label}:${ws.slice(s.start, s.end).join(" ")}`);
  assert.deepEqual(got, ["ORG:Palestinian Islamic Jihad", "ORG:Hamas", "PER:Benjamin Netanyahu", "LOC:Cairo"]);
  // Lower case, part of a longer capitalised name, or a span the model already labelled otherwise: left alone.
  assert.deepEqual(matchDictionaryNames(words("the hamas thing"), [], gz), []);
  assert.deepEqual(matchDictionaryNames(words("Hamas Street is long"), [], gz), []);
  const kept = [{ start: 0, end: 1, label: "LOC" }];
  assert.deepEqual(matchDictionaryNames(words("Hamas said"), kept, gz), kept);
});
