// Statements need someone they are made to; the target of a demand can sit in the object's content clause.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu, conlluToDoc } from "../src/nlp/conllu.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { RuleSwitch } from "../src/rules/rule.js";
import { actor, article, lexicon, mention, testCoder } from "./helpers/events.js";

const doc = (rows: string[]) => conlluToDoc(parseConllu(rows.map((r) => {
  const [id, form, lemma, upos, head, rel] = r.split(" ");
  return [id, form, lemma, upos, "_", "_", head, rel, "_", "_"].join("\t");
}).join("\n") + "\n\n"));

const STATEMENTS = lexicon([
  { code: "010", lemma: "say" }, { code: "010", lemma: "tell" }, { code: "0874", lemma: "withdraw" },
  { code: "100", lemma: "reiterate", object: ["demand"] },
]);
const coderWithout = (...off: string[]) => testCoder({ lexicon: STATEMENTS, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
const coder = coderWithout();

test("'officials said Israel would withdraw': the withdrawal is coded, the untargeted statement is not", () => {
  const d = doc(["1 Officials official NOUN 2 nsubj", "2 said say VERB 0 root", "3 Israel Israel PROPN 5 nsubj", "4 would would AUX 5 aux", "5 withdraw withdraw VERB 2 ccomp"]);
  const events = coder.code(d, article(d, "2024-02-08"), [mention(d, 0, 1, 1, 1, actor("GOV", null, { sectors: ["GOV"] })), mention(d, 0, 3, 3, 3, actor("ISR", "ISR"))], []);
  assert.deepEqual(events.map((e) => `${e.cameo}:${e.source?.code}`), ["0874:ISR"]);
});

test("filters.plain-statement: a plain statement made to someone is not coded (PLOVER drops CAMEO 01); without the rule it is", () => {
  const d = doc(["1 Officials official NOUN 2 nsubj", "2 told tell VERB 0 root", "3 Israel Israel PROPN 2 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("EGYGOV", "EGY")), mention(d, 0, 3, 3, 3, actor("ISR", "ISR"))];
  assert.deepEqual(coder.code(d, article(d, "2024-02-08"), ms, []), []);
  const events = coderWithout("filters.plain-statement").code(d, article(d, "2024-02-08"), ms, []);
  assert.deepEqual(events.map((e) => `${e.cameo}:${e.source?.code}>${e.target?.code}`), ["010:EGYGOV>ISR"]);
});

test("'reiterated its demand that Israel ease restrictions': the target comes from the demand's content clause", () => {
  const d = doc(["1 ILO ILO PROPN 2 nsubj", "2 reiterated reiterate VERB 0 root", "3 its its PRON 4 nmod:poss", "4 demand demand NOUN 2 obj",
    "5 that that SCONJ 7 mark", "6 Israel Israel PROPN 7 nsubj", "7 ease ease VERB 4 acl", "8 restrictions restriction NOUN 7 obj"]);
  const events = coder.code(d, article(d, "2024-02-08"), [mention(d, 0, 1, 1, 1, actor("IGOILO", null)), mention(d, 0, 6, 6, 6, actor("ISR", "ISR"))], []);
  assert.deepEqual(events.map((e) => `${e.cameo}:${e.source?.code}>${e.target?.code}`), ["100:IGOILO>ISR"]);
});

test("filters.statement-needs-dyad: a statement with a target but no named source is not coded (also where plain statements are)", () => {
  const d = doc(["1 It it PRON 2 nsubj", "2 told tell VERB 0 root", "3 Israel Israel PROPN 2 obj"]);
  const ms = [mention(d, 0, 3, 3, 3, actor("ISR", "ISR"))];
  assert.deepEqual(coderWithout("filters.plain-statement").code(d, article(d, "2024-02-08"), ms, []), []);
  assert.notDeepEqual(coderWithout("filters.plain-statement", "filters.statement-needs-dyad", "filters.needs-named-party").code(d, article(d, "2024-02-08"), ms, []), []);
});

const travel = testCoder({
  lexicon: lexicon([{ code: "042", lemma: "head", prep: { word: "to" }, target: "prep" }, { code: "0871", lemma: "truce", noun: true }, { code: "0841", lemma: "release" }]),
  ontology: builtInOntology(), cues: loadFrameCues(),
});

test("heading back to one's own country is no visit; heading to another is", () => {
  const d = doc(["1 Blinken Blinken PROPN 2 nsubj", "2 headed head VERB 0 root", "3 to to ADP 4 case", "4 US US PROPN 2 obl",
    "5 and and CCONJ 6 cc", "6 headed head VERB 2 conj", "7 to to ADP 8 case", "8 Israel Israel PROPN 6 obl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("USAGOV", "USA")), mention(d, 0, 4, 4, 4, actor("USA", "USA")), mention(d, 0, 8, 8, 8, actor("ISR", "ISR"))];
  assert.deepEqual(travel.code(d, article(d, "2024-02-08"), ms, []).map((e) => `${e.source?.code}>${e.target?.code}`), ["USAGOV>ISR"]);
});

test("an event noun on a passive verb takes the verb's agent, not its patient ('In the truce, hostages were released')", () => {
  const d = doc(["1 In in ADP 2 case", "2 truce truce NOUN 5 obl", "3 hostages hostage NOUN 5 nsubj:pass", "4 were be AUX 5 aux:pass", "5 released release VERB 0 root"]);
  const events = travel.code(d, article(d, "2024-02-08"), [mention(d, 0, 3, 3, 3, actor("ISRCVL", "ISR", { sectors: ["CVL"] }))], []);
  assert.deepEqual(events.map((e) => `${e.cameo}:${e.source?.code ?? "-"}>${e.target?.code ?? "-"}`), ["0841:->ISRCVL"]);
});
