// Rules of the filters stage: frames that match a pattern but make no event. A frame filter says why
// it drops a frame (its id goes to `parley show --explain`-style traces and `--without-rule` measures it).
import type { Rule } from "../../rules/rule.js";
import type { EventRecord } from "../../text/annotations.js";
import { isAppeal, isStatement, rootOf } from "../ontology.js";
import type { CodingContext, FrameCoding } from "../context.js";
import type { PatternMatch } from "../match.js";
import type { Frame } from "../../text/annotations.js";
import { loadWordSets } from "../../util/word-lists.js";
import { OBLIGATION_DEMANDS, obligedClauses } from "./framing.js";

/** Before participants are looked for: whether the frame makes no event of its own. */
export type FrameFilter = Rule<(ctx: CodingContext, frame: Frame, match: PatternMatch, matches: ReadonlyMap<number, PatternMatch | null>) => boolean>;
/** Once sources and targets are known: whether the frame makes no event. */
export type DyadFilter = Rule<(ctx: CodingContext, c: FrameCoding) => boolean>;

export const NOUN_OF_CODED_VERB: FrameFilter = {
  id: "filters.noun-of-coded-verb",
  stage: "filters",
  description: "an event noun that is the object of a coded verb is what that verb's event is about, not another event",
  example: "Hamas proposed a ceasefire of four and a half months.",
  apply: (ctx, frame, _m, matches) => frame.nominal && ["obj", "nsubj:pass"].includes(ctx.tree.rel(frame.predicate)) && !!matches.get(frame.governor),
};

export const COPULA_OR_RELATIVE: FrameFilter = {
  id: "filters.copula-or-relative",
  stage: "filters",
  description: "PETRARCH codes verbs outside relative clauses: a noun or adjective with a copula, or a relative clause, makes no event",
  example: "A woman who shot at US officers was arrested.",
  conventions: ["petrarch"],
  apply: (ctx, frame) => !frame.nominal && (ctx.tree.children(frame.predicate, "cop").length > 0 || frame.relation === "acl:relcl"),
};

/** Verbs whose prepositional phrase is an event taken part in ("participating in talks"): data/words/event-nouns.tsv. */
let participation: ReadonlySet<string> | undefined;
const PARTICIPATION = () => (participation ??= loadWordSets("event-nouns.tsv", ["participation"]).participation);

export const NOMINAL_IN_OBLIQUE: FrameFilter = {
  id: "filters.nominal-in-oblique",
  stage: "filters",
  description: "an event noun inside a prepositional phrase ('at a meeting', 'against U.S. threats') is background, not an event of the sentence, unless it is what the verb takes part in ('participating in talks')",
  example: "The envoy was criticized at a Security Council meeting.",
  conventions: ["builtin"],
  apply(ctx, frame) {
    if (!frame.nominal || !ctx.tree.children(frame.predicate, "case").length) return false;
    const head = ctx.tree.head(frame.predicate);
    return !(head >= 0 && PARTICIPATION().has(ctx.tree.lemma(head)));
  },
};

/** Relations by which a clause hangs on the verb whose content it is ("urged X to accept", "to focus on ending"). */
const CONTENT_RELATIONS = new Set(["xcomp", "ccomp", "advcl", "obl"]);

