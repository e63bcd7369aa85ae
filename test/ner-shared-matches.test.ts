// The gazetteer is matched once per sentence of a document (DocNames keeps the matches): the phrase-level
// features and the dictionary matcher given those matches answer exactly as when they match on their own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../src/nlp/ner/gazetteer.js";
import { DocCase, phraseLevelFeatures } from "../src/nlp/ner/features.js";
import { matchDictionaryNames } from "../src/nlp/ner/matcher.js";
import { recordStageTimes, stageTimes, addStageTime, recordingStageTimes } from "../src/util/stage-times.js";

const gz = loadGazetteer();
const sentences = [
  "The United Nations and Hamas met in Cairo on Monday .",
  "Palestinian Islamic Jihad fired rockets , said Reuters .",
  "Azurix Corp. and Enron / Azurix sold the Ministry of Defence building .",
  "he said nothing .",
].map((s) => s.split(" "));

test("DocNames keeps each sentence's gazetteer matches, by its word array and gazetteer", () => {
  const doc = new DocCase(sentences, gz);
  const lower = sentences[0].map((w) => w.toLowerCase());
  assert.deepEqual(doc.names!.matchesOf(sentences[0], gz), gz.matches(lower, sentences[0]));
  assert.ok(doc.names!.matchesOf(sentences[0], gz)!.length > 0);
  // another array with the same words is not a sentence of this document: no kept matches
  assert.equal(doc.names!.matchesOf([...sentences[0]], gz), undefined);
});

test("phrase-level features from the kept matches equal those matched afresh", () => {
  const doc = new DocCase(sentences, gz);
  for (const ws of sentences) {
    assert.deepEqual(phraseLevelFeatures(ws, gz, doc, true), phraseLevelFeatures([...ws], gz, doc, true), ws.join(" "));
  }
});

test("the dictionary matcher given a sentence's matches finds the same names as matching from each start", () => {
  let some = 0;
  for (const ws of sentences) {
    const all = gz.matches(ws.map((w) => w.toLowerCase()), ws);
    const given = matchDictionaryNames(ws, [], gz, all);
    assert.deepEqual(given, matchDictionaryNames(ws, [], gz), ws.join(" "));
    some += given.length;
  }
  assert.ok(some > 0, "some dictionary name is matched");
});

test("stage times are recorded only while recording is on", () => {
  recordStageTimes(false);
  addStageTime("x", process.cpuUsage());
  assert.equal(stageTimes().size, 0);
  recordStageTimes(true);
  assert.ok(recordingStageTimes());
  const c0 = process.cpuUsage();
  let s = 0;
  for (let i = 0; i < 1e6; i++) s += i;
  addStageTime("x", c0);
  addStageTime("x", process.cpuUsage());
  assert.equal(stageTimes().get("x")!.calls, 2);
  assert.ok(stageTimes().get("x")!.ms >= 0 && s > 0);
  recordStageTimes(false);
  assert.equal(stageTimes().size, 0);
});
