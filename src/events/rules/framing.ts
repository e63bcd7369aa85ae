// Rules of the framing stage: a framing predicate (a refusal, an appeal or demand, an announcement of
// intent, a threat, a statement that blames) and the act it frames are coded as the CAMEO codebook
// codes them, by one mechanism: the framed act's code is looked up in the codebook's table of derived
// codes (data/ontology/derived-codes.tsv) under the framing stance — "refused to release" (0841 refused)
// is 1243, "urged Hamas to release" 0253, "will meet" 036, "would impose sanctions" 1312. A statement
// whose content is a hostile act by another party ("X said Y is defying …") is an accusation of Y (112).
// Under the PETRARCH conventions the verb's own pattern stands (PETRARCH-style coding keeps it).
import type { Frame } from "../../text/annotations.js";
import type { Rule } from "../../rules/rule.js";
import { derivedCode, isAppeal, isStatement, rootOf, type Ontology, type Stance } from "../ontology.js";
import type { CodingContext } from "../context.js";
import type { PatternMatch } from "../match.js";
import { NO_EVENT } from "../lexicon-types.js";
import { sameActor } from "./pairs.js";
import { SOURCE_MUST_BE_SOCIAL } from "./filters.js";
import { loadWordSets } from "../../util/word-lists.js";

/** Naming verbs and derogatory words (data/words/framing.tsv). */
let words: {
  naming: ReadonlySet<string>; derogatory: ReadonlySet<string>; denial: ReadonlySet<string>; obligation: ReadonlySet<string>;
  "or-face": ReadonlySet<string>; consequence: ReadonlySet<string>;
} | undefined;
const WORDS = () => (words ??= loadWordSets("framing.tsv", ["naming", "derogatory", "denial", "obligation", "or-face", "consequence"]));

/** Before participants are looked for: the match with the code (and target slot) the framing gives, or null. */
export type FramingRule = Rule<(ctx: CodingContext, frame: Frame, match: PatternMatch, matches: ReadonlyMap<number, PatternMatch | null>) => PatternMatch | null>;

/** Relations by which a framed act hangs on its framing predicate ("refused to deploy", "urged X to accept", "said that …"). */
const FRAMED_RELATIONS = new Set(["xcomp", "ccomp"]);

/**
 * The coded acts framed by this frame: its complement clauses with a pattern that codes an event, and
 * its to-infinitives a parser hung as adverbials ("urged Hamas [to release …]" as advcl).
 */
function framedActs(ctx: CodingContext, frame: Frame, matches: ReadonlyMap<number, PatternMatch | null>): { frame: Frame; match: PatternMatch }[] {
  const tr = ctx.tree;
  const infinitives = tr.childrenExact(frame.predicate, "advcl").filter((k) => tr.children(k, "mark").some((m) => tr.lower(m) === "to"));
  const out: { frame: Frame; match: PatternMatch }[] = [];
  for (const k of new Set([...frame.complements, ...infinitives])) {
    const f = ctx.clauses.byPredicate.get(k);
    const m = matches.get(k);
    const rel = f?.relation.split(":")[0] ?? "";
    if (f && m && m.pattern.code !== NO_EVENT && (FRAMED_RELATIONS.has(rel) || rel === "advcl")) out.push({ frame: f, match: m });
  }
  return out;
}

/** The match recoded: same slots, the derived code, the origin naming the rule that derived it. */
function recoded(match: PatternMatch, code: string, rule: string, target?: PatternMatch["pattern"]["target"]): PatternMatch {
  return { ...match, pattern: { ...match.pattern, code, origin: `${match.pattern.origin} → ${rule}`, ...(target ? { target } : {}) } };
}

/** The framing stance of a code: what a frame coded so does to the act it frames. */
function stanceOfFraming(code: string): Stance | null {
  const root = rootOf(code);
  if (isAppeal(code)) return "appeal";
  if (root === "10") return "demand";
  if (root === "12") return "refuse";
  return null;
}

/** The derived code when it is more specific than the framing verb's own (same root, longer or other code). */
function specificDerived(ont: Ontology, framed: string, stance: Stance, own: string): string | null {
  const d = derivedCode(framed, stance, ont);
  if (!d || d === own || rootOf(d) !== rootOf(own)) return null;
  // the verb's own pattern already says more ("0256" kept over a derived "025")
  return own.length > d.length && own.startsWith(d) ? null : d;
}

