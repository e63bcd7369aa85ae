// Rules for coding wire news the PLOVER gold records showed missing: the PLOVER type of announced and
// conditional acts, countries for actors named without one, targets named by places and object
// modifiers, parser slips (particles read as adverbs, verbs read as adjectives), and event nouns.
// Sentences are hand-parsed CoNLL-U, so the rules are tested apart from the tagger and parser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildFrames } from "../src/clauses/frames.js";
import { builtInOntology, ploverFor } from "../src/events/ontology.js";
import { stancePlover } from "../src/events/rules/stance.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { loadLexicon } from "../src/events/lexicon.js";
import type { EventRecord } from "../src/text/annotations.js";
import { RuleSwitch } from "../src/rules/rule.js";
import { actor, article, lexicon, mention, place, rowsDoc, testCoder } from "./helpers/events.js";

const doc = rowsDoc; // one hand-parsed sentence

const coder = testCoder({
  lexicon: lexicon([
    { code: "143", lemma: "boycott" }, { code: "0874", lemma: "withdraw" }, { code: "042", lemma: "visit" },
    { code: "144", lemma: "block", object: ["road", "roads"] }, { code: "127", lemma: "reject", object: ["offer"] },
    { code: "130", lemma: "threaten" }, { code: "1323", lemma: "impose", object: ["curfew"] },
    { code: "030", lemma: "agree" }, { code: "061", lemma: "open", object: ["office"] },
    { code: "154", lemma: "strengthen", object: ["force", "forces"] }, { code: "0874", lemma: "complete", object: ["withdrawal"] },
    { code: "145", lemma: "riot", noun: true }, { code: "190", lemma: "war", noun: true }, { code: "1041", lemma: "demand" },
    { code: "190", lemma: "engage" }, { code: "073", lemma: "hand", particles: ["over"], object: ["medicine"] },
    { code: "040", lemma: "discuss" },
  ]),
  ontology: builtInOntology(), cues: loadFrameCues(),
});
const show = (es: EventRecord[]) => es.map((e) => `${e.cameo}/${e.plover.type}:${e.source?.code ?? e.source?.country ?? "-"}>${e.target?.code ?? e.target?.country ?? "-"}`);

test("PLOVER folds the stance into the type: future cooperation AGREE, announced retreat CONCEDE, hostile plans and 'unless' THREATEN", () => {
  const ont = builtInOntology();
  const plain = { modality: "asserted" as const, cues: [], unless: false };
  const future = { modality: "intended" as const, cues: ["will"], unless: false };
  assert.deepEqual(stancePlover(ont, "042", ploverFor("042")!, plain).type, "CONSULT");
  assert.deepEqual(stancePlover(ont, "042", ploverFor("042")!, future).type, "AGREE");
  assert.deepEqual(stancePlover(ont, "0874", ploverFor("0874")!, future).type, "CONCEDE");
  assert.deepEqual(stancePlover(ont, "163", ploverFor("163")!, future), { type: "THREATEN", mode: "restrict" });
  assert.deepEqual(stancePlover(ont, "190", ploverFor("190")!, { modality: "hypothetical", cues: ["may"], unless: false }).type, "THREATEN");
  assert.deepEqual(stancePlover(ont, "0874", ploverFor("0874")!, { ...future, unless: true }).type, "THREATEN");
  // an attempt may have happened: "tried to seize" stays the act
  assert.deepEqual(stancePlover(ont, "190", ploverFor("190")!, { modality: "intended", cues: ["try to"], unless: false }).type, "ASSAULT");
});

test("'Rebels said they would boycott the vote' keeps CAMEO 143 and is PLOVER THREATEN; 'will withdraw … unless' is a threat", () => {
  const d = doc(["1 Rebels rebel NOUN NNS 2 nsubj", "2 said say VERB VBD 0 root", "3 they they PRON PRP 5 nsubj", "4 would would AUX MD 5 aux",
    "5 boycott boycott VERB VB 2 ccomp", "6 the the DET DT 7 det", "7 vote vote NOUN NN 5 obj"]);
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), [mention(d, 0, 1, 1, 1, actor("TCDREB", "TCD"))], [])), ["143/THREATEN:TCDREB>-"]);
  const u = doc(["1 Chad Chad PROPN NNP 3 nsubj", "2 will will AUX MD 3 aux", "3 withdraw withdraw VERB VB 0 root", "4 from from ADP IN 5 case",
    "5 Niger Niger PROPN NNP 3 obl", "6 unless unless SCONJ IN 8 mark", "7 talks talk NOUN NNS 8 nsubj", "8 resume resume VERB VBP 3 advcl"]);
  const ms = [mention(u, 0, 1, 1, 1, actor("TCD", "TCD")), mention(u, 0, 5, 5, 5, actor("NER", "NER"))];
  assert.deepEqual(show(coder.code(u, article(u, "2024-03-01"), ms, [])), ["0874/THREATEN:TCD>-"]);
});

