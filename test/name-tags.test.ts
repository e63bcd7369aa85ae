// repair.place-name-tag: a place name the tagger took for a verb, adverb or common noun is a proper noun again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "../src/text/doc.js";
import { retagPlaceNames, placeNameForm } from "../src/nlp/name-tags.js";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { PLACE_NAME_TAG } from "../src/pipeline/name-tags.js";
import { allRules } from "../src/pipeline/rules.js";

/** A one-sentence doc of space-separated words with the tags given ("word/UPOS"). */
function tagged(spec: string): Doc {
  const parts = spec.split(" ").map((p) => p.split("/"));
  const doc = new Doc(parts.map(([w]) => w).join(" "));
  let at = 0;
  for (const [w, upos] of parts) {
    const t = doc.addToken(at, at + w.length);
    t.upos = upos;
    t.xpos = upos === "PROPN" ? "NNP" : "XX";
    at += w.length + 1;
  }
  doc.addSentence(0, doc.tokens.length);
  return doc;
}

const names = new Set(["Harbin", "Kunming", "Western"]);

test("a place name read as a verb or adverb becomes a proper noun; other words stay", () => {
  const doc = tagged("Kunming/VERB protested/VERB to/ADP Harbin/ADV about/ADP the/DET move/NOUN ./PUNCT");
  assert.deepEqual(retagPlaceNames(doc, (w) => names.has(w)), [0, 3]);
  assert.deepEqual(doc.tokens.map((t) => t.upos), ["PROPN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"]);
  assert.equal(doc.tokens[0].xpos, "NNP");
});

test("a listed name used as a modifier before a noun or adjective is left as tagged", () => {
  const doc = tagged("forces/NOUN in/ADP Western/ADJ Harbin/PROPN advanced/VERB ./PUNCT");
  assert.deepEqual(retagPlaceNames(doc, (w) => names.has(w)), []);
  assert.equal(doc.tokens[2].upos, "ADJ");
});

test("placeNameForm: capitals and cities written as names are names; everyday words and demonyms are not", () => {
  const gz = loadGazetteer();
  assert.equal(placeNameForm(gz, "Beijing"), true);
  assert.equal(placeNameForm(gz, "Nice"), false, "'nice' is far more often an adjective");
  assert.equal(placeNameForm(gz, "Thai"), false, "a demonym");
  assert.equal(placeNameForm(gz, "beijing"), false, "not written as a name");
});

test("the repair is a registered rule, switchable by its id", () => {
  assert.ok(allRules().some((r) => r.id === PLACE_NAME_TAG.id));
  const gz = loadGazetteer();
  const doc = tagged("Beijing/AUX warned/VERB Taipei/PROPN ./PUNCT");
  PLACE_NAME_TAG.apply(gz)(doc as never);
  assert.equal(doc.tokens[0].upos, "PROPN");
});
