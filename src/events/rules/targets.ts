// Rules of the targets stage: where an event's target comes from when the pattern's own slot names no
// actor. The fallbacks are tried in their order; the first that finds a coded actor gives the target.
import type { Frame } from "../../text/annotations.js";
import { defineRule, type Rule, type RuleSwitch } from "../../rules/rule.js";
import { isConsultation, isJointAct, isStatement } from "../ontology.js";
import type { CodingContext, FrameCoding } from "../context.js";
import type { Participant } from "../participant.js";
import { objectPhraseCandidates, obliquePhraseCandidates, petrarchClauses, petrarchTargetCandidates } from "../petrarch-match.js";
import type { VerbPattern } from "../lexicon-types.js";
import { lemmaMatches } from "../match.js";
import { loadWordLists } from "../../util/word-lists.js";


export const OWN_FORCES_PLACE = defineRule({
  id: "targets.own-forces-place",
  stage: "targets",
  description: "acting on one's own forces, the act is aimed at the place they are in",
  example: "Israel has strengthened its forces in Lebanon.",
  apply(ctx: CodingContext, c: FrameCoding, slot: Participant[]): Participant | null {
    const own = slot.length > 0 && slot.every((t) => t.via === "owner" && c.sources.some((s) => s.coded && s.actor.country === t.actor.country));
    return own ? ctx.placeActedOn(c.frame, c.match.pattern.code) : null;
  },
});

export const JOINT_SUBJECT_TOGETHER = defineRule({
  id: "targets.joint-subject-together",
  stage: "targets",
  description: "a joint subject that agrees, pledges to cooperate, signs or cooperates with no counterpart named does it with each other",
  example: "Tokyo and Washington agreed to strengthen deterrence.",
  conventions: ["builtin"],
  apply: (code: string): boolean => isJointAct(code) && !isConsultation(code),
});

/**
 * Whether several named parties with no other target act on each other: consultations (04), PETRARCH's
 * "%" reciprocal patterns, two-sided "[a:b]" codes ("renewed diplomatic ties [064:064]"), and with
 * targets.joint-subject-together the other joint acts (agreeing, cooperating, signing).
 */
export function mutual(p: VerbPattern, rules?: RuleSwitch): boolean {
  return !!p.reciprocal || isConsultation(p.code) || !!p.reverseCode || (!!rules?.on(JOINT_SUBJECT_TOGETHER) && JOINT_SUBJECT_TOGETHER.apply(p.code));
}

export const PARTIES_CONSULT_EACH_OTHER = defineRule({
  id: "targets.parties-consult-each-other",
  stage: "targets",
  description: "several named parties consulting with no stated counterpart consult each other: no target is looked for",
  example: "Delegations from Hamas, Israel, the U.S., Egypt and Qatar held talks in Cairo.",
  apply: (c: FrameCoding, partyCount: number): boolean => mutual(c.match.pattern) && partyCount > 1,
});

/** Lexicon classes of things handed over (data/verbs/00-classes.txt): weapons, aid, money. */
const GOODS_CLASSES = ["WEAPON", "AID", "MONEY"];
/** Roots of acts that hand things over: material cooperation (06) and aid (07). */
const HANDING_ROOTS = new Set(["06", "07"]);

export const GOODS_NOT_RECIPIENT = defineRule({
  id: "targets.goods-not-recipient",
  stage: "targets",
  description: "in an act of handing over (06, 07), an object that is the goods (weapons, aid, money: 'tanks', 'drones') is no target, even when it names an agent; the recipient is looked for ('to Ukraine')",
  example: "Germany will send tanks and air-defence systems to Ukraine.",
  conventions: ["builtin"],
  /** The slot's heads without the goods: the pattern's own object words ("send obj=…|troops"), and weapons, aid and money. */
  apply(ctx: CodingContext, pattern: VerbPattern, heads: number[]): number[] {
    if (!HANDING_ROOTS.has(pattern.code.slice(0, 2))) return heads;
    const words = [...pattern.object ?? [], ...GOODS_CLASSES.map((c) => `&${c}`)];
    const goods = (h: number) => [ctx.tree.lemma(h), ctx.tree.lower(h)].some((w) => lemmaMatches(w, words, ctx.lexicon));
    return heads.filter((h) => !goods(h));
  },
});

/** A fallback: the coded targets it finds for a frame, [] when none. */
export type TargetFallback = Rule<(ctx: CodingContext, c: FrameCoding) => Participant[]>;

/** Prepositions (data/words/prepositions.tsv): `counterpart`, tried in order by targets.telling-oblique; `party`, by targets.object-party. */
let preps: { counterpart: readonly string[]; party: ReadonlySet<string> } | undefined;
function prepositions() {
  if (!preps) {
    const l = loadWordLists("prepositions.tsv", ["counterpart", "party"]);
    preps = { counterpart: l.counterpart, party: new Set(l.party) };
  }
  return preps;
}

const codedIn = (ctx: CodingContext, c: FrameCoding, heads: number[]) => ctx.codedTargets(heads, c.frame, c.sources);

/** The first actor named in the subtree of a clause head, with its conjuncts. */
function firstActorIn(ctx: CodingContext, c: FrameCoding, head: number, after = -1): Participant[] {
  const sub = ctx.tree.subtree(head).filter((k) => k > after && ctx.parts.mention(k)?.actor);
  // with its conjuncts: "believes Dagolath and Osgiliath can cope" names both
  return codedIn(ctx, c, sub.length ? ctx.tree.conjuncts(sub[0]) : []);
}

