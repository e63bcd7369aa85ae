// The in-memory form of a verb lexicon, shared by the built-in lexicon (data/verbs/…) and
// imported PETRARCH/TABARI dictionaries. The coder matches predicate frames against it.

/** A pattern code meaning "this frame is known and codes no event" (PETRARCH "[---]"). */
export const NO_EVENT = "---";

/** One way a predicate can express a CAMEO event. More specific patterns win over general ones. */
export interface VerbPattern {
  /** Lemma of the predicate head: a verb ("reject"), or a noun for nominal predicates ("talks"). */
  lemma: string;
  /** Particles or fixed words that must attach to the predicate ("step up" → ["up"]). */
  particles?: string[];
  /** Object constraint: lemmas, or class names prefixed with "&" (e.g. "&PROPOSAL"), any of which may head the object. */
  object?: string[];
  /** Prepositional constraint: a case word ("into", "to") and optionally the lemmas/classes of its noun. */
  prep?: { word: string; object?: string[] };
  /** For control/complement verbs: lemma or class of the xcomp/ccomp predicate ("urge … to fight"). */
  complement?: string[];
  /** Where the target comes from when it is not the direct object: "obj" (default), "iobj", "prep" (the noun of `prep`),
   *  "complement-subject", "complement-object" (the object of the complement clause, for transformations),
   *  "subj" (PETRARCH "+" before the verb), "none". */
  target?: "obj" | "iobj" | "prep" | "complement-subject" | "complement-object" | "subj" | "none";
  /** CAMEO code, a string so the leading zero stays ("036"). Imported dictionaries may carry non-CAMEO codes
   *  ("174K", "903"); NO_EVENT ("---") means the frame is known but codes nothing. */
  code: string;
  /** Where the pattern came from ("data/verbs/12-reject.txt:12", "CAMEO.2.0.txt:3301 - * PROPOSAL [036]"), for auditing. */
  origin: string;

  // Extensions (ontology helper, for nominal predicates and PETRARCH semantics):
  /** Nominal predicate: the lemma is a noun that carries the event ("talks", "offensive", "ceasefire"). */
  noun?: boolean;
  /** Matches only a negated predicate ("did not agree" → reject). */
  negated?: boolean;
  /** Where the source comes from: "subj" (default), "obj", "prep" (PETRARCH "$" inside a prepositional phrase), "none". */
  source?: "subj" | "obj" | "prep" | "none";
  /** The preposition whose noun is the source when source = "prep" ("in" for "- + * IN $"). */
  sourcePrep?: string;
  /** PETRARCH: words before the verb, lower-case, "_"-joined phrases split, "&CLASS" and "$ + % ^" markers kept. */
  precedingWords?: string[];
  /** PETRARCH: words after the verb in order (objects, prepositions and their nouns, markers), lower-case;
   *  words the dictionary joins with "_" stay one entry ("new_&TIETYPES_relations") and must be adjacent. */
  followingWords?: string[];
  /** PETRARCH "[a:b]": also code a second event from target to source with this code
   *  (e.g. "LEFT [032:033]": the traveller visits (032) and the host receives the visit (033)). */
  reverseCode?: string;
  /** A broad verb ("hit", "hold", "take", "back"): coded only when both a source and a target actor are found
   *  (rule filters.broad-verb-needs-dyad). */
  dyad?: boolean;
  /** PETRARCH "%": the compound subject acts on itself (both directions between its members). */
  reciprocal?: boolean;
  /** PETRARCH "(IN ^)": prepositions whose phrase is skipped, so it is never the target. */
  skipPreps?: string[];
  /** PETRARCH words before the verb given without braces ("RECENTLY *"): the last must stand right before it. */
  precedingAdjacent?: boolean;
  /** PETRARCH "^ $" after the verb: how many actors after the verb are passed over before the source. */
  sourceSkip?: number;
}

export interface Lexicon {
  /** Patterns by predicate lemma, most specific first. */
  byLemma: Map<string, VerbPattern[]>;
  /** Word classes referenced as "&NAME" in patterns: NAME (without "&") → lemma set, nested classes expanded.
   *  Multi-word members are joined by "_" ("peace_plan"). */
  classes: Map<string, Set<string>>;
  /** Inflected or irregular forms listed by a dictionary ("brought" → "bring"), lower-case; may be empty. */
  forms?: Map<string, string>;
  /** Set for imported PETRARCH/TABARI dictionaries, whose conventions differ from the built-in lexicon's:
   *  entries may be keyed by an inflected form ("LEFT" apart from "LEAVE"), and an event lacking a stated
   *  target takes the first actor after the verb. */
  petrarch?: boolean;
  /** Set for the built-in lexicon (data/verbs), whose WordNet fallback (data/verbs/wordnet/) is derived from it. */
  builtIn?: boolean;
  /** PETRARCH-2 transformations ("~" lines), in file order (src/events/transformations.ts). */
  transformations?: Transformation[];
}

/** "~ a (b c VERB) OUTER = a b CODE": OUTER's subject a, the framed act's subject b and target c, the event's actors and code. */
export interface Transformation {
  /** The outer verb's lemma ("say"). */
  verb: string;
  outer: string;
  innerSource: string;
  innerTarget: string;
  /** The framed act's verb lemma ("attack"), whose default code the act must fall under, or "Q" for any act. */
  innerVerb: string;
  source: string;
  target: string;
  /** CAMEO code, or "Q" for the framed act's own. */
  code: string;
  /** file:line it came from. */
  origin: string;
}
