// Frame × lexicon → the best verb pattern. A pattern matches when every constraint it states holds
// (particles, object, preposition, complement); among matches the one stating the most wins, and
// ties go to the lexicon's own order ("most specific first").
import { NO_EVENT, type Lexicon, type VerbPattern } from "./lexicon-types.js";
import type { Frame, Oblique } from "../text/annotations.js";
import type { Tree } from "../clauses/tree.js";
import { RuleSwitch, type Rule } from "../rules/rule.js";
import { BUILTIN, type MatchConventions } from "./conventions.js";
import { loadWordLists } from "../util/word-lists.js";
import { WORDNET_FALLBACK } from "./wordnet-fallback.js";

export interface PatternMatch {
  pattern: VerbPattern;
  /** How many constraints matched, weighted: particles 1, object 2, preposition 2 (+1 with its noun), complement 2, negation 3, each listed word 1. */
  specificity: number;
  /** Argument heads in the slot the pattern names as target (before fallbacks). */
  targetHeads: number[];
  /** The repair rule the patterns were found through (repair.lemma-suffix, repair.wordnet-fallback), or null. */
  repairedBy: string | null;
}

/** Words of negation a pattern's word list may hold before the verb ("did not agree", "no"): clause negators and "no". */
let negations: ReadonlySet<string> | undefined;
const NEGATIONS = () => (negations ??= new Set(Object.values(loadWordLists("negation.tsv", ["adverb", "determiner"])).flat()));

/** Does a lemma satisfy one of these constraint words ("proposal", "&PROPOSAL")? */
export function lemmaMatches(lemma: string, words: readonly string[], lexicon: Lexicon): boolean {
  return words.some((w) => w.startsWith("&") ? lexicon.classes.get(w.slice(1))?.has(lemma) === true : w.toLowerCase() === lemma);
}

/** Complement lemmas including one level of nested xcomp ("go on fighting" → go, fight). */
function complementLemmas(tree: Tree, frame: Frame): string[] {
  const out: string[] = [];
  for (const c of frame.complements) {
    out.push(tree.lemma(c));
    for (const x of tree.children(c, "xcomp")) out.push(tree.lemma(x));
  }
  return out;
}

/**
 * Lemmas an object constraint may see: the head, its written form (dictionaries may list the plural: "DIPLOMATIC
 * TIES", "RUPEES"), and a compound modifier ("ceasefire proposal" → proposal, ceasefire); through a measure or
 * partitive head (class &PARTITIVE), the noun of its "of" phrase ("700 kg of medicine").
 */
function nounLemmas(tree: Tree, heads: number[], lexicon?: Lexicon): string[] {
  const partitive = lexicon?.classes.get("PARTITIVE");
  const through = (h: number) => partitive?.has(tree.lemma(h))
    ? tree.childrenExact(h, "nmod").filter((k) => tree.caseWord(k) === "of") : [];
  // a multi-word class member is a modifier and its head joined by "_" ("military assistance" → military_assistance)
  const joined = (h: number) => tree.childrenExact(h, "compound", "amod").map((k) => `${tree.lower(k)}_${tree.lemma(h)}`);
  return [...heads, ...heads.flatMap(through)].flatMap((h) => [tree.lemma(h), tree.lower(h), ...tree.childrenExact(h, "compound").map((k) => tree.lemma(k)), ...joined(h)]);
}

const MARKERS = /^[$+%^*]$/;

/**
 * PETRARCH word lists: every content word must occur, in order, after the predicate within its clause
 * (`followingWords`) or before it in the sentence (`precedingWords`), as a lemma, a form or a class member.
 * Returns how many tokens matched (a class member "austrian_gold_florin" counts three, so the longer match
 * wins as in PETRARCH), or null when one is missing.
 */
