// Actor attachment through parser slips and weak placements: a tensed verb coordinated with a reduced
// relative (repair.finite-conjoined-to-participle), and an agent placed only by its sentence's one place
// whose own phrase names its country (participants.own-phrase-before-sentence-place). Hand-parsed CoNLL-U.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { RuleSwitch } from "../src/rules/rule.js";
import type { EventRecord, Mention } from "../src/text/annotations.js";
import { actor, article, lexicon, mention, rowsDoc, testCoder } from "./helpers/events.js";

const lex = lexicon([{ code: "020", lemma: "urge" }, { code: "070", lemma: "donate" }]);
const coder = (off: string[] = []) => testCoder({ lexicon: lex, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) });
const show = (es: EventRecord[]) => es.map((e) => `${e.cameo}:${e.source?.code ?? "-"}>${e.target?.code ?? "-"}`);

test("a tensed verb the parser coordinated with a participle on a noun shares the subject of the clause above the noun", () => {
  // "A spokesperson expressed sorrow over lives lost and urged the government to act."
  const d = rowsDoc(["1 A a DET DT 2 det", "2 spokesperson spokesperson NOUN NN 3 nsubj", "3 expressed express VERB VBD 0 root",
    "4 sorrow sorrow NOUN NN 3 obj", "5 over over ADP IN 6 case", "6 lives life NOUN NNS 4 nmod", "7 lost lose VERB VBN 6 acl",
    "8 and and CCONJ CC 9 cc", "9 urged urge VERB VBD 7 conj", "10 the the DET DT 11 det", "11 government government NOUN NN 9 obj",
    "12 to to PART TO 13 mark", "13 act act VERB VB 9 xcomp"]);
  const ms = [mention(d, 0, 1, 2, 2, actor("USAGOV", "USA", { sectors: ["GOV"] })), mention(d, 0, 10, 11, 11, actor("HTIGOV", "HTI", { sectors: ["GOV"] }))];
  const run = (off: string[] = []) => show(coder(off).code(d, article(d, "2021-02-27"), ms, [])).filter((e) => e.startsWith("020"));
  assert.deepEqual(run(), ["020:USAGOV>HTIGOV"]);
  assert.deepEqual(run(["repair.finite-conjoined-to-participle"]), ["020:->HTIGOV"], "without the repair the lives are the ones urging");
});

test("a second passive participle the tagger took for a past tense (no object) keeps the noun as what it is done to", () => {
  // "They carry lanterns, given away by the city and bought from vendors."
  const d = rowsDoc(["1 They they PRON PRP 2 nsubj", "2 carry carry VERB VBP 0 root", "3 lanterns lantern NOUN NNS 2 obj", "4 , , PUNCT , 5 punct",
    "5 given give VERB VBN 3 acl", "6 away away ADP RP 5 compound:prt", "7 by by ADP IN 9 case", "8 the the DET DT 9 det", "9 city city NOUN NN 5 obl",
    "10 and and CCONJ CC 11 cc", "11 bought buy VERB VBD 5 conj", "12 from from ADP IN 13 case", "13 vendors vendor NOUN NNS 11 obl"]);
  const a = coder().prepare(d, article(d, "2025-01-01"));
  const bought = a.clauses!.frames.find((f) => f.lemma === "buy")!;
  assert.ok(!bought.repairs.includes("repair.finite-conjoined-to-participle"), bought.repairs.join(" "));
});

test("an agent placed only by the sentence's one place takes the country its own phrase names", () => {
  // "Doctors from American aid groups donated medicine to Baghdad University." — the resolver placed
  // "Doctors" in Iraq (agent-place), but they come from American groups.
  const d = rowsDoc(["1 Doctors doctor NOUN NNS 6 nsubj", "2 from from ADP IN 5 case", "3 American American ADJ JJ 5 amod", "4 aid aid NOUN NN 5 compound",
    "5 groups group NOUN NNS 1 nmod", "6 donated donate VERB VBD 0 root", "7 medicine medicine NOUN NN 6 obj", "8 to to ADP IN 10 case",
    "9 Baghdad Baghdad PROPN NNP 10 compound", "10 University University PROPN NNP 6 obl"]);
  const doctors: Mention = { ...mention(d, 0, 1, 1, 1, actor("IRQHLH", "IRQ", { sectors: ["HLH"] })), via: "agent-place", country: "IRQ" };
  const ms = [doctors, mention(d, 0, 3, 5, 5, actor("USANGO", "USA", { sectors: ["NGO"] })), mention(d, 0, 9, 10, 10, actor("IRQEDU", "IRQ", { sectors: ["EDU"] }))];
  const run = (off: string[] = []) => show(coder(off).code(d, article(d, "2004-01-01"), ms, []));
  assert.deepEqual(run(), ["070:USAHLH>IRQEDU"]);
  assert.deepEqual(run(["participants.own-phrase-before-sentence-place"]), ["070:IRQHLH>IRQEDU"]);
  // placed by the dictionary, not by the sentence's place: left alone
  const byName = [{ ...doctors, via: "title" }, ...ms.slice(1)];
  assert.deepEqual(show(coder().code(d, article(d, "2004-01-01"), byName, [])), ["070:IRQHLH>IRQEDU"]);
});

