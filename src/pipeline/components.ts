// The pipeline's components: each stage's runtime (models, dictionaries, lexicon) loaded once and wrapped
// as a Component that reads and writes layers of the AnalysedDoc. The stages themselves know nothing of
// the pipeline; this file is the one place that says what each needs and gives.
import type { Component } from "./component.js";
import type { AnalysedDoc } from "../text/analysed.js";
import { tokenize } from "../nlp/tokenizer.js";
import { splitSentences } from "../nlp/sentences.js";
import { lemmatize, type SyntaxModels } from "../nlp/index.js";
import type { Ner } from "../nlp/ner/index.js";
import type { ActorResolver } from "../actors/index.js";
import type { ResolveOptions } from "../actors/resolver.js";
import { analyseClauses, type ClauseResources } from "../clauses/index.js";
import type { RuleSwitch } from "../rules/rule.js";
import type { EventCoder } from "../events/coder.js";
import type { FigureExtractor } from "../facts/figures.js";
import { linkFigures } from "../facts/link.js";
import type { NegotiationExtractor } from "../negotiations/extract.js";

export const tokenizerComponent = (): Component => ({
  name: "tokenizer", requires: [], assigns: ["tokens"], run: (d) => tokenize(d),
});

export const sentencesComponent = (): Component => ({
  name: "sentences", requires: ["tokens"], assigns: ["sentences"], run: (d) => splitSentences(d),
});

/** The tagger, then (when given) a repair of its tags before anything reads them (repair.place-name-tag). */
export const taggerComponent = (m: Pick<SyntaxModels, "tagger">, repair?: (d: AnalysedDoc) => void): Component => ({
  name: "tagger", requires: ["tokens", "sentences"], assigns: ["tags"],
  run(d) {
    m.tagger.tag(d);
    repair?.(d);
  },
});

export const lemmatizerComponent = (m: Pick<SyntaxModels, "lemmatizer">): Component => ({
  name: "lemmatizer", requires: ["tags"], assigns: ["lemmas"], run: (d) => lemmatize(d, m.lemmatizer),
});

export const parserComponent = (m: Pick<SyntaxModels, "parser">): Component => ({
  name: "parser", requires: ["tags"], assigns: ["deps"], run: (d) => m.parser.parse(d),
});

export const nerComponent = (ner: Ner): Component => ({
  name: "ner", requires: ["tags"], assigns: ["entities"], run: (d) => ner.tag(d),
});

export const actorsComponent = (resolver: ActorResolver, opts?: ResolveOptions): Component => ({
  name: "actors", requires: ["lemmas", "deps", "entities"], assigns: ["mentions", "places"],
  run(d) {
    const { mentions, places } = resolver.resolve(d, d.article, opts);
    d.mentions = mentions;
    d.places = places;
  },
});

export const clausesComponent = (res: ClauseResources, rules?: RuleSwitch): Component => ({
  name: "clauses", requires: ["lemmas", "deps"], assigns: ["clauses"], run: (d) => void analyseClauses(d, res, rules),
});

export const eventsComponent = (coder: EventCoder): Component => ({
  name: "events", requires: ["clauses", "mentions", "places"], assigns: ["events"], run: (d) => void (d.events = coder.code(d)),
});

export const figuresComponent = (figures: FigureExtractor): Component => ({
  name: "figures", requires: ["clauses", "mentions", "places"], assigns: ["figures"], run: (d) => void (d.figures = figures.extract(d)),
});

/** Figures to their events, after both are found (neither extractor imports the other). */
export const linksComponent = (rules?: RuleSwitch): Component => ({
  name: "links", requires: ["events", "figures"], assigns: [], run: (d) => linkFigures(d, rules),
});

/** The negotiation board of the article: proposals, terms, responses, meetings (after events and figures, whose dates and counts it reads). */
export const negotiationsComponent = (extractor: NegotiationExtractor): Component => ({
  name: "negotiations", requires: ["clauses", "mentions", "places", "events", "figures"], assigns: ["negotiations"],
  run: (d) => void (d.negotiations = extractor.extract(d)),
});
