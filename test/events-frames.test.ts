import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFrames, type Frame } from "../src/clauses/frames.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { fixtureDoc, tokenAt } from "./helpers/events.js";
import type { Doc } from "../src/text/doc.js";
import { conlluToDoc, parseConllu } from "../src/nlp/conllu.js";
import { tempDir } from "./helpers/tmp.js";

const cues = loadFrameCues();
const gaza = fixtureDoc("gaza-2024-02-08.conllu");
const rafah = fixtureDoc("rafah-2024-05-08.conllu");
const gazaFrames = buildFrames(gaza, cues, new Set(["talk", "pledge"]));
const rafahFrames = buildFrames(rafah, cues);

function frame(doc: Doc, frames: Frame[], sent: number, word: string): Frame {
  const f = frames.find((x) => x.sentence === sent && doc.tokens[x.predicate].text === word);
  assert.ok(f, `a frame for "${word}" in sentence ${sent}`);
  return f;
}
const words = (doc: Doc, heads: number[]) => heads.map((h) => doc.tokens[h].text);

test("active frame: subject, object, particles, obliques with case words, past tense", () => {
  const f = frame(gaza, gazaFrames, 5, "stepped");
  assert.deepEqual(words(gaza, f.subjects), ["Israel"]);
  assert.deepEqual(words(gaza, f.objects), ["assault"]);
  assert.deepEqual(f.particles, ["up"]);
  assert.deepEqual(f.obliques.map((o) => [o.case, words(gaza, o.heads)]), [["in", ["hours"]]]);
  assert.equal(f.voice, "active");
  assert.equal(f.tense, "past");
  assert.equal(f.relation, "ccomp");
});

test("passive: nsubj:pass becomes the object, no agent leaves no subject", () => {
  const f = frame(gaza, gazaFrames, 7, "released");
  assert.equal(f.voice, "passive");
  assert.deepEqual(words(gaza, f.objects), ["hostages"]);
  assert.deepEqual(f.subjects, []);
  assert.equal(f.subjectOrigin, "none");
});

test("participle clauses: the modified noun is the theme, obl:agent the subject, and a conjunct inherits both", () => {
  const drawn = frame(gaza, gazaFrames, 3, "drawn");
  assert.equal(drawn.voice, "passive");
  assert.deepEqual(words(gaza, drawn.subjects), ["chiefs"]);
  assert.deepEqual(words(gaza, drawn.objects), ["proposal"]);
  const delivered = frame(gaza, gazaFrames, 3, "delivered");
  assert.equal(delivered.voice, "passive");
  assert.deepEqual(words(gaza, delivered.subjects), ["mediators"]);
  assert.deepEqual(words(gaza, delivered.objects), ["proposal"]);
  assert.deepEqual(delivered.obliques.find((o) => o.case === "to")?.heads.map((h) => gaza.tokens[h].text), ["Hamas"]);
});

test("coordination expands subjects and shares a missing one", () => {
  const forge = frame(gaza, gazaFrames, 0, "forge");
  assert.deepEqual(words(gaza, forge.subjects), ["Mediators"], "subject control through 'scrambled to'");
  const took = frame(gaza, gazaFrames, 6, "took");
  assert.deepEqual(words(gaza, took.subjects), ["militants"]);
  assert.equal(took.subjectOrigin, "inherited");
  const talks = frame(gaza, gazaFrames, 1, "talks");
  assert.ok(talks.nominal);
  assert.deepEqual(talks.obliques.map((o) => [o.case, words(gaza, o.heads)]), [["with", ["Egypt", "Qatar"]]]);
});

test("control and raising: object control of urge, subject raising of 'due to', acl of a pledge", () => {
  assert.deepEqual(words(gaza, frame(gaza, gazaFrames, 2, "go").subjects), ["factions"]);
  assert.deepEqual(words(gaza, frame(gaza, gazaFrames, 2, "fighting").subjects), ["factions"]);
  assert.equal(frame(gaza, gazaFrames, 2, "go").modality, "proposed", "what one is urged to do has not happened");
  const travel = frame(gaza, gazaFrames, 1, "travel");
  assert.deepEqual(words(gaza, travel.subjects), ["delegation"]);
  assert.ok(travel.cues.includes("due to"));
  assert.equal(travel.modality, "intended");
  assert.equal(travel.tense, "future");
  assert.deepEqual(words(gaza, frame(gaza, gazaFrames, 10, "destroy").subjects), ["Netanyahu"]);
  assert.equal(frame(gaza, gazaFrames, 10, "destroy").modality, "intended");
  assert.deepEqual(words(gaza, frame(gaza, gazaFrames, 2, "calling").subjects), ["Benjamin"]);
});

