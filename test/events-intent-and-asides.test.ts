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

test("repair.subject-before-aside: 'After the election, Ishiba, as a member of the party, visited Taiwan' finds Ishiba past the aside", () => {
  // the parser hung Ishiba as an apposition of "election" and left "visited" with no subject
  const d = rowsDoc(["1 After after ADP IN 3 case", "2 the the DET DT 3 det", "3 election election NOUN NN 11 obl", "4 , , PUNCT , 5 punct",
    "5 Ishiba Ishiba PROPN NNP 3 appos", "6 , , PUNCT , 9 punct", "7 as as ADP IN 9 case", "8 a a DET DT 9 det", "9 member member NOUN NN 3 nmod",
    "10 , , PUNCT , 3 punct", "11 visited visit VERB VBD 0 root", "12 Taiwan Taiwan PROPN NNP 11 obj"]);
  const ms = [mention(d, 0, 5, 5, 5, actor("JPNGOV", "JPN", { sectors: ["GOV"] })), mention(d, 0, 12, 12, 12, actor("TWN", "TWN"))];
  const art = article(d, "2024-10-04");
  assert.deepEqual(show(coderWithout().code(d, art, ms)), ["042:JPNGOV>TWN:asserted"]);
  assert.deepEqual(show(coderWithout("repair.subject-before-aside").code(d, art, ms)), ["042:->TWN:asserted"]);
});

test("frames.gerund-as-oblique: attacking a newspaper 'for refusing' to back a plan is criticism (111), not force", () => {
  const lex = lexicon([{ code: "190", lemma: "attack" }, { code: "111", lemma: "attack", prep: { word: "for" } }]);
  const c = (...off: string[]) => testCoder({ lexicon: lex, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Trump Trump PROPN NNP 2 nsubj", "2 attacked attack VERB VBD 0 root", "3 newspaper newspaper NOUN NN 2 obj",
    "4 for for SCONJ IN 5 mark", "5 refusing refuse VERB VBG 2 advcl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("USAGOV", "USA", { sectors: ["GOV"] })), mention(d, 0, 3, 3, 3, actor("USAMED", "USA", { sectors: ["MED"] }))];
  const art = article(d, "2025-03-13");
  assert.deepEqual(show(c().code(d, art, ms)), ["111:USAGOV>USAMED:asserted"]);
  assert.deepEqual(show(c("frames.gerund-as-oblique").code(d, art, ms)), ["190:USAGOV>USAMED:asserted"]);
});

test("filters.sought-act: 'Bennett sought to engage with the Taliban' is the planned engagement (and its intent, 036), not an appeal", () => {
  const lex = lexicon([{ code: "020", lemma: "seek" }, { code: "040", lemma: "engage", prep: { word: "with" }, target: "prep" }]);
  const c = (...off: string[]) => testCoder({ lexicon: lex, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Bennett Bennett PROPN NNP 2 nsubj", "2 sought seek VERB VBD 0 root", "3 to to PART TO 4 mark", "4 engage engage VERB VB 2 xcomp",
    "5 with with ADP IN 6 case", "6 Taliban Taliban PROPN NNP 4 obl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("IGOUNO", null, { org: "UNO" })), mention(d, 0, 6, 6, 6, actor("AFGGOV", "AFG", { sectors: ["GOV"] }))];
  const art = article(d, "2024-08-21");
  assert.deepEqual(show(c().code(d, art, ms)), ["036:IGOUNO>AFGGOV:intended", "040:IGOUNO>AFGGOV:intended"]);
  const off = show(c("filters.sought-act").code(d, art, ms));
  assert.ok(off.every((e) => e.startsWith("02")) && off.length > 0, off.join(" "));
});

test("frames.patient-possessor: 'China condemned Lai's arrest' — Lai undergoes the arrest; 'Israel's release of prisoners' is Israel's act", () => {
  const lex = lexicon([{ code: "173", lemma: "arrest", noun: true }, { code: "0841", lemma: "release", noun: true }]);
  const c = (...off: string[]) => testCoder({ lexicon: lex, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Police police NOUN NNS 2 nsubj", "2 announced announce VERB VBD 0 root", "3 Lai Lai PROPN NNP 5 nmod:poss", "4 's 's PART POS 3 case", "5 arrest arrest NOUN NN 2 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("HKGCOP", "HKG", { sectors: ["COP"] })), mention(d, 0, 3, 3, 3, actor("HKGMED", "HKG", { sectors: ["MED"] }))];
  const art = article(d, "2025-03-13");
  const on = show(c().code(d, art, ms));
  assert.ok(on.some((e) => e.startsWith("173:") && e.includes(">HKGMED")), on.join(" "));
  const off = show(c("frames.patient-possessor").code(d, art, ms));
  assert.ok(!off.some((e) => e.startsWith("173:") && e.includes(">HKGMED")), off.join(" "));
  const r = rowsDoc(["1 Israel Israel PROPN NNP 3 nmod:poss", "2 's 's PART POS 1 case", "3 release release NOUN NN 0 root", "4 of of ADP IN 5 case", "5 prisoners prisoner NOUN NNS 3 nmod"]);
  const rs = [mention(r, 0, 1, 1, 1, actor("ISR", "ISR")), mention(r, 0, 5, 5, 5, actor("PSECVL", "PSE", { sectors: ["CVL"] }))];
  const rel = show(c().code(r, article(r, "2025-03-13"), rs));
  assert.ok(rel.length > 0 && rel.every((e) => e.startsWith("0841:ISR>")), rel.join(" "));
});
