// A place name the tagger read as a verb, an adverb or a common noun: "Beijing" (VBG, from its "-ing"),
// "Donbas" (VBD), "Belfast" (RB), "Brussels" (NNS, lemma "brussel") at the head of a sentence, where
// capitals tell nothing. The parser then has no subject ("Beijing warned Taipei" gave no event). A
// capitalised token that the gazetteer lists as a country, capital or place, and that is written so
// more often than in lower case (a name, not an everyday word: "Male", "Nice", "Reading" stay as tagged),
// is retagged as a proper noun (PROPN/NNP) before the lemmatizer and the parser run.
import type { Doc } from "../text/doc.js";
// Not gazetteer.ts itself: the rule registry imports this module, and `parley --help` must load no NLP model.
import type { Gazetteer } from "./ner/gazetteer.js";
import { placeKind } from "./ner/place-kind.js";

/** Word classes a place name is not: verbs, auxiliaries, adverbs, adjectives, pronouns, common nouns. */
const NOT_A_NAME = new Set(["VERB", "AUX", "ADV", "ADJ", "PRON", "NOUN", "ADP", "SCONJ"]);

/** Whether a form is a listed place name written as names are, and more often so than in lower case. */
export function placeNameForm(gz: Gazetteer, form: string): boolean {
  // a demonym ("Thai", also listed as a country's name) is an adjective as often as a name
  if (!/^\p{Lu}[\p{Ll}'-]+$/u.test(form) || !placeKind(gz, form) || gz.kindsOf(form).includes("demonym")) return false;
  const capitalised = gz.wordCounts.get(form) ?? 0;
  const lower = gz.wordCounts.get(form.toLowerCase()) ?? 0;
  return lower < capitalised || (lower === 0 && capitalised === 0);
}

/** Retag the place names the tagger took for another word class; the tokens retagged, in order. */
export function retagPlaceNames(doc: Doc, isName: (form: string) => boolean): number[] {
  const out: number[] = [];
  doc.tokens.forEach((t, k) => {
    if (!NOT_A_NAME.has(t.upos) || !isName(t.text)) return;
    // an adjective or noun before a noun or adjective modifies it ("Western Cambodia", "Gulf states"): left as tagged
    const next = doc.tokens[k + 1];
    if ((t.upos === "ADJ" || t.upos === "NOUN") && next && next.sent === t.sent && /^(NOUN|PROPN|ADJ|NUM)$/.test(next.upos)) return;
    t.upos = "PROPN";
    t.xpos = "NNP";
    out.push(t.i);
  });
  return out;
}