export const DENIAL: FramingRule = {
  id: "framing.denial",
  stage: "framing",
  description: "a denial ('denied supplying drones', 'denied that its troops attacked') rejects an accusation (120): it refuses nothing, so no refusal code is derived from what it denies, and what it denies names no target",
  example: "Iran denied supplying drones to Russia.",
  conventions: ["builtin"],
  apply(ctx, frame, match) {
    if (frame.nominal || rootOf(match.pattern.code) !== "12" || !WORDS().denial.has(frame.lemma)) return null;
    const tr = ctx.tree;
    const content = [...frame.complements, ...tr.childrenExact(frame.predicate, "xcomp"), ...tr.childrenExact(frame.predicate, "ccomp")];
    // "denied the accusations" keeps its object (the accuser may own it); a denied clause is no one's target
    return content.length ? recoded(match, "120", DENIAL.id, "none") : null;
  },
};

export const FRAMED_ACT_CODE: FramingRule = {
  id: "framing.framed-act-code",
  stage: "framing",
  description: "a refusal, appeal or demand with a coded act in its complement takes the codebook's code for refusing, appealing for or demanding that act",
  example: "The ministers urged Hamas to release the hostages.",
  conventions: ["builtin"],
  apply(ctx, frame, match, matches) {
    const stance = stanceOfFraming(match.pattern.code);
    if (!stance || match.pattern.origin.endsWith(DENIAL.id)) return null;
    for (const act of framedActs(ctx, frame, matches)) {
      const d = specificDerived(ctx.ontology, act.match.pattern.code, stance, match.pattern.code);
      if (d) return recoded(match, d, FRAMED_ACT_CODE.id);
    }
    return null;
  },
};

/** Quad classes of hostility: verbal conflict (3) and material conflict (4). */
const hostile = (ont: Ontology, code: string) => {
  const q = ont.codes.get(code)?.quadClass ?? ont.roots.get(rootOf(code))?.quadClass;
  return q === 3 || q === 4;
};

export const STATEMENT_ACCUSES: FramingRule = {
  id: "framing.statement-accuses",
  stage: "framing",
  description: "a statement whose content is a hostile act by someone named there accuses that party (112); the act itself stays coded, as reported",
  example: "The United States said Iran is defying the U.N. Security Council.",
  conventions: ["builtin"],
  apply(ctx, frame, match, matches) {
    if (!isStatement(match.pattern.code) || frame.nominal) return null;
    // the accused: the coded doer of an act said to be done (not planned, conditional or denied), other than the speaker
    const speakers = ctx.participants(frame.subjects, frame).filter((p) => p.coded);
    if (!speakers.length) return null;
    const accused = framedActs(ctx, frame, matches)
      .filter((a) => hostile(ctx.ontology, a.match.pattern.code) && (a.frame.modality === "asserted" || a.frame.modality === "reported"))
      // "a building collapse killed 12, police said": a thing's act accuses no one
      .filter((a) => !(ctx.rules.on(SOURCE_MUST_BE_SOCIAL) && SOURCE_MUST_BE_SOCIAL.apply(ctx, a.frame, a.match, matches)))
      .flatMap((a) => ctx.participants(a.frame.subjects, a.frame))
      .filter((p) => p.coded && !speakers.some((s) => sameActor(s.actor, p.actor)));
    return accused.length ? recoded(match, "112", STATEMENT_ACCUSES.id, "complement-subject") : null;
  },
};

/**
 * The heads of a statement's complement clauses that put an obligation on a coded party other than the
 * speaker ("the U.N. must maintain …"), read off the tree (the obliged act may have no frame of its own,
 * "must hand over" with "hand" tagged a noun).
 */
export function obligedClauses(ctx: CodingContext, frame: Frame): number[] {
  if (frame.nominal) return [];
  const tr = ctx.tree;
  const speakers = ctx.participants(frame.subjects, frame).filter((p) => p.coded);
  if (!speakers.length) return [];
  const negators = ctx.cues.negation;
  return [...new Set([...frame.complements, ...tr.childrenExact(frame.predicate, "ccomp")])]
    .filter((k) => tr.children(k, "aux").some((a) => WORDS().obligation.has(tr.lemma(a))) && !tr.children(k, "advmod").some((a) => negators.has(tr.lower(a))))
    // the obliged is an actor the subject names itself: "talks with China must continue" puts nothing on China
    .filter((k) => ctx.participants(ctx.clauses.byPredicate.get(k)?.subjects ?? tr.children(k, "nsubj"), frame).some((p) => p.coded && p.via !== "modifier" && p.via !== "place" && !speakers.some((s) => sameActor(s.actor, p.actor))));
}

