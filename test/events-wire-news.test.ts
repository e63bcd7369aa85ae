// Built-in lexicon entries and coder rules for common wire-news constructions, checked on hand-parsed
// sentences (the tagger and parser apart): a prison sentence is a detention (173), also when a parser
// reads "to six years" as the object or hangs "in prison" on the verb; the goods handed over are not the
// recipient (targets.goods-not-recipient).
import { test } from "node:test";
import assert from "node:assert/strict";
import { RuleSwitch } from "../src/rules/rule.js";
import { builtInOntology } from "../src/events/ontology.js";
import { loadFrameCues } from "../src/clauses/cues.js";
import { loadLexicon } from "../src/events/lexicon.js";
import type { EventRecord } from "../src/text/annotations.js";
import { actor, article, mention, place, rowsDoc, testCoder } from "./helpers/events.js";

const coder = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
const codes = (es: EventRecord[]) => es.map((e) => `${e.cameo}:${e.source?.code ?? "-"}>${e.target?.code ?? "-"}`);

test("sentenced to N years, read with 'years' as the object and 'in jail' on the verb, is 173", () => {
  const d = rowsDoc(["1 The the DET DT 2 det", "2 tribunal tribunal NOUN NN 3 nsubj", "3 sentenced sentence VERB VBD 0 root",
    "4 the the DET DT 5 det", "5 blogger blogger NOUN NN 3 obj", "6 to to PART TO 8 case", "7 four four NUM CD 8 nummod",
    "8 years year NOUN NNS 3 obj", "9 in in ADP IN 10 case", "10 jail jail NOUN NN 3 obl"]);
  const ms = [mention(d, 0, 1, 2, 2, actor("JUD", null, { sectors: ["JUD"] })), mention(d, 0, 4, 5, 5, actor("MED", null, { sectors: ["MED"] }))];
  assert.deepEqual(codes(coder.code(d, article(d, "2024-03-01"), ms)), ["173:JUD>MED"]);
});

test("a verdict without a prison term stays a legal finding (116)", () => {
  const d = rowsDoc(["1 The the DET DT 2 det", "2 tribunal tribunal NOUN NN 3 nsubj", "3 sentenced sentence VERB VBD 0 root",
    "4 the the DET DT 5 det", "5 blogger blogger NOUN NN 3 obj", "6 on on ADP IN 7 case", "7 Monday Monday PROPN NNP 3 obl"]);
  const ms = [mention(d, 0, 1, 2, 2, actor("JUD", null, { sectors: ["JUD"] })), mention(d, 0, 4, 5, 5, actor("MED", null, { sectors: ["MED"] }))];
  assert.deepEqual(codes(coder.code(d, article(d, "2024-03-01"), ms)), ["116:JUD>MED"]);
});

test("targets.goods-not-recipient: tanks sent to Ukraine are the goods, Ukraine the target", () => {
  const rows = ["1 Germany Germany PROPN NNP 3 nsubj", "2 will will AUX MD 3 aux", "3 send send VERB VB 0 root", "4 tanks tank NOUN NNS 3 obj",
    "5 to to ADP IN 6 case", "6 Ukraine Ukraine PROPN NNP 3 obl"];
  const run = (rules?: RuleSwitch) => {
    const d = rowsDoc(rows);
    const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues(), rules });
    const ms = [mention(d, 0, 1, 1, 1, actor("DEU", "DEU")), mention(d, 0, 4, 4, 4, actor("MIL", null, { sectors: ["MIL"] })), mention(d, 0, 6, 6, 6, actor("UKR", "UKR"))];
    return codes(c.code(d, article(d, "2024-03-01"), ms));
  };
  // "will send" is also the intent to give military aid (0332, stance.intent-code), with the same parties
  assert.deepEqual(run(), ["072:DEU>UKR", "0332:DEU>UKR"]);
  assert.deepEqual(run(new RuleSwitch(["targets.goods-not-recipient"])), ["072:DEU>MIL", "0332:DEU>MIL"], "without the rule the tanks are taken for the target");
});

test("participants.sector-takes-country: demonstrators in a city are of its country; soldiers there are not", () => {
  const run = (noun: string, lemma: string, sector: string) => {
    const d = rowsDoc(["1 Police police NOUN NNS 2 nsubj", "2 beat beat VERB VBD 0 root", `3 ${noun} ${lemma} NOUN NNS 2 obj`, "4 in in ADP IN 5 case", "5 Omdurman Omdurman PROPN NNP 3 nmod"]);
    const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues() });
    const ms = [mention(d, 0, 1, 1, 1, actor("SDNCOP", "SDN", { sectors: ["COP"] })), mention(d, 0, 3, 3, 3, actor(sector, null, { sectors: [sector] }))];
    return c.code(d, article(d, "2024-03-01"), ms, [place(d, 0, 5, 5, "SDN")]).map((e) => e.target?.code ?? "-");
  };
  assert.deepEqual(run("demonstrators", "demonstrator", "OPP"), ["SDNOPP"]);
  assert.deepEqual(run("soldiers", "soldier", "MIL"), ["SDN"], "forces in a place are not that place's forces: the place stays the target");
});

test("repair.name-read-as-adverb: an actor head the parser hung on the verb as an adjective is its subject", () => {
  const run = (rules?: RuleSwitch) => {
    const d = rowsDoc(["1 Gondor Gondor PROPN NNP 3 nmod:poss", "2 's 's PART POS 1 case", "3 military military ADJ JJ 4 amod",
      "4 attacked attack VERB VBD 0 root", "5 Mordor Mordor PROPN NNP 4 obj"]);
    const c = testCoder({ lexicon: loadLexicon(), ontology: builtInOntology(), cues: loadFrameCues(), rules });
    const ms = [mention(d, 0, 1, 3, 3, actor("GDRMIL", "GDR", { sectors: ["MIL"] })), mention(d, 0, 5, 5, 5, actor("MDR", "MDR"))];
    return codes(c.code(d, article(d, "2024-03-01"), ms));
  };
  assert.deepEqual(run(), ["190:GDRMIL>MDR"]);
  assert.deepEqual(run(new RuleSwitch(["repair.name-read-as-adverb"])), ["190:->MDR"]);
});