test("0831 (resigning) is PLOVER RETREAT resign, as the v2 manual puts resignations under RETREAT", () => {
  assert.deepEqual(ploverFor("0831"), { type: "RETREAT", mode: "resign" });
});

test("an unknown name placed in a country counts as that country ('Iraqi Kurds blocked roads')", () => {
  const d = doc(["1 Iraqi Iraqi ADJ JJ 2 amod", "2 Kurds Kurd PROPN NNPS 3 nsubj", "3 blocked block VERB VBD 0 root", "4 roads road NOUN NNS 3 obj"]);
  const m = { ...mention(d, 0, 1, 2, 2, null), country: "IRQ" };
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), [m], [])), ["144/PROTEST:IRQ>-"]);
});

test("a target that is only the source's own place leaves the act untargeted, not uncoded ('rebels in Chad blocked roads into N'Djamena')", () => {
  const d = doc(["1 Rebels rebel NOUN NNS 5 nsubj", "2 in in ADP IN 3 case", "3 Chad Chad PROPN NNP 1 nmod", "4 on on ADP IN 5 case",
    "5 blocked block VERB VBD 0 root", "6 roads road NOUN NNS 5 obj", "7 into into ADP IN 8 case", "8 N'Djamena N'Djamena PROPN NNP 5 obl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("REB", null, { sectors: ["REB"] })), mention(d, 0, 3, 3, 3, actor("TCD", "TCD"))];
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), ms, [place(d, 0, 8, 8, "TCD")])), ["144/PROTEST:TCD>-"]);
});

test("parser slips: a particle read as an adverb ('handed over medicine'), a verb read as an adjective ('Young farmers blocked roads')", () => {
  const cues = loadFrameCues();
  const h = doc(["1 Doctors doctor NOUN NNS 2 nsubj", "2 handed hand VERB VBD 0 root", "3 over over ADV RB 4 advmod", "4 medicine medicine NOUN NN 2 obj"]);
  assert.deepEqual(buildFrames(h, cues).find((f) => f.lemma === "hand")?.particles, ["over"]);
  const y = doc(["1 Young young ADJ JJ 2 amod", "2 farmers farmer NOUN NNS 4 nsubj", "3 blocked block VERB VBN 4 amod", "4 roads road NOUN NNS 0 root"]);
  const f = buildFrames(y, cues).find((x) => x.lemma === "block");
  assert.deepEqual([f?.subjects, f?.objects], [[1], [3]]);
  // with a finite verb in the sentence the adjective reading stands ("the blocked roads reopened")
  const b = doc(["1 The the DET DT 3 det", "2 blocked block VERB VBN 3 amod", "3 roads road NOUN NNS 4 nsubj", "4 reopened reopen VERB VBD 0 root"]);
  assert.equal(buildFrames(b, cues).some((x) => x.lemma === "block"), false);
  // a headline participle with its own phrase before the noun it was hung on is no verb of that noun
  const k = doc(["1 Hundreds hundred NOUN NNS 0 root", "2 killed kill VERB VBN 5 amod", "3 in in ADP IN 4 case", "4 Gaza Gaza PROPN NNP 5 compound", "5 strike strike NOUN NN 1 nmod"]);
  assert.equal(buildFrames(k, cues).some((x) => x.lemma === "kill" && x.objects.length > 0), false);
});

