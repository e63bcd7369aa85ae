// What the coding rules may read: the document being coded with its clause layer and actors, and the
// coder's own lookups. The coder (./coder.ts) implements it; each stage's rules take it as their first
// argument, so a rule never reaches into the coder's state.
import type { AnalysedDoc } from "../text/analysed.js";
import type { EventPlace, Frame } from "../text/annotations.js";
import type { ClauseAnalysis } from "../clauses/index.js";
import type { Tree } from "../clauses/tree.js";
import type { FrameCues } from "../clauses/cues.js";
import type { RuleSwitch } from "../rules/rule.js";
import type { CodingConventions } from "./conventions.js";
import type { Lexicon } from "./lexicon-types.js";
import type { Ontology } from "./ontology.js";
import type { PatternMatch } from "./match.js";
import type { Participant } from "./participant.js";
import type { Participants } from "./participants.js";
import type { HomeCountries } from "./home-country.js";

export interface CodingContext {
  readonly doc: AnalysedDoc;
  readonly tree: Tree;
  readonly clauses: ClauseAnalysis;
  readonly parts: Participants;
  readonly home: HomeCountries;
  readonly lexicon: Lexicon;
  readonly ontology: Ontology;
  readonly cues: FrameCues;
  readonly conventions: CodingConventions;
  readonly rules: RuleSwitch;
  /** Participants for argument heads (pronouns resolved, countries shared across coordination). */
  participants(heads: number[], frame: Frame): Participant[];
  /** Coded participants for these heads other than the sources. */
  codedTargets(heads: number[], frame: Frame, sources: Participant[]): Participant[];
  /** The first candidate head naming a coded actor other than the sources, with its conjuncts; [] when none does. */
  firstCoded(candidates: number[], frame: Frame, sources: Participant[]): Participant[];
  /** The place a frame acts on (visited, hit, given to), as a participant coded by its country. */
  placeActedOn(frame: Frame, code: string): Participant | null;
  isPronoun(h: number): boolean;
}

/** One frame on its way through the stages: what earlier stages found, and the rules that acted on it. */
export interface FrameCoding {
  readonly frame: Frame;
  readonly match: PatternMatch;
  sources: Participant[];
  targets: Participant[];
  /** Whether the targets came from the pattern's own slot (rather than a fallback). */
  fromSlot: boolean;
  /** The clause's own place, when it names one. */
  clausePlace: EventPlace | null;
  /** Ids of frame-level rules that acted (target rules, …). */
  rules: string[];
}
