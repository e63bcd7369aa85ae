// Issue 10, fourth round: statements of intent coded as the codebook's 03x code beside the planned act, and
// subjects hung elsewhere by the parser across a parenthetical. Hand-parsed CoNLL-U; each rule is also
// switched off to show what it changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { RuleSwitch } from "../src/rules/rule.js";
import type { EventRecord } from "../src/text/annotations.js";
import { actor, article, lexicon, mention, rowsDoc, testCoder } from "./helpers/events.js";

const LEXICON = lexicon([{ code: "040", lemma: "meet" }, { code: "190", lemma: "attack" }, { code: "042", lemma: "visit" }]);
const coderWithout = (...off: string[]) => testCoder({ lexicon: LEXICON, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
const show = (es: EventRecord[]) => es.map((e) => `${e.cameo}:${e.source?.code ?? "-"}>${e.target?.code ?? "-"}:${e.modality}`).sort();
const USA = actor("USA", "USA"), ISR = actor("ISR", "ISR");

test("stance.intent-code: 'Blinken will meet Netanyahu' is an intent to meet (036) beside the planned meeting", () => {
  const d = rowsDoc(["1 Blinken Blinken PROPN NNP 3 nsubj", "2 will will AUX MD 3 aux", "3 meet meet VERB VB 0 root", "4 Netanyahu Netanyahu PROPN NNP 3 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, USA), mention(d, 0, 4, 4, 4, ISR)];
  const art = article(d, "2024-02-08");
  assert.deepEqual(show(coderWithout().code(d, art, ms)), ["036:USA>ISR:intended", "040:USA>ISR:intended"]);
  assert.deepEqual(show(coderWithout("stance.intent-code").code(d, art, ms)), ["040:USA>ISR:intended"]);
});

test("stance.intent-code: a meeting that happened, and a planned attack, take no intent code", () => {
  const d = rowsDoc(["1 Blinken Blinken PROPN NNP 2 nsubj", "2 met meet VERB VBD 0 root", "3 Netanyahu Netanyahu PROPN NNP 2 obj"]);
  assert.deepEqual(show(coderWithout().code(d, article(d, "2024-02-08"), [mention(d, 0, 1, 1, 1, USA), mention(d, 0, 3, 3, 3, ISR)])), ["040:USA>ISR:asserted"]);
  const a = rowsDoc(["1 Israel Israel PROPN NNP 3 nsubj", "2 will will AUX MD 3 aux", "3 attack attack VERB VB 0 root", "4 Rafah Rafah PROPN NNP 3 obj"]);
  const out = show(coderWithout().code(a, article(a, "2024-02-08"), [mention(a, 0, 1, 1, 1, ISR), mention(a, 0, 4, 4, 4, actor("PSE", "PSE"))]));
  assert.ok(out.length > 0 && out.every((e) => !e.startsWith("03")), out.join(" "));
});