export const REQUESTED_ACT: FrameFilter = {
  id: "filters.requested-act",
  stage: "filters",
  description: "what an appeal or demand asks for ('urged Russia to accept a ceasefire') is the appeal's content, not an event of its own",
  example: "The ministers urged Russia to accept the ceasefire.",
  conventions: ["builtin"],
  apply(ctx, frame, _m, matches) {
    const asks = (p: number) => {
      const m = matches.get(p);
      return !!m && (isAppeal(m.pattern.code) || rootOf(m.pattern.code) === "10");
    };
    if (frame.governor < 0 || !CONTENT_RELATIONS.has(frame.relation)) return false;
    // "sought to engage": an intention, not an appeal (filters.sought-act), so the act stays
    const g0f = ctx.clauses.byPredicate.get(frame.governor), g0m = matches.get(frame.governor);
    if (g0f && g0m && ctx.rules.on(SOUGHT_ACT) && SOUGHT_ACT.apply(ctx, g0f, g0m, matches)) return false;
    if (asks(frame.governor)) return true;
    // "said the U.N. must maintain sanctions": the statement is the demand (framing.obligation-demands)
    const g0 = ctx.clauses.byPredicate.get(frame.governor);
    if (g0 && ctx.rules.on(OBLIGATION_DEMANDS) && isStatement(matches.get(frame.governor)?.pattern.code ?? "") && obligedClauses(ctx, g0).includes(frame.predicate)) return true;
    // through one verb that codes nothing ("urged the ministers to focus on ending the war")
    const g = frame.governor, up = ctx.tree.head(g);
    return !matches.get(g) && up >= 0 && CONTENT_RELATIONS.has(ctx.tree.rel(g)) && asks(up);
  },
};

/** The frame is the clausal content (xcomp, ccomp) of a positive predicate coded under `root`. */
const contentOfRoot = (root: string): FrameFilter["apply"] => (ctx, frame, _m, matches) => {
  if (frame.governor < 0 || !["xcomp", "ccomp"].includes(frame.relation.split(":")[0])) return false;
  const m = matches.get(frame.governor);
  return !!m && rootOf(m.pattern.code) === root && !ctx.clauses.byPredicate.get(frame.governor)?.negated;
};

export const REFUSED_ACT: FrameFilter = {
  id: "filters.refused-act",
  stage: "filters",
  description: "what a refusal or denial turns down ('refused to meet Ukraine', 'denied that it attacked') did not happen: the refusal is the event",
  example: "Russia refused to meet Ukraine.",
  conventions: ["builtin"],
  apply: contentOfRoot("12"),
};

export const SOUGHT_ACT: FrameFilter = {
  id: "filters.sought-act",
  stage: "filters",
  description: "a verb of intention read as an appeal ('seek') asks nothing of anyone when what follows is a to-infinitive act ('sought to engage the Taliban'): the act is the event, intended",
  example: "He sought to engage Taliban authorities.",
  conventions: ["builtin"],
  apply(ctx, frame, match, matches) {
    if (frame.nominal || !isAppeal(match.pattern.code) || match.pattern.complement?.length || !ctx.cues.intention.has(frame.lemma)) return false;
    const tr = ctx.tree;
    const toInf = (k: number) => tr.rel(k) === "xcomp" && tr.children(k, "mark").some((m) => tr.lemma(m) === "to");
    return frame.complements.some((k) => toInf(k) && !!matches.get(k));
  },
};

/** Words that open an indirect question ("asked whether …", "asked how …"). */
const QUESTION_MARKS = new Set(["whether", "if", "how", "why", "what", "when", "where", "who", "which"]);

export const QUESTION_NOT_APPEAL: FrameFilter = {
  id: "filters.question-not-appeal",
  stage: "filters",
  description: "asking whether, how or why something is so is a question, not an appeal: an appeal verb whose content is an indirect question makes no event",
  example: "Reporters asked the minister whether Israel would withdraw.",
  conventions: ["builtin"],
  apply(ctx, frame, match) {
    if (frame.nominal || !isAppeal(match.pattern.code)) return false;
    const tr = ctx.tree;
    const clauses = [...tr.children(frame.predicate, "ccomp"), ...tr.children(frame.predicate, "advcl")];
    // "asked whether …": the mark or a wh-word opening the clause; an infinitive ("asked him to …") is a request
    const question = (k: number) => !tr.children(k, "mark").some((m) => tr.lemma(m) === "to") &&
      (tr.children(k, "mark").some((m) => QUESTION_MARKS.has(tr.lemma(m))) || QUESTION_MARKS.has(tr.lower(Math.min(k, ...tr.children(k)))));
    return clauses.length > 0 && clauses.every(question) && !frame.obliques.some((o) => o.case === "for");
  },
};