function wordsInOrder(words: readonly string[] | undefined, candidates: number[], tree: Tree, lexicon: Lexicon): number | null {
  if (!words?.length) return 0;
  const wanted = words.filter((w) => !MARKERS.test(w));
  let at = 0, n = 0;
  for (const w of wanted) {
    let found = -1;
    for (let k = at; k < candidates.length && found < 0; k++) {
      const len = matchJoined(w, candidates, k, tree, lexicon);
      if (len) {
        found = k + len - 1;
        n += len;
      }
    }
    if (found < 0) return null;
    at = found + 1;
  }
  return n;
}

/**
 * PETRARCH words before the verb: in order, the last one right before it, or before its negation or a perfect
 * "have" ("RECENTLY *" fits "recently allowed", not "recently did allow"; "DEATH TOLL *" fits "death toll has
 * risen"; "WILL *" not "will be hosting"). Returns the tokens matched, or null.
 */
function wordsEndingAt(words: readonly string[] | undefined, before: number[], tree: Tree, lexicon: Lexicon): number | null {
  const wanted = (words ?? []).filter((w) => !MARKERS.test(w));
  if (!wanted.length) return 0;
  let bare = before.length;
  const skippable = (t: number) => NEGATIONS().has(tree.lower(t)) || (tree.lemma(t) === "have" && tree.upos(t) === "AUX");
  while (bare > 0 && skippable(before[bare - 1])) bare--;
  const last = wanted[wanted.length - 1];
  for (const end of [...new Set([before.length, bare])]) {
    for (let k = end - 1; k >= 0; k--) {
      if (matchJoined(last, before, k, tree, lexicon) !== end - k) continue;
      const rest = wordsInOrder(wanted.slice(0, -1), before.slice(0, k), tree, lexicon);
      if (rest !== null) return rest + end - k;
    }
  }
  return null;
}

/** Like matchAt, for "_"-joined words: each part right after the one before ("new_&TIETYPES_relations"). */
function matchJoined(w: string, candidates: number[], k: number, tree: Tree, lexicon: Lexicon): number {
  if (!w.includes("_")) return matchAt(w, candidates, k, tree, lexicon);
  let at = k;
  for (const part of w.split("_")) {
    if (at >= candidates.length || (at > k && candidates[at] !== candidates[at - 1] + 1)) return 0;
    const len = matchAt(part, candidates, at, tree, lexicon);
    if (!len) return 0;
    at += len;
  }
  return at - k;
}

const tokenIs = (t: number, w: string, tree: Tree) => tree.lemma(t) === w || tree.lower(t) === w;

/** Whether a phrase member of class w ("&CURRENCY" holds "swiss_francs") ends at the noun h ("a million Swiss francs"). */
function classPhraseEndsAt(w: string, h: number, tree: Tree, lexicon: Lexicon): boolean {
  if (!w.startsWith("&")) return false;
  const first = tree.doc.sentences.find((s) => h >= s.tokenStart && h < s.tokenEnd)?.tokenStart ?? 0;
  for (const m of lexicon.classes.get(w.slice(1)) ?? []) {
    const parts = m.split("_");
    if (parts.length < 2 || h - parts.length + 1 < first) continue;
    if (parts.every((part, i) => tokenIs(h - parts.length + 1 + i, part, tree))) return true;
  }
  return false;
}

/**
 * How many candidate tokens from k on spell word w: 1 for a word or a one-word class member, the member's
 * length for a phrase member ("&NEGATVAUXVRB" holds "did_n't", "really_did_not"); 0 when none fits.
 */
function matchAt(w: string, candidates: number[], k: number, tree: Tree, lexicon: Lexicon): number {
  if (!w.startsWith("&")) return tokenIs(candidates[k], w, tree) ? 1 : 0;
  const members = lexicon.classes.get(w.slice(1));
  if (!members) return 0;
  if (members.has(tree.lemma(candidates[k])) || members.has(tree.lower(candidates[k]))) return 1;
  let best = 0;
  for (const m of members) {
    const parts = m.split("_");
    if (parts.length < 2 || parts.length <= best || k + parts.length > candidates.length) continue;
    // a phrase member must be contiguous in the text
    if (parts.every((part, i) => candidates[k + i] === candidates[k] + i && tokenIs(candidates[k + i], part, tree))) best = parts.length;
  }
  return best;
}

