// What coded an article: the models, the actor and verb dictionaries (by name and content hash), the coding
// conventions and the rules switched off. Stored with every article (`codings` table) so a user can tell
// which resources produced an event, and `parley recode` can tell whether a stored parse is still valid.
import { join } from "node:path";
import { dataDir, modelsDir as defaultModelsDir } from "../paths.js";
import { contentHash } from "../util/content-hash.js";
import type { CodingInfo, ResourceRef } from "../text/annotations.js";

export type { CodingInfo } from "../text/annotations.js";

export function modelsFingerprint(dir = defaultModelsDir): string {
  return contentHash(dir);
}

/** The coding record for a pipeline built with these dictionaries (built-in ones when none replace them). */
export function codingInfo(o: {
  modelsDir?: string; actors?: string[]; replaceActors?: boolean; verbs?: string[]; conventions: string; withoutRules?: string[];
}): CodingInfo {
  const ref = (name: string): ResourceRef => ({ name, sha256: contentHash(name) });
  const builtIn = (sub: string): ResourceRef => ({ name: "built-in", sha256: contentHash(join(dataDir, sub)) });
  const actors = [...(o.replaceActors ? [] : [builtIn("actors")]), ...(o.actors ?? []).map(ref)];
  const verbs = o.verbs?.length ? o.verbs.map(ref) : [builtIn("verbs")];
  return { models: modelsFingerprint(o.modelsDir), actors, verbs, conventions: o.conventions, withoutRules: [...o.withoutRules ?? []].sort() };
}
