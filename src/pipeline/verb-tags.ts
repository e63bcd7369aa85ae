// Tag repairs of the pipeline for sentences the tagger left without their main verb, as named rules: a verb
// of intention read as a plural noun, a past form read as a participle before its past-tense conjunct. Each
// is a finite verb again before the lemmatizer and the parser see it (src/nlp/verb-tags.ts says how).
import { defineRule } from "../rules/rule.js";
import { retagParticiplesBeforePast, retagVerbsReadAsNouns } from "../nlp/verb-tags.js";
import type { AnalysedDoc } from "../text/analysed.js";

export const VERB_TAGGED_AS_NOUN = defineRule({
  id: "repair.verb-tagged-as-noun",
  stage: "repair",
  description: "in a sentence with no finite verb, an intention verb's -s form the tagger read as a plural noun ('plans', 'vows') right after a noun phrase and before a to-infinitive is the verb, so the parser finds its subject",
  example: "Greece, like most other existing members, plans to impose restrictions on its labour market.",
  /** The repair over a document's tags, with the verbs of intention (frame cues) that take a to-infinitive. */
  apply(intention: ReadonlySet<string>): (doc: AnalysedDoc) => void {
    return (doc) => void retagVerbsReadAsNouns(doc, (base) => intention.has(base));
  },
});

export const PAST_TAGGED_AS_PARTICIPLE = defineRule({
  id: "repair.past-tagged-as-participle",
  stage: "repair",
  description: "when a sentence's only tensed verb is a past form after 'and', its first verb, a participle right after a noun, is the past tense of the first conjunct, so the parser does not hang it on the noun as a reduced relative",
  example: "Doctors from two American aid groups donated and personally delivered medicine to Baghdad University Medical School.",
  /** The repair over a document's tags. */
  apply: (): ((doc: AnalysedDoc) => void) => (doc) => void retagParticiplesBeforePast(doc),
});
