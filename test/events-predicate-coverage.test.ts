// Predicate coverage on real news (VOA dev, even half): reasons given for an act of judgement are not events
// of their own. Hand-parsed CoNLL-U; each rule is also switched off to show what it changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { RuleSwitch } from "../src/rules/rule.js";
import type { EventRecord } from "../src/text/annotations.js";
import { loadLexicon } from "../src/events/lexicon.js";
import { actor, article, lexicon, mention, rowsDoc, testCoder } from "./helpers/events.js";

const show = (es: EventRecord[]) => es.map((e) => `${e.cameo}:${e.source?.code ?? "-"}>${e.target?.code ?? "-"}`).sort();
const USA = actor("USAGOV", "USA", { sectors: ["GOV"] });

test("filters.reason-clause: what the newspaper is attacked for ('for refusing to support') is the reason, not an event", () => {
  const lex = lexicon([{ code: "111", lemma: "attack" }, { code: "120", lemma: "refuse" }, { code: "051", lemma: "support" }]);
  const c = (...off: string[]) => testCoder({ lexicon: lex, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Trump Trump PROPN NNP 2 nsubj", "2 attacked attack VERB VBD 0 root", "3 the the DET DT 4 det", "4 Journal Journal PROPN NNP 2 obj",
    "5 for for SCONJ IN 6 mark", "6 refusing refuse VERB VBG 2 advcl", "7 to to PART TO 8 mark", "8 support support VERB VB 6 xcomp", "9 tariffs tariff NOUN NNS 8 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, USA), mention(d, 0, 4, 4, 4, actor("USAMED", "USA", { sectors: ["MED"] }))];
  const art = article(d, "2025-03-13");
  assert.deepEqual(show(c().code(d, art, ms)), ["111:USAGOV>USAMED"]);
  const off = show(c("filters.reason-clause").code(d, art, ms));
  assert.ok(off.some((e) => e.startsWith("12")), `without the rule the refusal is coded too: ${off.join(" ")}`);
});

test("framing.or-face-threat: 'urged Russia to accept the ceasefire or face the possibility of sanctions' is an appeal and a threat to sanction", () => {
  const lex = loadLexicon();
  const c = (...off: string[]) => testCoder({ lexicon: lex, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Ministers minister NOUN NNS 2 nsubj", "2 urged urge VERB VBD 0 root", "3 Russia Russia PROPN NNP 2 obj", "4 to to PART TO 5 mark",
    "5 accept accept VERB VB 2 advcl", "6 the the DET DT 7 det", "7 ceasefire ceasefire NOUN NN 5 obj", "8 or or CCONJ CC 9 cc", "9 face face VERB VB 5 conj",
    "10 the the DET DT 11 det", "11 possibility possibility NOUN NN 9 obj", "12 of of ADP IN 13 case", "13 sanctions sanction NOUN NNS 11 nmod"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("IGOG7", null, { org: "G7" })), mention(d, 0, 3, 3, 3, actor("RUSGOV", "RUS", { sectors: ["GOV"] }))];
  const art = article(d, "2025-03-14");
  const on = show(c().code(d, art, ms));
  assert.ok(on.includes("1312:IGOG7>RUSGOV") && on.some((e) => e.startsWith("02")), on.join(" "));
  const off = show(c("framing.or-face-threat").code(d, art, ms));
  assert.ok(!off.some((e) => e.startsWith("13")), off.join(" "));
});

test("lexicon &CONCERN: concern over a party's act is disapproval of it (111); concern about nothing named stays a statement", () => {
  const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const d = rowsDoc(["1 Tokyo Tokyo PROPN NNP 2 nsubj", "2 shared share VERB VBD 0 root", "3 concerns concern NOUN NNS 2 obj", "4 over over ADP IN 7 case",
    "5 China China PROPN NNP 7 nmod:poss", "6 's 's PART POS 5 case", "7 expansion expansion NOUN NN 2 obl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("JPN", "JPN")), mention(d, 0, 5, 5, 5, actor("CHN", "CHN"))];
  assert.deepEqual(show(c.code(d, article(d, "2024-10-04"), ms)), ["111:JPN>CHN"]);
  const d2 = rowsDoc(["1 Tokyo Tokyo PROPN NNP 2 nsubj", "2 voiced voice VERB VBD 0 root", "3 concern concern NOUN NN 2 obj"]);
  assert.deepEqual(show(c.code(d2, article(d2, "2024-10-04"), [mention(d2, 0, 1, 1, 1, actor("JPN", "JPN"))])), []);
});

test("framing.predicative-accusation: 'contended that the EU is one of the most hostile authorities' criticises the EU; 'was necessary to resist China's aggression' does not", () => {
  const c = (...off: string[]) => testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Trump Trump PROPN NNP 2 nsubj", "2 contended contend VERB VBD 0 root", "3 that that SCONJ IN 7 mark", "4 the the DET DT 5 det",
    "5 EU EU PROPN NNP 7 nsubj", "6 is be AUX VBZ 7 cop", "7 one one NUM CD 2 ccomp", "8 of of ADP IN 11 case", "9 the the DET DT 11 det",
    "10 hostile hostile ADJ JJ 11 amod", "11 authorities authority NOUN NNS 7 nmod"]);
  const ms = [mention(d, 0, 1, 1, 1, USA), mention(d, 0, 5, 5, 5, actor("IGOEU", null, { org: "EU" }))];
  const art = article(d, "2025-03-13");
  assert.deepEqual(show(c().code(d, art, ms)), ["111:USAGOV>IGOEU"]);
  assert.deepEqual(show(c("framing.predicative-accusation").code(d, art, ms)), []);
  const n = rowsDoc(["1 Ishiba Ishiba PROPN NNP 2 nsubj", "2 told tell VERB VBD 0 root", "3 Lai Lai PROPN NNP 2 obj", "4 that that SCONJ IN 7 mark",
    "5 deterrence deterrence NOUN NN 7 nsubj", "6 was be AUX VBD 7 cop", "7 necessary necessary ADJ JJ 2 ccomp", "8 to to PART TO 9 mark",
    "9 resist resist VERB VB 7 xcomp", "10 China China PROPN NNP 12 nmod:poss", "11 's 's PART POS 10 case", "12 aggression aggression NOUN NN 9 obj"]);
  const nms = [mention(n, 0, 1, 1, 1, actor("JPNGOV", "JPN", { sectors: ["GOV"] })), mention(n, 0, 3, 3, 3, actor("TWNGOV", "TWN", { sectors: ["GOV"] })), mention(n, 0, 10, 10, 10, actor("CHN", "CHN"))];
  assert.ok(!show(c().code(n, article(n, "2024-10-04"), nms)).some((e) => e.startsWith("111")));
});

test("lexicon: lobbying someone appeals to them; 'lobby the EU to abandon the tariffs' is an appeal to ease sanctions (0254)", () => {
  const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const d = rowsDoc(["1 China China PROPN NNP 2 nsubj", "2 lobbied lobby VERB VBD 0 root", "3 the the DET DT 4 det", "4 EU EU PROPN NNP 2 obj",
    "5 to to PART TO 6 mark", "6 abandon abandon VERB VB 2 advcl", "7 the the DET DT 8 det", "8 tariffs tariff NOUN NNS 6 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("CHNGOV", "CHN", { sectors: ["GOV"] })), mention(d, 0, 4, 4, 4, actor("IGOEU", null, { org: "EU" }))];
  assert.deepEqual(show(c.code(d, article(d, "2024-10-03"), ms)), ["0254:CHNGOV>IGOEU"]);
});

test("repair.relative-object: 'the monies that Congress voted for Taiwan defense' votes money (072): the pronoun object stands for its antecedent", () => {
  const c = (...off: string[]) => testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 the the DET DT 2 det", "2 monies money NOUN NNS 10 nsubj:pass", "3 that that PRON WDT 5 obj", "4 Congress Congress PROPN NNP 5 nsubj",
    "5 voted vote VERB VBD 2 acl:relcl", "6 for for ADP IN 8 case", "7 Taiwan Taiwan PROPN NNP 8 compound", "8 defense defense NOUN NN 5 obl",
    "9 will will AUX MD 10 aux", "10 used use VERB VBN 0 root"]);
  const ms = [mention(d, 0, 4, 4, 4, actor("USALEG", "USA", { sectors: ["LEG"] })), mention(d, 0, 7, 7, 7, actor("TWN", "TWN"))];
  const art = article(d, "2024-06-02");
  assert.deepEqual(show(c().code(d, art, ms)), ["072:USALEG>TWN"]);
  assert.ok(!show(c("repair.relative-object").code(d, art, ms)).includes("072:USALEG>TWN"));
});

test("lexicon &DRILL, &TEST: holding an exercise is a show of force (150); a test is one only against someone named ('dyad')", () => {
  const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const PRK = actor("PRKGOV", "PRK", { sectors: ["GOV"] });
  const d = rowsDoc(["1 Pyongyang Pyongyang PROPN NNP 2 nsubj", "2 staged stage VERB VBD 0 root", "3 drills drill NOUN NNS 2 obj"]);
  assert.deepEqual(show(c.code(d, article(d, "2019-12-18"), [mention(d, 0, 1, 1, 1, PRK)])), ["150:PRKGOV>-"]);
  const t = rowsDoc(["1 Pyongyang Pyongyang PROPN NNP 2 nsubj", "2 conducted conduct VERB VBD 0 root", "3 a a DET DT 4 det", "4 test test NOUN NN 2 obj"]);
  assert.deepEqual(show(c.code(t, article(t, "2019-12-18"), [mention(t, 0, 1, 1, 1, PRK)])), []);
  const u = rowsDoc(["1 Pyongyang Pyongyang PROPN NNP 2 nsubj", "2 conducted conduct VERB VBD 0 root", "3 a a DET DT 4 det", "4 test test NOUN NN 2 obj",
    "5 against against ADP IN 7 case", "6 U.S. U.S. PROPN NNP 7 compound", "7 threats threat NOUN NNS 2 obl"]);
  assert.deepEqual(show(c.code(u, article(u, "2019-12-18"), [mention(u, 0, 1, 1, 1, PRK), mention(u, 0, 6, 6, 6, actor("USA", "USA"))])), ["150:PRKGOV>USA"]);
});

test("derived codes: 'urged Russia to accept the ceasefire' appeals for de-escalation (0256), the accepted ceasefire being an intent (0356)", () => {
  const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const d = rowsDoc(["1 Ministers minister NOUN NNS 2 nsubj", "2 urged urge VERB VBD 0 root", "3 Russia Russia PROPN NNP 2 obj", "4 to to PART TO 5 mark",
    "5 accept accept VERB VB 2 advcl", "6 the the DET DT 7 det", "7 ceasefire ceasefire NOUN NN 5 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("IGOG7", null, { org: "G7" })), mention(d, 0, 3, 3, 3, actor("RUSGOV", "RUS", { sectors: ["GOV"] }))];
  assert.deepEqual(show(c.code(d, article(d, "2025-03-14"), ms)), ["0256:IGOG7>RUSGOV"]);
});

test("framing.conditional-threat: 'indicated that sanctions would be imposed if Ankara activated the system' threatens Ankara with sanctions (1312)", () => {
  const c = (...off: string[]) => testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Washington Washington PROPN NNP 2 nsubj", "2 indicated indicate VERB VBD 0 root", "3 that that SCONJ IN 7 mark",
    "4 sanctions sanction NOUN NNS 7 nsubj:pass", "5 would would AUX MD 7 aux", "6 be be AUX VB 7 aux:pass", "7 imposed impose VERB VBN 2 ccomp",
    "8 if if SCONJ IN 10 mark", "9 Ankara Ankara PROPN NNP 10 nsubj", "10 activated activate VERB VBD 7 advcl", "11 the the DET DT 12 det", "12 system system NOUN NN 10 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("USAGOV", "USA", { sectors: ["GOV"] })), mention(d, 0, 9, 9, 9, actor("TURGOV", "TUR", { sectors: ["GOV"] }))];
  const art = article(d, "2019-11-25");
  assert.deepEqual(show(c().code(d, art, ms)), ["1312:USAGOV>TURGOV"]);
  assert.ok(!show(c("framing.conditional-threat").code(d, art, ms)).some((e) => e.startsWith("13")));
});

test("framing.talks-must-go-on: 'Scholz said talks with China must continue' is Germany's intent to negotiate with China (036); 'talks continued' is not", () => {
  const c = (...off: string[]) => testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const rows = (aux: string[]) => rowsDoc(["1 Scholz Scholz PROPN NNP 2 nsubj", "2 said say VERB VBD 0 root", "3 talks talk NOUN NNS 7 nsubj", "4 with with ADP IN 5 case",
    "5 China China PROPN NNP 3 nmod", ...aux, "7 continue continue VERB VB 2 ccomp"]);
  const ms = (d: ReturnType<typeof rowsDoc>) => [mention(d, 0, 1, 1, 1, actor("DEUGOV", "DEU", { sectors: ["GOV"] })), mention(d, 0, 5, 5, 5, actor("CHN", "CHN"))];
  const d = rows(["6 must must AUX MD 7 aux"]);
  const art = article(d, "2024-10-03");
  assert.ok(show(c().code(d, art, ms(d))).includes("036:DEUGOV>CHN"));
  assert.ok(!show(c("framing.talks-must-go-on").code(d, art, ms(d))).includes("036:DEUGOV>CHN"));
  const past = rowsDoc(["1 Scholz Scholz PROPN NNP 2 nsubj", "2 said say VERB VBD 0 root", "3 talks talk NOUN NNS 6 nsubj", "4 with with ADP IN 5 case",
    "5 China China PROPN NNP 3 nmod", "6 continued continue VERB VBD 2 ccomp"]);
  assert.ok(!show(c().code(past, article(past, "2024-10-03"), ms(past))).includes("036:DEUGOV>CHN"));
});

test("repair.object-conjuncts and multi-word class members: 'seeking trade and military assistance from Russia' appeals for trade (0211) and for military aid (0232)", () => {
  const c = (...off: string[]) => testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
  const d = rowsDoc(["1 Pyongyang Pyongyang PROPN NNP 2 nsubj", "2 sought seek VERB VBD 0 root", "3 trade trade NOUN NN 2 obj", "4 and and CCONJ CC 6 cc",
    "5 military military ADJ JJ 6 amod", "6 assistance assistance NOUN NN 3 conj", "7 from from ADP IN 8 case", "8 Russia Russia PROPN NNP 6 nmod"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("PRKGOV", "PRK", { sectors: ["GOV"] })), mention(d, 0, 8, 8, 8, actor("RUSGOV", "RUS", { sectors: ["GOV"] }))];
  const art = article(d, "2024-06-28");
  assert.deepEqual(show(c().code(d, art, ms)), ["0211:PRKGOV>RUSGOV", "0232:PRKGOV>RUSGOV"]);
  assert.equal(show(c("repair.object-conjuncts").code(d, art, ms)).length, 1);
});

test("lexicon, guideline coverage: ambassadors withdrawn from a country (161), expulsion from a party (166), goods exempted from tariffs (085), offices raided (171)", () => {
  const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const code = (rows: string[], ms: (d: ReturnType<typeof rowsDoc>) => ReturnType<typeof mention>[]) => {
    const d = rowsDoc(rows);
    return show(c.code(d, article(d, "2025-03-14"), ms(d)));
  };
  assert.deepEqual(code(["1 Niger Niger PROPN NNP 2 nsubj", "2 withdrew withdraw VERB VBD 0 root", "3 its its PRON PRP$ 4 nmod:poss", "4 ambassador ambassador NOUN NN 2 obj",
    "5 from from ADP IN 6 case", "6 France France PROPN NNP 2 obl"], (d) => [mention(d, 0, 1, 1, 1, actor("NER", "NER")), mention(d, 0, 6, 6, 6, actor("FRA", "FRA"))]), ["161:NER>FRA"]);
  assert.deepEqual(code(["1 Washington Washington PROPN NNP 2 nsubj", "2 exempted exempt VERB VBD 0 root", "3 Canadian Canadian ADJ JJ 4 amod", "4 goods good NOUN NNS 2 obj",
    "5 from from ADP IN 7 case", "6 the the DET DT 7 det", "7 tariffs tariff NOUN NNS 2 obl"], (d) => [mention(d, 0, 1, 1, 1, actor("USA", "USA")), mention(d, 0, 3, 3, 3, actor("CAN", "CAN"))]), ["085:USA>CAN"]);
  assert.deepEqual(code(["1 Police police NOUN NNS 2 nsubj", "2 raided raid VERB VBD 0 root", "3 the the DET DT 4 det", "4 offices office NOUN NNS 2 obj",
    "5 of of ADP IN 6 case", "6 Reuters Reuters PROPN NNP 4 nmod"], (d) => [mention(d, 0, 1, 1, 1, actor("KENCOP", "KEN", { sectors: ["COP"] })), mention(d, 0, 6, 6, 6, actor("MED", null, { sectors: ["MED"] }))]).map((e) => e.slice(0, 3)), ["171"]);
});
