// The whole pipeline in one list: tokenizer → sentences → tagger → lemmatizer → parser → ner → actors →
// clauses → events → figures → links → negotiations, each loaded once (models, dictionaries, lexicon) and then run per article
// over one AnalysedDoc. `analyze` and `runIngest` run this list; a test can run any component alone.
import type { Article } from "../text/article.js";
import { AnalysedDoc, type Layer } from "../text/analysed.js";
import { RuleSwitch } from "../rules/rule.js";
import { loadSyntaxModelsAsync, type SyntaxModels } from "../nlp/index.js";
import { loadNer } from "../nlp/ner/index.js";
import { modelsDir as defaultModelsDir } from "../paths.js";
import { loadActorResolver, type ActorOptions, type ActorResolver } from "../actors/index.js";
import { loadClauseResources } from "../clauses/index.js";
import { loadEventResources, type CoderOptions } from "../events/index.js";
import { createEventCoder, lexiconLemmas } from "../events/coder.js";
import { createFigureExtractor, type FigureExtractor } from "../facts/figures.js";
import { createNegotiationExtractor } from "../negotiations/extract.js";
import { checkPipeline, runComponents, type ArticleBudget, type Component } from "./component.js";
import * as C from "./components.js";
import { allRules } from "./rules.js";
import { PLACE_NAME_TAG } from "./name-tags.js";
import { TITLE_READ_AS_ADJECTIVE } from "./actor-rules.js";
import { PAST_TAGGED_AS_PARTICIPLE, VERB_TAGGED_AS_NOUN } from "./verb-tags.js";
import { checkRuleIds } from "../rules/rule.js";
import { codingInfo, type CodingInfo } from "./coding.js";

export interface Analyzer {
  /** The components, in order (absent for stand-ins that analyse otherwise, such as test doubles). */
  readonly components?: readonly Component[];
  /** What codes with this analyzer: models, dictionaries, conventions, rules off (stored with each article). */
  readonly coding?: CodingInfo;
  analyze(article: Article): AnalysedDoc;
  /**
   * Runs only the components after the parse (actors onwards) over a document whose parse layers are filled
   * in (a stored article read back): re-coding without the models.
   */
  codeParsed?(doc: AnalysedDoc): AnalysedDoc;
}

/** The layers the nlp components assign: what a stored parse gives back. */
export const PARSE_LAYERS: readonly Layer[] = ["tokens", "sentences", "tags", "lemmas", "deps", "entities"];

export interface AnalyzerOptions {
  nlp?: { modelsDir?: string };
  actors?: ActorOptions;
  events?: CoderOptions;
  /** Rule ids switched off (`--without-rule`); unknown ids are a usage error. */
  withoutRules?: string[];
  /** What one article may cost (--max-seconds-per-article, --max-tokens-per-article); default: no limit. */
  budget?: ArticleBudget;
}

/** A pipeline over components already built; checked before it runs (and its coding part, over a stored parse). */
export function createAnalyzer(components: Component[], coding?: CodingInfo, budget: ArticleBudget = {}): Analyzer {
  checkPipeline(components);
  const afterParse = components.filter((c) => !c.assigns.some((l) => PARSE_LAYERS.includes(l)));
  checkPipeline(afterParse, PARSE_LAYERS);
  return {
    components,
    coding,
    analyze: (article) => runComponents(components, new AnalysedDoc(article), budget),
    codeParsed: (doc) => runComponents(afterParse, doc),
  };
}

/** The standard components over loaded resources. */
export function standardComponents(r: {
  syntax: SyntaxModels; ner: Awaited<ReturnType<typeof loadNer>>; actors: ActorResolver;
  events: Awaited<ReturnType<typeof loadEventResources>>; figures?: FigureExtractor; rules: RuleSwitch;
}): Component[] {
  const rules = r.rules.withConventions(r.events.conventions.name);
  const clauses = loadClauseResources(lexiconLemmas(r.events.lexicon));
  const repairs = [
    rules.on(PLACE_NAME_TAG) ? PLACE_NAME_TAG.apply(r.ner.gazetteer) : null,
    rules.on(VERB_TAGGED_AS_NOUN) ? VERB_TAGGED_AS_NOUN.apply(r.events.cues.intention) : null,
    rules.on(PAST_TAGGED_AS_PARTICIPLE) ? PAST_TAGGED_AS_PARTICIPLE.apply() : null,
  ].filter((f): f is (d: AnalysedDoc) => void => f !== null);
  const tagRepairs = repairs.length ? (d: AnalysedDoc) => repairs.forEach((f) => f(d)) : undefined;
  return [
    C.tokenizerComponent(), C.sentencesComponent(), C.taggerComponent(r.syntax, tagRepairs), C.lemmatizerComponent(r.syntax),
    C.parserComponent(r.syntax), C.nerComponent(r.ner), C.actorsComponent(r.actors, { titleAdjectives: rules.on(TITLE_READ_AS_ADJECTIVE) }), C.clausesComponent(clauses, rules),
    C.eventsComponent(createEventCoder({ ...r.events, rules })), C.figuresComponent(r.figures ?? createFigureExtractor({ rules })),
    C.linksComponent(rules), C.negotiationsComponent(createNegotiationExtractor(undefined, rules)),
  ];
}

export async function loadAnalyzer(opts: AnalyzerOptions = {}): Promise<Analyzer> {
  const off = opts.withoutRules ?? [];
  checkRuleIds(off, allRules());
  const dir = opts.nlp?.modelsDir ?? defaultModelsDir;
  // The model files inflate on the thread pool (started first) while this thread builds the name lists,
  // dictionaries and lexicon: on two cores the load takes about the longer of the two, not their sum.
  const loadingSyntax = loadSyntaxModelsAsync(dir);
  // NER tags untagged text with the same tagger file: the loaded one, not a second copy
  const [syntax, ner, actors, events] = await Promise.all([
    loadingSyntax, loadNer(dir, { tagger: loadingSyntax.then((s) => s.tagger) }), loadActorResolver(opts.actors), loadEventResources(opts.events),
  ]);
  const coding = codingInfo({
    modelsDir: dir, actors: opts.actors?.dictionaries, replaceActors: opts.actors?.replaceBuiltIn, verbs: opts.events?.verbs,
    conventions: events.conventions.name, withoutRules: off,
  });
  return createAnalyzer(standardComponents({ syntax, ner, actors, events, rules: new RuleSwitch(off) }), coding, opts.budget);
}