test("frames.shared-object: a verb followed only by 'and' and a conjoined verb shares its object and prepositional phrases", () => {
  // "Doctors donated and personally delivered goods to Baghdad University."
  const d = rowsDoc(["1 Doctors doctor NOUN NNS 2 nsubj", "2 donated donate VERB VBD 0 root", "3 and and CCONJ CC 5 cc", "4 personally personally ADV RB 5 advmod",
    "5 delivered deliver VERB VBD 2 conj", "6 goods goods NOUN NNS 5 obj", "7 to to ADP IN 9 case", "8 Baghdad Baghdad PROPN NNP 9 compound", "9 University University PROPN NNP 5 obl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("USAHLH", "USA", { sectors: ["HLH"] })), mention(d, 0, 8, 9, 9, actor("IRQEDU", "IRQ", { sectors: ["EDU"] }))];
  const run = (off: string[] = []) => show(coder(off).code(d, article(d, "2004-01-01"), ms, [])).filter((e) => e.startsWith("070"));
  assert.deepEqual(run(), ["070:USAHLH>IRQEDU"]);
  assert.deepEqual(run(["frames.shared-object"]), ["070:USAHLH>-"]);
  // a verb with something of its own after it shares nothing: "donated yesterday and delivered goods"
  const own = rowsDoc(["1 Doctors doctor NOUN NNS 2 nsubj", "2 donated donate VERB VBD 0 root", "3 money money NOUN NN 2 obj", "4 and and CCONJ CC 5 cc",
    "5 delivered deliver VERB VBD 2 conj", "6 goods goods NOUN NNS 5 obj"]);
  const frame = coder().prepare(own, article(own, "2004-01-01")).clauses!.frames.find((f) => f.lemma === "donate")!;
  assert.deepEqual(frame.objects, [2]);
});

test("repair.agent-after-aside: a by-phrase after the comma closing an aside is the agent of the passive the aside interrupts", () => {
  // "Aristide was accused of misusing funds, much of it believed embezzled, by government officials."
  const d = rowsDoc(["1 Aristide Aristide PROPN NNP 3 nsubj:pass", "2 was be AUX VBD 3 aux:pass", "3 accused accuse VERB VBN 0 root", "4 of of SCONJ IN 5 mark",
    "5 misusing misuse VERB VBG 3 advcl", "6 funds fund NOUN NNS 5 obj", "7 , , PUNCT , 10 punct", "8 much much ADJ JJ 10 nsubj", "9 of of ADP IN 8 fixed",
    "10 believed believe VERB VBD 3 parataxis", "11 embezzled embezzle VERB VBN 10 xcomp", "12 , , PUNCT , 15 punct", "13 by by ADP IN 15 case",
    "14 government government NOUN NN 15 compound", "15 officials official NOUN NNS 11 obl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("HTIELI", "HTI", { sectors: ["ELI"] })), mention(d, 0, 14, 15, 15, actor("HTIGOV", "HTI", { sectors: ["GOV"] }))];
  const lex112 = lexicon([{ code: "112", lemma: "accuse" }]);
  const run = (off: string[] = []) => show(testCoder({ lexicon: lex112, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) })
    .code(d, article(d, "2004-03-01"), ms, [])).filter((e) => e.startsWith("112"));
  assert.deepEqual(run(), ["112:HTIGOV>HTIELI"]);
  assert.deepEqual(run(["repair.agent-after-aside"]), ["112:->HTIELI"]);
});

test("repair.subject-of-subject: a subject noun the parser gave a subject of its own, across a comma, hands that subject to the verb", () => {
  // "The government, through our programs, has provided assistance to the police." with "government" an nsubj of "programs"
  const d = rowsDoc(["1 The the DET DT 2 det", "2 government government NOUN NN 6 nsubj", "3 , , PUNCT , 4 punct", "4 through through ADP IN 6 case",
    "5 our our PRON PRP$ 6 nmod:poss", "6 programs program NOUN NNS 9 nsubj", "7 , , PUNCT , 6 punct", "8 has have AUX VBZ 9 aux", "9 provided provide VERB VBN 0 root",
    "10 assistance assistance NOUN NN 9 obj", "11 to to ADP IN 13 case", "12 the the DET DT 13 det", "13 police police NOUN NN 9 obl"]);
  const ms = [mention(d, 0, 1, 2, 2, actor("USAGOV", "USA", { sectors: ["GOV"] })), mention(d, 0, 12, 13, 13, actor("HTICOP", "HTI", { sectors: ["COP"] }))];
  const lex070 = lexicon([{ code: "070", lemma: "provide" }]);
  const run = (off: string[] = []) => show(testCoder({ lexicon: lex070, ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(off) })
    .code(d, article(d, "2021-02-27"), ms, [])).filter((e) => e.startsWith("070"));
  assert.deepEqual(run(), ["070:USAGOV>HTICOP"]);
  assert.deepEqual(run(["repair.subject-of-subject"]), [], "without the repair the subject is the programs, no named party");
});
