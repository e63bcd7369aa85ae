// Coding conventions as presets. PETRARCH/TABARI dictionaries are written for a coder that reads verb
// phrases as word sequences and takes the first actor after the verb; parley's own lexicon is written for
// dependency frames. What differs is stated once here and chosen once per run (`--conventions`), instead
// of a property of the imported data switching the algorithm line by line. Coding rules that belong to
// one convention say so (Rule.conventions); the matcher reads the flags below.
import { UserError } from "../errors.js";
import type { ConventionName } from "../rules/rule.js";
import type { Lexicon } from "./lexicon-types.js";

export type { ConventionName } from "../rules/rule.js";

/** How a frame is matched against verb patterns. */
export interface MatchConventions {
  /** A dictionary entry keyed by an inflected form ("LEFT" beside "LEAVE") wins over the lemma's entries. */
  formEntries: boolean;
  /** A pattern's particle may be the word right after the verb, whatever the parser made of it ("cordoned off the roads"). */
  adjacentParticles: boolean;
  /** Object and preposition words may be the noun's adjective ("* DIPLOMATIC" for "renewed diplomatic ties"). */
  adjectiveWords: boolean;
  /** An object word may be a multi-word class member ending at the object noun ("a million Swiss francs"). */
  classPhraseObjects: boolean;
  /** With words to follow the verb, those words stand for the object constraint ("vowed on Thursday to wage war" is "* WAR"). */
  followingWordsAsObject: boolean;
  /**
   * Where a pattern's preposition is looked for: "anywhere" after the verb (its own obliques and its
   * objects' modifiers alike), or "own-first" (the verb's own obliques, else its objects').
   */
  prepositions: "anywhere" | "own-first";
}

export interface CodingConventions {
  readonly name: ConventionName;
  readonly match: MatchConventions;
}

export const BUILTIN: CodingConventions = {
  name: "builtin",
  match: {
    formEntries: false, adjacentParticles: false, adjectiveWords: false, classPhraseObjects: false,
    followingWordsAsObject: false, prepositions: "own-first",
  },
};

export const PETRARCH: CodingConventions = {
  name: "petrarch",
  match: {
    formEntries: true, adjacentParticles: true, adjectiveWords: true, classPhraseObjects: true,
    followingWordsAsObject: true, prepositions: "anywhere",
  },
};

export const CONVENTIONS: Readonly<Record<ConventionName, CodingConventions>> = { builtin: BUILTIN, petrarch: PETRARCH };

/** The conventions by name (`--conventions`), a usage error naming the choices otherwise. */
export function conventionsNamed(name: string): CodingConventions {
  const c = (CONVENTIONS as Record<string, CodingConventions | undefined>)[name];
  if (!c) throw new UserError(`unknown conventions "${name}" (choose ${Object.keys(CONVENTIONS).join(" or ")})`);
  return c;
}

/** The default for a lexicon: PETRARCH's when its patterns were imported from PETRARCH/TABARI dictionaries. */
export function conventionsFor(lexicon: Lexicon): CodingConventions {
  return lexicon.petrarch ? PETRARCH : BUILTIN;
}