export function scorePattern(p: VerbPattern, frame: Frame, tree: Tree, lexicon: Lexicon, conv: MatchConventions = BUILTIN.match, relativeObjects = false): number | null {
  let score = 0;
  // event nouns match noun patterns; a noun with a to-infinitive ("renewed a pledge to destroy") also
  // matches the verb's complement patterns, as the light-verb construction means the same
  const lightVerb = frame.nominal && !p.noun && !!p.complement?.length && frame.complements.length > 0;
  if (p.noun === true !== frame.nominal && !lightVerb) return null;
  if (p.negated && !frame.negated) return null;
  if (p.negated) score += 3; // "did not agree" is its own meaning: it outranks any pattern for the plain verb
  if (p.followingWords?.length || p.precedingWords?.length) {
    const clause = tree.subtree(frame.predicate);
    const sent = tree.doc.sentences[frame.sentence];
    const before: number[] = [];
    for (let k = sent.tokenStart; k < frame.predicate; k++) before.push(k);
    const after = wordsInOrder(p.followingWords, clause.filter((k) => k > frame.predicate), tree, lexicon);
    const preWords = p.precedingWords?.filter((w) => !NEGATIONS().has(w));
    const pre = p.precedingAdjacent ? wordsEndingAt(preWords, before, tree, lexicon) : wordsInOrder(preWords, before, tree, lexicon);
    if (after === null || pre === null) return null;
    score += after + pre;
  }
  if (p.particles?.length) {
    // PETRARCH verb phrases are word sequences: "cordoned off the roads" has its particle even where the
    // parser made "off" a preposition
    const next = (k: number) => tree.lower(frame.predicate + 1 + k);
    const adjacent = conv.adjacentParticles && p.particles.every((w, k) => frame.predicate + 1 + k < tree.doc.tokens.length && next(k) === w.toLowerCase());
    if (!adjacent && !p.particles.every((w) => frame.particles.includes(w.toLowerCase()))) return null;
    score += 1;
  } else if (frame.particles.length) {
    score -= 1; // "step up" is not "step": a bare pattern still applies, but loses to a phrasal one
  }
  if (p.object?.length) {
    const own = frame.objects.length ? frame.objects : frame.nominal ? [] : frame.iobjs;
    const heads = relativeObjects ? own.flatMap((h) => RELATIVE_OBJECT.apply(tree, frame, h)) : own;
    // PETRARCH object words may be the noun's adjective ("* DIPLOMATIC" for "renewed diplomatic ties")
    const nouns = nounLemmas(tree, heads, lexicon);
    const seen = conv.adjectiveWords ? [...nouns, ...heads.flatMap((h) => tree.childrenExact(h, "amod").map((k) => tree.lower(k)))] : nouns;
    const phrase = conv.classPhraseObjects && heads.some((h) => p.object!.some((w) => classPhraseEndsAt(w, h, tree, lexicon)));
    // PETRARCH words need only follow the verb in its phrase, checked above: "vowed on Thursday to wage war" is "* WAR"
    const inPhrase = conv.followingWordsAsObject && !!p.followingWords?.length;
    const isObject = phrase || seen.some((l) => lemmaMatches(l, p.object!, lexicon));
    if (!inPhrase && !isObject) return null;
    score += isObject ? 2 : 0;
    // a multi-word member says more than its head alone ("military assistance" is military aid before it is aid)
    if (isObject && seen.some((l) => l.includes("_") && lemmaMatches(l, p.object!, lexicon))) score += 1;
  }
  if (p.prep) {
    const word = p.prep.word.toLowerCase();
    // a PETRARCH phrase may be anywhere after the verb: "welcomed assurances on cultural issues … on its role"
    const obls = conv.prepositions === "anywhere" ? [...frame.obliques, ...frame.objectObliques].filter((o) => o.case === word) : prepObliques(frame, word);
    if (!obls.length) return null;
    if (p.prep.object?.length) {
      // PETRARCH words in a prepositional phrase may be its noun's adjective too ("(ON &TIETYPES)" for "on economic issues")
      const seen = (o: Oblique) => [...nounLemmas(tree, o.heads), ...(conv.adjectiveWords ? o.heads.flatMap((h) => tree.childrenExact(h, "amod").map((k) => tree.lower(k))) : [])];
      if (!obls.some((o) => seen(o).some((l) => lemmaMatches(l, p.prep!.object!, lexicon)))) return null;
      score += 1;
    }
    score += 2;
  }
  if (p.complement?.length) {
    if (!complementLemmas(tree, frame).some((l) => lemmaMatches(l, p.complement!, lexicon))) return null;
    score += 2;
  }
  return score;
}

