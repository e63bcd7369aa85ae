// repair.verb-tagged-as-noun: an intention verb's -s form the tagger took for a plural noun, in a sentence
// with no finite verb, is a verb again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "../src/text/doc.js";
import { baseFormsOfS, retagParticiplesBeforePast, retagVerbsReadAsNouns } from "../src/nlp/verb-tags.js";
import { PAST_TAGGED_AS_PARTICIPLE, VERB_TAGGED_AS_NOUN } from "../src/pipeline/verb-tags.js";
import { allRules } from "../src/pipeline/rules.js";

/** A one-sentence doc of space-separated words with the Penn tags given ("word/XPOS"). */
function tagged(spec: string): Doc {
  const parts = spec.split(" ").map((p) => p.split("/"));
  const doc = new Doc(parts.map(([w]) => w).join(" "));
  let at = 0;
  for (const [w, xpos] of parts) {
    const t = doc.addToken(at, at + w.length);
    t.xpos = xpos;
    t.upos = xpos.startsWith("NN") ? "NOUN" : xpos.startsWith("VB") ? "VERB" : "X";
    at += w.length + 1;
  }
  doc.addSentence(0, doc.tokens.length);
  return doc;
}

const intention = new Set(["plan", "vow", "push"]);
const takes = (b: string) => intention.has(b);

test("an intention verb read as a plural noun after an aside, before a to-infinitive, in a verbless sentence, is the verb", () => {
  const doc = tagged("Greece/NNP ,/, like/IN other/JJ members/NNS ,/, plans/NNS to/TO impose/VB restrictions/NNS ./.");
  assert.deepEqual(retagVerbsReadAsNouns(doc, takes), [6]);
  assert.equal(doc.tokens[6].xpos, "VBZ");
  assert.equal(doc.tokens[6].upos, "VERB");
  assert.deepEqual(retagVerbsReadAsNouns(tagged("The/DT government/NN plans/NNS to/TO raise/VB taxes/NNS ./."), takes), [2], "right after the subject noun");
});

test("left as tagged: a sentence with a finite verb, a possessed or modified noun, a noun that is no such verb, no to-infinitive", () => {
  assert.deepEqual(retagVerbsReadAsNouns(tagged("Greece/NNP said/VBD plans/NNS to/TO impose/VB curbs/NNS were/VBD ready/JJ"), takes), []);
  assert.deepEqual(retagVerbsReadAsNouns(tagged("Egypt/NNP 's/POS plans/NNS to/TO host/VB talks/NNS"), takes), []);
  assert.deepEqual(retagVerbsReadAsNouns(tagged("new/JJ plans/NNS to/TO host/VB talks/NNS"), takes), []);
  assert.deepEqual(retagVerbsReadAsNouns(tagged("Egypt/NNP efforts/NNS to/TO host/VB talks/NNS"), takes), []);
  assert.deepEqual(retagVerbsReadAsNouns(tagged("Egypt/NNP plans/NNS for/IN talks/NNS"), takes), []);
});

test("base forms of an -s form, and the rule is registered and switchable", () => {
  assert.deepEqual(baseFormsOfS("plans"), ["plan"]);
  assert.ok(baseFormsOfS("pushes").includes("push"));
  assert.ok(baseFormsOfS("tries").includes("try"));
  assert.ok(allRules().some((r) => r.id === VERB_TAGGED_AS_NOUN.id));
  const doc = tagged("Israel/NNP vows/NNS to/TO respond/VB ./.");
  VERB_TAGGED_AS_NOUN.apply(new Set(["vow"]))(doc as never);
  assert.equal(doc.tokens[1].xpos, "VBZ");
});

test("repair.past-tagged-as-participle: the sentence's first verb, a participle after a noun, before its only tensed verb after 'and', is a past tense", () => {
  const doc = tagged("Doctors/NNS from/IN aid/NN groups/NNS donated/VBN and/CC personally/RB delivered/VBD goods/NNS ./.");
  assert.deepEqual(retagParticiplesBeforePast(doc), [4]);
  assert.equal(doc.tokens[4].xpos, "VBD");
  // left: another tensed verb in the sentence; a participle after an auxiliary; a participle that is not the first verb
  assert.deepEqual(retagParticiplesBeforePast(tagged("Goods/NNS seized/VBN and/CC delivered/VBD there/RB were/VBD returned/VBN")), []);
  assert.deepEqual(retagParticiplesBeforePast(tagged("Goods/NNS were/VBD seized/VBN and/CC delivered/VBN")), []);
  assert.deepEqual(retagParticiplesBeforePast(tagged("Aides/NNS expressed/VBD sorrow/NN and/CC urged/VBD calm/NN")), []);
  assert.deepEqual(retagParticiplesBeforePast(tagged("Aides/NNS expressed/VBN sorrow/NN over/IN lives/NNS lost/VBN and/CC urged/VBD calm/NN")), [1], "the first verb, not the participle on 'lives'");
  assert.ok(allRules().some((r) => r.id === PAST_TAGGED_AS_PARTICIPLE.id));
});
