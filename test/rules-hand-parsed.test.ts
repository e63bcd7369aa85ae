// Coding rules whose example sentence our parser does not send down the rule's path, checked on hand-made
// parses instead: each with the rule on, and off by id (RuleSwitch), so a test fails if the rule stops acting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RuleSwitch } from "../src/rules/rule.js";
import { buildFrames } from "../src/clauses/frames.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { builtInOntology } from "../src/events/ontology.js";
import type { EventRecord } from "../src/text/annotations.js";
import { actor, article, lexicon, mention, place, rowsDoc, testCoder } from "./helpers/events.js";
import { fixtureLexicon, gazaFixture } from "./helpers/event-fixtures.js";

const cues = loadFrameCues();
const show = (es: EventRecord[]) => es.map((e) => `${e.source?.code ?? e.source?.text ?? "-"}>${e.target?.code ?? "-"}:${e.cameo}@${e.trigger.text}`).sort();
const coderWith = (patterns: Parameters<typeof lexicon>[0], off: string[] = []) =>
  testCoder({ lexicon: lexicon(patterns), ontology: builtInOntology(), cues, rules: new RuleSwitch(off) });

test("rule repair.subject-doubled-on-reporter: of two subjects hung on 'said', the first is the reported clause's", () => {
  const d = rowsDoc(["1 Clinton Clinton PROPN NNP 7 nsubj", "2 has have AUX VBZ 3 aux", "3 imposed impose VERB VBN 7 ccomp",
    "4 sanctions sanction NOUN NNS 3 obj", "5 , , PUNCT , 7 punct", "6 officials official NOUN NNS 7 nsubj", "7 said say VERB VBD 0 root"]);
  const subjects = (off: string[]) => buildFrames(d, cues, new Set(), new Set(), new RuleSwitch(off)).find((f) => f.lemma === "impose")!;
  assert.deepEqual(subjects([]).subjects, [0]);
  assert.deepEqual(subjects([]).repairs, ["repair.subject-doubled-on-reporter"]);
  assert.deepEqual(subjects(["repair.subject-doubled-on-reporter"]).subjects, []);
});

test("rule targets.indirect-object: the indirect object is the target when the object names no actor", () => {
  const d = rowsDoc(["1 Iran Iran PROPN NNP 2 nsubj", "2 sent send VERB VBD 0 root", "3 Russia Russia PROPN NNP 2 iobj", "4 drones drone NOUN NNS 2 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("IRN", "IRN")), mention(d, 0, 3, 3, 3, actor("RUS", "RUS"))];
  const a = article(d, "2024-02-08");
  assert.deepEqual(show(coderWith([{ code: "072", lemma: "send" }]).code(d, a, ms)), ["IRN>RUS:072@sent"]);
  assert.deepEqual(show(coderWith([{ code: "072", lemma: "send" }], ["targets.indirect-object"]).code(d, a, ms)), ["IRN>-:072@sent"]);
});

test("rule filters.needs-named-party: an unnamed source with only a fallback target makes no event", () => {
  const d = rowsDoc(["1 Gunmen gunman NOUN NNS 2 nsubj", "2 attacked attack VERB VBD 0 root", "3 a a DET DT 4 det", "4 bus bus NOUN NN 2 obj",
    "5 in in ADP IN 6 case", "6 Kabul Kabul PROPN NNP 2 obl"]);
  const a = article(d, "2024-02-08");
  const pl = [place(d, 0, 6, 6, "AFG")];
  assert.deepEqual(coderWith([{ code: "190", lemma: "attack" }]).code(d, a, [], pl), []);
  assert.deepEqual(show(coderWith([{ code: "190", lemma: "attack" }], ["filters.needs-named-party"]).code(d, a, [], pl)), ["Gunmen>AFG:190@attacked"]);
});

test("rule filters.their-noun-place-only: 'their war in Gaza' with only the place as target makes no event", () => {
  const d = rowsDoc(["1 Mediators mediator NOUN NNS 2 nsubj", "2 discussed discuss VERB VBD 0 root", "3 their their PRON PRP$ 4 nmod:poss",
    "4 war war NOUN NN 2 obj", "5 in in ADP IN 6 case", "6 Gaza Gaza PROPN NNP 4 nmod"]);
  const a = article(d, "2024-02-08");
  const ms = [mention(d, 0, 1, 1, 1, actor("IGOUNO", null, { org: "UNO" }))];
  const pl = [place(d, 0, 6, 6, "PSE")];
  const war = [{ code: "190", lemma: "war", noun: true }];
  assert.deepEqual(coderWith(war).code(d, a, ms, pl), []);
  assert.deepEqual(show(coderWith(war, ["filters.their-noun-place-only"]).code(d, a, ms, pl)), ["IGOUNO>PSE:190@war"]);
});

test("rule filters.nominal-echo: an event noun repeating its verb's event is dropped", () => {
  const d = rowsDoc(["1 Hamas Hamas PROPN NNP 2 nsubj", "2 participated participate VERB VBD 0 root", "3 in in ADP IN 4 case",
    "4 talks talk NOUN NNS 2 obl", "5 with with ADP IN 6 case", "6 Israel Israel PROPN NNP 4 nmod"]);
  const a = article(d, "2024-02-08");
  const ms = [mention(d, 0, 1, 1, 1, actor("PSEREBHMS", "PSE", { org: "HMS" })), mention(d, 0, 6, 6, 6, actor("ISR", "ISR"))];
  const patterns = [{ code: "046", lemma: "participate", prep: { word: "with" }, target: "prep" as const }, { code: "046", lemma: "talk", noun: true }];
  assert.deepEqual(show(coderWith(patterns).code(d, a, ms)), ["PSEREBHMS>ISR:046@participated"]);
  assert.deepEqual(show(coderWith(patterns, ["filters.nominal-echo"]).code(d, a, ms)), ["PSEREBHMS>ISR:046@participated", "PSEREBHMS>ISR:046@talks"]);
});

test("rules targets.place-acted-on and filters.event-noun-needs-evidence on the first seed article", () => {
  const f = gazaFixture();
  const code = (off: string[]) => testCoder({ lexicon: fixtureLexicon(), ontology: builtInOntology(), cues, rules: new RuleSwitch(off) })
    .code(f.doc, f.article, f.mentions, f.places);
  const hit = (es: EventRecord[]) => es.find((e) => e.sentence === 4 && e.trigger.text === "hit");
  assert.equal(hit(code([]))?.target?.code, "PSE", "the place hit is the target");
  assert.ok(hit(code([]))!.rules.includes("targets.place-acted-on"));
  assert.equal(hit(code(["targets.place-acted-on"]))?.target, null);
  const offensive = (es: EventRecord[]) => es.filter((e) => e.trigger.text === "offensive");
  assert.equal(offensive(code([])).length, 0, "'its military offensive' names its subject by a pronoun only");
  assert.equal(offensive(code(["filters.event-noun-needs-evidence"])).length, 1);
});
