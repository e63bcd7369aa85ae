// The second tag repair of the pipeline, as a named rule: a verb of intention the tagger read as a plural
// noun in a sentence left without a finite verb is a verb again before the lemmatizer and the parser see it
// (src/nlp/verb-tags.ts says how).
import { defineRule } from "../rules/rule.js";
import { retagVerbsReadAsNouns } from "../nlp/verb-tags.js";
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