export const OBLIGATION_DEMANDS: FramingRule = {
  id: "framing.obligation-demands",
  stage: "framing",
  description: "a statement that someone named must or should act ('said the U.N. must maintain sanctions') is a demand on them (10x, the codebook's demand for that act where it has one); the act itself is the demand's content",
  example: "A State Department spokesperson told reporters the U.N. must maintain sanctions on North Korea.",
  conventions: ["builtin"],
  apply(ctx, frame, match, matches) {
    if (!isStatement(match.pattern.code)) return null;
    const obliged = obligedClauses(ctx, frame);
    if (!obliged.length) return null;
    const act = matches.get(obliged[0]);
    const d = act && act.pattern.code !== NO_EVENT ? derivedCode(act.pattern.code, "demand", ctx.ontology) : null;
    return recoded(match, d && d !== "-" ? d : "100", OBLIGATION_DEMANDS.id, "complement-subject");
  },
};

export const NAMING: FramingRule = {
  id: "framing.naming",
  stage: "framing",
  description: "a naming verb with a secondary predicate ('called the move disappointing', 'described it as a sham') characterises: a criticism (111) when the name is derogatory, else a comment, not coded",
  example: "Hamas called the proposal a sham.",
  conventions: ["builtin"],
  apply(ctx, frame, match) {
    const tr = ctx.tree;
    const root = rootOf(match.pattern.code);
    if (frame.nominal || !WORDS().naming.has(frame.lemma) || !(root === "01" || root === "04")) return null;
    // the name: a secondary predicate, or an "as" phrase ("described it as a provocation")
    // (a parser may hang a second noun phrase on the object: "called [the proposal [a sham]]")
    const names = [
      ...tr.childrenExact(frame.predicate, "xcomp"), ...frame.obliques.filter((o) => o.case === "as").flatMap((o) => o.heads),
      ...frame.objects.flatMap((o) => tr.childrenExact(o, "nmod:unmarked")),
    ];
    if (!names.length) return null;
    const said = names.flatMap((k) => tr.subtree(k)).map((k) => tr.lower(k));
    const derogatory = said.some((w) => WORDS().derogatory.has(w) || WORDS().derogatory.has(w.replace(/s$/, "")));
    return recoded(match, derogatory ? "111" : NO_EVENT, NAMING.id);
  },
};

/** Nouns an alternative's object is read through to what it holds ("the possibility of additional sanctions"). */
const ALTERNATIVE_HEADS = new Set(["possibility", "prospect", "threat", "risk", "danger", "imposition"]);

export const OR_FACE_THREAT = {
  id: "framing.or-face-threat",
  stage: "framing",
  description: "an appeal or demand with an alternative held over the party asked ('urged Russia to accept the ceasefire or face additional sanctions') is also a threat from the one asking to the one asked: 1312 for sanctions, 138 for force, 130 for consequences",
  example: "G7 ministers urged Russia to accept the ceasefire or face the possibility of additional sanctions.",
  conventions: ["builtin"],
  /** The threat code the appeal or demand also carries, or null. */
  apply(ctx: CodingContext, frame: Frame, code: string): string | null {
    if (frame.nominal || !(isAppeal(code) || rootOf(code) === "10")) return null;
    const tr = ctx.tree;
    const content = new Set([...frame.complements, ...tr.childrenExact(frame.predicate, "advcl").filter((k) => tr.children(k, "mark").some((m) => tr.lower(m) === "to"))]);
    const sanction = ctx.lexicon.classes.get("SANCTION"), force = ctx.lexicon.classes.get("CAMPAIGN");
    for (const k of content) {
      for (const alt of tr.childrenExact(k, "conj")) {
        if (!WORDS()["or-face"].has(tr.lemma(alt).toLowerCase()) || !tr.children(alt, "cc").some((c) => tr.lower(c) === "or")) continue;
        // the object, read through "the possibility of …"
        const heads = tr.childrenExact(alt, "obj").flatMap((o) => ALTERNATIVE_HEADS.has(tr.lemma(o).toLowerCase()) ? [o, ...tr.childrenExact(o, "nmod")] : [o]);
        const lemmas = heads.map((h) => tr.lemma(h).toLowerCase());
        if (lemmas.some((l) => sanction?.has(l))) return "1312";
        if (lemmas.some((l) => force?.has(l) || l === "force" || l === "strike" || l === "strikes")) return "138";
        if (lemmas.some((l) => WORDS().consequence.has(l))) return "130";
      }
    }
    return null;
  },
} satisfies Rule;