export const THREATENED_ACT: FrameFilter = {
  id: "filters.threatened-act",
  stage: "filters",
  description: "what a threat threatens ('threatened to attack Iran') is the threat's content, not an event of its own: the threat is coded",
  example: "Israel threatened to attack Iran.",
  conventions: ["builtin"],
  apply: contentOfRoot("13"),
};

export const NEEDS_NAMED_PARTY: DyadFilter = {
  id: "filters.needs-named-party",
  stage: "filters",
  description: "without a named source, only a target in the pattern's own slot makes an event",
  example: "Gunmen attacked a bus in Kabul.",
  apply: (_ctx, c) => !c.sources.some((p) => p.coded) && !(c.targets.length && c.fromSlot),
};

export const STATEMENT_NEEDS_DYAD: DyadFilter = {
  id: "filters.statement-needs-dyad",
  stage: "filters",
  description: "a statement with no one it is made to or about is not an interaction: CAMEO leaves it uncoded",
  example: "Officials said the situation was calm.",
  apply: (_ctx, c) => isStatement(c.match.pattern.code) && (!c.targets.length || !c.sources.some((p) => p.coded)),
};

export const PLAIN_STATEMENT: DyadFilter = {
  id: "filters.plain-statement",
  stage: "filters",
  description: "a plain statement (CAMEO 01: a comment, an emphasis, a description, optimism, regret) is not an event even between two actors: PLOVER drops the root; a statement that accuses, appeals, demands, threatens or rejects has the code of that act",
  example: "G7 members emphasized the importance of peace across the Taiwan Strait.",
  conventions: ["builtin"],
  apply: (_ctx, c) => rootOf(c.match.pattern.code) === "01",
};

export const BROAD_VERB_NEEDS_DYAD: DyadFilter = {
  id: "filters.broad-verb-needs-dyad",
  stage: "filters",
  description: "a broad verb (pattern flag `dyad`: 'hit', 'hold', 'take', 'back') is an event only between a named source and a target; alone it is ordinary language",
  example: "Iran took the lead.",
  apply: (_ctx, c) => !!c.match.pattern.dyad && (!c.targets.length || !c.sources.some((p) => p.coded)),
};

export const EVENT_NOUN_NEEDS_EVIDENCE: DyadFilter = {
  id: "filters.event-noun-needs-evidence",
  stage: "filters",
  description: "an event noun alone is weak evidence: it needs a named target or a subject named outright",
  example: "Israel said its offensive would continue.",
  apply: (_ctx, c) => c.frame.nominal && !c.targets.length && !c.sources.some((p) => p.coded && p.via !== "pronoun"),
};

export const THEIR_NOUN_PLACE_ONLY: DyadFilter = {
  id: "filters.their-noun-place-only",
  stage: "filters",
  description: "an event noun owned by 'their' may mean any parties named before; with a place as its only target it makes no event",
  example: "Mediators discussed their war in Gaza.",
  apply(ctx, c) {
    const f = c.frame;
    const possessed = f.nominal && f.subjects.length > 0 && f.subjects.every((h) => ctx.tree.rel(h) === "nmod:poss" && ctx.tree.lower(h) === "their");
    return possessed && !c.targets.some((t) => t.via !== "place");
  },
};

export const NOMINAL_ECHO: Rule<(events: EventRecord[], isNominal: (e: EventRecord) => boolean) => EventRecord[]> = {
  id: "filters.nominal-echo",
  stage: "filters",
  description: "an event noun that only repeats what a verb of its sentence already coded adds nothing",
  example: "Hamas participated in talks with Israel.",
  apply(events, isNominal) {
    const key = (e: EventRecord) => `${e.sentence}|${e.cameo}|${e.source?.code ?? e.source?.text}|${e.target?.code ?? "-"}`;
    const verbal = new Set(events.filter((e) => !isNominal(e)).map(key));
    return events.filter((e) => !isNominal(e) || !verbal.has(key(e)));
  },
};

/**
 * data/words/non-agents.tsv, read once for both filters: head nouns that name no political or social actor
 * (buildings, storms, diseases, concepts), and the abstract nouns only (a building or a city can be attacked,
 * science cannot).
 */
