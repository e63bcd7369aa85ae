// Public entry of event coding (issue 5 fills this in).
import type { Doc } from "../text/doc.js";
import type { Article } from "../text/article.js";
import type { ActorMention, PlaceMention } from "../actors/types.js";
import type { EventRecord } from "./types.js";

export interface CoderOptions {
  /** Verb dictionaries replacing the built-in lexicon (imported PETRARCH files or parley's own). */
  verbs?: string[];
}

export interface EventCoder {
  code(doc: Doc, article: Article, mentions: ActorMention[], places: PlaceMention[]): EventRecord[];
}

export async function loadEventCoder(_opts: CoderOptions = {}): Promise<EventCoder> {
  throw new Error("parley: event coding is not built yet (issue 5)");
}