/** The best pattern for a frame, or null when its lemma has none that fits. */
export function matchFrame(frame: Frame, lexicon: Lexicon, tree: Tree, conv: MatchConventions = BUILTIN.match, rules = new RuleSwitch()): PatternMatch | null {
  // dictionaries may list inflected forms ("brought" → "bring") for verbs the lemmatiser missed
  // and PETRARCH dictionaries may give a form its own entry ("LEFT [042:043]" beside "LEAVE [012]"), which then wins
  const form = tree.lower(frame.predicate);
  let repairedBy: string | null = null;
  const repair = (rule: { id: string }, found: VerbPattern[] | undefined) => (found && (repairedBy = rule.id), found);
  const best = (patterns: readonly VerbPattern[] | undefined): PatternMatch | null => {
    let top: PatternMatch | null = null;
    for (const pattern of patterns ?? []) {
      const specificity = scorePattern(pattern, frame, tree, lexicon, conv, !lexicon.petrarch && rules.on(RELATIVE_OBJECT));
      if (specificity === null) continue;
      if (!top || specificity > top.specificity) top = { pattern, specificity, targetHeads: targetSlot(pattern, frame), repairedBy };
    }
    return top;
  };
  // A form's own entry is tried first but does not shadow the lemma when none of its patterns fits: CAMEO.2.0's
  // "+ATTACKED_AND_STABBED" gives "attacked" an entry whose every pattern needs "and stabbed", which hid ATTACK.
  const own = conv.formEntries && form !== frame.lemma ? lexicon.byLemma.get(form) : undefined;
  const lemma = lexicon.byLemma.get(frame.lemma) ?? lexicon.byLemma.get(lexicon.forms?.get(form) ?? "");
  if (own || lemma) return (own && best(own)) || best(lemma);
  return best((rules.on(LEMMA_SUFFIX) ? repair(LEMMA_SUFFIX, LEMMA_SUFFIX.apply(frame, lexicon, tree)) : undefined)
    ?? (rules.on(WORDNET_FALLBACK) ? repair(WORDNET_FALLBACK, WORDNET_FALLBACK.apply(frame, lexicon)) : undefined));
}

/** Roots whose object is what is asked for, offered, shared, given or imposed (appeals, intents, cooperation, aid, sanctions). */
const GOODS_ROOTS = new Set(["02", "03", "06", "07", "16"]);

export const OBJECT_CONJUNCTS: Rule<(frame: Frame, found: PatternMatch, match: (f: Frame) => PatternMatch | null) => { frame: Frame; found: PatternMatch }[]> = {
  id: "repair.object-conjuncts",
  stage: "repair",
  description: "conjoined objects of an appeal, intent, cooperation, aid or sanction that match patterns with other codes of the same root each code their own event ('seeking trade and military assistance from Russia': an appeal for trade, 0211, and for military aid, 0232)",
  example: "North Korea is seeking trade and military assistance from Russia.",
  conventions: ["builtin"],
  apply(frame, found, match) {
    if (frame.nominal || frame.objects.length < 2) return [];
    const out: { frame: Frame; found: PatternMatch }[] = [];
    const codes = new Set([found.pattern.code]);
    for (const h of frame.objects) {
      const one: Frame = { ...frame, objects: [h] };
      const m = match(one);
      // the same kind of act with another object ("trade" 0211, "military assistance" 0232); another root is another reading of the verb
      if (!m || m.pattern.code === NO_EVENT || codes.has(m.pattern.code) || m.pattern.code.slice(0, 2) !== found.pattern.code.slice(0, 2)) continue;
      // only where the object is what is asked for, given or imposed: the victims of a killing are one act however many
      if (!GOODS_ROOTS.has(found.pattern.code.slice(0, 2))) continue;
      codes.add(m.pattern.code);
      // matched on its own object, coded on the whole frame (the parties may hang on another conjunct: "… assistance from Russia")
      out.push({ frame, found: { ...m, targetHeads: targetSlot(m.pattern, frame) } });
    }
    return out;
  },
};

