// PETRARCH conventions the built-in lexicon does not share, applied when the lexicon was imported from a
// PETRARCH/TABARI dictionary (Lexicon.petrarch): there, an event whose pattern states no target takes the
// first actor in the verb phrase after the verb, whatever the preposition ("left for Minas Tirith",
// "arrived in Gondor").
import type { Frame } from "./frames.js";

/** Case words that never introduce a target: the passive agent and time/manner phrases. */
const NOT_TARGET_CASES = new Set(["by", "", "according", "during", "since", "until", "after", "before"]);

/** Argument heads after the predicate that may stand as target, in word order: obliques, then their nouns' modifiers. */
export function petrarchTargetCandidates(frame: Frame): number[] {
  const after = (os: Frame["obliques"]) => os
    .filter((o) => !NOT_TARGET_CASES.has(o.case) && o.heads.some((h) => h > frame.predicate))
    .flatMap((o) => o.heads)
    .sort((a, b) => a - b);
  return [...after(frame.obliques), ...after(frame.objectObliques)];
}