/** The first actor named in the first of these clauses that names one. */
function firstActorInClauses(ctx: CodingContext, c: FrameCoding, clauses: number[]): Participant[] {
  for (const k of clauses) {
    const found = firstActorIn(ctx, c, k);
    if (found.length) return found;
  }
  return [];
}

/**
 * Clauses that say what an act is about or for: complements ("warned that …"), the content clause of the
 * object noun ("reiterated its demand that Israel ease …") and purpose infinitives ("staged demonstrations
 * to demand reforms by Suharto's government").
 */
function contentClauses(ctx: CodingContext, frame: Frame): number[] {
  const tr = ctx.tree;
  const ofObjects = frame.objects.flatMap((o) => tr.childrenExact(o, "acl", "ccomp"));
  const purpose = tr.childrenExact(frame.predicate, "advcl").filter((k) => tr.children(k, "mark").some((m) => tr.lemma(m) === "to"));
  return [...frame.complements, ...ofObjects, ...purpose];
}

export const INDIRECT_OBJECT: TargetFallback = {
  id: "targets.indirect-object",
  stage: "targets",
  description: "the indirect object is the target when the pattern's slot names no actor",
  example: "Iran sent Russia drones.",
  apply: (ctx, c) => codedIn(ctx, c, c.frame.iobjs),
};

export const TELLING_OBLIQUE: TargetFallback = {
  id: "targets.telling-oblique",
  stage: "targets",
  description: "an oblique whose preposition tells the counterpart (with, to, against, toward, into, between, on) gives the target",
  example: "Russia cut gas supplies to Ukraine.",
  conventions: ["builtin"],
  apply(ctx, c) {
    for (const cs of prepositions().counterpart) {
      const found = codedIn(ctx, c, c.frame.obliques.filter((o) => o.case === cs).flatMap((o) => o.heads));
      if (found.length) return found;
    }
    return [];
  },
};

export const FIRST_ACTOR_AFTER_VERB: TargetFallback = {
  id: "targets.first-actor-after-verb",
  stage: "targets",
  description: "PETRARCH: the first actor after the verb in its obliques and object phrases, whatever the preposition",
  example: "The Gondor president left for Minas Tirith on Monday.",
  conventions: ["petrarch"],
  apply(ctx, c) {
    const skip = c.match.pattern.skipPreps ?? [];
    const f = c.frame;
    return ctx.firstCoded([...petrarchTargetCandidates(f, skip), ...objectPhraseCandidates(f, ctx.tree), ...obliquePhraseCandidates(f, ctx.tree, skip)], f, c.sources);
  },
};

export const CONTENT_CLAUSE: TargetFallback = {
  id: "targets.content-clause",
  stage: "targets",
  description: "the first actor named in the act's content or purpose clause (not for plain statements: 'residents said Israel …' is not said to Israel)",
  example: "Hamas warned that if Israel's aggression continued, there would be no truce.",
  conventions: ["builtin"],
  apply: (ctx, c) => isStatement(c.match.pattern.code) ? [] : firstActorInClauses(ctx, c, contentClauses(ctx, c.frame)),
};

export const PETRARCH_CLAUSE: TargetFallback = {
  id: "targets.petrarch-clause",
  stage: "targets",
  description: "PETRARCH: the first actor in a clause after the verb, statements included ('believes X can cope')",
  example: "Kenya hopes Uganda will cooperate.",
  conventions: ["petrarch"],
  apply: (ctx, c) => firstActorInClauses(ctx, c, petrarchClauses(c.frame, ctx.tree)),
};

export const VERB_PHRASE_ACTOR: TargetFallback = {
  id: "targets.verb-phrase-actor",
  stage: "targets",
  description: "PETRARCH's last resort: the first actor anywhere in the verb phrase after the verb",
  example: "Kenya will restore diplomatic ties next year, after talks mediated by Uganda.",
  conventions: ["petrarch"],
  apply: (ctx, c) => firstActorIn(ctx, c, c.frame.predicate, c.frame.predicate),
};

export const OBJECT_PARTY: TargetFallback = {
  id: "targets.object-party",
  stage: "targets",
  description: "the party the object comes from or is made with ('rejected a fresh offer from Afghanistan')",
  example: "The rebels demanded a truce with Moslem forces.",
  conventions: ["builtin"],
  apply(ctx, c) {
    const tr = ctx.tree;
    const mods = c.frame.objects.flatMap((o) => tr.childrenExact(o, "nmod"))
      .filter((k) => prepositions().party.has(tr.caseWord(k))).flatMap((k) => tr.conjuncts(k));
    return codedIn(ctx, c, mods);
  },
};

export const PLACE_ACTED_ON: TargetFallback = {
  id: "targets.place-acted-on",
  stage: "targets",
  description: "the place acted on, visited or given to is the target (not for what is only said or asked)",
  example: "Israeli strikes hit two houses in Tel Al-Sultan.",
  apply(ctx, c) {
    const place = ctx.placeActedOn(c.frame, c.match.pattern.code);
    return place ? [place] : [];
  },
};

/** The fallbacks in the order they are tried. */
export const TARGET_FALLBACKS: readonly TargetFallback[] = [
  INDIRECT_OBJECT, TELLING_OBLIQUE, FIRST_ACTOR_AFTER_VERB, CONTENT_CLAUSE, PETRARCH_CLAUSE, VERB_PHRASE_ACTOR, OBJECT_PARTY, PLACE_ACTED_ON,
];

export const targetRules: readonly Rule[] = [GOODS_NOT_RECIPIENT, OWN_FORCES_PLACE, PARTIES_CONSULT_EACH_OTHER, JOINT_SUBJECT_TOGETHER, ...TARGET_FALLBACKS];
