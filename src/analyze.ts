// The pipeline in one place: nlp → actors → events → facts over one Article.
// Each stage is loaded once (models, dictionaries) and then run per article.
import type { Article } from "./text/article.js";
import type { Doc } from "./text/doc.js";
import type { ActorMention, PlaceMention } from "./actors/types.js";
import type { EventRecord } from "./events/types.js";
import type { Figure } from "./facts/types.js";
import { loadNlp, type Nlp, type NlpOptions } from "./nlp/index.js";
import { loadActorResolver, type ActorOptions, type ActorResolver } from "./actors/index.js";
import { loadEventCoder, type CoderOptions, type EventCoder } from "./events/index.js";
import { createFigureExtractor, type FigureExtractor } from "./facts/figures.js";

export interface Analysis {
  doc: Doc;
  mentions: ActorMention[];
  places: PlaceMention[];
  events: EventRecord[];
  figures: Figure[];
}

export interface Analyzer {
  analyze(article: Article): Analysis;
}

export interface AnalyzerOptions {
  nlp?: NlpOptions;
  actors?: ActorOptions;
  events?: CoderOptions;
}

export function createAnalyzer(nlp: Nlp, actors: ActorResolver, coder: EventCoder, figures: FigureExtractor = createFigureExtractor()): Analyzer {
  return {
    analyze(article) {
      const doc = nlp.process(article.text, article.bodyStart);
      const { mentions, places } = actors.resolve(doc, article);
      const events = coder.code(doc, article, mentions, places);
      return { doc, mentions, places, events, figures: figures.extract(doc) };
    },
  };
}

export async function loadAnalyzer(opts: AnalyzerOptions = {}): Promise<Analyzer> {
  const [nlp, actors, coder] = await Promise.all([
    loadNlp(opts.nlp), loadActorResolver(opts.actors), loadEventCoder(opts.events),
  ]);
  return createAnalyzer(nlp, actors, coder);
}