interface NonAgentSets {
  agents: ReadonlySet<string>;
  abstract: ReadonlySet<string>;
  /** Causes of harm that are accidents: nature, illness and mishap nouns; and mishap verbs. */
  mishapNouns: ReadonlySet<string>;
  mishapVerbs: ReadonlySet<string>;
}
let nonAgentSets: NonAgentSets | undefined;
function nonAgentWords(): NonAgentSets {
  if (!nonAgentSets) {
    const lists = loadWordSets("non-agents.tsv", ["structure", "nature", "illness", "concept", "abstract-object", "mishap", "mishap-verb"]);
    nonAgentSets = {
      agents: new Set([...lists.structure, ...lists.nature, ...lists.illness, ...lists.concept]),
      abstract: lists["abstract-object"],
      mishapNouns: new Set([...lists.nature, ...lists.illness, ...lists.mishap]),
      mishapVerbs: lists["mishap-verb"],
    };
  }
  return nonAgentSets;
}
const NON_AGENTS = () => nonAgentWords().agents;
const CONCEPTS = () => nonAgentWords().abstract;

/** Whether a verbal frame has heads in this slot and every one is an unnamed noun of the list. */
function allUnnamedIn(ctx: CodingContext, frame: Frame, heads: readonly number[], words: ReadonlySet<string>): boolean {
  return !frame.nominal && heads.length > 0 && heads.every((h) => !ctx.parts.mention(h) && words.has(ctx.tree.lemma(h).toLowerCase()));
}

export const SOURCE_MUST_BE_SOCIAL: FrameFilter = {
  id: "filters.source-must-be-social",
  stage: "filters",
  description: "a clause whose agents are all things that are no political or social actor (a building, a storm, a disease, a concept) makes no event, even where an actor is named elsewhere in the sentence",
  example: "A building collapse in Lagos killed 12 people.",
  apply: (ctx, frame) => allUnnamedIn(ctx, frame, frame.subjects, NON_AGENTS()),
};

export const OBJECT_NOT_CONCEPT: FrameFilter = {
  id: "filters.object-not-concept",
  stage: "filters",
  description: "a verb whose objects are all abstract nouns (science, history, truth) is used as a metaphor: 'armies cannot conquer science' is no attack",
  example: "Armies cannot conquer science.",
  apply: (ctx, frame) => allUnnamedIn(ctx, frame, frame.objects, CONCEPTS()),
};

/** CAMEO roots of physical harm: a mishap can kill, but only an actor assaults. */
const HARM_ROOTS = new Set(["18", "19", "20"]);

export const HARM_BY_MISHAP: FrameFilter = {
  id: "filters.harm-by-mishap",
  stage: "filters",
  description: "a killing or wounding told without an agent whose cause is an accident or nature ('were killed when the hotel collapsed', 'killed in a stampede', 'injured in the earthquake') is no assault",
  example: "At least 76 people were killed when a hotel near the mosque collapsed.",
  apply(ctx, frame, match) {
    const t = ctx.tree, p = frame.predicate;
    if (frame.nominal || !HARM_ROOTS.has(rootOf(match.pattern.code))) return false;
    // "X killed 12" or "killed by militants" names an agent: not this filter's case (see source-must-be-social)
    if (t.childrenExact(p, "nsubj", "obl:agent").length > 0) return false;
    const { mishapNouns, mishapVerbs } = nonAgentWords();
    const cause = (k: number) => !ctx.parts.mention(k) && mishapNouns.has(t.lemma(k).toLowerCase());
    if (t.children(p, "obl").some(cause)) return true;
    return t.children(p, "advcl").some((c) => mishapVerbs.has(t.lemma(c).toLowerCase()) || t.children(c, "nsubj").some(cause));
  },
};

