// The analysed document: the article, its tokens and sentences (Doc), and every layer the pipeline's
// components add. Components read and write layers here instead of passing parallel arrays around.
import { Doc } from "./doc.js";
import type { Article } from "./article.js";
import type { ClauseLayer, EventRecord, Figure, Mention, NegotiationLayer, Place } from "./annotations.js";

/** The layers a component can require or assign; a pipeline is checked against them before it runs. */
export const LAYERS = [
  "tokens", "sentences", "tags", "lemmas", "deps", "entities", "mentions", "places", "clauses", "events", "figures", "negotiations",
] as const;
export type Layer = (typeof LAYERS)[number];

export class AnalysedDoc extends Doc {
  mentions: Mention[] = [];
  places: Place[] = [];
  clauses: ClauseLayer | null = null;
  events: EventRecord[] = [];
  figures: Figure[] = [];
  negotiations: NegotiationLayer | null = null;
  /** One-line notes components leave for the user ("sentence 12 too long to parse: skipped"). */
  readonly notes: string[] = [];

  constructor(readonly article: Article) {
    super(article.text, article.bodyStart);
  }

  /**
   * A document over tokens made elsewhere (CoNLL-U, a test's hand-made parse): the tokens and sentences
   * are shared with `doc`, whose text must be the article's.
   */
  static from(doc: Doc, article: Article): AnalysedDoc {
    if (doc.text !== article.text) throw new Error("AnalysedDoc.from: the document's text is not the article's");
    const a = new AnalysedDoc(article);
    a.tokens.push(...doc.tokens);
    a.sentences.push(...doc.sentences);
    a.entities.push(...doc.entities);
    return a;
  }
}