/** Relations of a clause inside a predicate. */
const CLAUSAL = new Set(["advcl", "acl", "ccomp", "xcomp", "csubj", "parataxis"]);
/** Whether a word (lower-case) is derogatory (data/words/framing.tsv), plural folded. */
const derogatoryWord = (w: string) => WORDS().derogatory.has(w) || WORDS().derogatory.has(w.replace(/s$/, ""));

export const PREDICATIVE_ACCUSATION: FramingRule = {
  id: "framing.predicative-accusation",
  stage: "framing",
  description: "a statement that a named party is something derogatory ('contended that the EU is one of the most hostile and abusive authorities', 'said Iran was irresponsible') criticises that party (111); a characterisation that is not derogatory stays a comment",
  example: "China contended that the European Union is one of the most hostile and abusive trading powers in the world.",
  conventions: ["builtin"],
  apply(ctx, frame, match) {
    if (frame.nominal || !isStatement(match.pattern.code)) return null;
    const tr = ctx.tree;
    const speakers = ctx.participants(frame.subjects, frame).filter((p) => p.coded);
    if (!speakers.length) return null;
    for (const k of new Set([...frame.complements, ...tr.childrenExact(frame.predicate, "ccomp")])) {
      // a copular predication: "the EU is [one of the most hostile …]", "Iran was irresponsible"
      if (!tr.children(k, "cop").length) continue;
      const subjects = tr.children(k, "nsubj");
      // the party itself is the subject ("the EU is …"), not a name inside it ("enhanced deterrence", "China's plan")
      const said = ctx.participants(subjects, frame).filter((p) => p.coded && p.via !== "modifier" && p.via !== "place" && !speakers.some((s) => sameActor(s.actor, p.actor)));
      if (!said.length) continue;
      // the predicate's own words, not the subject's nor those of a clause inside it ("was necessary to resist China's aggression")
      const skipped = new Set([...subjects, ...tr.children(k).filter((c) => CLAUSAL.has(tr.rel(c).split(":")[0]))].flatMap((h) => tr.subtree(h)));
      const words = tr.subtree(k).filter((w) => !skipped.has(w)).map((w) => tr.lower(w));
      if (words.some(derogatoryWord)) return recoded(match, "111", PREDICATIVE_ACCUSATION.id, "complement-subject");
    }
    return null;
  },
};

/** Words that open a condition ("if Ankara activated the system", "unless Iran complies"). */
const CONDITION_MARKS = new Set(["if", "unless"]);

export const CONDITIONAL_THREAT: FramingRule = {
  id: "framing.conditional-threat",
  stage: "framing",
  description: "a statement or warning that a coercive act would be done, by no one else named, on a condition ('indicating that sanctions would only be imposed if Ankara activated the system') threatens the party the condition is put on: the codebook's threat for that act (1312 for sanctions), from the speaker",
  example: "Washington indicated that sanctions would be imposed if Ankara activated the missile system.",
  conventions: ["builtin"],
  apply(ctx, frame, match, matches) {
    if (frame.nominal || !(isStatement(match.pattern.code) || rootOf(match.pattern.code) === "13")) return null;
    const tr = ctx.tree;
    const speakers = ctx.participants(frame.subjects, frame).filter((p) => p.coded);
    if (!speakers.length) return null;
    for (const k of new Set([...frame.complements, ...tr.childrenExact(frame.predicate, "ccomp")])) {
      const act = matches.get(k), actFrame = ctx.clauses.byPredicate.get(k);
      if (!act || !actFrame || act.pattern.code === NO_EVENT || actFrame.negated) continue;
      const q = ctx.ontology.codes.get(act.pattern.code)?.quadClass ?? ctx.ontology.roots.get(rootOf(act.pattern.code))?.quadClass;
      if (q !== 4) continue;
      // done by someone else named: that is a report (or an accusation), not the speaker's threat
      if (ctx.participants(actFrame.subjects, actFrame).some((p) => p.coded && !speakers.some((s) => sameActor(s.actor, p.actor)))) continue;
      const conditions = tr.childrenExact(k, "advcl").filter((c) => tr.children(c, "mark").some((m) => CONDITION_MARKS.has(tr.lower(m))));
      if (!conditions.length) continue;
      const d = derivedCode(act.pattern.code, "threaten", ctx.ontology);
      const code = d && d !== "-" ? d : "130";
      // the threatened: whom the condition is put on, else whom the act is aimed at
      const onWhom = conditions.flatMap((c) => ctx.clauses.byPredicate.get(c)?.subjects ?? tr.children(c, "nsubj"));
      const named = onWhom.filter((h) => ctx.participants([h], frame).some((p) => p.coded));
      return { ...recoded(match, code, CONDITIONAL_THREAT.id, "obj"), targetHeads: named.length ? named : act.targetHeads };
    }
    return null;
  },
};