export const ACCORDING_TO_NO_EVENT: FrameFilter = {
  id: "filters.according-to-no-event",
  stage: "filters",
  description: "the 'according' of 'according to X' names who reports the clause (its attribution), not an accord: the parser may make it a verb, which then matches 'accord' (cooperate)",
  example: "According to the United Nations, Israeli troops killed 12 Palestinians in Gaza.",
  apply(ctx, frame) {
    const p = frame.predicate;
    return !frame.nominal && ctx.cues.accordingTo.has(ctx.tree.lower(p)) && ctx.tree.tok(p + 1)?.norm.toLowerCase() === "to";
  },
};

/** Roots of acts done to someone for something they did: praise (05), criticism and accusation (11), rejection (12), sanctions (16), coercion and arrest (17). */
const JUDGING_ROOTS = new Set(["05", "11", "12", "16", "17"]);
/** Relations by which a reason ("for refusing …", "for 'undermining democracy', including by targeting …") hangs on what it is the reason for. */
const REASON_RELATIONS = new Set(["advcl", "obl", "acl", "nmod"]);

export const REASON_CLAUSE: FrameFilter = {
  id: "filters.reason-clause",
  stage: "filters",
  description: "what someone is praised, blamed, criticised, sanctioned or arrested for ('attacked the newspaper for refusing to support …', 'blamed Washington for disrupting the deal by withdrawing') is the reason for that act, not an event of its own",
  example: "Israel blamed Iran for arming Hezbollah.",
  conventions: ["builtin"],
  apply(ctx, frame, _m, matches) {
    const tr = ctx.tree;
    // climb from the predicate to a "for" phrase or clause on a coded act of judgement; reported speech ends the climb
    for (let k = frame.predicate, depth = 0; k >= 0 && depth < 8; k = tr.head(k), depth++) {
      const up = tr.head(k);
      if (up < 0) return false;
      const rel = tr.rel(k).split(":")[0];
      if (rel === "ccomp" || rel === "parataxis" || rel === "root") return false;
      const forMarked = [...tr.childrenExact(k, "mark"), ...tr.childrenExact(k, "case")].some((m) => tr.lemma(m).toLowerCase() === "for");
      const m = matches.get(up);
      if (forMarked && REASON_RELATIONS.has(rel) && m && JUDGING_ROOTS.has(rootOf(m.pattern.code))) return true;
    }
    return false;
  },
};

export const FRAME_FILTERS: readonly FrameFilter[] = [
  REASON_CLAUSE, NOUN_OF_CODED_VERB, COPULA_OR_RELATIVE, NOMINAL_IN_OBLIQUE, REQUESTED_ACT, REFUSED_ACT, THREATENED_ACT, QUESTION_NOT_APPEAL, SOUGHT_ACT, SOURCE_MUST_BE_SOCIAL, OBJECT_NOT_CONCEPT, HARM_BY_MISHAP, ACCORDING_TO_NO_EVENT,
];
const isMedia = (a: { sectors?: readonly string[] }) => !!a.sectors?.includes("MED");

export const INTERVIEW_NOT_CONSULTATION: DyadFilter = {
  id: "filters.interview-not-consultation",
  stage: "filters",
  description: "speaking or meeting with a news organisation ('spoke with VOA', 'told Kyodo News') is an interview, the channel of a report, not a consultation between parties",
  example: "Chinese officials spoke with VOA on Monday.",
  apply: (_ctx, c) => rootOf(c.match.pattern.code) === "04" && c.targets.some((p) => p.coded) &&
    c.targets.filter((p) => p.coded).every((p) => isMedia(p.actor)) && !c.sources.some((p) => isMedia(p.actor)),
};

export const DYAD_FILTERS: readonly DyadFilter[] = [NEEDS_NAMED_PARTY, STATEMENT_NEEDS_DYAD, PLAIN_STATEMENT, BROAD_VERB_NEEDS_DYAD, EVENT_NOUN_NEEDS_EVIDENCE, THEIR_NOUN_PLACE_ONLY, INTERVIEW_NOT_CONSULTATION];

export const filterRules: readonly Rule[] = [...FRAME_FILTERS, ...DYAD_FILTERS, NOMINAL_ECHO];
