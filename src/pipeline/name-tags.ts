// The tag repair of the pipeline, as a named rule: place names the tagger read as another word class are
// proper nouns again before the lemmatizer and the parser see them (src/nlp/name-tags.ts says how).
import { defineRule } from "../rules/rule.js";
import type { Gazetteer } from "../nlp/ner/gazetteer.js";
import { placeNameForm, retagPlaceNames } from "../nlp/name-tags.js";
import type { AnalysedDoc } from "../text/analysed.js";

export const PLACE_NAME_TAG = defineRule({
  id: "repair.place-name-tag",
  stage: "repair",
  description: "a listed place name the tagger read as a verb, adverb or common noun ('Beijing' as VBG, 'Belfast' as RB) is a proper noun, so the parser finds it as the subject",
  example: "Beijing warned Taipei against any move towards independence.",
  /** The repair over a document's tags, with the gazetteer that lists the places. */
  apply(gz: Gazetteer): (doc: AnalysedDoc) => void {
    const memo = new Map<string, boolean>();
    const isName = (form: string) => {
      let v = memo.get(form);
      if (v === undefined) memo.set(form, (v = placeNameForm(gz, form)));
      return v;
    };
    return (doc) => void retagPlaceNames(doc, isName);
  },
});
