// PETRARCH conventions the built-in lexicon does not share, applied when the lexicon was imported from a
// PETRARCH/TABARI dictionary (Lexicon.petrarch): there, an event whose pattern states no target takes the
// first actor in the verb phrase after the verb, whatever the preposition ("left for Minas Tirith",
// "arrived in Gondor"); a passive without its agent takes that actor as source ("Arnor was criticized
// over its dispute with Gondor": Gondor criticized Arnor); and the source is the first actor in the
// words before the verb, even where the parser hung them on the verb ("Caras Galadhon's new mayor left").
import type { Frame } from "../clauses/frames.js";
import type { Tree } from "../clauses/tree.js";
import { loadWordLists } from "../util/word-lists.js";

/** Case words that never introduce a target: the passive agent and time/manner phrases (prepositions.tsv `not-target`). */
let notTarget: ReadonlySet<string> | undefined;
const NOT_TARGET_CASES = () => (notTarget ??= new Set(loadWordLists("prepositions.tsv", ["not-target"])["not-target"]));

/** Argument heads after the predicate that may stand as target, in word order: obliques, then their nouns' modifiers. */
export function petrarchTargetCandidates(frame: Frame, skip: readonly string[] = []): number[] {
  const after = (os: Frame["obliques"]) => os
    .filter((o) => !NOT_TARGET_CASES().has(o.case) && !skip.includes(o.case) && o.heads.some((h) => h > frame.predicate))
    .flatMap((o) => o.heads)
    .sort((a, b) => a - b);
  return [...after(frame.obliques), ...after(frame.objectObliques)];
}

/**
 * Nouns inside the phrases of `heads` (object or oblique heads) after the heads themselves, in word order,
 * not crossing into another clause save a participle that modifies a noun.
 */
function phraseNouns(heads: number[], tree: Tree): number[] {
  return heads
    .flatMap((o) => tree.subtree(o, (k) => CLAUSE_RELS.has(tree.rel(k)) && !reducedRelative(k, tree)))
    .filter((k) => !heads.includes(k) && ["NOUN", "PROPN"].includes(tree.tok(k).upos))
    .sort((a, b) => a - b);
}

/** After the object phrases, the insides of the obliques ("cordoned off the roads leading into Mordor"). */
export function obliquePhraseCandidates(frame: Frame, tree: Tree, skip: readonly string[] = []): number[] {
  const heads = frame.obliques.filter((o) => !NOT_TARGET_CASES().has(o.case) && !skip.includes(o.case)).flatMap((o) => o.heads).filter((h) => h > frame.predicate);
  return phraseNouns(heads, tree);
}

/** Relations that open another clause: a target is not looked for past them. */
const CLAUSE_RELS = new Set(["acl:relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "appos"]);

/**
 * A participle or to-infinitive modifying a noun with no subject of its own ("memos sent by Bree", "roads
 * leading into Mordor", "an accord to supply Gondor").
 */
function reducedRelative(k: number, tree: Tree): boolean {
  if (tree.rel(k) !== "acl" || tree.children(k, "nsubj", "nsubj:pass").length) return false;
  const marks = tree.children(k, "mark").map((m) => tree.lower(m));
  return marks.length ? marks.every((m) => m === "to") : ["VBN", "VBG"].includes(tree.tok(k).xpos);
}

/**
 * Clauses after the verb whose actors PETRARCH may take as target: complements, purpose infinitives ("vowed
 * to wage war on X") and the content clause of the object ("expressed hopes that X could be drawn in").
 */
export function petrarchClauses(frame: Frame, tree: Tree): number[] {
  const purpose = tree.childrenExact(frame.predicate, "advcl").filter((k) => tree.children(k, "mark").some((m) => tree.lower(m) === "to"));
  const ofObjects = frame.objects.flatMap((o) => tree.childrenExact(o, "acl", "ccomp"));
  return [...frame.complements, ...purpose, ...ofObjects].filter((k) => k > frame.predicate).sort((a, b) => a - b);
}

/**
 * Nouns inside the object phrases, in word order, not crossing into another clause save a participle that
 * modifies a noun: PETRARCH's target is the first actor anywhere in the verb's object ("welcomed a resumption
 * of ties between Gondor and Osgiliath", "welcomed memos sent by Bree").
 */
export function objectPhraseCandidates(frame: Frame, tree: Tree): number[] {
  return phraseNouns(frame.objects, tree);
}

/** Possessive markers, which a possessor hung on the verb by the parser still carries (pronouns.tsv). */
let possessive: ReadonlySet<string> | undefined;
const POSSESSIVE = () => (possessive ??= new Set(loadWordLists("pronouns.tsv", ["possessive-marks"])["possessive-marks"]));

/**
 * Heads that may stand as source when the subject names no actor, in word order: for an agentless
 * passive, the argument heads after the verb; otherwise nominal modifiers the parser attached to the
 * verb itself before it (a possessor or compound that belongs to the subject phrase).
 */
export function petrarchSourceCandidates(frame: Frame, tree: Tree): number[] {
  if (frame.nominal) return [];
  if (frame.voice === "passive") return frame.subjects.length ? [] : petrarchTargetCandidates(frame);
  return tree.childrenExact(frame.predicate, "nmod:poss", "compound", "nmod", "dep")
    .filter((k) => k < frame.predicate && tree.children(k, "case").every((c) => POSSESSIVE().has(tree.lower(c))));
}