test("a domestic actor named without a country takes the one the sentence names ('President Tamar threatened a curfew in Tbilisi')", () => {
  const d = doc(["1 President president PROPN NNP 2 compound", "2 Tamar Tamar PROPN NNP 3 nsubj", "3 threatened threaten VERB VBD 0 root",
    "4 to to PART TO 5 mark", "5 impose impose VERB VB 3 xcomp", "6 a a DET DT 7 det", "7 curfew curfew NOUN NN 5 obj", "8 in in ADP IN 9 case", "9 Tbilisi Tbilisi PROPN NNP 7 nmod"]);
  const ms = [mention(d, 0, 1, 2, 2, actor("GOV", null, { sectors: ["GOV"] }))];
  const events = show(coder.code(d, article(d, "2024-03-01"), ms, [place(d, 0, 9, 9, "GEO")]));
  assert.ok(events.includes("130/THREATEN:GEOGOV>GEO"), events.join(" "));
  // armed forces often act abroad: troops stay without a country
  const t = doc(["1 Troops troop NOUN NNS 2 nsubj", "2 blocked block VERB VBD 0 root", "3 roads road NOUN NNS 2 obj", "4 in in ADP IN 5 case", "5 Tbilisi Tbilisi PROPN NNP 2 obl"]);
  const te = coder.code(t, article(t, "2024-03-01"), [mention(t, 0, 1, 1, 1, actor("MIL", null, { sectors: ["MIL"] }))], [place(t, 0, 5, 5, "GEO")]);
  assert.equal(te[0]?.source?.country, "GEO", "the clause's own place still localises them");
  const far = doc(["1 Troops troop NOUN NNS 2 nsubj", "2 blocked block VERB VBD 0 root", "3 roads road NOUN NNS 2 obj", "4 near near ADP IN 5 case", "5 Georgia Georgia PROPN NNP 3 nmod"]);
  const fe = coder.code(far, article(far, "2024-03-01"), [mention(far, 0, 1, 1, 1, actor("MIL", null, { sectors: ["MIL"] })), mention(far, 0, 5, 5, 5, actor("GEO", "GEO"))], []);
  assert.equal(fe[0]?.source?.code, "MIL");
});

test("'their forces' take the antecedent's country; acting on one's own forces aims at the place", () => {
  const d = doc(["1 Serbs Serb PROPN NNPS 2 nsubj", "2 said say VERB VBD 0 root", "3 their their PRON PRP$ 4 nmod:poss", "4 forces force NOUN NNS 6 nsubj",
    "5 had have AUX VBD 6 aux", "6 completed complete VERB VBN 2 ccomp", "7 the the DET DT 8 det", "8 withdrawal withdrawal NOUN NN 6 obj"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("BIH", "BIH")), mention(d, 0, 3, 4, 4, actor("MIL", null, { sectors: ["MIL"] }))];
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), ms, [])), ["0874/RETREAT:BIHMIL>-"]);
  const s = doc(["1 Israel Israel PROPN NNP 3 nsubj", "2 has have AUX VBZ 3 aux", "3 strengthened strengthen VERB VBN 0 root", "4 its its PRON PRP$ 5 nmod:poss",
    "5 forces force NOUN NNS 3 obj", "6 in in ADP IN 7 case", "7 Lebanon Lebanon PROPN NNP 5 nmod"]);
  const sm = [mention(s, 0, 1, 1, 1, actor("ISR", "ISR")), mention(s, 0, 4, 5, 5, actor("MIL", null, { sectors: ["MIL"] }))];
  assert.deepEqual(show(coder.code(s, article(s, "2024-03-01"), sm, [place(s, 0, 7, 7, "LBN")])), ["154/MOBILIZE:ISR>LBN"]);
});

test("targets from the object's party ('rejected an offer from Chad') and from the place a complement acts on ('agreed to open an office in Tokyo')", () => {
  const d = doc(["1 Sudan Sudan PROPN NNP 2 nsubj", "2 rejected reject VERB VBD 0 root", "3 an a DET DT 4 det", "4 offer offer NOUN NN 2 obj",
    "5 from from ADP IN 6 case", "6 Chad Chad PROPN NNP 4 nmod"]);
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), [mention(d, 0, 1, 1, 1, actor("SDN", "SDN")), mention(d, 0, 6, 6, 6, actor("TCD", "TCD"))], [])), ["127/REJECT:SDN>TCD"]);
  const a = doc(["1 The the DET DT 2 det", "2 bank bank NOUN NN 3 nsubj", "3 agreed agree VERB VBD 0 root", "4 to to PART TO 5 mark", "5 open open VERB VB 3 xcomp",
    "6 an an DET DT 7 det", "7 office office NOUN NN 5 obj", "8 in in ADP IN 9 case", "9 Tokyo Tokyo PROPN NNP 7 nmod"]);
  const events = show(coder.code(a, article(a, "2024-03-01"), [mention(a, 0, 1, 2, 2, actor("IGOWBK", null, { org: "WBK" }))], [place(a, 0, 9, 9, "JPN")]));
  assert.ok(events.includes("030/AGREE:IGOWBK>JPN"), events.join(" "));
});

