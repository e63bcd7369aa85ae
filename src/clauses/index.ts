// The clause layer, computed once per document and read by events and figures: the dependency-tree
// index, a frame for every predicate (with the repairs that shaped it), and the sentences a
// verification note covers.
import type { AnalysedDoc } from "../text/analysed.js";
import type { ClauseLayer, Frame } from "../text/annotations.js";
import { RuleSwitch } from "../rules/rule.js";
import { PipelineError } from "../errors.js";
import { loadFrameCues, type FrameCues } from "./cues.js";
import { loadVerificationCues, unverifiedSentences, type VerificationCues } from "./verification.js";
import { FrameBuilder } from "./frames.js";
import { Tree } from "./tree.js";
import { APPOSITION_IN_LIST, PREPOSITIONAL_CONJUNCT } from "./rules.js";

export { Tree } from "./tree.js";
export { FrameBuilder, buildFrames } from "./frames.js";
export { loadFrameCues, type FrameCues } from "./cues.js";
export { loadVerificationCues, unverifiedSentences, type VerificationCues } from "./verification.js";
export { clauseRules } from "./rules.js";

export interface ClauseResources {
  cues: FrameCues;
  verification: VerificationCues;
  /** Lemmas the verb lexicon codes as event nouns ("talks", "offensive"). */
  nominalLemmas: ReadonlySet<string>;
  /** Lemmas with complement patterns: a noun among them with a to-infinitive is an event noun ("a pledge to destroy"). */
  verbLemmas: ReadonlySet<string>;
}

export function loadClauseResources(lemmas: { nominalLemmas?: ReadonlySet<string>; verbLemmas?: ReadonlySet<string> } = {}): ClauseResources {
  return {
    cues: loadFrameCues(), verification: loadVerificationCues(),
    nominalLemmas: lemmas.nominalLemmas ?? new Set(), verbLemmas: lemmas.verbLemmas ?? new Set(),
  };
}

export class ClauseAnalysis implements ClauseLayer {
  readonly tree: Tree;
  readonly builder: FrameBuilder;
  readonly frames: readonly Frame[];
  readonly byPredicate: ReadonlyMap<number, Frame>;
  readonly bySentence: ReadonlyMap<number, readonly Frame[]>;
  readonly unverified: ReadonlySet<number>;

  constructor(doc: AnalysedDoc, res: ClauseResources, rules: RuleSwitch = new RuleSwitch()) {
    this.tree = new Tree(doc, { apposListItems: rules.on(APPOSITION_IN_LIST), prepConjuncts: rules.on(PREPOSITIONAL_CONJUNCT) });
    this.builder = new FrameBuilder(this.tree, res.cues, res.nominalLemmas, res.verbLemmas, rules);
    this.frames = this.builder.all();
    this.byPredicate = new Map(this.frames.map((f) => [f.predicate, f]));
    const bySentence = new Map<number, Frame[]>();
    for (const f of this.frames) {
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    this.bySentence = bySentence;
    this.unverified = unverifiedSentences(doc, res.verification);
  }
}

/** Runs the clause layer over a parsed document (the pipeline's "clauses" component). */
export function analyseClauses(doc: AnalysedDoc, res: ClauseResources, rules?: RuleSwitch): ClauseAnalysis {
  const c = new ClauseAnalysis(doc, res, rules);
  doc.clauses = c;
  return c;
}

/** The clause layer of a document; a component that reads it before the clause component ran is a pipeline error. */
export function clausesOf(doc: AnalysedDoc, reader: string): ClauseAnalysis {
  const c = doc.clauses;
  if (!(c instanceof ClauseAnalysis)) throw new PipelineError(`${reader} needs the clause layer: run the "clauses" component first`);
  return c;
}
