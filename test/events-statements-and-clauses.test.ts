// Statements need someone they are made to; the target of a demand can sit in the object's content clause.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu, conlluToDoc } from "../src/nlp/conllu.js";
import { createEventCoder } from "../src/events/coder.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/events/cues.js";
import { actor, article, lexicon, mention } from "./helpers/events.js";

const doc = (rows: string[]) => conlluToDoc(parseConllu(rows.map((r) => {
  const [id, form, lemma, upos, head, rel] = r.split(" ");
  return [id, form, lemma, upos, "_", "_", head, rel, "_", "_"].join("\t");
}).join("\n") + "\n\n"));

const coder = createEventCoder({
  lexicon: lexicon([
    { code: "010", lemma: "say" }, { code: "010", lemma: "tell" }, { code: "0874", lemma: "withdraw" },
    { code: "100", lemma: "reiterate", object: ["demand"] },
  ]),
  ontology: builtInOntology(), cues: loadFrameCues(),
});

test("'officials said Israel would withdraw': the withdrawal is coded, the untargeted statement is not", () => {
  const d = doc(["1 Officials official NOUN 2 nsubj", "2 said say VERB 0 root", "3 Israel Israel PROPN 5 nsubj", "4 would would AUX 5 aux", "5 withdraw withdraw VERB 2 ccomp"]);
  const events = coder.code(d, article(d, "2024-02-08"), [mention(d, 0, 1, 1, 1, actor("GOV", null, { sectors: ["GOV"] })), mention(d, 0, 3, 3, 3, actor("ISR", "ISR"))], []);
  assert.deepEqual(events.map((e) => `${e.cameo}:${e.source?.code}`), ["0874:ISR"]);
});

test("a statement made to someone is still coded", () => {
  const d = doc(["1 Officials official NOUN 2 nsubj", "2 told tell VERB 0 root", "3 Israel Israel PROPN 2 obj"]);
  const events = coder.code(d, article(d, "2024-02-08"), [mention(d, 0, 1, 1, 1, actor("EGYGOV", "EGY")), mention(d, 0, 3, 3, 3, actor("ISR", "ISR"))], []);
  assert.deepEqual(events.map((e) => `${e.cameo}:${e.source?.code}>${e.target?.code}`), ["010:EGYGOV>ISR"]);
});

test("'reiterated its demand that Israel ease restrictions': the target comes from the demand's content clause", () => {
  const d = doc(["1 ILO ILO PROPN 2 nsubj", "2 reiterated reiterate VERB 0 root", "3 its its PRON 4 nmod:poss", "4 demand demand NOUN 2 obj",
    "5 that that SCONJ 7 mark", "6 Israel Israel PROPN 7 nsubj", "7 ease ease VERB 4 acl", "8 restrictions restriction NOUN 7 obj"]);
  const events = coder.code(d, article(d, "2024-02-08"), [mention(d, 0, 1, 1, 1, actor("IGOILO", null)), mention(d, 0, 6, 6, 6, actor("ISR", "ISR"))], []);
  assert.deepEqual(events.map((e) => `${e.cameo}:${e.source?.code}>${e.target?.code}`), ["100:IGOILO>ISR"]);
});
