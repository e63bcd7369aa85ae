// Public entry of actor recognition and coding (issue 4 fills this in).
import type { Doc } from "../text/doc.js";
import type { Article } from "../text/article.js";
import type { ActorMention, PlaceMention } from "./types.js";

export interface ActorOptions {
  /** Extra or replacement dictionaries (imported PETRARCH/TABARI files or parley's own format). */
  dictionaries?: string[];
  replaceBuiltIn?: boolean;
}

export interface ActorResolver {
  resolve(doc: Doc, article: Article): { mentions: ActorMention[]; places: PlaceMention[] };
}

export async function loadActorResolver(_opts: ActorOptions = {}): Promise<ActorResolver> {
  throw new Error("parley: actor coding is not built yet (issue 4)");
}