test("a people named by another country's adjective belongs where the text places it", () => {
  const d = doc(["1 Ethnic ethnic ADJ JJ 2 amod", "2 Albanians Albanian PROPN NNPS 3 nsubj", "3 demanded demand VERB VBD 0 root", "4 autonomy autonomy NOUN NN 3 obj",
    "5 in in ADP IN 6 case", "6 Macedonia Macedonia PROPN NNP 3 obl"]);
  const ms = [mention(d, 0, 1, 2, 2, actor("ALB", "ALB"))];
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), ms, [place(d, 0, 6, 6, "MKD")])), ["1041/REQUEST:MKDCVL>MKD"]);
  const o = doc(["1 The the DET DT 2 det", "2 Albanians Albanian PROPN NNPS 6 nsubj", "3 of of ADP IN 5 case", "4 southern southern ADJ JJ 5 amod",
    "5 Serbia Serbia PROPN NNP 2 nmod", "6 demanded demand VERB VBD 0 root", "7 autonomy autonomy NOUN NN 6 obj"]);
  assert.deepEqual(show(coder.code(o, article(o, "2024-03-01"), [mention(o, 0, 1, 2, 2, actor("ALB", "ALB"))], [place(o, 0, 5, 5, "SRB")])), ["1041/REQUEST:SRBCVL>-"]);
  // without "ethnic" or "of", a place elsewhere in the clause does not change who they are
  const n = doc(["1 Albanians Albanian PROPN NNPS 2 nsubj", "2 demanded demand VERB VBD 0 root", "3 autonomy autonomy NOUN NN 2 obj", "4 in in ADP IN 5 case", "5 Serbia Serbia PROPN NNP 2 obl"]);
  assert.deepEqual(show(coder.code(n, article(n, "2024-03-01"), [mention(n, 0, 1, 1, 1, actor("ALB", "ALB"))], [place(n, 0, 5, 5, "SRB")])), ["1041/REQUEST:ALB>SRB"]);
});

test("event nouns: the subject of an aspectual verb ('Palestinian riots continued'); no event from 'their war in Gaza'", () => {
  const d = doc(["1 Palestinian Palestinian ADJ JJ 2 amod", "2 riots riot NOUN NNS 6 nsubj", "3 against against ADP IN 5 case", "4 Israeli Israeli ADJ JJ 5 amod",
    "5 troops troop NOUN NNS 2 nmod", "6 continued continue VERB VBD 0 root"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("PSE", "PSE")), mention(d, 0, 4, 5, 5, actor("ISRMIL", "ISR", { sectors: ["MIL"] }))];
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), ms, [])), ["145/PROTEST:PSE>ISRMIL"]);
  const w = doc(["1 Mediators mediator NOUN NNS 2 nsubj", "2 met meet VERB VBD 0 root", "3 in in ADP IN 6 case", "4 their their PRON PRP$ 6 nmod:poss",
    "5 long long ADJ JJ 6 amod", "6 war war NOUN NN 2 obl", "7 in in ADP IN 8 case", "8 Gaza Gaza PROPN NNP 6 nmod"]);
  const wm = [mention(w, 0, 1, 1, 1, actor("QATGOV", "QAT"))];
  assert.deepEqual(coder.code(w, article(w, "2024-03-01"), wm, [place(w, 0, 8, 8, "PSE")]).filter((e) => e.cameo === "190"), []);
});

test("'were engaged in fighting' is active in meaning: the passive subject does it", () => {
  const d = doc(["1 Troops troop NOUN NNS 3 nsubj:pass", "2 were be AUX VBD 3 aux:pass", "3 engaged engage VERB VBN 0 root", "4 in in ADP IN 5 case", "5 fighting fighting NOUN NN 3 obl"]);
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), [mention(d, 0, 1, 1, 1, actor("SRBMIL", "SRB", { sectors: ["MIL"] }))], [])), ["190/ASSAULT:SRBMIL>-"]);
});

