// The WordNet fallback of the built-in lexicon: verbs the hand-written files lack, each coded like the
// hand-written verb it is a WordNet synonym or troponym of (data/verbs/wordnet/wordnet.generated.txt, made
// offline by scripts/build-wordnet-verbs.mjs; each line's comment says where it came from). It is kept
// apart from data/verbs/*.txt so it is consulted only where no hand-written pattern exists, and every event
// it codes names the rule.
import { join } from "node:path";
import type { Frame } from "../text/annotations.js";
import type { Lexicon, VerbPattern } from "./lexicon-types.js";
import type { Rule } from "../rules/rule.js";
import { builtInVerbsDir, readParleyVerbFiles } from "./lexicon.js";

export const wordnetFallbackFile = join(builtInVerbsDir, "wordnet", "wordnet.generated.txt");

let fallback: Lexicon | undefined;
export function wordnetFallback(): Lexicon {
  return (fallback ??= readParleyVerbFiles([wordnetFallbackFile]));
}

export const WORDNET_FALLBACK: Rule<(frame: Frame, lexicon: Lexicon) => VerbPattern[] | undefined> = {
  id: "repair.wordnet-fallback",
  stage: "repair",
  description: "a verb the lexicon lacks takes the code WordNet gives it through a hand-written synonym or troponym (data/verbs/wordnet/)",
  example: "Gunmen waylaid a police convoy near the border.",
  // the fallback is derived from the built-in lexicon, so it extends that one only (not --verbs files)
  conventions: ["builtin"],
  apply(frame, lexicon) {
    return frame.nominal || !lexicon.builtIn ? undefined : wordnetFallback().byLemma.get(frame.lemma);
  },
};