/** Relative pronouns (data/words/pronouns.tsv, list "relative"). */
let relatives: ReadonlySet<string> | undefined;
const RELATIVES = () => (relatives ??= new Set(loadWordLists("pronouns.tsv", ["relative"]).relative));

export const RELATIVE_OBJECT: Rule<(tree: Tree, frame: Frame, head: number) => number[]> = {
  id: "repair.relative-object",
  stage: "repair",
  description: "a relative clause's pronoun object stands for the noun the clause modifies when an object constraint is checked ('the monies that Congress voted for Taiwan's defense': voting money)",
  example: "The monies that the U.S. Congress voted for Taiwan defense will be used wisely.",
  conventions: ["builtin"],
  apply(tree, frame, head) {
    if (!frame.relation.startsWith("acl:relcl") || !RELATIVES().has(tree.lower(head))) return [head];
    const antecedent = tree.head(frame.predicate);
    return antecedent >= 0 ? [head, antecedent] : [head];
  },
};

/**
 * Lemmas a lemmatiser commonly gets wrong for -ed/-ing forms, tried when the lemma has no patterns:
 * a silent "e" stripped with the suffix ("extradited" → "extradit"), a doubled consonant kept
 * ("shelled" → "shel"), or an "e" added that was never there ("rioted" → "riote").
 */
export const LEMMA_SUFFIX: Rule<(frame: Frame, lexicon: Lexicon, tree: Tree) => VerbPattern[] | undefined> = {
  id: "repair.lemma-suffix",
  stage: "repair",
  description: "a lemma with no patterns is retried with the -e or doubled consonant a lemmatiser gets wrong",
  example: "Government troops shelled rebel positions overnight.",
  apply(frame, lexicon, tree) {
    const l = frame.lemma;
    if (frame.nominal || !/(ed|ing)$/.test(tree.lower(frame.predicate)) || l.length < 3) return undefined;
    const tries = l.endsWith("e") ? [l.slice(0, -1)] : [`${l}e`, `${l}${l[l.length - 1]}`];
    for (const t of tries) {
      const ps = lexicon.byLemma.get(t);
      if (ps) return ps;
    }
    return undefined;
  },
};

/** Obliques with this case word on the predicate, else on its objects ("its assault on Rafah"). */
export function prepObliques(frame: Frame, word: string): Oblique[] {
  const own = frame.obliques.filter((o) => o.case === word);
  return own.length ? own : frame.objectObliques.filter((o) => o.case === word);
}

/** Argument heads in the slot a pattern names as source (the subject unless the pattern says otherwise). */
export function sourceSlot(p: VerbPattern, frame: Frame): number[] {
  switch (p.source ?? "subj") {
    case "none": return [];
    case "obj": return frame.objects;
    case "prep": return prepObliques(frame, (p.sourcePrep ?? "").toLowerCase()).flatMap((o) => o.heads);
    default: return frame.subjects;
  }
}

/** Argument heads in the slot a pattern names as target. */
export function targetSlot(p: VerbPattern, frame: Frame): number[] {
  switch (p.target ?? "obj") {
    case "none": return [];
    case "iobj": return frame.iobjs;
    case "prep": return p.prep ? prepObliques(frame, p.prep.word.toLowerCase()).flatMap((o) => o.heads) : [];
    case "complement-subject": case "complement-object": return [];
    case "subj": return frame.subjects;
    default: return frame.objects.length ? frame.objects : frame.iobjs;
  }
}