test("reported speech: ccomp under 'said', trailing parataxis 'residents said', and the reporting verb itself", () => {
  assert.deepEqual(words(gaza, frame(gaza, gazaFrames, 5, "stepped").reporter), ["residents"]);
  assert.deepEqual(words(gaza, frame(gaza, gazaFrames, 4, "hit").reporter), ["residents"]);
  assert.equal(frame(gaza, gazaFrames, 4, "hit").modality, "reported");
  assert.deepEqual(frame(gaza, gazaFrames, 5, "said").reporter, []);
  const conducting = frame(rafah, rafahFrames, 4, "conducting");
  assert.deepEqual(words(rafah, conducting.reporter), ["military"]);
  assert.deepEqual(words(rafah, conducting.subjects), ["it"]);
});

test("negation, conditionals, 'was to' and 'would' in reported speech", () => {
  const agree = frame(gaza, gazaFrames, 8, "agree");
  assert.ok(agree.negated);
  assert.equal(agree.modality, "negated");
  assert.equal(frame(rafah, rafahFrames, 3, "continued").modality, "hypothetical");
  assert.equal(frame(rafah, rafahFrames, 1, "travel").modality, "intended");
  assert.ok(frame(rafah, rafahFrames, 1, "travel").cues.includes("be to"));
  assert.equal(frame(rafah, rafahFrames, 3, "be").modality, "intended", "'would' under 'warned'");
  assert.equal(frame(gaza, gazaFrames, 9, "withdraw").modality, "proposed");
});

test("relative pronoun subjects stand for the modified noun", () => {
  const doc = fixtureDoc("gaza-2024-02-08.conllu");
  // "Hamas proposed a ceasefire, during which Israel would withdraw": 'which' is an oblique, Israel stays the subject
  const f = frame(doc, buildFrames(doc, cues), 9, "withdraw");
  assert.deepEqual(words(doc, f.subjects), ["Israel"]);
  assert.equal(f.relation, "acl:relcl");
  assert.equal(tokenAt(doc, 9, 10), f.predicate);
});

test("frame cues are data: a malformed file is reported by path and field", () => {
  const dir = tempDir("parley-cues-");
  const p = join(dir, "cues.json");
  writeFileSync(p, JSON.stringify({ reporting: "say" }));
  assert.throws(() => loadFrameCues(p), (e: Error) => e.message.startsWith(p) && /"reporting" must be an array/.test(e.message));
  writeFileSync(p, "{");
  assert.throws(() => loadFrameCues(p), (e: Error) => e.message.startsWith(p));
});

test("a bare participle complement is passive: its controlled subject is the patient", () => {
  const doc = conlluDoc([
    "1\tAt\tat\tADP\tIN\t_\t2\tcase\t_\t_",
    "2\tleast\tleast\tADJ\tJJS\t_\t3\tnmod\t_\t_",
    "3\t27,585\t27,585\tNUM\tCD\t_\t4\tnummod\t_\t_",
    "4\tPalestinians\tPalestinian\tPROPN\tNNPS\t_\t7\tnsubj:pass\t_\t_",
    "5\thave\thave\tAUX\tVBP\t_\t7\taux\t_\t_",
    "6\tbeen\tbe\tAUX\tVBN\t_\t7\taux:pass\t_\t_",
    "7\tconfirmed\tconfirm\tVERB\tVBN\t_\t0\troot\t_\t_",
    "8\tkilled\tkill\tVERB\tVBN\t_\t7\txcomp\t_\tSpaceAfter=No",
    "9\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_",
  ]);
  const f = buildFrames(doc, cues).find((x) => doc.tokens[x.predicate].text === "killed");
  assert.ok(f, "a frame for killed");
  assert.equal(f.voice, "passive");
  assert.deepEqual(words(doc, f.objects), ["Palestinians"]);
  assert.deepEqual(f.subjects, []);
});

function conlluDoc(lines: string[]): Doc {
  return conlluToDoc(parseConllu(lines.join("\n") + "\n"));
}