/** Verbs by which talks go on or start ("talks with China must continue", "negotiations should resume"). */
const CONTINUATION = new Set(["continue", "resume", "proceed", "start", "begin", "restart", "go"]);

export const TALKS_MUST_GO_ON: FramingRule = {
  id: "framing.talks-must-go-on",
  stage: "framing",
  description: "a party that says talks with someone must, should or will continue or resume states its intent to negotiate with them: the codebook's intent for the talks (036), to the party the talks are with",
  example: "German Chancellor Olaf Scholz said talks with China must continue.",
  conventions: ["builtin"],
  apply(ctx, frame, match, matches) {
    if (frame.nominal || !isStatement(match.pattern.code)) return null;
    const tr = ctx.tree;
    if (!ctx.participants(frame.subjects, frame).some((p) => p.coded)) return null;
    for (const k of new Set([...frame.complements, ...tr.childrenExact(frame.predicate, "ccomp")])) {
      const f = ctx.clauses.byPredicate.get(k);
      if (!f || f.negated || !CONTINUATION.has(f.lemma) || (f.modality !== "intended" && f.modality !== "hypothetical")) continue;
      for (const n of f.subjects) {
        const talks = matches.get(n), tf = ctx.clauses.byPredicate.get(n);
        if (!talks || !tf?.nominal || rootOf(talks.pattern.code) !== "04") continue;
        const d = derivedCode(talks.pattern.code, "promise", ctx.ontology);
        const withWhom = tf.obliques.filter((o) => o.case === "with").flatMap((o) => o.heads);
        if (d && d !== "-" && withWhom.length) return { ...recoded(match, d, TALKS_MUST_GO_ON.id, "obj"), targetHeads: withWhom };
      }
    }
    return null;
  },
};

export const FRAMING_RULES: readonly FramingRule[] = [NAMING, DENIAL, FRAMED_ACT_CODE, OBLIGATION_DEMANDS, PREDICATIVE_ACCUSATION, CONDITIONAL_THREAT, TALKS_MUST_GO_ON, STATEMENT_ACCUSES];

/** The stances a clause's modality gives its act, per the codebook: announced or planned → promise, future hostile → threaten. */
export const STANCE_CODE = {
  id: "framing.stance-code",
  stage: "framing",
  description: "an act announced, planned or threatened rather than done takes the codebook's code for that ('will meet' → 036, 'would impose sanctions' → 1312)",
  example: "Russia said it would cut gas supplies to Ukraine.",
  conventions: ["builtin"],
  /** The code for an act with this PLOVER stance rule, or null to keep it. */
  apply(ont: Ontology, code: string, stanceRule: string | null): string | null {
    const stance: Stance | null = stanceRule === "stance.threat" ? "threaten" : stanceRule === "stance.promise" || stanceRule === "stance.announced-retreat" ? "promise" : null;
    if (!stance) return null;
    const d = derivedCode(code, stance, ont);
    return d && d !== "-" ? d : null;
  },
} satisfies Rule;

// STANCE_CODE is not registered: the seed test (issue 5) keeps the act's own code for planned meetings and travel.
export const framingRules: readonly Rule[] = [...FRAMING_RULES, OR_FACE_THREAT];