test("'was engaged with the U.S.' is active in meaning too: the passive subject engages, the with-phrase is the counterpart", () => {
  const d = doc(["1 Korea Korea PROPN NNP 3 nsubj:pass", "2 was be AUX VBD 3 aux:pass", "3 engaged engage VERB VBN 0 root", "4 with with ADP IN 6 case", "5 the the DET DT 6 det", "6 U.S. U.S. PROPN NNP 3 obl"]);
  const ms = [mention(d, 0, 1, 1, 1, actor("PRK", "PRK")), mention(d, 0, 5, 6, 6, actor("USA", "USA"))];
  assert.deepEqual(show(coder.code(d, article(d, "2024-03-01"), ms, [])), ["190/ASSAULT:PRK>USA"]);
  assert.deepEqual(show(testCoder({ lexicon: lexicon([{ code: "190", lemma: "engage" }]), ontology: builtInOntology(), cues: loadFrameCues(), rules: new RuleSwitch(["frames.stative-passive"]) })
    .code(d, article(d, "2024-03-01"), ms, [])).filter((e) => e.includes("PRK>")), [], "without the rule the passive subject is what is engaged");
});

test("a time phrase is read in the tense of its own clause: a plan hung under a past clause dates a past November", () => {
  // "Since a truce in November, talks stalled over Israel's insistence that it would discuss a halt."
  const d = doc(["1 Since since ADP IN 3 case", "2 a a DET DT 3 det", "3 truce truce NOUN NN 6 obl", "4 in in ADP IN 5 case", "5 November November PROPN NNP 3 nmod",
    "6 stalled stall VERB VBD 0 root", "7 over over ADP IN 8 case", "8 insistence insistence NOUN NN 6 obl", "9 that that SCONJ IN 12 mark",
    "10 Israel Israel PROPN NNP 12 nsubj", "11 would would AUX MD 12 aux", "12 discuss discuss VERB VB 8 acl", "13 a a DET DT 14 det", "14 halt halt NOUN NN 12 obj"]);
  const events = coder.code(d, article(d, "2024-05-08"), [mention(d, 0, 10, 10, 10, actor("ISR", "ISR"))], []);
  const discuss = events.filter((e) => e.trigger.text === "discuss");
  assert.ok(discuss.length > 0, show(events).join(" "));
  assert.ok(discuss.every((e) => e.date === "2023-11-01"), discuss.map((e) => e.date).join(" "));
});

test("a hypothetical's bare month is the nearest one, not the next: 'Chad could withdraw in January' told in May", () => {
  const d = doc(["1 Chad Chad PROPN NNP 3 nsubj", "2 could could AUX MD 3 aux", "3 withdraw withdraw VERB VB 0 root", "4 in in ADP IN 5 case", "5 January January PROPN NNP 3 obl"]);
  const events = coder.code(d, article(d, "2024-05-08"), [mention(d, 0, 1, 1, 1, actor("TCD", "TCD"))], []);
  assert.deepEqual(events.map((e) => [e.modality, e.date]), [["hypothetical", "2024-01-01"]]);
});

test("built-in verbs: ordering patrols is a show of force (150); engaging in ethnic cleansing is 203", () => {
  const builtIn = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
  const o = doc(["1 The the DET DT 2 det", "2 government government NOUN NN 3 nsubj", "3 ordered order VERB VBD 0 root", "4 patrols patrol NOUN NNS 3 obj"]);
  assert.deepEqual(show(builtIn.code(o, article(o, "2024-03-01"), [mention(o, 0, 1, 2, 2, actor("PAKGOV", "PAK", { sectors: ["GOV"] }))], [])), ["150/MOBILIZE:PAKGOV>-"]);
  const e = doc(["1 Militias militia NOUN NNS 3 nsubj:pass", "2 were be AUX VBD 3 aux:pass", "3 engaged engage VERB VBN 0 root", "4 in in ADP IN 6 case",
    "5 ethnic ethnic ADJ JJ 6 amod", "6 cleansing cleansing NOUN NN 3 obl"]);
  assert.deepEqual(show(builtIn.code(e, article(e, "2024-03-01"), [mention(e, 0, 1, 1, 1, actor("SRBREB", "SRB", { sectors: ["REB"] }))], [])), ["203/ASSAULT:SRBREB>-"]);
});
