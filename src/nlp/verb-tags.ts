// A verb of intention the tagger read as a plural noun: "Greece, like most other existing members, plans to
// impose restrictions …" tagged "plans" NNS, so the sentence has no finite verb at all and the parser hangs
// "to impose" on a noun ("members … plans to impose": no subject, no plan, no threat). When a sentence has
// no tensed verb, an -s form that is a plural noun to the tagger, stands right after a noun phrase (or the
// comma closing an aside), is followed by a to-infinitive, and is the present tense of a verb that takes one
// ("plans", "vows", "pledges", "threatens to"), is that verb: it is retagged VERB/VBZ before the lemmatizer
// and the parser run, so the sentence gets the main verb it lacked.
import type { Doc } from "../text/doc.js";

/** Tags of a tensed verb form: a sentence with one of them has its finite verb already. */
const TENSED = new Set(["VBD", "VBZ", "VBP", "MD"]);
/** Tags that can end the noun phrase before a present-tense verb (its subject), besides a comma closing an aside. */
const SUBJECT_END = new Set(["NN", "NNS", "NNP", "NNPS", "PRP"]);

/** The base forms an -s form can come from: "plans" → plan, "pushes" → push, "tries" → try. */
export function baseFormsOfS(form: string): string[] {
  const out = [form.slice(0, -1)];
  if (form.endsWith("es")) out.push(form.slice(0, -2));
  if (form.endsWith("ies")) out.push(form.slice(0, -3) + "y");
  return out;
}

/**
 * Retag, in each sentence with no tensed verb, the first plural-noun token that is the -s form of a verb
 * `takesInfinitive` accepts, right before "to" + a base verb and right after a noun or a comma (with a noun
 * earlier in the sentence). Returns the tokens retagged.
 */
export function retagVerbsReadAsNouns(doc: Doc, takesInfinitive: (base: string) => boolean): number[] {
  const out: number[] = [];
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    if (toks.some((t) => TENSED.has(t.xpos))) continue;
    for (let k = s.tokenStart + 1; k + 2 < s.tokenEnd; k++) {
      const t = doc.tokens[k];
      if (t.xpos !== "NNS" || !/^[a-z]+s$/.test(t.text)) continue;
      const to = doc.tokens[k + 1];
      const verb = doc.tokens[k + 2];
      if (to.text.toLowerCase() !== "to" || verb.xpos !== "VB") continue;
      const prev = doc.tokens[k - 1];
      if (!SUBJECT_END.has(prev.xpos) && prev.text !== ",") continue;
      if (!doc.tokens.slice(s.tokenStart, k).some((x) => SUBJECT_END.has(x.xpos))) continue;
      if (!baseFormsOfS(t.text).some(takesInfinitive)) continue;
      t.upos = "VERB";
      t.xpos = "VBZ";
      out.push(k);
      break;
    }
  }
  return out;
}

/** Words that coordinate two verbs: "donated and personally delivered". */
const COORDINATORS = new Set(["and", "or"]);

/**
 * A past form the tagger read as a participle while reading a verb coordinated after it as a past tense:
 * "Doctors from two American aid groups donated and personally delivered …" with "donated" VBN, which the
 * parser then hangs on "groups" as a reduced relative, leaving the sentence without a main verb. When a
 * sentence's only tensed verb is a past form after "and"/"or" (adverbs between), and the sentence's first
 * verb is a participle right after a noun (the subject, not an auxiliary), that first verb is the past tense
 * of the first conjunct: it is retagged VBD. Returns the tokens retagged.
 */
export function retagParticiplesBeforePast(doc: Doc): number[] {
  const out: number[] = [];
  for (const s of doc.sentences) {
    const tensed: number[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (TENSED.has(doc.tokens[k].xpos)) tensed.push(k);
    if (tensed.length !== 1 || doc.tokens[tensed[0]].xpos !== "VBD") continue;
    let j = tensed[0] - 1;
    while (j > s.tokenStart && doc.tokens[j].xpos === "RB") j--;
    if (!COORDINATORS.has(doc.tokens[j].text.toLowerCase())) continue;
    let k = s.tokenStart;
    while (k < j && !doc.tokens[k].xpos.startsWith("VB")) k++;
    if (k === s.tokenStart || k >= j) continue;
    const t = doc.tokens[k];
    const prev = doc.tokens[k - 1];
    if (t.xpos !== "VBN" || !SUBJECT_END.has(prev.xpos) || prev.xpos === "PRP") continue;
    t.xpos = "VBD";
    out.push(k);
  }
  return out;
}
