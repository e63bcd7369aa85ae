// The in-memory form of a verb lexicon, shared by the built-in lexicon (data/verbs/…) and
// imported PETRARCH/TABARI dictionaries. The coder matches predicate frames against it.

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
  /** Where the target comes from when it is not the direct object: "obj" (default), "iobj", "prep", "complement-subject". */
  target?: "obj" | "iobj" | "prep" | "complement-subject" | "none";
  /** CAMEO code, a string so the leading zero stays ("036"). */
  code: string;
  /** Where the pattern came from ("data/verbs/cooperation.txt:12", "CAMEO.2.0.txt:3301"), for auditing. */
  origin: string;
}

export interface Lexicon {
  /** Patterns by predicate lemma, most specific first. */
  byLemma: Map<string, VerbPattern[]>;
  /** Word classes referenced as "&NAME" in patterns (lemma sets). */
  classes: Map<string, Set<string>>;
}
